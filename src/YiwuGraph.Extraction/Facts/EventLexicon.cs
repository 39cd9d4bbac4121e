using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Event types, and the trigger words and name endings that give them away (event-triggers.tsv, event-endings.tsv),
/// read from one <see cref="LexiconSet"/>. Immutable.
/// </summary>
public sealed class EventLexicon
{
    public const string Meeting = "meeting";
    public const string Launch = "launch";
    public const string Signing = "signing";
    public const string Inauguration = "inauguration";
    public const string VisitInspection = "visit_inspection";
    public const string Exhibition = "exhibition";
    public const string Release = "release";
    public const string Recruitment = "recruitment";
    public const string Award = "award";
    public const string Ceremony = "ceremony";
    public const string Other = "other";

    /// <summary>Keywords by priority: the first that a phrase contains decides its type.</summary>
    private readonly (string Keyword, string Type)[] keywords;

    /// <summary>Words ending in 展 that are no exhibition (<c>发展</c>, <c>开展</c>).</summary>
    private readonly string[] notExhibitionEndings;

    public EventLexicon(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        keywords = [.. lexicons.EventTriggers.Entries.Select(e => (e.Word, e.Class!))];
        notExhibitionEndings = [.. lexicons.EventEndings.WordsOf("not-exhibition")];
        NamedEventEndings = lexicons.EventEndings.WordsOf("named-event");
    }

    /// <summary>Endings of event nouns that name an event on their own (<c>政企座谈会</c>).</summary>
    public IReadOnlyList<string> NamedEventEndings { get; }

    public string TypeOf(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        foreach (var (keyword, type) in keywords)
        {
            if (phrase.Contains(keyword, StringComparison.Ordinal))
            {
                return type;
            }
        }

        // 义博会印尼展, 海外展会: a name ending in 展 is a show.
        var show = phrase.EndsWith("展会", StringComparison.Ordinal) || (phrase.EndsWith('展') && !notExhibitionEndings.Any(w => phrase.EndsWith(w, StringComparison.Ordinal)));
        return show ? Exhibition : Other;
    }

    /// <summary>The keyword that decided <see cref="TypeOf"/>, or null.</summary>
    public string? TriggerOf(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        foreach (var (keyword, _) in keywords)
        {
            if (phrase.Contains(keyword, StringComparison.Ordinal))
            {
                return keyword;
            }
        }

        return null;
    }
}
