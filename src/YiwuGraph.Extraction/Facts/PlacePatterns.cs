using YiwuGraph.Core;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Facts;

/// <summary>Administrative places closed by a place suffix, venues, bare province and city names, and home references.</summary>
internal sealed class PlacePatterns
{
    private readonly HomeContext home;
    private readonly PlaceDirectory? places;

    public PlacePatterns(HomeContext home, PlaceDirectory? places)
    {
        this.home = home;
        this.places = places;
    }

    private static readonly HashSet<string> PlaceStopWords = new(StringComparer.Ordinal)
    {
        "城市", "全市", "我市", "本市", "超市", "都市", "上市", "股市", "夜市", "集市", "城区", "社区", "地区", "园区", "小区", "景区",
        "山区", "农村", "乡村", "城乡", "全省", "外省", "本省", "各省", "全县", "全区", "各区", "市区", "县区", "镇村", "各镇", "乡镇",
        "新区", "片区", "街区", "辖区", "商区", "展区", "试验区", "开发区", "示范区", "先行区", "功能区", "全村", "强市", "大市", "大省",
        "强省", "名县", "大县", "强县", "各县", "县市", "省市", "该市", "该县", "该村", "门市", "城镇", "小镇", "特色小镇", "试点区",
        "大镇", "强镇", "名镇", "核心区", "综保区", "保税区", "港区", "建市", "立市", "兴市", "强村", "富村", "名村",
    };

    /// <summary>One-character words that never belong to a place name (<c>是</c>, <c>在</c>, <c>的</c>).</summary>
    private const string FunctionChars = "是在为到从向把被将对于和与及或等的了着过也都还就又";

    public void FindPlaces(string text, List<Token> tokens, List<FactMention> found)
    {
        var tokenStarts = new Dictionary<int, int>(tokens.Count);
        for (var k = 0; k < tokens.Count; k++)
        {
            tokenStarts[tokens[k].Start] = k;
        }

        var tokenEnds = new HashSet<int>(tokens.Select(t => t.End));
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

            var suffix = MatchSuffixEndingAt(text, end, NameLexicon.PlaceSuffixes);
            var venue = suffix is null ? MatchSuffixEndingAt(text, end, NameLexicon.VenueSuffixes) : null;
            var s = suffix ?? venue;
            if (s is null)
            {
                continue;
            }

            if (s == "市" && !tokenEnds.Contains(end))
            {
                continue;
            }

            var maxBody = venue is null ? 5 : 7;
            var suffixStart = end - s.Length;
            var best = venue is null ? -1 : ProperStart(text, tokens, tokenStarts, Math.Max(boundary, suffixStart - maxBody), suffixStart - 2);
            for (var start = Math.Max(boundary, suffixStart - maxBody); start <= suffixStart - 2; start++)
            {
                if (best >= 0)
                {
                    break;
                }

                if ((tokenStarts.TryGetValue(start, out var startToken) && !StartsWithQuantity(tokens[startToken], text)) || start == lastPlaceEnd)
                {
                    if (text.AsSpan(start, end - start).ToArray().All(NameLexicon.IsHan))
                    {
                        best = start;
                        break;
                    }
                }
            }

            if (best < 0)
            {
                continue;
            }

            var name = text[best..end];
            var rest = text.AsSpan(end);
            if (rest.StartsWith("（市") || rest.StartsWith("(市") || PlaceStopWords.Contains(name) || PlaceStopWords.Contains(name[^2..]) || PlaceStopWords.Contains(name[^Math.Min(3, name.Length)..])
                || (s == "省" && !NameLexicon.Provinces.Contains(name[..^1])))
            {
                continue;
            }

            found.Add(new FactMention(new TextRange(best, end), EntityKind.Place, 0.8, venue is null ? null : "venue"));
            if (venue is null)
            {
                boundary = end;
                lastPlaceEnd = end;
            }
        }

        foreach (var t in tokens)
        {
            var tag = t.Tag.Name;
            if (tag != "ns" && !(places is not null && tag is "nz" or "j" && t.Length >= 2))
            {
                continue;
            }

            var word = t.GetText(text);
            if (NameLexicon.Provinces.Contains(word) || (text.Contains(word + "市", StringComparison.Ordinal) && !PlaceStopWords.Contains(word[^1] + "市"))
                || (places is not null && word.All(NameLexicon.IsHan) && places.FullName(word) is not null))
            {
                found.Add(new FactMention(t.Range, EntityKind.Place, 0.75));
            }
        }

        AddBareCityNames(text, found);

        AddHomeReferences(text, found);
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

    private static void AddHomeReferences(string text, List<FactMention> found)
    {
        foreach (var home in HomeContext.HomeCityReferences)
        {
            for (var at = text.IndexOf(home, StringComparison.Ordinal); at >= 0; at = text.IndexOf(home, at + home.Length, StringComparison.Ordinal))
            {
                found.Add(new FactMention(new TextRange(at, at + home.Length), EntityKind.Place, 0.9, "home"));
            }
        }
    }

    private static bool IsPlaceMaterial(Token token, string text)
    {
        var word = token.GetText(text);
        if (!word.All(NameLexicon.IsHan))
        {
            return false;
        }

        var tag = token.Tag.Name;
        return !NamePatterns.NameBreakers.Contains(word) && !(word.Length == 1 && FunctionChars.Contains(word[0], StringComparison.Ordinal)) && tag.Length > 0
            && (tag[0] == 'n' || tag is "j" or "m" or "b" or "s" or "f" or "nz" or "a" || (tag == "v" && word.Length == 1));
    }

    /// <summary>The first start in [from, to] where a proper-noun token (<c>义乌</c>) opens a Han run to the suffix, or -1.</summary>
    private static int ProperStart(string text, List<Token> tokens, Dictionary<int, int> tokenStarts, int from, int to)
    {
        for (var at = from; at <= to; at++)
        {
            if (!tokenStarts.TryGetValue(at, out var k))
            {
                continue;
            }

            var t = tokens[k];
            if (t.Tag.IsProperNoun && text.AsSpan(t.Start, to - t.Start + 2).ToArray().All(NameLexicon.IsHan))
            {
                return t.Start;
            }
        }

        return -1;
    }

    private static bool StartsWithQuantity(Token t, string text)
    {
        return t.Tag.Name is "t" or "q" or "mq" || text[t.Start] == '第' || (t.Tag.Name == "m" && (t.Length == 1 || !char.IsLetter(text[t.Start]) || "年月日号个家所名位".Contains(text[t.End - 1], StringComparison.Ordinal)));
    }

    private static string? MatchSuffixEndingAt(string text, int end, IReadOnlyList<string> suffixes)
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
