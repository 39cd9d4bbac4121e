namespace YiwuGraph.Extraction.Ner.News;

/// <summary>
/// Organisation names end in a suffix (有限公司, 集团, 局, 协会, 分会, 大学, …). From a suffix that closes a
/// jieba token, the name extends left over noun-like tokens (n, ns, nt, nz, nr, j, b, vn, …) and stops at
/// verbs, prepositions, particles and punctuation: 位于稠江街道的|浙江珊瑚服饰有限公司, 记者从|市经信局.
/// </summary>
internal static class OrganizationRules
{
    public const int MaxLength = 28;

    /// <summary>The <see cref="MentionCandidate.Source"/> of the organisations these rules read.</summary>
    public const string Source = "suffix";

    /// <summary>Names that stand alone as organisations even without a body (市委 = the city party committee).</summary>
    private static readonly HashSet<string> StandAlone = new(StringComparer.Ordinal)
    {
        "市委", "省委", "县委", "区委", "市政府", "省政府", "县政府", "区政府", "市政协", "省政协", "市人大", "国务院", "党中央", "工商联", "中共中央",
    };

    /// <summary>Words that end in a suffix character but are ordinary nouns or verbs.</summary>
    private static readonly HashSet<string> NotOrganizations = new(StringComparer.Ordinal)
    {
        "社会", "机会", "大会", "晚会", "宴会", "聚会", "年会", "开会", "不会", "学会", "将会", "体会", "误会", "约会", "会", "部", "局", "办", "委", "所", "处",
        "干部", "全部", "内部", "外部", "局部", "总部", "本部", "格局", "布局", "当局", "结局", "大局", "全局", "举办", "创办", "主办", "承办", "兴办", "开办", "督办", "协办",
        "照办", "怎么办", "场所", "住所", "厕所", "处所", "到处", "好处", "之处", "各处", "相处", "院子", "大院", "法院", "中心", "核心", "重心", "信心", "决心", "市场",
        "队伍", "团队", "部队", "军队", "排队", "车队", "党", "团", "军", "社", "院", "站", "科", "厂", "常委会", "发布会", "座谈会", "动员会", "推进会", "部务会",
    };

    /// <summary>Generic endings that make a name only with a proper noun in front (金华畅行中心, not 服务中心).</summary>
    private static readonly HashSet<string> NeedsProperNoun = new(StringComparer.Ordinal)
    {
        "中心", "工厂", "厂", "站", "队", "团", "党", "军", "市场", "超市", "商场", "酒店", "宾馆", "银行", "组织", "机构", "联盟", "工作室", "事务所", "俱乐部", "球队", "社", "所", "处", "科",
    };

    private static readonly HashSet<string> BodyPos = new(StringComparer.Ordinal)
    {
        "n", "ns", "nt", "nz", "nrt", "j", "b", "vn", "an", "ng", "eng", "l", "a", "m", "nx", "s", "f", "x",
    };

    /// <summary>Body words that never begin an organisation name even though they are nouns.</summary>
    private static readonly HashSet<string> NotBodyStart = new(StringComparer.Ordinal)
    {
        "记者", "全市", "我市", "我省", "我县", "我区", "全省", "全县", "今年", "去年", "目前", "近日", "昨日", "同时", "其中", "期间", "相关", "有关", "各级", "全国",
        "通讯员", "本报讯", "现场", "活动", "会议", "仪式", "企业", "单位", "部门", "系列", "工作", "我国", "全区", "会同", "原", "全体", "广大", "现任", "前任", "来自", "位于", "通过",
    };

    public static void Find(LineContext context, CharLexicon suffixes)
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
            if (NotOrganizations.Contains(lastText) && !(context.Tokens[last].Start > 0 && line[context.Tokens[last].Start - 1] == '市'))
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

            // A bare one-character suffix needs a real noun right before it (好|局 is not an office).
            if (suffixLength == 1 && context.Tokens[last].Length == 1 && (last == 0 || !IsNounLike(context.Pos(last - 1)) || context.Tokens[last - 1].Length < 2))
            {
                continue;
            }

            var start = ExtendLeft(context, last);
            var name = line[start..end];
            if (PlaceRules.EndsWithVenueSuffix(name))
            {
                continue;
            }

            if (NeedsProperNoun.Contains(line.Substring(end - suffixLength, suffixLength)) && !HasProperNoun(context, start, end - suffixLength))
            {
                continue;
            }

            // A dictionary word that holds the whole name (研究部署, 组织) is an ordinary word.
            if (context.TokenStartingAt(start) == last && context.DictionaryTag(last) is { } wordTag && wordTag is not ("nt" or "nz" or "j" or "ns"))
            {
                continue;
            }
            var hasBody = start < context.Tokens[last].Start || context.Tokens[last].Length > suffixLength;
            if (!hasBody && !StandAlone.Contains(name))
            {
                continue;
            }

            // 发展新格局: the suffix character closes an ordinary word (格局), whatever jieba cut.
            if (suffixLength == 1 && end >= 2 && NotOrganizations.Contains(line.Substring(end - 2, 2)))
            {
                continue;
            }

            start = IncludeOpeningBracket(context, start, end);
            name = line[start..end];

            // One-character suffixes need at least two characters of name (经信局, not 破局).
            if (suffixLength == 1 && name.Length < 3 && !StandAlone.Contains(name))
            {
                continue;
            }

            if (name.Length < 2 || name.Length > MaxLength)
            {
                continue;
            }

            var type = OrganizationTypes.Classify(name);
            context.Candidates.Add(new MentionCandidate(start, end, MentionType.Organization, 80, 0.8, Source)
            {
                FineType = type,
                ProperNounBeforeEnding = HasProperNounWithin(context, start, end - suffixLength),
            });
        }
    }

    /// <summary>极光湾(义乌)发动机: a name that starts inside brackets takes in the bracket and the words before it.</summary>
    private static int IncludeOpeningBracket(LineContext context, int start, int end)
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

    private static bool HasBody(LineContext context, int last) => last > 0 && IsBody(context, last - 1);

    private static int ExtendLeft(LineContext context, int last)
    {
        var start = context.Tokens[last].Start;
        var first = last;
        for (var t = last - 1; t >= 0 && context.Tokens[last].End - context.Tokens[t].Start <= MaxLength; t--)
        {
            if (!IsBody(context, t))
            {
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
            if (pos is "v" or "x" or "m" or "f" or "a" or "l" || NotBodyStart.Contains(text))
            {
                first++;
                continue;
            }

            break;
        }

        return Math.Min(start, context.Tokens[first].Start);
    }

    /// <summary>Whether a token wholly inside [start, end) is a proper noun (ns, nz, nt, nr, nrt, j).</summary>
    public static bool HasProperNounWithin(LineContext context, int start, int end)
    {
        for (var t = context.TokenStartingAt(start); t >= 0 && t < context.Tokens.Count && context.Tokens[t].End <= end; t++)
        {
            if (context.Pos(t) is "ns" or "nz" or "nt" or "nr" or "nrt" or "j")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasProperNoun(LineContext context, int start, int end)
    {
        for (var t = context.TokenStartingAt(start); t >= 0 && t < context.Tokens.Count && context.Tokens[t].Start < end; t++)
        {
            if (context.Pos(t) is "ns" or "nz" or "nt" or "nr" or "nrt" or "j")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNounLike(string pos) => pos is "n" or "ns" or "nt" or "nz" or "nr" or "j" or "vn" or "b";

    private static bool IsBody(LineContext context, int token)
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

        return BodyPos.Contains(pos) && !NotBodyStart.Contains(text.ToString()) || text.Length == 1 && text[0] is '市' or '省' or '县' or '区';
    }
}
