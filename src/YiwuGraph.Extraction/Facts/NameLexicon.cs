namespace YiwuGraph.Extraction.Facts;

/// <summary>Shapes of Chinese names: the suffixes that close organisation and place names.</summary>
public static class NameLexicon
{
    /// <summary>Organisation name endings, longest first.</summary>
    public static IReadOnlyList<string> OrganizationSuffixes { get; } = Longest(
    [
        "有限责任公司", "股份有限公司", "有限公司", "公司", "集团", "工厂", "分公司", "银行", "分行", "支行", "商会", "协会", "学会",
        "联谊会", "分会", "联合会", "促进会", "研究会", "基金会", "合作社", "大学", "学院", "中学", "小学", "幼儿园", "研究院", "研究所",
        "医院", "市委", "县委", "区委", "省委", "党委", "党工委", "镇委", "组织部", "宣传部", "统战部", "政法委", "纪委", "监委",
        "政协", "人大", "人大常委会", "政府", "人民政府", "办事处", "经信局", "人社局", "农业农村局", "公安局", "财政局",
        "商务局", "市场监管局", "教育局", "卫健委", "发改委", "局", "委员会", "文明办", "新闻办", "金融办", "外汇局", "监管局",
        "工商联", "团市委", "妇联", "总工会", "中心", "法院", "检察院", "电视台", "报社", "日报", "交警", "消防救援大队", "大队", "支队",
        "派出所", "管委会", "服务站", "快运", "厅", "传媒", "州委", "中心组", "实验室", "联合实验室", "重点实验室", "株式会社",
    ]);

    /// <summary>Administrative place endings.</summary>
    public static IReadOnlyList<string> PlaceSuffixes { get; } = Longest(["省", "市", "县", "区", "镇", "乡", "街道", "村", "社区", "自治区", "自治州"]);

    /// <summary>Venue endings (named sites).</summary>
    public static IReadOnlyList<string> VenueSuffixes { get; } = Longest(
    [
        "广场", "博览中心", "会展中心", "商贸城", "高铁站", "火车站", "机场", "公园", "大楼", "大厦", "体育馆", "文化中心", "数贸中心",
        "植物园", "动物园", "酒店", "宾馆", "体育场", "体育中心", "大剧院", "会议中心",
    ]);

    /// <summary>Provinces and province-level names; used to tell places from other proper nouns and to infer the home province.</summary>
    public static IReadOnlyList<string> Provinces { get; } =
    [
        "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
        "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆",
        "香港", "澳门",
    ];

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or '〇';

    public static string? OrganizationSuffixOf(string name) =>
        OrganizationSuffixes.FirstOrDefault(s => name.Length > s.Length && name.EndsWith(s, StringComparison.Ordinal));

    public static string? PlaceSuffixOf(string name) =>
        PlaceSuffixes.FirstOrDefault(s => name.Length > s.Length && name.EndsWith(s, StringComparison.Ordinal));

    private static string[] Longest(string[] items) =>
        items.Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToArray();
}
