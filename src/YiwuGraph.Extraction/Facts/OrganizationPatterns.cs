using YiwuGraph.Core;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Extraction.Ner;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Facts;

/// <summary>Organisation names closed by an organisation suffix (or tagged <c>nt</c>), extended left over name-like tokens.</summary>
internal sealed class OrganizationPatterns(RuleLexicons lexicons)
{
    /// <summary>Common words that end like an organisation but never name one.</summary>
    private readonly HashSet<string> OrgStopWords = new(lexicons.Set.StopWords.WordsOf("not-organization"), StringComparer.Ordinal);

    /// <summary>
    /// Words that close no organisation when jieba reads them as one word (比利时/政局, political situation), but
    /// may end one inside a longer word (财政局, 邮政局), so they are matched as whole tokens only.
    /// </summary>
    private readonly HashSet<string> OrgStopTokens = new(lexicons.Set.StopWords.WordsOf("not-organization-token"), StringComparer.Ordinal);

    /// <summary>Last characters of organisation suffixes and titles: a token ending otherwise cannot close an organisation.</summary>
    private readonly HashSet<char> OrgOrTitleLastChars =
        lexicons.Names.OrganizationSuffixes.Concat(lexicons.Titles.Titles).Select(x => x[^1]).ToHashSet();

    /// <summary>
    /// The confidence of a name read only because jieba's dictionary tags the word <c>nt</c>, with no organisation
    /// ending: above <see cref="Recognition.MentionArbiter.ShortFormConfidence"/>, so the arbiter keeps it where the
    /// recognizer reads it too, never alone. Alone such words were idioms and common nouns (<c>大操大办</c>,
    /// <c>深有体会</c>, <c>监外执行</c>, <c>民族所</c>, <c>广播电台</c>): 0 right of 13 on the MSRA dev pages.
    /// </summary>
    public const double DictionaryOnlyConfidence = 0.72;

    /// <summary>The confidence of such a word that the text defines as an organisation's short name (以下简称“海高会”).</summary>
    public const double DefinedShortNameConfidence = 0.6;

    /// <summary>Last characters of organisation words jieba tags <c>nt</c> without a known suffix.</summary>
    private const string OrgFinalChars = "会委办部局院校社台所行厂司团党联处署";

    /// <summary>Endings so common in plain nouns that the name must hold a proper noun (<c>金华畅行中心</c>, not <c>培训中心</c>).</summary>
    private readonly HashSet<string> WeakSuffixes = new(lexicons.Set.OrganizationEndings.WordsOf("weak"), StringComparer.Ordinal);

    /// <summary>
    /// Heads a place has many of (公司, 球队; news-organizations.tsv, class kind-head): a place and such a head alone are
    /// a kind of body of the place (美国公司 = American companies, jieba's nt word), not a name.
    /// </summary>
    private readonly HashSet<string> KindHeads = new(lexicons.Set.NewsOrganizations.WordsOf("kind-head"), StringComparer.Ordinal);

    /// <summary>Generic heads that are an organisation only with a name before them.</summary>
    private readonly HashSet<string> GenericOrgHeads = new(lexicons.Set.OrganizationEndings.WordsOf("generic-head"), StringComparer.Ordinal);

    public void FindOrganizations(string text, List<Token> tokens, List<FactMention> found)
    {
        IReadOnlyDictionary<string, string>? abbreviations = null;
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
            // (Tests on spans, not lambdas: a lambda capturing this loop body's words would allocate for every token.)
            var title = TextSpans.EndingWord(word.AsSpan(1), lexicons.Titles.Titles);
            if (title is not null)
            {
                end = t.End - title.Length;
                isNt = false;
            }

            var before = text[Math.Max(0, end - 8)..end];
            var suffix = TextSpans.EndingWord(before, lexicons.Names.OrganizationSuffixes);
            if (suffix is null && !isNt)
            {
                continue;
            }

            if (suffix is null && (word.Length < 3 || !OrgFinalChars.Contains(word[^1], StringComparison.Ordinal)))
            {
                continue;
            }

            if (OrgStopWords.Contains(word) || OrgStopTokens.Contains(word) || (GenericOrgHeads.Contains(word) && !IsNameLike(tokens, i - 1, text) && !IsInnerVerb(tokens, i - 1, text)))
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
            while (start > 0 && end - tokens[start - 1].Start <= 24 && (IsNameLike(tokens, start - 1, text)
                || (IsInnerVerb(tokens, start - 1, text) && !EndsWithOrganization(text, tokens[start - 1].Start) && !StartsOwnName(tokens, start, first, suffix?.Length ?? 0))))
            {
                start--;
            }

            var range = new TextRange(tokens[start].Start, end);
            var name = text.Substring(range.Start, range.Length);
            var listed = (range.Start > 0 && text[range.Start - 1] == '、') || (range.End < text.Length && text[range.End] == '、');
            var bareSuffix = suffix is not null && name.Length == suffix.Length && !isNt && !(listed && name.Length >= 3);
            if (!IsAbbreviatedHomeOrg(name) && (name.Length < 3 || bareSuffix || !HanScript.IsHan(name[0])))
            {
                continue;
            }

            if (IsPlaceOnly(name) || EndsWithStopWord(name) || name.Contains('在', StringComparison.Ordinal)
                || name.Contains('暨', StringComparison.Ordinal)
                || (suffix is not null && WeakSuffixes.Contains(suffix) && !HasProperNoun(tokens, start, i, text, name)))
            {
                continue;
            }

            if (suffix is not null && KindHeads.Contains(suffix) && IsPlaceName(name.AsSpan(0, name.Length - suffix.Length), tokens, start, suffixStart))
            {
                continue;
            }

            if (IsQuotedSlogan(text, range))
            {
                continue;
            }

            range = ExtendOverBracketedPlace(text, range);
            var confidence = 0.75;
            if (isNt && suffix is null)
            {
                // A short name the text defines (X（以下简称“海高会”）) is an organisation on that evidence: it keeps the
                // short forms' confidence and fills a gap.
                abbreviations ??= lexicons.ShortNameDefinitions.In(text).Stated;
                confidence = abbreviations.ContainsKey(text.Substring(range.Start, range.Length)) ? DefinedShortNameConfidence : DictionaryOnlyConfidence;
            }

            found.Add(new FactMention(range, EntityKind.Organization, confidence));
        }
    }

    /// <summary>Whether <paramref name="name"/> ends in a word that ends no organisation (stop words of class not-organization).</summary>
    private bool EndsWithStopWord(string name)
    {
        foreach (var word in OrgStopWords)
        {
            if (name.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>“揭榜挂帅”“先用后转”“技术转移中心”等</c>: a quoted term in a run of quoted terms is a slogan, not a body.</summary>
    private bool IsQuotedSlogan(string text, TextRange range) =>
        range.Start > 0 && text[range.Start - 1] == '“' && range.End < text.Length && text[range.End] == '”'
        && ((range.Start > 1 && text[range.Start - 2] == '”') || (range.End + 1 < text.Length && text[range.End + 1] == '“'));

    /// <summary>
    /// <c>极光湾（义乌）传动系统有限公司</c>: a company name may carry its place in brackets after the brand; the brand
    /// (a short Han run after a clause break) belongs to the name.
    /// </summary>
    private TextRange ExtendOverBracketedPlace(string text, TextRange range)
    {
        var close = range.Start - 1;
        if (close < 3 || text[close] is not ('）' or ')'))
        {
            return range;
        }

        var open = text.LastIndexOfAny(['（', '('], close);
        if (open < 1 || close - open - 1 is < 2 or > 4 || !HanScript.IsAllHan(text.AsSpan(open + 1, close - open - 1)))
        {
            return range;
        }

        var start = open;
        while (start > 0 && open - start < 6 && HanScript.IsHan(text[start - 1]) && !"的在与和及、是为".Contains(text[start - 1], StringComparison.Ordinal))
        {
            start--;
        }

        return open - start >= 2 ? new TextRange(start, range.End) : range;
    }

    /// <summary>A proper noun, a home-level opening (<c>市</c>/<c>省</c>) or quotes make a weak-suffix name a name.</summary>
    private bool HasProperNoun(List<Token> tokens, int first, int last, string text, string name)
    {
        if (name[0] is '市' or '省' or '县' or '区' || (first > 0 && text[tokens[first].Start - 1] == '“'))
        {
            return true;
        }

        for (var k = first; k <= last; k++)
        {
            if (k == last && tokens[k].Length <= 3 && k == first)
            {
                // jieba tags some generic nouns nt (加工厂): a weak-suffix word on its own names nothing.
                continue;
            }

            var tag = tokens[k].Tag.Name;
            var word = text.AsSpan(tokens[k].Start, tokens[k].Length);

            // 嵌入式, 普惠性, 智能型 name a kind, not a body, whatever jieba tags them; and jieba's dictionary
            // tags some plain words nr (养老): a person's name in an organisation starts with a surname.
            if ((word.Length >= 3 && word[^1] is '式' or '性' or '型') || (tag == "nr" && !lexicons.Surnames.IsSurnameStart(word)))
            {
                continue;
            }

            if (tokens[k].Tag.IsProperNoun || tag is "j" or "nrt" or "nrfg" || (tag == "x" && char.IsLetter(text[tokens[k].Start])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>继峰座椅义乌工厂跟随领克…</c>: a verb after a complete organisation name joins two names, it is not inside one.</summary>
    private bool EndsWithOrganization(string text, int at) =>
        lexicons.Names.OrganizationSuffixes.Any(s => at >= s.Length + 2 && string.CompareOrdinal(text, at - s.Length, s, 0, s.Length) == 0);

    /// <summary>A verb inside a name (<c>粮食收储有限公司</c>, <c>金华畅行中心</c>): two characters with a noun before it.</summary>
    private bool IsInnerVerb(List<Token> tokens, int index, string text)
    {
        if (index < 1 || tokens[index].Tag.Name != "v" || tokens[index].Length != 2 || lexicons.Names.NameBreakers.Contains(tokens[index].GetText(text)))
        {
            return false;
        }

        var prev = tokens[index - 1];
        var tag = prev.Tag.Name;
        // 产业发展促进中心: a verbal noun (vn) before the verb counts like a noun.
        return !lexicons.Names.NameBreakers.Contains(prev.GetText(text)) && HanScript.IsAllHan(prev.GetText(text)) && tag.Length > 0 && (tag[0] == 'n' || tag is "j" or "vn");
    }

    /// <summary>
    /// Token <paramref name="index"/> begins a name of its own, so the verb before it is not inside the organisation's
    /// name (as 促进 is in 产业发展促进中心): a place or proper noun before the head (鉴定|福州市国税局), or a head
    /// jieba knows as a whole name (提请|全国人大常委会). A bare head such as 联合会/nt in 国际拳击联合会 does not count.
    /// </summary>
    private bool StartsOwnName(List<Token> tokens, int index, int head, int suffixLength)
    {
        var token = tokens[index];
        return token.Tag.Name is "nt" or "ns" or "nz" or "nr" or "nrt" && (index < head || token.Length > suffixLength + 1);
    }

    /// <summary><c>市委</c>, <c>省委</c>, <c>市政协</c>: a home-level body named by its level alone.</summary>
    private bool IsAbbreviatedHomeOrg(string name) =>
        name.Length is >= 2 and <= 4 && name[0] is '市' or '省' or '县' or '区'
        && name[1] is '委' or '政' or '人' && lexicons.Names.OrganizationSuffixOf(name) is not null || name is "市委" or "省委" or "县委" or "区委";

    /// <summary>
    /// Whether <paramref name="prefix"/>, the words from token <paramref name="first"/> to <paramref name="end"/>, is
    /// a world place (a country, region or large city: 美国, 亚洲) or words jieba tags as places (中国|公司).
    /// </summary>
    private bool IsPlaceName(ReadOnlySpan<char> prefix, List<Token> tokens, int first, int end)
    {
        if (prefix.IsEmpty)
        {
            return false;
        }

        if (lexicons.World.FineTypeOf(prefix) is not null)
        {
            return true;
        }

        for (var k = first; k < tokens.Count && tokens[k].Start < end; k++)
        {
            if (tokens[k].Tag.Name != "ns" || tokens[k].End > end)
            {
                return false;
            }
        }

        return tokens[first].Start < end;
    }

    private bool IsPlaceOnly(string name) =>
        lexicons.Names.PlaceSuffixOf(name) is not null && lexicons.Names.OrganizationSuffixOf(name) is null;

    private bool IsNameLike(List<Token> tokens, int index, string text)
    {
        if (index < 0)
        {
            return false;
        }

        var t = tokens[index];
        var tag = t.Tag.Name;
        var word = t.GetText(text);
        if (!HanScript.IsAllHan(word))
        {
            return false;
        }

        if (lexicons.Names.NameBreakers.Contains(word))
        {
            return false;
        }

        if (tag == "a" && word.Length == 2 && index > 0 && tokens[index - 1].Tag.Name is { Length: > 0 } before && before[0] == 'n')
        {
            // 浙江大学国际健康医学研究院: a two-character adjective between nouns of one name.
            return true;
        }

        return tag.Length > 0 && (tag[0] == 'n' || tag is "j" or "vn" or "an" or "b" or "l" or "s" or "f" && word.Length > 1);
    }
}
