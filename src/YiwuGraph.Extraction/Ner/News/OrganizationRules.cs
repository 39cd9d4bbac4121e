using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Ner.News;

/// <summary>
/// Organisation names end in a suffix (有限公司, 集团, 局, 协会, 分会, 大学, …). From a suffix that closes a
/// jieba token, the name extends left over noun-like tokens (n, ns, nt, nz, nr, j, b, vn, …) and stops at
/// verbs, prepositions, particles and punctuation: 位于稠江街道的|浙江珊瑚服饰有限公司, 记者从|市经信局.
/// </summary>
internal sealed class OrganizationRules
{
    public const int MaxLength = 28;

    /// <summary>The <see cref="MentionCandidate.Source"/> of the organisations these rules read.</summary>
    public const string Source = "suffix";

    private static readonly HashSet<string> BodyPos = new(StringComparer.Ordinal)
    {
        "n", "ns", "nt", "nz", "nrt", "j", "b", "vn", "an", "ng", "eng", "l", "a", "m", "nx", "s", "f", "x",
    };

    /// <summary>Names that stand alone as organisations even without a body (市委 = the city party committee).</summary>
    private readonly HashSet<string> standAlone;

    /// <summary>Words that end in a suffix character but are ordinary nouns or verbs.</summary>
    private readonly HashSet<string> notOrganizations;

    /// <summary>Generic endings that make a name only with a proper noun in front (金华畅行中心, not 服务中心).</summary>
    private readonly HashSet<string> needsProperNoun;

    /// <summary>Body words that never begin an organisation name even though they are nouns.</summary>
    private readonly HashSet<string> notBodyStart;

    /// <summary>Endings that are also common verbs (组织): as a verb token of their own they close no name.</summary>
    private readonly HashSet<string> verbEndings;

    /// <summary>Common words jieba's dictionary tags as places (外国, 都市, 福利): they make no name a proper noun.</summary>
    private readonly HashSet<string> notProperNouns;

    /// <summary>Classifiers (个, 家, 所): a quantity that ends in one counts a kind of body (一百四十个|福利机构).</summary>
    private readonly HashSet<char> classifiers;

    /// <summary>Heads a place has many of (公司, 球队): a place and such a head alone name a kind (美国|公司 = American companies).</summary>
    private readonly HashSet<string> kindHeads;

    /// <summary>Words that count bodies (两国, 两院, 三大): a name that holds one names several bodies, or a kind.</summary>
    private readonly HashSet<string> countingWords;

    /// <summary>One-character endings that as a word of their own are a locative (处 = place: 天桥|处).</summary>
    private readonly HashSet<string> locativeEndings;

    /// <summary>The longest word of <see cref="notOrganizations"/>.</summary>
    private readonly int longestNotOrganization;

    private readonly PlaceRules placeRules;
    private readonly OrganizationTypes types;
    private readonly ClauseWords clauseWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> titles;
    private readonly int longestTitle;

    /// <summary>
    /// The rules over the words of <paramref name="lexicons"/> (news-organizations.tsv); venues are
    /// <paramref name="placeRules"/>' to read; a name never ends inside one of <paramref name="titles"/>.
    /// </summary>
    public OrganizationRules(LexiconSet lexicons, PlaceRules placeRules, OrganizationTypes types, IEnumerable<string> titles, ClauseWords clauseWords)
    {
        ArgumentNullException.ThrowIfNull(clauseWords);
        this.clauseWords = clauseWords;
        ArgumentNullException.ThrowIfNull(titles);
        var titleSet = new HashSet<string>(titles, StringComparer.Ordinal);
        this.titles = titleSet.GetAlternateLookup<ReadOnlySpan<char>>();
        longestTitle = titleSet.Select(t => t.Length).DefaultIfEmpty(0).Max();
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(placeRules);
        ArgumentNullException.ThrowIfNull(types);
        var words = lexicons.NewsOrganizations;
        standAlone = new HashSet<string>(words.WordsOf("stand-alone"), StringComparer.Ordinal);
        notOrganizations = new HashSet<string>(words.WordsOf("not-organization"), StringComparer.Ordinal);
        needsProperNoun = new HashSet<string>(words.WordsOf("needs-proper-noun"), StringComparer.Ordinal);
        notBodyStart = new HashSet<string>(words.WordsOf("not-name-start"), StringComparer.Ordinal);
        verbEndings = new HashSet<string>(words.WordsOf("verb-ending"), StringComparer.Ordinal);
        notProperNouns = new HashSet<string>(words.WordsOf("not-proper-noun"), StringComparer.Ordinal);
        kindHeads = new HashSet<string>(words.WordsOf("kind-head"), StringComparer.Ordinal);
        countingWords = new HashSet<string>(words.WordsOf("counting-word"), StringComparer.Ordinal);
        locativeEndings = new HashSet<string>(words.WordsOf("locative-ending"), StringComparer.Ordinal);
        classifiers = [.. words.WordsOf("classifier").Where(w => w.Length == 1).Select(w => w[0])];
        longestNotOrganization = notOrganizations.Select(w => w.Length).DefaultIfEmpty(0).Max();
        this.placeRules = placeRules;
        this.types = types;
    }

    public void Find(LineContext context, CharLexicon suffixes)
    {
        var line = context.Line;
        var matches = context.Matches;
        matches.Reset(line.Length);
        suffixes.Annotate(line, matches);
        for (var end = 1; end <= line.Length; end++)
        {
            var suffixLength = matches.EndLength(end - 1, LexiconClass.OrganizationSuffix);
            if (suffixLength == 0)
            {
                continue;
            }

            var last = context.TokenEndingAt(end);
            if (last < 0)
            {
                continue;
            }

            var lastText = context.TokenText(last).ToString();
            // 通用汽车工|人大|罢工: an ending longer than the word it closes that begins inside the word before it is read
            // across jieba's words (工人|大 = the workers' big …), not a body's ending.
            if (suffixLength > context.Tokens[last].Length && context.TokenStartingAt(end - suffixLength) < 0)
            {
                continue;
            }

            // 鲁迅文学院|组织/v 有关专家, 人大|组织/v: jieba reads an ending that is also a verb as the verb of the
            // clause, so it closes no name (MSRA dev pages ORG +0.005, the tagger's 鲁迅文学院, 人大 and 共青团 back;
            // CLUENER dev unchanged).
            if (context.Tokens[last].Length == suffixLength && context.Pos(last) == "v" && verbEndings.Contains(lastText))
            {
                continue;
            }

            // 全国政协|常委: the ending is the last character of a title, which names the person's office, not a body
            // (MSRA dev pages ORG +0.005, the tagger's 全国政协 back on three pages; CLUENER dev unchanged).
            if (EndsWithLongerTitle(line, end, suffixLength))
            {
                continue;
            }

            if (notOrganizations.Contains(lastText) && !(context.Tokens[last].Start > 0 && line[context.Tokens[last].Start - 1] == '市'))
            {
                // 社会, 干部 … are words; a bare 局 or 部 needs a body token before it (handled below).
                if (lastText.Length > 1 || !HasBody(context, last))
                {
                    continue;
                }
            }

            // A two-character dictionary word ending in a one-character suffix is a word, not a name (开局, 部署, 筹办).
            if (suffixLength == 1 && context.DictionaryTag(last) is { } tag && tag is not ("nt" or "nz" or "j" or "nr")
                && (context.Tokens[last].Length == 2 || tag is not "n"))
            {
                continue;
            }

            // 客商主动|来厂|谈判: a one-character ending in a two-character word jieba's dictionary does not know, after a
            // verb, preposition or adverb, is a clause's object (came to the factory), not a name's end. MSRA dev
            // pages ORG precision 0.789 -> 0.791 and 上海 back as a place; CLUENER dev and the seed pages unchanged.
            if (suffixLength == 1 && context.Tokens[last].Length == 2 && context.DictionaryTag(last) is null
                && context.Dictionary.GetTag(lastText.Substring(0, 1))?.Name is "v" or "p" or "d")
            {
                continue;
            }

            // A bare one-character suffix needs a real noun right before it (好|局 is not an office).
            if (suffixLength == 1 && context.Tokens[last].Length == 1 && (last == 0 || !IsNounLike(context.Pos(last - 1)) || context.Tokens[last - 1].Length < 2))
            {
                continue;
            }

            // 过街天桥|处, 入门|处: a one-character locative ending written as a word of its own is the place where
            // something is; a body's 处 is one word with its name (签证处, 办事处), or follows the field of an
            // organisation jieba knows (美国驻华使馆/nt|文化|处).
            if (suffixLength == 1 && context.Tokens[last].Length == 1 && locativeEndings.Contains(lastText) && !(last >= 2 && context.Pos(last - 2) == "nt"))
            {
                continue;
            }

            var start = ExtendLeft(context, last);
            var name = line[start..end];
            if (placeRules.EndsWithVenueSuffix(name))
            {
                continue;
            }

            if (needsProperNoun.Contains(line.Substring(end - suffixLength, suffixLength)) && !HasProperNoun(context, start, end - suffixLength))
            {
                continue;
            }

            // A dictionary word that holds the whole name (研究部署, 组织) is an ordinary word.
            if (context.TokenStartingAt(start) == last && context.DictionaryTag(last) is { } wordTag && wordTag is not ("nt" or "nz" or "j" or "ns"))
            {
                continue;
            }
            var hasBody = start < context.Tokens[last].Start || context.Tokens[last].Length > suffixLength;
            if (!hasBody && !standAlone.Contains(name))
            {
                continue;
            }

            // 发展新格局, 重庆市|中心: the ending closes an ordinary word longer than itself (格局, 市中心 = downtown),
            // whatever jieba cut.
            if (EndsWithOrdinaryWord(line, end, suffixLength))
            {
                continue;
            }

            // 中直机关|党|的思想建设: a one-character ending jieba cuts as a word of its own opens an ordinary phrase with
            // what follows (党的 = the Party's), and closes no name.
            if (suffixLength == 1 && context.Tokens[last].Length == 1 && end < line.Length && notOrganizations.Contains(line.Substring(end - 1, 2)))
            {
                continue;
            }

            // 拥有一百四十个|福利机构, ２２家|商业保险公司: a name after a quantity counts bodies of a kind; a name is not
            // counted. Not before a noun, which is what the quantity counts (一个|社科院|研究员).
            if (FollowsAQuantity(context, start) && !(context.TokenStartingAt(end) is var next && next >= 0 && IsNounLike(context.Pos(next))))
            {
                continue;
            }

            // 中美|两军, 美国|三大|汽车|公司: a name that counts its bodies names several of them, or a kind.
            if (HoldsCountingWord(context, start, end))
            {
                continue;
            }

            // 美国|公司, 亚洲|球队 (美国公司/nt is one word of jieba's): a place and a head it has many of is a kind of
            // body of that place, not a name; the place's one government (美国|政府) stays a name.
            if (kindHeads.Contains(line.Substring(end - suffixLength, suffixLength)) && IsPlacesOnly(context, start, end - suffixLength))
            {
                continue;
            }

            start = IncludeOpeningBracket(context, start, end);
            name = line[start..end];
            if (name[0] is '(' or '（')
            {
                // 梅赛德斯-奔驰|(中国)汽车销售有限公司: the name's own start lies beyond the words before the bracket.
                continue;
            }

            // One-character suffixes need at least two characters of name (经信局, not 破局).
            if (suffixLength == 1 && name.Length < 3 && !standAlone.Contains(name))
            {
                continue;
            }

            if (name.Length < 2 || name.Length > MaxLength)
            {
                continue;
            }

            var type = types.Classify(name);
            context.Candidates.Add(new MentionCandidate(start, end, MentionType.Organization, 80, 0.8, Source)
            {
                FineType = type,
                ProperNounBeforeEnding = HasNameWordWithin(context, start, end - suffixLength),
            });
        }
    }

    /// <summary>极光湾(义乌)发动机: a name that starts inside brackets takes in the bracket and the words before it.</summary>
    public int IncludeOpeningBracket(LineContext context, int start, int end)
    {
        var line = context.Line;
        var name = line.AsSpan(start, end - start);
        var close = name.IndexOfAny(')', '）');
        var open = name.IndexOfAny('(', '（');
        if (close < 0 || (open >= 0 && open < close))
        {
            return start;
        }

        for (var p = start - 1; p >= Math.Max(0, start - 8); p--)
        {
            if (line[p] is '(' or '（')
            {
                var t = context.TokenEndingAt(p);
                var first = p;
                while (t >= 0 && IsBody(context, t) && end - context.Tokens[t].Start <= MaxLength)
                {
                    first = context.Tokens[t].Start;
                    t--;
                }

                return first;
            }
        }

        return start + close + 1;
    }

    private bool HasBody(LineContext context, int last) => last > 0 && IsBody(context, last - 1);

    private int ExtendLeft(LineContext context, int last)
    {
        var start = context.Tokens[last].Start;
        var first = last;
        for (var t = last - 1; t >= 0 && context.Tokens[last].End - context.Tokens[t].Start <= MaxLength; t--)
        {
            if (!IsBody(context, t) || clauseWords.IsClauseWord(context, t))
            {
                // 确定|加盟/ns|火箭队: a clause word jieba tags as a noun or a name still ends the clause before the name.
                break;
            }

            // A verb only continues a name between nouns (市粮食收储有限公司), never at its edge.
            if (context.Pos(t) == "v" && (t == 0 || !IsNounLike(context.Pos(t - 1)) || context.Tokens[t].Length < 2))
            {
                break;
            }

            first = t;
        }

        // Trim leading tokens that cannot start a name (verbs, 记者, 全市 …).
        while (first < last)
        {
            var pos = context.Pos(first);
            var text = context.TokenText(first).ToString();
            if (pos is "v" or "x" or "m" or "f" or "a" or "l" || notBodyStart.Contains(text))
            {
                first++;
                continue;
            }

            break;
        }

        return Math.Min(start, context.Tokens[first].Start);
    }

    /// <summary>Whether a word of [<paramref name="start"/>, <paramref name="end"/>) is a counting word (两军, 三大).</summary>
    private bool HoldsCountingWord(LineContext context, int start, int end)
    {
        for (var t = context.TokenStartingAt(start); t >= 0 && t < context.Tokens.Count && context.Tokens[t].Start < end; t++)
        {
            if (countingWords.Contains(context.TokenText(t).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) is one or more words jieba tags as places, and nothing
    /// else; where a word runs on past <paramref name="end"/> (美国公司/nt), whether jieba's dictionary tags the part
    /// before it a place.
    /// </summary>
    private static bool IsPlacesOnly(LineContext context, int start, int end)
    {
        var t = context.TokenStartingAt(start);
        if (t < 0 || start >= end)
        {
            return false;
        }

        if (context.Tokens[t].End > end)
        {
            return context.Dictionary.GetTag(context.Line.Substring(start, end - start))?.Name == "ns";
        }

        for (; t < context.Tokens.Count && context.Tokens[t].Start < end; t++)
        {
            if (context.Pos(t) != "ns" || context.Tokens[t].End > end)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a word of <see cref="notOrganizations"/> longer than the ending ends at <paramref name="end"/>.</summary>
    private bool EndsWithOrdinaryWord(string line, int end, int suffixLength)
    {
        for (var length = Math.Max(2, suffixLength + 1); length <= longestNotOrganization && length <= end; length++)
        {
            if (notOrganizations.Contains(line.Substring(end - length, length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word before <paramref name="start"/> is a quantity that ends in a classifier: a numeral with its
    /// classifier (一百四十|个/q, ２２|家/q) or one word of both (几个/m, 多家/m, 一批/m).
    /// </summary>
    private bool FollowsAQuantity(LineContext context, int start)
    {
        var before = context.TokenEndingAt(start);
        if (before < 0)
        {
            return false;
        }

        var pos = context.Pos(before);
        return pos == "q" || (pos == "m" && classifiers.Contains(context.Line[start - 1]));
    }

    /// <summary>
    /// <see cref="HasProperNounWithin"/> without the common words jieba tags as places (外国|保险公司, 都市|商场): a
    /// kind of body with such a word before its ending is no name.
    /// </summary>
    private bool HasNameWordWithin(LineContext context, int start, int end) => HasProperNounWithin(context, start, end, notProperNouns);

    /// <summary>Whether a title (常委, tagger-features.tsv) longer than the ending ends at <paramref name="end"/>.</summary>
    private bool EndsWithLongerTitle(string line, int end, int suffixLength)
    {
        for (var length = suffixLength + 1; length <= longestTitle && length <= end; length++)
        {
            if (titles.Contains(line.AsSpan(end - length, length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a token wholly inside [start, end) is a proper noun of two characters or more (ns, nz, nt, nr, nrt).
    /// Abbreviations (j) do not count, nor one-character proper nouns: jieba tags common words so (纪检, 党建, 中介,
    /// 十大, 上大 in 国际上|大公司, 朝 in 朝|隔壁娱乐中心), and the names they made alone were all wrong: MSRA dev pages
    /// ORG +0.003, CLUENER dev ORG +0.001, seed pages unchanged.
    /// </summary>
    /// <remarks>Words of <paramref name="notProperNouns"/> do not count either.</remarks>
    public static bool HasProperNounWithin(LineContext context, int start, int end, HashSet<string>? notProperNouns = null)
    {
        for (var t = context.TokenStartingAt(start); t >= 0 && t < context.Tokens.Count && context.Tokens[t].End <= end; t++)
        {
            if (context.Pos(t) is "ns" or "nz" or "nt" or "nr" or "nrt" && context.Tokens[t].Length >= 2
                && (notProperNouns is null || !notProperNouns.Contains(context.TokenText(t).ToString())))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasProperNoun(LineContext context, int start, int end)
    {
        for (var t = context.TokenStartingAt(start); t >= 0 && t < context.Tokens.Count && context.Tokens[t].Start < end; t++)
        {
            if (context.Pos(t) is "ns" or "nz" or "nt" or "nr" or "nrt" or "j" && !notProperNouns.Contains(context.TokenText(t).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNounLike(string pos) => pos is "n" or "ns" or "nt" or "nz" or "nr" or "j" or "vn" or "b";

    private bool IsBody(LineContext context, int token)
    {
        var pos = context.Pos(token);
        var text = context.TokenText(token);
        if (pos == "x")
        {
            // Brackets inside names: 极光湾(义乌)发动机, 中国（浙江）…
            return text.Length == 1 && text[0] is '(' or ')' or '（' or '）';
        }

        if (pos == "m" || text.Contains('暨'))
        {
            return false;
        }

        return BodyPos.Contains(pos) && !notBodyStart.Contains(text.ToString()) || text.Length == 1 && text[0] is '市' or '省' or '县' or '区';
    }
}
