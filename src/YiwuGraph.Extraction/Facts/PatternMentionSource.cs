using YiwuGraph.Core;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Finds persons, organisations and places with patterns over jieba's POS tokens: names that a title or a
/// speech verb anchors, organisation names closed by an organisation suffix, administrative places closed by a
/// place suffix, and venues. The fallback when no statistical recognizer is plugged in, and a second opinion
/// when one is.
/// </summary>
public sealed class PatternMentionSource : IMentionSource
{
    private static readonly string[] PersonFollowers =
    [
        "强调", "指出", "表示", "主持", "介绍", "透露", "说", "要求", "参加", "出席", "到场", "认为", "宣布", "致辞", "讲话", "提出",
        "在会上", "在主持", "等参加", "等出席", "同志", "一行", "代表",
    ];

    /// <summary>Common words that end like an organisation but never name one.</summary>
    private static readonly HashSet<string> OrgStopWords = new(StringComparer.Ordinal)
    {
        "格局", "布局", "开局", "大局", "结局", "当局", "全局", "服务中心", "邮局", "棋局", "饭局", "赌局", "好局", "新局", "变局", "破局",
    };

    /// <summary>Last characters of organisation suffixes and titles: a token ending otherwise cannot close an organisation.</summary>
    private static readonly HashSet<char> OrgOrTitleLastChars =
        NameLexicon.OrganizationSuffixes.Concat(TitleLexicon.Titles).Select(x => x[^1]).ToHashSet();

    /// <summary>Last characters of organisation words jieba tags <c>nt</c> without a known suffix.</summary>
    private const string OrgFinalChars = "会委办部局院校社台所行厂司团党联处署";

    /// <summary>Endings so common in plain nouns that the name must hold a proper noun (<c>金华畅行中心</c>, not <c>培训中心</c>).</summary>
    private static readonly HashSet<string> WeakSuffixes = new(StringComparer.Ordinal)
    {
        "中心", "服务站", "工厂", "大队", "支队", "学院", "局", "大学", "公司", "集团", "研究院", "医院",
    };

    /// <summary>Generic heads that are an organisation only with a name before them.</summary>
    private static readonly HashSet<string> GenericOrgHeads = new(StringComparer.Ordinal)
    {
        "中心", "政府", "公司", "集团", "企业", "学院", "大学", "分会", "银行", "工厂",
    };

    /// <summary>Words a name never starts with or runs through: levels, quantities, title modifiers and joining verbs.</summary>
    private static readonly HashSet<string> NameBreakers = new(StringComparer.Ordinal)
    {
        "我市", "全市", "本市", "各", "该", "有关", "相关", "全省", "我省", "省级", "市级", "县级", "国家级", "首家", "全国", "原", "时任",
        "会同", "联合", "携手", "协同", "随后", "同时", "以及", "地方", "现代化", "首个", "多家", "各类", "法人", "智能", "数字化", "龙头",
        "重点", "骨干", "优质", "民营", "国有", "本地", "当地", "外地",
    };

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

    private readonly JiebaSegmenter segmenter;
    private readonly HomeContext home;

    private readonly PlaceDirectory? places;

    public PatternMentionSource(JiebaSegmenter segmenter, HomeContext? home = null, PlaceDirectory? places = null)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        this.segmenter = segmenter;
        this.home = home ?? HomeContext.None;
        this.places = places;
    }

    public IReadOnlyList<FactMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = segmenter.CutWithPos(text);
        var found = new List<FactMention>();
        FindPlaces(text, tokens, found);
        FindOrganizations(text, tokens, found);
        FindPersons(text, tokens, found);
        return MentionSet.Resolve(found);
    }

    private static void FindPersons(string text, List<Token> tokens, List<FactMention> found)
    {
        var anchored = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<(Token Token, string Name)>();
        var previousAnchoredEnd = -1;
        foreach (var t in tokens)
        {
            var tag = t.Tag.Name;
            if (!tag.StartsWith("nr", StringComparison.Ordinal) || t.Length is < 2 or > 4)
            {
                continue;
            }

            var name = t.GetText(text);
            var titled = TitleLexicon.MatchEndingAt(text, t.Start) is not null
                || TitleLexicon.RoleWords.Any(r => t.Start >= r.Length && string.CompareOrdinal(text, t.Start - r.Length, r, 0, r.Length) == 0);
            if (!name.All(NameLexicon.IsHan) || !(NameLexicon.IsSurnameStart(name) || (titled && t.Length is 2 or 3)))
            {
                continue;
            }

            candidates.Add((t, name));
            var isAnchored = titled
                || (t.Start > 0 && text[t.Start - 1] == '、' && previousAnchoredEnd == t.Start - 1)
                || PersonFollowers.Any(f => string.CompareOrdinal(text, t.End, f, 0, f.Length) == 0)
                || TitleLexicon.TrailingTitles.Any(f => string.CompareOrdinal(text, t.End, f, 0, f.Length) == 0);
            if (isAnchored)
            {
                anchored.Add(name);
                previousAnchoredEnd = t.End;
            }
        }

        foreach (var (token, name) in candidates)
        {
            if (anchored.Contains(name))
            {
                found.Add(new FactMention(token.Range, EntityKind.Person, 0.85));
            }
        }

        // A name anchored once is the same name where jieba did not tag it.
        foreach (var name in anchored)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                found.Add(new FactMention(new TextRange(at, at + name.Length), EntityKind.Person, 0.8));
            }
        }
    }

    private static void FindOrganizations(string text, List<Token> tokens, List<FactMention> found)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var isNt = t.Tag.Name == "nt";
            if (!isNt && !OrgOrTitleLastChars.Contains(text[t.End - 1]))
            {
                continue;
            }

            var word = t.GetText(text);
            var end = t.End;

            // 市委书记 is one jieba word: the organisation ends where the title starts.
            var title = TitleLexicon.Titles.FirstOrDefault(x => word.Length > x.Length && word.EndsWith(x, StringComparison.Ordinal));
            if (title is not null)
            {
                end = t.End - title.Length;
                isNt = false;
            }

            var before = text[Math.Max(0, end - 8)..end];
            var suffix = NameLexicon.OrganizationSuffixes.FirstOrDefault(x => before.EndsWith(x, StringComparison.Ordinal));
            if (suffix is null && !isNt)
            {
                continue;
            }

            if (suffix is null && (word.Length < 3 || !OrgFinalChars.Contains(word[^1], StringComparison.Ordinal)))
            {
                continue;
            }

            if (OrgStopWords.Contains(word) || (GenericOrgHeads.Contains(word) && !IsNameLike(tokens, i - 1, text) && !IsInnerVerb(tokens, i - 1, text)))
            {
                continue;
            }

            // The token holding the first character of the suffix, then name-like tokens to its left.
            var first = i;
            var suffixStart = end - (suffix?.Length ?? 0);
            while (suffix is not null && first > 0 && tokens[first].Start > suffixStart)
            {
                first--;
            }

            var start = first;
            while (start > 0 && end - tokens[start - 1].Start <= 24 && (IsNameLike(tokens, start - 1, text) || IsInnerVerb(tokens, start - 1, text)))
            {
                start--;
            }

            var range = new TextRange(tokens[start].Start, end);
            var name = text.Substring(range.Start, range.Length);
            var listed = (range.Start > 0 && text[range.Start - 1] == '、') || (range.End < text.Length && text[range.End] == '、');
            var bareSuffix = suffix is not null && name.Length == suffix.Length && !isNt && !(listed && name.Length >= 3);
            if (!IsAbbreviatedHomeOrg(name) && (name.Length < 3 || bareSuffix || !NameLexicon.IsHan(name[0])))
            {
                continue;
            }

            if (IsPlaceOnly(name) || OrgStopWords.Any(w => name.EndsWith(w, StringComparison.Ordinal)) || name.Contains('在', StringComparison.Ordinal)
                || name.Contains('暨', StringComparison.Ordinal)
                || (suffix is not null && WeakSuffixes.Contains(suffix) && !HasProperNoun(tokens, start, i, text, name)))
            {
                continue;
            }

            found.Add(new FactMention(range, EntityKind.Organization, isNt && suffix is null ? 0.6 : 0.75));
        }
    }

    /// <summary>A proper noun, a home-level opening (<c>市</c>/<c>省</c>) or quotes make a weak-suffix name a name.</summary>
    private static bool HasProperNoun(List<Token> tokens, int first, int last, string text, string name)
    {
        if (name[0] is '市' or '省' or '县' or '区' || (first > 0 && text[tokens[first].Start - 1] == '“'))
        {
            return true;
        }

        for (var k = first; k <= last; k++)
        {
            var tag = tokens[k].Tag.Name;
            if (tokens[k].Tag.IsProperNoun || tag is "j" or "nrt" or "nrfg" || (tag == "x" && char.IsLetter(text[tokens[k].Start])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A verb inside a name (<c>粮食收储有限公司</c>, <c>金华畅行中心</c>): two characters with a noun before it.</summary>
    private static bool IsInnerVerb(List<Token> tokens, int index, string text)
    {
        if (index < 1 || tokens[index].Tag.Name != "v" || tokens[index].Length != 2 || NameBreakers.Contains(tokens[index].GetText(text)))
        {
            return false;
        }

        var prev = tokens[index - 1];
        var tag = prev.Tag.Name;
        return !NameBreakers.Contains(prev.GetText(text)) && prev.GetText(text).All(NameLexicon.IsHan) && tag.Length > 0 && (tag[0] == 'n' || tag == "j");
    }

    /// <summary><c>市委</c>, <c>省委</c>, <c>市政协</c>: a home-level body named by its level alone.</summary>
    private static bool IsAbbreviatedHomeOrg(string name) =>
        name.Length is >= 2 and <= 4 && name[0] is '市' or '省' or '县' or '区'
        && name[1] is '委' or '政' or '人' && NameLexicon.OrganizationSuffixOf(name) is not null || name is "市委" or "省委" or "县委" or "区委";

    private static bool IsPlaceOnly(string name) =>
        NameLexicon.PlaceSuffixOf(name) is not null && NameLexicon.OrganizationSuffixOf(name) is null;

    private static bool IsNameLike(List<Token> tokens, int index, string text)
    {
        if (index < 0)
        {
            return false;
        }

        var t = tokens[index];
        var tag = t.Tag.Name;
        var word = t.GetText(text);
        if (!word.All(NameLexicon.IsHan))
        {
            return false;
        }

        if (NameBreakers.Contains(word))
        {
            return false;
        }

        return tag.Length > 0 && (tag[0] == 'n' || tag is "j" or "vn" or "an" or "b" or "l" or "s" or "f" && word.Length > 1);
    }

    private void FindPlaces(string text, List<Token> tokens, List<FactMention> found)
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
        return !NameBreakers.Contains(word) && !(word.Length == 1 && FunctionChars.Contains(word[0], StringComparison.Ordinal)) && tag.Length > 0
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
