using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Ner.News;

/// <summary>
/// Places from the gazetteer (full names of every level, short forms of provinces, cities and two-character
/// county names), venues by their endings (广场, 商贸城, 博览中心, 高铁站 …) extended left like organisations,
/// unknown towns and villages by their suffix after a name-like token, and 我市-style references.
/// </summary>
internal sealed class PlaceRules
{
    /// <summary>The source of places read from an ending (venues, zones, settlements).</summary>
    public const string Source = "suffix";

    private readonly string[] venueSuffixes;

    /// <summary>Zones, transit lines and regions: places of level <c>other</c>.</summary>
    private readonly string[] zoneSuffixes;

    /// <summary>Settlement endings in file order, each with the level it gives (街道 street, 镇 town, 村 village).</summary>
    private readonly (string Suffix, PlaceLevel Level)[] settlementSuffixes;

    private readonly string[] settlementSuffixWords;

    /// <summary>Words no name runs through (name-breakers.tsv: 所有, 全市, 有关 …), as the fact rules read them.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> nameBreakers;

    public PlaceRules(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var words = lexicons.NewsPlaces;
        venueSuffixes = [.. words.WordsOf("venue")];
        zoneSuffixes = [.. words.WordsOf("zone")];
        settlementSuffixes = [.. words.Entries
            .Where(e => e.Class is "street" or "town" or "village")
            .Select(e => (e.Word, e.Class switch { "street" => PlaceLevel.Street, "town" => PlaceLevel.Town, _ => PlaceLevel.Village }))];
        settlementSuffixWords = [.. settlementSuffixes.Select(s => s.Suffix)];
        nameBreakers = new HashSet<string>(lexicons.NameBreakers.Words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        AdjectivalFollowers = words.WordsOf("adjectival-follower");
        levelEndings = [.. words.Entries
            .Where(e => e.Class is not null && e.Class.StartsWith("level-", StringComparison.Ordinal))
            .Select(e => (e.Word, PlaceLevelNames.TryParse(e.Class!["level-".Length..], out var level) ? level : throw new InvalidOperationException($"no place level '{e.Class}'")))];
        notCounty = [.. words.WordsOf("not-county")];
        placeCuesBefore = [.. words.WordsOf("place-cue-before")];
        placeCuesAfter = [.. words.WordsOf("place-cue-after")];
        compassPoints = [.. words.WordsOf("compass").OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];
        bearingFollowers = [.. words.WordsOf("bearing-follower")];
    }

    /// <summary>Compass points, longest first (东北 before 北).</summary>
    private readonly string[] compassPoints;

    private readonly string[] bearingFollowers;

    /// <summary>
    /// Length of a compass point that ends the place [<paramref name="start"/>, <paramref name="end"/>) and begins a
    /// bearing from it (<c>瓦卡塔尼东北|７０５公里处</c>, <c>莱斯佩朗斯礁东南|方向</c>), else 0. The place keeps two characters.
    /// </summary>
    public int BearingLength(string line, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(line);
        var after = line.AsSpan(end);
        if (after.IsEmpty || !(char.IsDigit(after[0]) || TextSpans.StartsWithAny(after, bearingFollowers)))
        {
            return 0;
        }

        foreach (var point in compassPoints)
        {
            if (end - start - point.Length >= 2 && line.AsSpan(start, end - start).EndsWith(point, StringComparison.Ordinal))
            {
                return point.Length;
            }
        }

        return 0;
    }

    private readonly string[] placeCuesBefore;

    private readonly string[] placeCuesAfter;

    /// <summary>Whether the words around [<paramref name="start"/>, <paramref name="end"/>) treat it as a place: 来凤凰, 赴威信, 威信、镇雄, 和平等地.</summary>
    private bool InPlaceContext(string line, int start, int end) =>
        TextSpans.EndsWithAny(line.AsSpan(0, start), placeCuesBefore) || TextSpans.StartsWithAny(line.AsSpan(end), placeCuesAfter);

    /// <summary>Endings that give an unknown place its level, in the order tried.</summary>
    private readonly (string Ending, PlaceLevel Level)[] levelEndings;

    private readonly string[] notCounty;

    /// <summary>Level of a place the gazetteer does not know, from its ending (news-places.tsv, classes level-*).</summary>
    public PlaceLevel LevelFromEnding(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var (ending, level) in levelEndings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal) && (level != PlaceLevel.County || !TextSpans.EndsWithAny(name, notCounty)))
            {
                return level;
            }
        }

        return PlaceLevel.Other;
    }

    /// <summary>Words after a place name that make it an adjective (中国式, 中国特色): not a mention of the place.</summary>
    public IReadOnlyList<string> AdjectivalFollowers { get; }

    public void Find(LineContext context, CharLexicon gazetteerNames, PlaceGazetteer gazetteer)
    {
        var line = context.Line;
        var matches = context.Matches;
        matches.Reset(line.Length);
        gazetteerNames.Annotate(line, matches);
        for (var start = 0; start < line.Length; start++)
        {
            var length = matches.StartLength(start, LexiconClass.Place);
            if (length == 0)
            {
                continue;
            }

            var end = start + length;
            var name = line.Substring(start, length);
            var places = gazetteer.Find(name);
            if (places.Count == 0)
            {
                continue;
            }

            var place = places[0];
            var isFull = place.Name == name;
            // Short forms and one-word names are weak evidence when they are inside a longer jieba word (江山如画);
            // so are full names of up to three characters, most of them villages and towns (资[金村], 改[观城镇]风貌).
            // Longer full names may be cut by jieba (东莲|塘村共富). MSRA dev pages LOC 0.789 → 0.794 (with the
            // function-word test below), CLUENER dev and the seed pages unchanged.
            var startsToken = context.TokenStartingAt(start) >= 0 || (start > 0 && !HanScript.IsHan(line[start - 1]));
            var endsToken = context.TokenEndingAt(end) >= 0 || end == line.Length;
            if (((!isFull || length <= 3) && (!startsToken || !endsToken)) || HoldsFunctionWord(context, start, end))
            {
                continue;
            }

            // Short forms and two-character names that are ordinary words (合作, 资源, 城区) need jieba to call them places.
            if (name.Length == 2 && context.Dictionary.GetTag(name)?.Name is { } tag && tag is not ("ns" or "nz" or "nr"))
            {
                continue;
            }

            // A county's short name that is also a word of jieba's dictionary (和平, 友谊, 威信, 大关) is a place only
            // where the text moves to or lists it (来凤凰, 威信、镇雄), or where the tagger reads it (its own span).
            if (!isFull && name.Length == 2 && places.All(p => p.Level == PlaceLevel.County) && context.Dictionary.GetTag(name) is not null
                && !InPlaceContext(line, start, end))
            {
                continue;
            }

            if (isFull && IsGenericLocalName(context, place, start, end))
            {
                continue;
            }

            // Full names outrank the model; long short forms (霍尔果斯) too; two-character ones (义乌) defer to it.
            var priority = isFull ? 70 : length >= 3 ? 62 : 45;
            context.Candidates.Add(new MentionCandidate(start, end, MentionType.Place, priority, isFull ? 0.85 : 0.7, "gazetteer"));
        }

        FindSettlements(context);
        FindExtended(context, zoneSuffixes, PlaceLevel.Other, maxBodyTokens: 3);
        FindExtended(context, venueSuffixes, PlaceLevel.Venue, maxBodyTokens: 2);
        FindReferences(context);
    }

    /// <summary>
    /// Whether a local unit of the gazetteer is named here by a common word, and the tagger does not read a name there:
    /// the units below a county that are no town (<c>开发区</c>, <c>高新区</c>, <c>旅游度假区</c>, <c>苗圃</c>, <c>林业局</c>:
    /// most have a kind for a name), and towns and villages whose name before the ending is a common word of jieba's
    /// dictionary (<c>小城|镇</c>, <c>山|村</c>, <c>自然|村</c>, <c>先进|村</c>). Read on the 1,050 MSRA pages: 小城镇 alone
    /// was a town 29 times.
    /// </summary>
    private bool IsGenericLocalName(LineContext context, GazetteerPlace place, int start, int end)
    {
        if (place.Level is not (PlaceLevel.Other or PlaceLevel.Town or PlaceLevel.Street or PlaceLevel.Village) || ModelSpanAt(context, start, end))
        {
            return false;
        }

        if (place.Level == PlaceLevel.Other)
        {
            return true;
        }

        foreach (var (suffix, _) in settlementSuffixes)
        {
            if (end - start > suffix.Length && context.Line.AsSpan(start, end - start).EndsWith(suffix, StringComparison.Ordinal))
            {
                var body = context.Line.AsSpan(start, end - start - suffix.Length);
                return context.Dictionary.GetTag(body)?.Name is { } tag && tag is not ("ns" or "nr" or "nz" or "nt" or "nrt");
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a span of the tagger (any type) overlaps [<paramref name="start"/>, <paramref name="end"/>), or with
    /// <paramref name="whole"/> covers it.
    /// </summary>
    private static bool ModelSpanAt(LineContext context, int start, int end, bool whole = false)
    {
        foreach (var candidate in context.Candidates)
        {
            if (candidate.Source == NewsEntityRecognizer.ModelSource
                && (whole ? candidate.Start <= start && end <= candidate.End : candidate.Start < end && start < candidate.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A jieba word inside [<paramref name="start"/>, <paramref name="end"/>) that never stands inside a place name: a
    /// conjunction, preposition, pronoun, adverb or particle (<c>带头人|和|村</c> is no village 和村).
    /// </summary>
    private static bool HoldsFunctionWord(LineContext context, int start, int end)
    {
        for (var k = context.TokenStartingAt(start); k >= 0 && k < context.Tokens.Count && context.Tokens[k].Start < end; k++)
        {
            if (context.Pos(k) is "c" or "p" or "r" or "d" or "y" || context.Pos(k).StartsWith('u'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Places read from an ending, checked against the tagger's spans (<paramref name="modelSource"/>) as
    /// organisations are: a town or village the tagger does not support needs a proper noun before its ending
    /// (<c>贫困乡</c>, <c>自然村</c>, <c>行政村</c>, <c>各乡镇</c>, <c>告老还乡</c> are kinds of places or idioms, not
    /// names), and a place that holds a tagger span and runs on to its left over words with no proper noun takes in
    /// the clause before the name (<c>建设|中国科技馆</c>), so the tagger's span stands. MSRA dev pages LOC 0.801 →
    /// 0.805, CLUENER dev 0.499 → 0.500, seed pages unchanged. Measured and not kept: the same proper-noun test
    /// for venues and zones (MSRA unchanged, CLUENER −0.001: <c>印刷博物馆</c>, <c>胶济铁路</c>), and giving way to
    /// the tagger whatever the words on the left (MSRA 0.807, CLUENER 0.496: <c>菲尔德山|国家森林公园</c>).
    /// </summary>
    public static void DropUnsupported(LineContext context, string modelSource)
    {
        var candidates = context.Candidates;
        var model = context.Overlapping;
        model.Clear();
        model.AddRange(candidates.Where(c => c.Source == modelSource));
        candidates.RemoveAll(c =>
        {
            if (c.Source != Source || c.Type != MentionType.Place)
            {
                return false;
            }

            var supported = false;
            foreach (var m in model)
            {
                if (m.Start < c.End && c.Start < m.End)
                {
                    if (c.Start < m.Start && !OrganizationRules.HasProperNounWithin(context, c.Start, m.Start))
                    {
                        return true;
                    }

                    supported = true;
                }
            }

            return c.FineType is "town" or "village" or "street" && !supported && !c.ProperNounBeforeEnding;
        });
        model.Clear();
    }

    public bool EndsWithVenueSuffix(string name) => TextSpans.EndsWithAny(name, venueSuffixes);

    private void FindExtended(LineContext context, string[] suffixes, PlaceLevel level, int maxBodyTokens)
    {
        var line = context.Line;
        foreach (var suffix in suffixes)
        {
            var from = 0;
            int index;
            while ((index = line.IndexOf(suffix, from, StringComparison.Ordinal)) >= 0)
            {
                from = index + 1;
                var end = index + suffix.Length;
                var last = context.TokenEndingAt(end);
                if (last < 0)
                {
                    continue;
                }

                var first = last;
                var bodyTokens = 0;
                while (first > 0 && (context.Tokens[first - 1].End > index || IsVenueBody(context, first - 1)) && end - context.Tokens[first - 1].Start <= 16)
                {
                    if (context.Tokens[first - 1].End <= index && context.Pos(first - 1) != "x" && ++bodyTokens > maxBodyTokens)
                    {
                        break;
                    }

                    // 5|条|高速公路, 两|座|大楼: one character after a number is its measure word, whatever jieba tags it.
                    if (context.Tokens[first - 1].End <= index && context.Tokens[first - 1].Length == 1 && first >= 2 && context.Pos(first - 2) == "m")
                    {
                        break;
                    }

                    first--;
                }

                var start = Math.Min(context.Tokens[first].Start, index);
                // 西(安)至汉(中)|)高速公路: a name does not open with a closing bracket.
                while (start < index && line[start] is ')' or '）')
                {
                    start++;
                }

                // A venue begins after a settlement named before it (东莲塘村|共富大楼广场).
                foreach (var known in context.Candidates)
                {
                    if (known.Type == MentionType.Place && known.Start <= start && known.End > start && known.End <= index && known.Source != "model"
                        && (TextSpans.EndsWithAny(line.AsSpan(known.Start, known.Length), settlementSuffixWords) || TextSpans.EndsWithAny(line.AsSpan(known.Start, known.Length), zoneSuffixes)))
                    {
                        start = known.End;
                    }
                }

                if (level == PlaceLevel.Venue)
                {
                    // 在轨道交通|义乌高铁站站厅: a line or zone word is no part of a venue's name that follows it.
                    foreach (var zone in zoneSuffixes)
                    {
                        if (index - start - zone.Length >= 2 && line.AsSpan(start).StartsWith(zone, StringComparison.Ordinal))
                        {
                            start += zone.Length;
                            break;
                        }
                    }
                }

                if (end - start <= suffix.Length && context.Tokens[last].Length <= suffix.Length)
                {
                    continue;
                }

                if (context.Candidates.Any(c => c.Start == start && c.End == end && c.Type == MentionType.Place))
                {
                    continue;
                }

                context.Candidates.Add(new MentionCandidate(start, end, MentionType.Place, 75, 0.75, Source)
                {
                    FineType = level.ToName(),
                    ProperNounBeforeEnding = OrganizationRules.HasProperNounWithin(context, start, index),
                });
            }
        }
    }

    private bool IsVenueBody(LineContext context, int token)
    {
        var pos = context.Pos(token);
        var text = context.TokenText(token);
        if (pos == "x")
        {
            return text.Length == 1 && text[0] is '(' or ')' or '（' or '）';
        }

        // 省内|所有|机场, 全市|体育场馆: a determiner or a level is no part of a venue's name.
        if (!(pos is "n" or "ns" or "nz" or "nt" or "j" or "b" or "vn" or "nr" or "a" or "nrt") || text is "位于" or "在" || nameBreakers.Contains(text))
        {
            return false;
        }

        // A person's name jieba guessed (not in its dictionary) or holds as a rare entry is as often a phrase cut
        // wrong (我|努力学习|图书馆, 胶济铁路|和济青|高速公路): it names a venue only where the tagger reads a name there.
        return pos is not ("nr" or "nrt") || context.Dictionary.GetFrequency(text) >= RareNameFrequency || ModelSpanAt(context, context.Tokens[token].Start, context.Tokens[token].End, whole: true);
    }

    /// <summary>Below this count in jieba's dictionary a person's name is one of its noisy entries (努力学习 3, 于城镇 11).</summary>
    private const int RareNameFrequency = 20;

    /// <summary>Unknown towns and villages: a 2–3 character name-like token right before 镇/村/街道.</summary>
    private void FindSettlements(LineContext context)
    {
        var line = context.Line;
        foreach (var (suffix, level) in settlementSuffixes)
        {
            var from = 0;
            int index;
            while ((index = line.IndexOf(suffix, from, StringComparison.Ordinal)) >= 0)
            {
                from = index + 1;
                var end = index + suffix.Length;
                if (end < line.Length && HanScript.IsHan(line[end]) && context.TokenStartingAt(end) < 0)
                {
                    continue;
                }

                var before = context.TokenEndingAt(index);
                int start;
                if (before >= 0)
                {
                    var pos = context.Pos(before);
                    var length = context.Tokens[before].Length;
                    if (pos is not ("ns" or "nr" or "nz" or "n" or "j" or "nrt") || length is < 2 or > 3)
                    {
                        continue;
                    }

                    start = context.Tokens[before].Start;
                }
                else
                {
                    // The suffix is glued into a token (东莲塘村 cut as 东莲/塘村): take that token's start.
                    var token = context.TokenEndingAt(end);
                    if (token < 0 || context.Tokens[token].Length is < 3 or > 5)
                    {
                        continue;
                    }

                    start = context.Tokens[token].Start;
                }

                if (line.AsSpan(start, index - start).ContainsAny("的在与和是了"))
                {
                    continue;
                }

                context.Candidates.Add(new MentionCandidate(start, end, MentionType.Place, 50, 0.65, Source)
                {
                    FineType = level.ToName(),
                    ProperNounBeforeEnding = OrganizationRules.HasProperNounWithin(context, start, index),
                });
            }
        }
    }

    /// <summary>我市, 我省, 我县, 我区: the paper's own place, resolved later.</summary>
    private static void FindReferences(LineContext context)
    {
        var line = context.Line;
        for (var i = 0; i + 1 < line.Length; i++)
        {
            if (line[i] == '我' && line[i + 1] is '市' or '省' or '县' or '区' && (i + 2 == line.Length || !HanScript.IsHan(line[i + 2]) || context.TokenStartingAt(i + 2) >= 0))
            {
                context.Candidates.Add(new MentionCandidate(i, i + 2, MentionType.Place, 65, 0.6, "reference") { FineType = PlaceLevel.Other.ToName() });
            }
        }
    }
}
