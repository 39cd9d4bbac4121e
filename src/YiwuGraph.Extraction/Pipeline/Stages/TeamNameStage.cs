using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>
/// Sports reports name clubs by their city (<c>罗马主场2比1战胜利物浦</c>, <c>曼城</c>, <c>热那亚</c>), and the recognizer
/// reads such a name as the city, or as a foreign person when it sounds like one (<c>布莱克本</c>, <c>博尔顿</c>). Three
/// readings, each only in a sports report:
/// <list type="number">
/// <item>In a sentence that holds a word of team-cues.tsv, a place mention that is a foreign city or no place the
/// gazetteer knows (and has no Chinese level ending such as 镇 or 村) becomes an organisation. Chinese places keep
/// their kind (<c>辽宁、广东等省的运动员</c>), and so do countries (national teams too: taking them made no
/// difference on the dev corpora).</item>
/// <item>A place or person mention printed as a club of sports-clubs.tsv (class <c>club</c>) becomes an
/// organisation when its sentence holds a cue word or the text holds two different ones (a report's cue words are
/// often in the sentence before: <c>…周末联赛…欧冠。所以我认为曼城当有机会在本轮取胜</c>).</item>
/// <item>With the tokens of <see cref="Segmenter"/>, a club or nickname of the list (<c>切沃</c>, <c>枪手</c>) standing
/// as whole words where no mention lies, or around mentions it holds (<c>凯尔特|人</c>), is an organisation in the
/// same places. Nicknames are ordinary words elsewhere (枪手, 红军), so they are read only as whole words and never
/// change the kind of a mention.</item>
/// </list>
/// </summary>
public sealed class TeamNameStage : INewsStage
{
    private readonly string[] cues;
    private readonly string[] evidence;
    private readonly HashSet<string> placelessClubs;
    private readonly string[] siteEndings;
    private readonly WorldPlaces world;
    private readonly NameLexicon names;
    private readonly PlaceGazetteer gazetteer;
    private readonly Dictionary<string, bool> clubs = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> clubLookup;
    private readonly int longestClub;

    /// <summary>
    /// The stage over <paramref name="lexicons"/>' cue words and clubs; with <paramref name="segmenter"/> (whose tokens
    /// the document carries) it also reads listed clubs no mention covers.
    /// </summary>
    public TeamNameStage(RuleLexicons lexicons, PlaceGazetteer gazetteer, JiebaSegmenter? segmenter = null)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        cues = [.. lexicons.Set.TeamCues.Words];
        world = lexicons.World;
        names = lexicons.Names;
        this.gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
        Segmenter = segmenter;
        foreach (var entry in lexicons.Set.SportsClubs.Entries)
        {
            // A name listed as a club and as a nickname counts as a club.
            clubs[entry.Word] = (clubs.TryGetValue(entry.Word, out var isClub) && isClub) || entry.Class == "club";
        }

        clubLookup = clubs.GetAlternateLookup<ReadOnlySpan<char>>();
        string[] siteClasses = ["venue", "zone", "street", "town", "village"];
        siteEndings = [.. lexicons.Set.PlaceEndings.Words.Concat(siteClasses.SelectMany(lexicons.Set.NewsPlaces.WordsOf)).Distinct(StringComparer.Ordinal)];
        // A club no place shares a name with (曼联, 皇马, 布莱克本) says as much as a cue word that the text is a sports report.
        placelessClubs = clubs.Where(c => c.Value && world.FineTypeOf(c.Key) is null && !gazetteer.Names.ContainsKey(c.Key))
            .Select(c => c.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        evidence = [.. cues.Concat(placelessClubs.Order(StringComparer.Ordinal))];
        longestClub = clubs.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>The segmenter whose tokens the stage reads to find clubs no mention covers, or null when it reads none.</summary>
    public JiebaSegmenter? Segmenter { get; }

    public string Name => "teams";

    public NewsAnnotation Needs => Segmenter is null ? NewsAnnotation.Mentions : NewsAnnotation.Mentions | NewsAnnotation.Tokens;

    public NewsAnnotation Adds => NewsAnnotation.Mentions;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var mentions = document.Mentions;
        bool? sports = null;
        bool SportsText() => sports ??= DistinctEvidence(text.AsSpan(), evidence) >= 2;
        List<FactMention>? result = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if ((m.Kind == EntityKind.Place && IsTeam(text, m)) || (m.Kind != EntityKind.Organization && IsListedClub(text, m, SportsText)))
            {
                result ??= [.. mentions];
                result[i] = new FactMention(m.Range, EntityKind.Organization, m.Confidence);
            }
        }

        if (Segmenter is not null && document.TokensOf(Segmenter) is { } tokens)
        {
            var unread = UnreadClubs(text, tokens, result ?? mentions, SportsText);
            if (unread.Count > 0)
            {
                var covered = result ?? mentions;
                result = [.. covered.Where(m => !unread.Any(c => c.Range.Start <= m.Range.Start && m.Range.End <= c.Range.End)).Concat(unread).OrderBy(m => m.Range.Start)];
            }
        }

        if (result is not null)
        {
            document.Mentions = result;
        }
    }

    private bool HasSiteEnding(string name)
    {
        foreach (var ending in siteEndings)
        {
            if (name.Length > ending.Length && name.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsListedClub(string text, FactMention m, Func<bool> sportsText) =>
        clubLookup.TryGetValue(text.AsSpan(m.Range.Start, m.Range.Length), out var isClub) && isClub
        && (IsSportsSentence(text, m.Range) || (IsPlaceless(text, m.Range) && sportsText()));

    /// <summary>
    /// True for a club name no place shares (布莱克本, 曼城): such a name is the club anywhere in a sports report, where
    /// a city's name (罗马) is its club only in a sentence of the report.
    /// </summary>
    private bool IsPlaceless(string text, TextRange range) =>
        placelessClubs.Contains(text.Substring(range.Start, range.Length));

    /// <summary>
    /// Listed clubs and nicknames that stand as whole words in a sports sentence or text where no mention lies, or
    /// that hold every mention they overlap (<c>凯尔特人</c> over <c>凯尔特</c>); a mention that runs past one is left alone.
    /// </summary>
    private List<FactMention> UnreadClubs(string text, IReadOnlyList<Token> tokens, IReadOnlyList<FactMention> mentions, Func<bool> sportsText)
    {
        var result = new List<FactMention>();
        var taken = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var start = tokens[i].Start;
            if (start < taken)
            {
                continue;
            }

            // The longest listed name from this word's start to the end of a later word.
            var end = -1;
            var isClub = false;
            for (var j = i; j < tokens.Count && tokens[j].End - start <= longestClub; j++)
            {
                if (clubLookup.TryGetValue(text.AsSpan(start, tokens[j].End - start), out var club))
                {
                    end = tokens[j].End;
                    isClub = club;
                }
            }

            if (end < 0)
            {
                continue;
            }

            var range = new TextRange(start, end);
            var overlapping = mentions.Where(m => m.Range.Start < end && start < m.Range.End).ToList();
            var holdsThem = isClub ? overlapping.All(m => start <= m.Range.Start && m.Range.End <= end) : overlapping.Count == 0;
            var alreadyRead = overlapping.Count == 1 && overlapping[0].Range == range && overlapping[0].Kind == EntityKind.Organization;
            if (holdsThem && !alreadyRead && (IsSportsSentence(text, range) || (IsPlaceless(text, range) && sportsText())))
            {
                var confidence = overlapping.Select(m => m.Confidence).DefaultIfEmpty(0.75).Max();
                result.Add(new FactMention(range, EntityKind.Organization, confidence));
                taken = end;
            }
        }

        return result;
    }

    private bool IsTeam(string text, FactMention m)
    {
        var name = m.GetText(text);
        var fine = world.FineTypeOf(name);
        var known = gazetteer.Names.TryGetValue(name, out var places) ? places : [];
        // An unknown name with a Chinese level ending (集美镇, 某某村) is a settlement the gazetteer lacks, and one with a
        // site ending (老特拉福德球场, 南京路步行街) a site: no club.
        var isCity = fine == "foreign" || (fine is null && known.Length == 0 && names.PlaceSuffixOf(name) is null && !HasSiteEnding(name));
        if (!isCity || known.Any(p => !p.Id.StartsWith('F')) || m.FineType is not null and not "foreign" and not "country")
        {
            return false;
        }

        var (start, end) = SentenceAround(text, m.Range);
        return DistinctEvidence(text.AsSpan(start, end - start), cues) > 0;
    }

    /// <summary>
    /// True when the sentence around <paramref name="range"/> holds a cue word or a club no place shares a name with,
    /// other than the name at <paramref name="range"/> itself.
    /// </summary>
    private bool IsSportsSentence(string text, TextRange range)
    {
        var (start, end) = SentenceAround(text, range);
        var found = DistinctEvidence(text.AsSpan(start, end - start), evidence);
        var self = text.Substring(range.Start, range.Length);
        return found > (placelessClubs.Contains(self) ? 1 : 0);
    }

    private static int DistinctEvidence(ReadOnlySpan<char> span, string[] words)
    {
        var count = 0;
        foreach (var cue in words)
        {
            if (span.Contains(cue, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
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
