using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>
/// Sports reports name clubs by their city (<c>罗马主场2比1战胜利物浦</c>, <c>曼城</c>, <c>热那亚</c>): in a sentence
/// that holds a word of team-cues.tsv, a place mention that is a foreign city or no place the gazetteer knows (and
/// has no Chinese level ending such as 镇 or 村) becomes an organisation. Chinese places keep their kind (<c>辽宁、广东等省的运动员</c>), and so do countries
/// (national teams too: taking them made no difference on the dev corpora).
/// </summary>
public sealed class TeamNameStage(RuleLexicons lexicons, PlaceGazetteer gazetteer) : INewsStage
{
    private readonly string[] cues = [.. (lexicons ?? throw new ArgumentNullException(nameof(lexicons))).Set.TeamCues.Words];
    private readonly WorldPlaces world = lexicons.World;
    private readonly NameLexicon names = lexicons.Names;
    private readonly PlaceGazetteer gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));

    public string Name => "teams";

    public NewsAnnotation Needs => NewsAnnotation.Mentions;

    public NewsAnnotation Adds => NewsAnnotation.Mentions;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var mentions = document.Mentions;
        List<FactMention>? result = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind == EntityKind.Place && IsTeam(text, m))
            {
                result ??= [.. mentions];
                result[i] = new FactMention(m.Range, EntityKind.Organization, m.Confidence);
            }
        }

        if (result is not null)
        {
            document.Mentions = result;
        }
    }

    private bool IsTeam(string text, FactMention m)
    {
        var name = m.GetText(text);
        var fine = world.FineTypeOf(name);
        var known = gazetteer.Names.TryGetValue(name, out var places) ? places : [];
        // An unknown name with a Chinese level ending (集美镇, 某某村) is a settlement the gazetteer lacks, no club.
        var isCity = fine == "foreign" || (fine is null && known.Length == 0 && names.PlaceSuffixOf(name) is null);
        if (!isCity || known.Any(p => !p.Id.StartsWith('F')) || m.FineType is not null and not "foreign" and not "country")
        {
            return false;
        }

        var (start, end) = SentenceAround(text, m.Range);
        var sentence = text.AsSpan(start, end - start);
        foreach (var cue in cues)
        {
            if (sentence.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static (int Start, int End) SentenceAround(string text, TextRange range)
    {
        var start = range.Start;
        while (start > 0 && text[start - 1] is not ('。' or '！' or '？' or '!' or '?' or '\n'))
        {
            start--;
        }

        var end = range.End;
        while (end < text.Length && text[end] is not ('。' or '！' or '？' or '!' or '?' or '\n'))
        {
            end++;
        }

        return (start, end);
    }
}
