using System.Buffers;
using System.Text.RegularExpressions;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Extraction.Ner;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Facts;

/// <summary>Administrative places closed by a place suffix, venues, bare province and city names, and home references.</summary>
internal sealed partial class PlacePatterns
{
    private readonly HomeContext home;
    private readonly PlaceDirectory? places;
    private readonly RuleLexicons lexicons;
    private readonly HashSet<string> placeStopWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> nameBreakers;

    /// <summary>The last characters of the administrative and venue endings: where no ending can close, none is tried.</summary>
    private readonly SearchValues<char> placeEndingLastChars;

    /// <summary>Endings of zones, ports and crossings named after a place (level other).</summary>
    private readonly string[] zoneSuffixes;

    public PlacePatterns(HomeContext home, PlaceDirectory? places, RuleLexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        this.home = home;
        this.places = places;
        this.lexicons = lexicons;
        placeStopWords = new HashSet<string>(lexicons.Set.StopWords.WordsOf("not-place"), StringComparer.Ordinal);
        zoneSuffixes = [.. lexicons.Set.PlaceEndings.WordsOf("zone")];
        nameBreakers = new HashSet<string>(lexicons.Names.NameBreakers, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        placeEndingLastChars = SearchValues.Create([.. lexicons.Names.PlaceSuffixes.Concat(lexicons.Names.VenueSuffixes).Select(e => e[^1]).Distinct()]);
    }

    /// <summary>One-character words that never belong to a place name (<c>是</c>, <c>在</c>, <c>的</c>).</summary>
    private const string FunctionChars = "是在为到从向把被将对于和与及或等的了着过也都还就又";

    public void FindPlaces(string text, List<Token> tokens, List<FactMention> found)
    {
        var tokenStarts = new Dictionary<int, int>(tokens.Count);
        for (var k = 0; k < tokens.Count; k++)
        {
            tokenStarts[tokens[k].Start] = k;
        }

        var tokensByEnd = new Dictionary<int, int>(tokens.Count);
        for (var k = 0; k < tokens.Count; k++)
        {
            tokensByEnd[tokens[k].End] = k;
        }

        var boundary = 0;
        var lastPlaceEnd = -1;
        var tokenIndex = 0;
        for (var end = 1; end <= text.Length; end++)
        {
            while (tokenIndex < tokens.Count && tokens[tokenIndex].End < end)
            {
                var tk = tokens[tokenIndex];
                if (!IsPlaceMaterial(tk, text))
                {
                    boundary = Math.Max(boundary, tk.End);
                }

                tokenIndex++;
            }

            // The ending must close a jieba word: 通信市场 and 杨村村民 hold no 信市 or 杨村村, 江北区域性 no 江北区. (For
            // 市 alone until 2026-12-03; for every ending MSRA dev pages LOC 0.811 → 0.814, CLUENER dev 0.503 → 0.507.)
            // Asked first, after the cheaper test of the ending's last character, since most characters close no word
            // and would be compared with every ending.
            if (!placeEndingLastChars.Contains(text[end - 1]) || !tokensByEnd.TryGetValue(end, out var closing))
            {
                continue;
            }

            var suffix = MatchSuffixEndingAt(text, end, lexicons.Names.PlaceSuffixes);
            var venue = suffix is null ? MatchSuffixEndingAt(text, end, lexicons.Names.VenueSuffixes) : null;
            var s = suffix ?? venue;
            if (s is null)
            {
                continue;
            }

            if (tokens[closing].Length > s.Length && tokens[closing].Tag.Name.StartsWith('v'))
            {
                // 廊坊依法|治市/v, 公司|上市/v: an ending inside a verb is the verb's object, it closes no name.
                continue;
            }

            var maxBody = venue is null ? 5 : 7;
            var suffixStart = end - s.Length;
            var best = venue is null ? -1 : ProperStart(text, tokens, tokenStarts, Math.Max(boundary, suffixStart - maxBody), suffixStart - 2);
            var cityStart = -1;
            var afterCity = -1;
            for (var start = Math.Max(boundary, suffixStart - maxBody); start <= suffixStart - 2; start++)
            {
                if (best >= 0)
                {
                    break;
                }

                if ((tokenStarts.TryGetValue(start, out var startToken) && !StartsWithQuantity(tokens[startToken], text)) || start == lastPlaceEnd)
                {
                    var city = venue is null ? CityPrefixLength(text, start, suffixStart, end) : 0;
                    if (city > 0 && afterCity < 0)
                    {
                        cityStart = start;
                        afterCity = start + city;
                    }

                    if (HanScript.IsAllHan(text.AsSpan(start, end - start)) && !StartsWithCountry(text, start, suffixStart) && city == 0
                        && !CountsBefore(tokens, Token.FirstEndingAfter(tokens, start) + 1, suffixStart))
                    {
                        best = start;
                        break;
                    }
                }
            }

            // 山东单县: after a province's or city's bare name, a one-character name with its ending is a place when
            // the gazetteer has it under that province or city (the bare name itself is found by the word rules below).
            if (best < 0 && afterCity == suffixStart - 1 && places is not null && tokenStarts.ContainsKey(afterCity)
                && places.IsWithin(text[afterCity..end], text[cityStart..afterCity]))
            {
                best = afterCity;
            }

            if (best < 0)
            {
                continue;
            }

            var name = text[best..end];
            if ((s == "区" && "一二三四五六七八九十".Contains(name[^2], StringComparison.Ordinal))
                || (venue is not null && tokenStarts.TryGetValue(best, out var firstToken) && tokens[firstToken].Length == 1 && tokens[firstToken].Tag.Name == "v"))
            {
                // 商贸城四区 is a numbered hall, not a district; 访国际商贸城 opens with the verb of a headline (——访…).
                continue;
            }

            var rest = text.AsSpan(end);
            if (placeStopWords.Contains(name) || placeStopWords.Contains(name[^2..]) || placeStopWords.Contains(name[^Math.Min(3, name.Length)..]))
            {
                // 陈嘉庚故乡集美镇: a kind of area is no place, and no part of the place named after it either.
                boundary = Math.Max(boundary, end);
                continue;
            }

            if (rest.StartsWith("（市") || rest.StartsWith("(市") || (s == "省" && !lexicons.Names.Provinces.Contains(name[..^1])))
            {
                continue;
            }

            if (OpensWithTitleAndSurname(name))
            {
                // 部长黄镇: a title before a surname is a person's name that ends like a place (黄镇, the minister).
                continue;
            }

            found.Add(new FactMention(new TextRange(best, end), EntityKind.Place, 0.8, venue is null ? null : "venue"));
            if (venue is null)
            {
                boundary = end;
                lastPlaceEnd = end;
            }
        }

        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            var tag = t.Tag.Name;
            // jieba tags some transliterated place names as person names (霍尔果斯/nrt); long ones may still be places.
            var personTagged = tag is "nrt" or "nr" && t.Length >= 3;
            if (tag is "nr" or "ns" && CityBeforePlace(text, tokens, k))
            {
                // 嘉兴/nr 乌镇/ns, 杭州/ns 塘栖/ns: a city's bare name and one of its towns right after it are two places,
                // also when jieba takes one of them for a given name.
                found.Add(new FactMention(t.Range, EntityKind.Place, 0.75));
                found.Add(new FactMention(tokens[k + 1].Range, EntityKind.Place, 0.75, IsBareTownName(tokens[k + 1].GetText(text)) ? "town" : null));
                k++;
                continue;
            }

            if (tag != "ns" && !(places is not null && tag is "nz" or "j" && t.Length >= 2) && !personTagged)
            {
                continue;
            }

            var word = t.GetText(text);
            if ((!personTagged && lexicons.World.FineTypeOf(word) is not null) || (word.Length == 2 && "一二三四五六七八九十".Contains(word[0], StringComparison.Ordinal)))
            {
                // World places are added below; 四区 is a numbered hall.
                continue;
            }

            if ((!personTagged && lexicons.Names.Provinces.Contains(word)) || (!personTagged && NamesCity(text, word) && !placeStopWords.Contains(word[^1] + "市"))
                || (places is not null && HanScript.IsAllHan(word) && places.FullName(word) is not null && (!places.IsCountyOnly(word) || InPlaceContext(text, t.Range))))
            {
                found.Add(new FactMention(t.Range, EntityKind.Place, 0.75));
            }
        }

        AddWorldPlaces(text, tokens, found);
        AddLinesAndTradeZones(text, tokens, found);
        AddBareCityNames(text, found);
        AddZones(text, found);
        AddLocatedPlaces(text, tokens, found);

        AddHomeReferences(text, tokenStarts, tokensByEnd, found);
    }

    /// <summary>
    /// <c>部长黄镇</c>: a title, then a surname and at least one more character. A method of its own, not a lambda in
    /// <see cref="FindPlaces"/>: a lambda capturing a name of that loop's body would allocate for every character.
    /// </summary>
    private bool OpensWithTitleAndSurname(string name)
    {
        foreach (var title in lexicons.Titles.Titles)
        {
            if (name.Length > title.Length + 1 && name.StartsWith(title, StringComparison.Ordinal)
                && lexicons.Surnames.IsSurnameStart(name.AsSpan(title.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>义乌</c> where the article (or the home context) names <c>义乌市</c>: the bare name of a known city.</summary>
    private void AddBareCityNames(string text, List<FactMention> found)
    {
        var stems = found.Where(m => m.Kind == EntityKind.Place && m.Range.Length is 3 or 4 && text[m.Range.End - 1] == '市')
            .Select(m => text.Substring(m.Range.Start, m.Range.Length - 1))
            .Concat(home.City is { Length: > 1 } c ? [c[..^1]] : [])
            .Distinct(StringComparer.Ordinal).ToList();
        foreach (var stem in stems)
        {
            for (var at = text.IndexOf(stem, StringComparison.Ordinal); at >= 0; at = text.IndexOf(stem, at + stem.Length, StringComparison.Ordinal))
            {
                found.Add(new FactMention(new TextRange(at, at + stem.Length), EntityKind.Place, 0.7));
            }
        }
    }

    /// <summary>Countries, world regions and foreign cities (<c>阿根廷</c>, <c>东南亚</c>, <c>迪拜</c>) on jieba word boundaries.</summary>
    private void AddWorldPlaces(string text, List<Token> tokens, List<FactMention> found)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // A name may be one jieba word or several (胡志明市 is one; 巴布亚新几内亚 is several): try runs of up to 4 words.
            var t = tokens[i];
            if (!lexicons.World.FirstChars.Contains(text[t.Start]))
            {
                continue;
            }

            var end = t.Start;
            for (var k = i; k < tokens.Count && k < i + 4; k++)
            {
                end = tokens[k].End;
                if (end - t.Start > 8)
                {
                    break;
                }

                if (lexicons.World.FineTypeOf(text.AsSpan(t.Start, end - t.Start)) is { } fine)
                {
                    // 克拉斯诺亚尔斯克|边疆区: a division named by a city and an ending is one place, the ending no place alone.
                    var division = fine == "foreign" && k + 1 < tokens.Count && tokens[k + 1].Start == end
                        && lexicons.World.DivisionEndings.Contains(tokens[k + 1].GetText(text));
                    found.Add(new FactMention(new TextRange(t.Start, division ? tokens[k + 1].End : end), EntityKind.Place, 0.85, fine));
                }
            }
        }
    }

    /// <summary>
    /// Transit lines (<c>金义东市域轨道交通</c>) and trade zones (<c>中国（浙江）自由贸易试验区</c>): a line word after a name
    /// that opens with a proper noun, and a zone word after a place (with a bracketed province when printed).
    /// </summary>
    private void AddLinesAndTradeZones(string text, List<Token> tokens, List<FactMention> found)
    {
        if (!LineAndZoneWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
        {
            return;
        }

        // Each name opens with a proper noun (金义东/nr, 中国/ns): try the patterns where such a word starts.
        foreach (var t in tokens.Where(t => t.Length >= 2 && (t.Tag.IsProperNoun || t.Tag.Name is "nz" or "j" or "nrt")))
        {
            var line = TransitLine().Match(text, t.Start);
            if (line.Success)
            {
                found.Add(new FactMention(new TextRange(line.Index, line.Index + line.Length), EntityKind.Place, 0.7, "zone"));
            }

            var zone = TradeZone().Match(text, t.Start);
            if (zone.Success)
            {
                found.Add(new FactMention(new TextRange(zone.Index, zone.Index + zone.Length), EntityKind.Place, 0.75, "zone"));
            }
        }
    }

    private static readonly string[] LineAndZoneWords = ["轨道交通", "铁路", "地铁", "高速公路", "自由贸易", "自贸", "综合保税区", "开发区"];

    [GeneratedRegex(@"\G[\u4e00-\u9fff]{2,4}?(?:市域|城际|城市)?(?:轨道交通|铁路|地铁|高速公路|高速铁路)(?:[0-9一二三四五六七八九十]+号线)?")]
    private static partial Regex TransitLine();

    [GeneratedRegex(@"\G[\u4e00-\u9fff]{2,4}?(?:[（(][\u4e00-\u9fff]{2,4}[）)])?(?:自由贸易试验区|自贸试验区|自由贸易区|自贸区|综合保税区|经济技术开发区|高新技术产业开发区)")]
    private static partial Regex TradeZone();

    /// <summary>Zones, ports and crossings named after a place (<c>霍尔果斯综保区</c>, <c>阿拉山口口岸</c>, <c>乌鲁木齐国际陆港区</c>).</summary>
    private void AddZones(string text, List<FactMention> found)
    {
        // A province before a zone word describes a kind of zone (新疆边境口岸), it does not name one.
        var named = found.Where(m => m.Kind == EntityKind.Place && m.FineType is null or "foreign" && !lexicons.Names.Provinces.Contains(m.GetText(text))).ToList();
        foreach (var place in named)
        {
            foreach (var suffix in zoneSuffixes)
            {
                var limit = Math.Min(text.Length, place.Range.End + 4 + suffix.Length);
                var at = text.IndexOf(suffix, place.Range.End, limit - place.Range.End, StringComparison.Ordinal);
                if (at >= 0 && HanScript.IsAllHan(text.AsSpan(place.Range.End, at - place.Range.End))
                    && !text.AsSpan(place.Range.End, at - place.Range.End).ContainsAny(FunctionChars.AsSpan()))
                {
                    found.Add(new FactMention(new TextRange(place.Range.Start, at + suffix.Length), EntityKind.Place, 0.75, "zone"));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// <c>位于绿色动力小镇的</c>: what a thing is said to be located in is a place, even without a known ending, when it
    /// ends like a place or names one (a proper noun) and ends in a noun: 位于院子中央的, 位于市中心的, 位于法庭二楼的 and
    /// 位于亚洲最大的 say where, but name no place.
    /// </summary>
    private void AddLocatedPlaces(string text, List<Token> tokens, List<FactMention> found)
    {
        for (var at = text.IndexOf("位于", StringComparison.Ordinal); at >= 0; at = text.IndexOf("位于", at + 2, StringComparison.Ordinal))
        {
            var start = at + 2;
            var end = start;
            while (end < text.Length && end - start <= 10 && HanScript.IsHan(text[end]) && text[end] != '的')
            {
                end++;
            }

            if (end < text.Length && text[end] == '的' && end - start >= 3 && !text.AsSpan(start, end - start).ContainsAny(FunctionChars.AsSpan())
                && NamesAPlace(text, tokens, start, end))
            {
                found.Add(new FactMention(new TextRange(start, end), EntityKind.Place, 0.6, "zone"));
            }
        }
    }

    private bool NamesAPlace(string text, List<Token> tokens, int start, int end)
    {
        if (MatchSuffixEndingAt(text, end, lexicons.Names.PlaceSuffixes) is not null || MatchSuffixEndingAt(text, end, lexicons.Names.VenueSuffixes) is not null
            || MatchSuffixEndingAt(text, end, zoneSuffixes) is not null)
        {
            return true;
        }

        var properNoun = false;
        string? lastTag = null;
        foreach (var token in tokens)
        {
            if (token.End <= start || token.Start >= end)
            {
                continue;
            }

            if (token.Start < start || token.End > end)
            {
                // The phrase does not fall on word boundaries.
                return false;
            }

            properNoun |= token.Tag.Name is "ns" or "nz" or "nt" or "nr" or "nrt" or "j";
            lastTag = token.Tag.Name;
        }

        return properNoun && lastTag is { Length: > 0 } tag && (tag[0] == 'n' || tag == "s");
    }

    /// <summary>
    /// <c>义乌</c> is a city's bare name when the text also prints <c>义乌市</c>, and not because of <c>通信市场</c> or
    /// <c>普通市民</c>, where 市 starts the next word.
    /// </summary>
    private bool NamesCity(string text, string word)
    {
        var city = word + "市";
        for (var at = text.IndexOf(city, StringComparison.Ordinal); at >= 0; at = text.IndexOf(city, at + 1, StringComparison.Ordinal))
        {
            var next = at + city.Length;
            if (next >= text.Length || !"场民值面容井价".Contains(text[next], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>嘉兴乌镇</c>, <c>金华澧浦镇</c>: a city's bare name before a town is a place of its own, the town is part of it.
    /// What follows the city needs two characters before its ending, or one when the gazetteer has the rest under
    /// that city (乌镇), so that a name that merely begins like a city keeps its length.
    /// </summary>
    /// <returns>The length of the city's bare name at <paramref name="start"/>, or 0.</returns>
    private int CityPrefixLength(string text, int start, int suffixStart, int end)
    {
        if (places is null)
        {
            return 0;
        }

        for (var length = 2; length <= 3 && suffixStart - start - length >= 1; length++)
        {
            if (suffixStart - start - length == 1 && !places.IsWithin(text[(start + length)..end], text.Substring(start, length)))
            {
                continue;
            }

            var prefix = text.Substring(start, length);
            if (places.HasName(prefix) && places.FullName(prefix) is { } full && full.StartsWith(prefix, StringComparison.Ordinal) && full.Length > prefix.Length && !places.IsCountyOnly(prefix))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>
    /// Token <paramref name="k"/> is a city's bare name (a city or province, not only a county; 2 characters) and the
    /// next token (ns or nr, 2–3 characters) names a place the gazetteer has under it, as printed or as the bare
    /// name of a town (西塘 for 西塘镇): 长城 after 北京 or 牡丹 after 菏泽 are no towns of theirs.
    /// </summary>
    private bool CityBeforePlace(string text, List<Token> tokens, int k)
    {
        if (places is null || tokens[k].Length != 2 || k + 1 >= tokens.Count || tokens[k + 1].Start != tokens[k].End
            || tokens[k + 1].Tag.Name is not ("ns" or "nr") || tokens[k + 1].Length is < 2 or > 3)
        {
            return false;
        }

        var word = tokens[k].GetText(text);
        var next = tokens[k + 1].GetText(text);
        return places.FullName(word) is { } full && full.StartsWith(word, StringComparison.Ordinal) && full.Length > word.Length
            && !places.IsCountyOnly(word) && HanScript.IsAllHan(next) && places.IsWithin(next, word);
    }

    /// <summary><c>西塘</c>: the name of a town printed without its ending (西塘镇), as famous towns often are.</summary>
    private bool IsBareTownName(string name) =>
        places is not null && name[^1] is not ('镇' or '乡') && (places.HasName(name + "镇") || places.HasName(name + "乡"));

    /// <summary><c>越南胡志明市</c>: the country printed before a foreign city is a place of its own.</summary>
    private bool StartsWithCountry(string text, int start, int suffixStart) =>
        lexicons.World.CountryPrefixLength(text.AsSpan(start, suffixStart - start), suffixStart - start - 1) > 0;

    /// <summary>A county-level short name is a place where the text lists or locates it (<c>赴…</c>, <c>西安、曲阜</c>, <c>…等地</c>).</summary>
    private bool InPlaceContext(string text, TextRange range)
    {
        var before = range.Start > 0 ? text[range.Start - 1] : '\0';
        var after = range.End < text.Length ? text[range.End] : '\0';
        return "在赴到从往至、于经".Contains(before, StringComparison.Ordinal) || after == '、'
            || text.AsSpan(range.End).StartsWith("等地", StringComparison.Ordinal)
            || zoneSuffixes.Any(z => text.AsSpan(range.End).StartsWith(z, StringComparison.Ordinal));
    }

    /// <summary><c>我市</c>, <c>本市</c> where jieba's words begin and end with them: <c>资本市场</c> holds no 本市.</summary>
    private static void AddHomeReferences(string text, Dictionary<int, int> tokenStarts, Dictionary<int, int> tokensByEnd, List<FactMention> found)
    {
        foreach (var home in HomeContext.HomeCityReferences)
        {
            for (var at = text.IndexOf(home, StringComparison.Ordinal); at >= 0; at = text.IndexOf(home, at + home.Length, StringComparison.Ordinal))
            {
                if (!tokenStarts.ContainsKey(at) || !tokensByEnd.ContainsKey(at + home.Length))
                {
                    continue;
                }

                found.Add(new FactMention(new TextRange(at, at + home.Length), EntityKind.Place, 0.9, "home"));
            }
        }
    }

    private bool IsPlaceMaterial(Token token, string text)
    {
        // Called for every token of every article: the tag first, then the word as a span (no string is made).
        var tag = token.Tag.Name;
        var word = text.AsSpan(token.Start, token.Length);
        return tag.Length > 0 && (tag[0] == 'n' || tag is "j" or "m" or "b" or "s" or "f" or "nz" or "a" || (tag == "v" && word.Length == 1))
            && HanScript.IsAllHan(word) && !(word.Length == 1 && FunctionChars.Contains(word[0], StringComparison.Ordinal))
            && !nameBreakers.Contains(word);
    }

    /// <summary>
    /// The first start in [from, to] where a proper-noun token (<c>义乌</c>) opens a Han run to the suffix with no
    /// number in it, or -1: <c>戴高乐和奥利|两|大|机场</c> counts two airports, it names none (nor does the run from 奥利
    /// that the caller tries next, nor <c>华坪和永胜|两个|县</c> one county: 1,050 MSRA pages lost 7 such places, 上海三市,
    /// 罗城两县 …, all wrong).
    /// </summary>
    private int ProperStart(string text, List<Token> tokens, Dictionary<int, int> tokenStarts, int from, int to)
    {
        for (var at = from; at <= to; at++)
        {
            if (!tokenStarts.TryGetValue(at, out var k))
            {
                continue;
            }

            var t = tokens[k];
            if (t.Tag.IsProperNoun && HanScript.IsAllHan(text.AsSpan(t.Start, to - t.Start + 2)) && !CountsBefore(tokens, k + 1, to + 2))
            {
                return t.Start;
            }
        }

        return -1;
    }

    /// <summary>Whether a numeral or measure word starts at token <paramref name="first"/> or later, before <paramref name="end"/>.</summary>
    private static bool CountsBefore(List<Token> tokens, int first, int end)
    {
        for (var k = first; k < tokens.Count && tokens[k].Start < end; k++)
        {
            if (tokens[k].Tag.Name is "m" or "mq" or "q")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word that would open a place name before its ending counts or points instead (<c>第三</c>, <c>一些|市</c>,
    /// <c>有些|县</c>): any numeral or pronoun word of jieba's, not only single characters and counted units, since
    /// jieba reads the cities that open with a numeral as one word with their ending (<c>九江市</c>, <c>四平市</c>).
    /// MSRA dev pages LOC 0.846 → 0.847 (<c>一些</c> read as a bare city name is gone), CLUENER dev and the seed pages unchanged.
    /// </summary>
    private static bool StartsWithQuantity(Token t, string text)
    {
        return t.Tag.Name is "t" or "q" or "mq" or "m" or "r" || text[t.Start] == '第';
    }

    private string? MatchSuffixEndingAt(string text, int end, IReadOnlyList<string> suffixes)
    {
        foreach (var s in suffixes)
        {
            if (end >= s.Length && string.CompareOrdinal(text, end - s.Length, s, 0, s.Length) == 0)
            {
                return s;
            }
        }

        return null;
    }
}
