using System.Buffers;
using System.Collections.Frozen;
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
/// <item>In a sentence that holds a word of team-cues.tsv or a club no place shares a name with (曼联), a place
/// mention of two characters or more that is a foreign city or no place the
/// gazetteer knows (and has no Chinese level ending such as 镇 or 村) becomes an organisation. Chinese places keep
/// their kind (<c>辽宁、广东等省的运动员</c>), and so do countries (national teams too: taking them made no
/// difference on the dev corpora).</item>
/// <item>A place or person mention printed as a club of sports-clubs.tsv (class <c>club</c>) becomes an
/// organisation when its sentence holds a cue word or another club no place shares a name with; a club no place
/// shares a name with (曼城, 布莱克本, not 罗马) also when the text holds two different such words, since a report's
/// cue words are often in the sentence before (<c>…周末联赛…欧冠。所以我认为曼城当有机会在本轮取胜</c>).</item>
/// <item>With the tokens of <see cref="Segmenter"/>, a club or nickname of the list (<c>切沃</c>, <c>枪手</c>) standing
/// as whole words where no mention lies, or around mentions it holds (<c>凯尔特|人</c>), is an organisation in the
/// same places. Nicknames are ordinary words elsewhere (枪手, 勇士), so they are read only as whole words, only in a
/// sentence with two different cue words or placeless clubs, beside a cue word (<c>马刺主帅</c>), or in a sports report
/// beside another listed club of the sentence; the same evidence makes a person or place mention printed as a nickname
/// the team (<c>马刺</c> read as a person), and so does a sports report for a person so named.</item>
/// </list>
/// </summary>
public sealed class TeamNameStage : INewsStage
{
    private readonly string[] cues;
    private readonly string[] evidence;
    private readonly HashSet<string> placelessClubs;
    private readonly string[] siteEndings;
    private readonly Dictionary<char, string[]> clubsByInitial;
    private readonly Dictionary<char, int[]> evidenceByInitial;
    private readonly SearchValues<char> initials;
    private readonly WorldPlaces world;
    private readonly NameLexicon names;
    private readonly PlaceGazetteer gazetteer;
    private readonly FrozenDictionary<string, bool> clubs;
    private readonly FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> clubLookup;

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
        clubs = SportsClubs.Of(lexicons.Set).Forms;
        clubLookup = clubs.GetAlternateLookup<ReadOnlySpan<char>>();
        // Longest first, so the first name that fits is the longest (凯尔特人 before 凯尔特).
        clubsByInitial = clubs.Keys.GroupBy(k => k[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).ToArray());
        string[] siteClasses = ["venue", "zone", "street", "town", "village"];
        siteEndings = [.. lexicons.Set.PlaceEndings.Words.Concat(siteClasses.SelectMany(lexicons.Set.NewsPlaces.WordsOf)).Distinct(StringComparer.Ordinal)];
        // A club no place shares a name with (曼联, 皇马, 布莱克本) says as much as a cue word that the text is a sports report.
        placelessClubs = clubs.Where(c => c.Value && world.FineTypeOf(c.Key) is null && !gazetteer.Names.ContainsKey(c.Key))
            .Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        evidence = [.. cues.Concat(placelessClubs.Order(StringComparer.Ordinal))];
        evidenceByInitial = Enumerable.Range(0, evidence.Length).GroupBy(w => evidence[w][0]).ToDictionary(g => g.Key, g => g.ToArray());
        initials = SearchValues.Create([.. clubsByInitial.Keys.Concat(evidenceByInitial.Keys).Distinct().Order()]);
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
        var tokens = Segmenter is null ? null : document.TokensOf(Segmenter);
        var report = new Report(this, text, tokens, mentions);
        List<FactMention>? result = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];

            // 在曼谷拉加曼加拉国家体育场进行: a city printed right before another place opens an address, where the
            // match is played, not a club.
            if (m.Kind == EntityKind.Place && i + 1 < mentions.Count && mentions[i + 1].Kind == EntityKind.Place && mentions[i + 1].Range.Start == m.Range.End)
            {
                continue;
            }

            if ((m.Kind == EntityKind.Place && IsTeam(report, m)) || (m.Kind != EntityKind.Organization && (IsListedClub(report, m) || IsListedNickname(report, m))))
            {
                result ??= [.. mentions];
                result[i] = new FactMention(m.Range, EntityKind.Organization, m.Confidence);
            }
        }

        if (tokens is not null)
        {
            var unread = UnreadClubs(report, tokens, result ?? mentions);
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

    private bool IsListedClub(Report report, FactMention m) =>
        clubLookup.TryGetValue(report.Text.AsSpan(m.Range.Start, m.Range.Length), out var isClub) && isClub
        && (report.IsSportsSentence(m.Range) || (IsPlaceless(report.Text, m.Range) && report.IsSportsText));

    /// <summary>
    /// A person or place mention printed as a nickname of the list (<c>马刺</c>, <c>黄蜂</c>): no person or place bears
    /// such a name, so a nickname's evidence (<see cref="IsNicknameTeam"/>) is enough; a person so named is the team
    /// anywhere in a sports report (<c>卡特与老鹰达成加盟协议</c>).
    /// </summary>
    private bool IsListedNickname(Report report, FactMention m) =>
        clubLookup.TryGetValue(report.Text.AsSpan(m.Range.Start, m.Range.Length), out var isClub) && !isClub
        && (IsNicknameTeam(report, m.Range) || (m.Kind == EntityKind.Person && report.IsSportsText));

    /// <summary>
    /// A nickname is an ordinary word elsewhere (抗疫勇士战胜疫情, 警方击败枪手), so one cue word of its sentence is not
    /// enough: it takes two, or a cue word right beside it (<c>马刺主帅</c>, <c>击败马刺</c>), or another listed club or
    /// nickname in its sentence with one cue word there (<c>马刺在季后赛首轮遗憾落败掘金</c>) or in a sports report
    /// (<c>火箭159-158奇才，黄蜂118-111国王</c>).
    /// </summary>
    private static bool IsNicknameTeam(Report report, TextRange range) =>
        report.IsSportsSentence(range, 2) || report.TouchesACue(range)
        || ((report.IsSportsText || report.IsSportsSentence(range)) && report.HasAnotherClubInSentence(range));

    /// <summary>Whether a token from <paramref name="from"/> on ends exactly at <paramref name="end"/>.</summary>
    private static bool EndsAWord(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var j = from; j < tokens.Count && tokens[j].End <= end; j++)
        {
            if (tokens[j].End == end)
            {
                return true;
            }
        }

        return false;
    }

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
    private List<FactMention> UnreadClubs(Report report, IReadOnlyList<Token> tokens, IReadOnlyList<FactMention> mentions)
    {
        var text = report.Text;
        var result = new List<FactMention>();
        var from = 0;
        foreach (var (start, names) in report.ClubStarts)
        {
            // The longest listed name printed here that starts and ends where words do.
            var i = Token.FirstEndingAfter(tokens, start);
            if (start < from || i >= tokens.Count || tokens[i].Start != start)
            {
                continue;
            }

            var end = -1;
            foreach (var name in names)
            {
                if (EndsAWord(tokens, i, start + name.Length))
                {
                    end = start + name.Length;
                    break;
                }
            }

            if (end < 0)
            {
                continue;
            }

            var isClub = clubs[text[start..end]];
            var range = new TextRange(start, end);
            var overlapping = mentions.Where(m => m.Range.Start < end && start < m.Range.End).ToList();
            var holdsThem = isClub ? overlapping.All(m => start <= m.Range.Start && m.Range.End <= end) : overlapping.Count == 0;
            var alreadyRead = overlapping.Count == 1 && overlapping[0].Range == range && overlapping[0].Kind == EntityKind.Organization;
            if (holdsThem && !alreadyRead
                && ((isClub ? report.IsSportsSentence(range) : IsNicknameTeam(report, range)) || (IsPlaceless(text, range) && report.IsSportsText)))
            {
                var confidence = overlapping.Select(m => m.Confidence).DefaultIfEmpty(0.75).Max();
                result.Add(new FactMention(range, EntityKind.Organization, confidence));
                from = end;
            }
        }

        return result;
    }

    private bool IsTeam(Report report, FactMention m)
    {
        var text = report.Text;
        var name = m.GetText(text);
        var fine = world.FineTypeOf(name);
        var known = gazetteer.Names.TryGetValue(name, out var places) ? places : [];
        // An unknown name with a Chinese level ending (集美镇, 某某村) is a settlement the gazetteer lacks, and one with a
        // site ending (老特拉福德球场, 南京路步行街) a site: no club.
        var isCity = fine == "foreign" || (fine is null && known.Length == 0 && names.PlaceSuffixOf(name) is null && !HasSiteEnding(name));
        // A one-character short form (亚, 美) stands for a region or a country, never for a club; nor does a state or a
        // prefecture (神奈川县, 加州: clubs are named after cities).
        if (!isCity || name.Length < 2 || world.States.Contains(name) || known.Any(p => !p.Id.StartsWith('F')) || m.FineType is not null and not "foreign" and not "country")
        {
            return false;
        }

        return report.IsSportsSentence(m.Range);
    }

    /// <summary>
    /// One pass over <paramref name="text"/>: where each cue word or placeless club is printed, and where listed clubs
    /// start, with the names printed there, longest first; both in text order. Only the characters that begin a listed
    /// word are looked at (a vectorised search for them).
    /// </summary>
    private (List<(int Start, int End, int Word)> Evidence, List<(int Start, string[] Names)> Clubs) Scan(string text)
    {
        var evidenceHits = new List<(int Start, int End, int Word)>();
        var clubHits = new List<(int Start, string[] Names)>();
        for (var i = 0; i < text.Length; i++)
        {
            var found = text.AsSpan(i).IndexOfAny(initials);
            if (found < 0)
            {
                break;
            }

            i += found;
            var rest = text.AsSpan(i);
            if (evidenceByInitial.TryGetValue(text[i], out var words))
            {
                foreach (var w in words)
                {
                    if (rest.StartsWith(evidence[w], StringComparison.Ordinal))
                    {
                        evidenceHits.Add((i, i + evidence[w].Length, w));
                    }
                }
            }

            if (clubsByInitial.TryGetValue(text[i], out var candidates))
            {
                List<string>? printed = null;
                foreach (var name in candidates)
                {
                    if (rest.StartsWith(name, StringComparison.Ordinal))
                    {
                        (printed ??= []).Add(name);
                    }
                }

                if (printed is not null)
                {
                    clubHits.Add((i, [.. printed]));
                }
            }
        }

        return (evidenceHits, clubHits);
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

    /// <summary>
    /// What one text says about being a sports report: where its cue words and placeless clubs (曼联, 布莱克本) stand,
    /// and where listed clubs are printed, found in one pass over the text on first use.
    /// </summary>
    private sealed class Report(TeamNameStage stage, string text, IReadOnlyList<Token>? tokens, IReadOnlyList<FactMention> mentions)
    {
        private (List<(int Start, int End, int Word)> Evidence, List<(int Start, string[] Names)> Clubs)? scan;
        private List<(int Start, int End, int Word)>? hits;
        private bool? sportsText;

        public string Text => text;

        /// <summary>Two different cue words or placeless clubs anywhere in the text.</summary>
        public bool IsSportsText => sportsText ??= Hits.Select(h => h.Word).Distinct().Take(2).Count() >= 2;

        /// <summary>Where listed clubs start, with the names printed there, longest first.</summary>
        public List<(int Start, string[] Names)> ClubStarts => (scan ??= stage.Scan(text)).Clubs;

        /// <summary>
        /// The cue words and placeless clubs printed in the text, less those that jieba's words cross (<c>澳门|将回到</c>
        /// holds 门将, the goalkeeper, across two words): a word read across a word's edge is not the word. Nor is one
        /// inside a longer place's name (<c>莱斯佩朗斯礁</c>, a reef, holds 朗斯, the club of Lens).
        /// </summary>
        private List<(int Start, int End, int Word)> Hits => hits ??= (scan ??= stage.Scan(text)).Evidence
            .Where(h => (tokens is null || !CrossesAWord(tokens, h.Start, h.End)) && !InsideALongerPlace(h.Start, h.End)).ToList();

        private bool InsideALongerPlace(int start, int end)
        {
            foreach (var m in mentions)
            {
                if (m.Kind == EntityKind.Place && m.Range.Start <= start && end <= m.Range.End && m.Range.Length > end - start)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a word of <paramref name="words"/> runs from outside [start, end) to inside it, or the reverse.</summary>
        private static bool CrossesAWord(IReadOnlyList<Token> words, int start, int end)
        {
            for (var i = Token.FirstEndingAfter(words, start); i < words.Count && words[i].Start < end; i++)
            {
                var w = words[i];
                if ((w.Start < start && w.End < end) || (w.Start > start && w.End > end))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a cue word (not a placeless club) ends right where <paramref name="range"/> starts or starts where it ends.</summary>
        public bool TouchesACue(TextRange range)
        {
            foreach (var (hitStart, hitEnd, word) in Hits)
            {
                if (word < stage.cues.Length && (hitEnd == range.Start || hitStart == range.End))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the sentence around <paramref name="range"/> prints another listed club or nickname than the one at
        /// <paramref name="range"/>, starting and ending where jieba's words do (when the stage reads tokens).
        /// </summary>
        public bool HasAnotherClubInSentence(TextRange range)
        {
            var (start, end) = SentenceAround(text, range);
            var self = text.AsSpan(range.Start, range.Length);
            foreach (var (at, names) in ClubStarts)
            {
                if (at < start || at >= end || (at < range.End && range.Start < at + names[^1].Length))
                {
                    continue;
                }

                foreach (var name in names)
                {
                    if (at + name.Length <= end && !self.SequenceEqual(name) && IsWholeWord(at, at + name.Length))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool IsWholeWord(int start, int end)
        {
            if (tokens is null)
            {
                return true;
            }

            var i = Token.FirstEndingAfter(tokens, start);
            return i < tokens.Count && tokens[i].Start == start && EndsAWord(tokens, i, end);
        }

        /// <summary>
        /// True when the sentence around <paramref name="range"/> holds at least <paramref name="words"/> different cue
        /// words or placeless clubs other than the name at <paramref name="range"/> itself.
        /// </summary>
        public bool IsSportsSentence(TextRange range, int words = 1)
        {
            var (start, end) = SentenceAround(text, range);
            var self = text.Substring(range.Start, range.Length);
            HashSet<int>? seen = null;
            foreach (var (hitStart, hitEnd, word) in Hits)
            {
                if (hitStart >= start && hitEnd <= end && !string.Equals(stage.evidence[word], self, StringComparison.Ordinal)
                    && (seen ??= []).Add(word) && seen.Count >= words)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
