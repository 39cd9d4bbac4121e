using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// The names of storms: a person mention wholly between quotes right after a word for a storm (news-persons.tsv,
/// <c>storm-word</c>: <c>第9号台风“利奇马”</c>, <c>飓风“多里安”</c>) names the storm, and so does every other person
/// mention of the same name in the text (<c>受“利奇马”影响</c>): weather services name storms with given names, which
/// the tagger reads as persons. Neither MSRA's nor CLUENER's gold marks a person right after a storm word.
/// </summary>
public sealed class StormNames
{
    private readonly string[] words;

    public StormNames(RuleLexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        words = [.. lexicons.Set.NewsPersons.WordsOf("storm-word")];
    }

    /// <summary><paramref name="mentions"/> (sorted, non-overlapping) without the persons that bear the name of a storm of the text.</summary>
    public IReadOnlyList<FactMention> Apply(string text, IReadOnlyList<FactMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        HashSet<string>? storms = null;
        foreach (var m in mentions)
        {
            if (m.Kind == EntityKind.Person && IsQuotedAfterStormWord(text, m.Range))
            {
                (storms ??= new HashSet<string>(StringComparer.Ordinal)).Add(m.GetText(text));
            }
        }

        return storms is null ? mentions : [.. mentions.Where(m => m.Kind != EntityKind.Person || !storms.Contains(m.GetText(text)))];
    }

    private bool IsQuotedAfterStormWord(string text, TextRange range)
    {
        if (range.Start < 1 || range.End >= text.Length || text[range.Start - 1] is not ('“' or '"' or '「' or '『')
            || text[range.End] is not ('”' or '"' or '」' or '』'))
        {
            return false;
        }

        var before = text.AsSpan(0, range.Start - 1);
        foreach (var word in words)
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
