namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Titles of office printed before (and, for a few, after) a person's name, and the words that make a bare
/// title an office of a place (<c>市长</c> is the head of a city).
/// </summary>
public static class TitleLexicon
{
    /// <summary>Base titles, longest first so that <c>副书记</c> wins over <c>书记</c>.</summary>
    public static IReadOnlyList<string> Titles { get; } = Sorted(
    [
        "总书记", "书记", "副书记", "常委", "委员", "主席", "副主席", "主任", "副主任", "市长", "副市长", "常务副市长",
        "县长", "副县长", "州长", "副州长", "区长", "副区长", "镇长", "副镇长", "乡长", "村长", "省长", "副省长", "部长", "副部长",
        "局长", "副局长", "检察长", "副检察长", "厅长", "副厅长", "处长", "科长", "院长", "副院长", "校长", "副校长", "会长", "副会长",
        "秘书长", "理事长", "董事长", "副董事长", "总经理", "副总经理", "经理", "总裁", "副总裁", "总监", "厂长",
        "站长", "所长", "馆长", "行长", "副行长", "社长", "总编辑", "主编", "组长", "队长", "政委", "总理", "副总理",
        "党委书记", "党委副书记", "党组书记", "党组副书记", "党工委书记", "支部书记", "创始人", "负责人", "市领导",
        "县领导", "区领导", "省领导", "全媒体记者", "记者", "通讯员", "首席执行官", "教授", "研究员", "院士",
    ]);

    /// <summary>Offices in a company: in <c>分众传媒创始人、董事长江南春</c> the second one is of the same company.</summary>
    public static IReadOnlySet<string> CompanyTitles { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "董事长", "副董事长", "总经理", "副总经理", "经理", "总裁", "副总裁", "总监", "创始人", "首席执行官", "厂长",
    };

    /// <summary>Modifiers printed before a title and kept with it (<c>原党委副书记</c>).</summary>
    public static IReadOnlyList<string> Prefixes { get; } = ["原", "时任", "前", "现任", "常务", "执行", "名誉"];

    /// <summary>Titles that may follow a name (<c>习近平总书记</c>); only high offices, to avoid reading nouns as titles.</summary>
    public static IReadOnlyList<string> TrailingTitles { get; } = ["总书记", "总理", "委员长"];

    /// <summary>Roles printed before a name that anchor it as a person but are not offices (<c>经营户傅妙玲</c>).</summary>
    public static IReadOnlyList<string> RoleWords { get; } =
    [
        "经营户", "专家", "店主", "摊主", "村民", "市民", "居民", "师傅", "老师", "医生", "民警", "辅警", "志愿者", "选手", "运动员", "企业家",
        "负责人", "创始人", "主理人", "农户", "演员", "歌手", "主持人", "导演", "作家", "教练", "种粮大户", "学生", "同学", "老人", "游客", "网友", "设计师", "工程师", "党员", "代表", "委员",
    ];

    /// <summary>Honorifics after a name that are not titles (<c>习近平同志</c>).</summary>
    public static IReadOnlyList<string> Honorifics { get; } = ["同志", "先生", "女士"];

    /// <summary>Titles that are the head of a place: the place is the office's organisation (<c>市长</c> → the city).</summary>
    public static bool IsPlaceHeadTitle(string title, out char placeSuffix)
    {
        var t = title.TrimStart('常', '务', '副');
        if (t.Length == 2 && t[1] == '长' && t[0] is '市' or '县' or '区' or '镇' or '乡' or '省' or '村' or '州')
        {
            placeSuffix = t[0];
            return true;
        }

        if (t.Length == 3 && t.EndsWith("领导", StringComparison.Ordinal) && t[0] is '市' or '县' or '区' or '省')
        {
            placeSuffix = t[0];
            return true;
        }

        placeSuffix = '\0';
        return false;
    }

    /// <summary>The longest title (with modifiers) ending exactly at <paramref name="end"/> in <paramref name="text"/>.</summary>
    public static string? MatchEndingAt(string text, int end)
    {
        foreach (var title in Titles)
        {
            if (end >= title.Length && string.CompareOrdinal(text, end - title.Length, title, 0, title.Length) == 0)
            {
                var start = end - title.Length;
                foreach (var prefix in Prefixes)
                {
                    if (start >= prefix.Length && string.CompareOrdinal(text, start - prefix.Length, prefix, 0, prefix.Length) == 0)
                    {
                        return prefix + title;
                    }
                }

                return title;
            }
        }

        return null;
    }

    private static string[] Sorted(string[] items) =>
        items.Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToArray();
}
