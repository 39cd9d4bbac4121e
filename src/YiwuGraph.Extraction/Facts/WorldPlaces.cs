namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Places outside China that the Chinese news names without a suffix: countries (short and full forms), world
/// regions and large foreign cities. The administrative gazetteer covers only China, so without this list
/// <c>阿根廷</c> or <c>迪拜</c> would be invisible. A reference list, like the gazetteer, not a list of page strings.
/// </summary>
public static class WorldPlaces
{
    /// <summary>Countries as the news prints them.</summary>
    public static IReadOnlySet<string> Countries { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "美国", "英国", "法国", "德国", "意大利", "西班牙", "葡萄牙", "荷兰", "比利时", "瑞士", "奥地利", "瑞典", "挪威", "丹麦",
        "芬兰", "冰岛", "爱尔兰", "波兰", "捷克", "匈牙利", "罗马尼亚", "保加利亚", "希腊", "塞尔维亚", "克罗地亚", "乌克兰", "白俄罗斯",
        "俄罗斯", "土耳其", "日本", "韩国", "朝鲜", "蒙古", "越南", "老挝", "柬埔寨", "泰国", "缅甸", "马来西亚", "新加坡", "印度尼西亚",
        "印尼", "菲律宾", "文莱", "东帝汶", "印度", "巴基斯坦", "孟加拉国", "斯里兰卡", "尼泊尔", "马尔代夫", "阿富汗", "伊朗", "伊拉克",
        "叙利亚", "约旦", "黎巴嫩", "以色列", "沙特阿拉伯", "沙特", "阿联酋", "卡塔尔", "科威特", "阿曼", "也门", "巴林", "哈萨克斯坦",
        "乌兹别克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "土库曼斯坦", "阿塞拜疆", "格鲁吉亚", "亚美尼亚", "埃及", "利比亚", "突尼斯",
        "阿尔及利亚", "摩洛哥", "苏丹", "埃塞俄比亚", "肯尼亚", "坦桑尼亚", "乌干达", "卢旺达", "尼日利亚", "加纳", "科特迪瓦", "塞内加尔",
        "喀麦隆", "刚果", "安哥拉", "赞比亚", "津巴布韦", "莫桑比克", "马达加斯加", "南非", "纳米比亚", "博茨瓦纳", "加拿大", "墨西哥",
        "古巴", "巴拿马", "哥斯达黎加", "危地马拉", "哥伦比亚", "委内瑞拉", "厄瓜多尔", "秘鲁", "玻利维亚", "智利", "阿根廷", "乌拉圭",
        "巴拉圭", "巴西", "澳大利亚", "新西兰", "巴布亚新几内亚", "斐济",
    };

    /// <summary>World regions and continents (level other).</summary>
    public static IReadOnlySet<string> Regions { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "亚洲", "欧洲", "非洲", "北美洲", "南美洲", "拉丁美洲", "拉美", "大洋洲", "东南亚", "南亚", "中亚", "西亚", "东亚", "中东", "东欧",
        "西欧", "北欧", "南欧", "中东欧",
    };

    /// <summary>Large foreign cities (level foreign).</summary>
    public static IReadOnlySet<string> Cities { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "迪拜", "阿布扎比", "多哈", "利雅得", "吉达", "德黑兰", "伊斯坦布尔", "安卡拉", "莫斯科", "圣彼得堡", "明斯克", "华沙", "布拉格",
        "布达佩斯", "维也纳", "柏林", "汉堡", "法兰克福", "慕尼黑", "杜伊斯堡", "巴黎", "伦敦", "马德里", "巴塞罗那", "米兰", "罗马",
        "阿姆斯特丹", "鹿特丹", "布鲁塞尔", "里斯本", "雅典", "东京", "大阪", "首尔", "釜山", "曼谷", "河内", "胡志明市", "雅加达",
        "吉隆坡", "马尼拉", "金边", "仰光", "万象", "新德里", "孟买", "卡拉奇", "达卡", "科伦坡", "阿拉木图", "塔什干", "比什凯克",
        "开罗", "内罗毕", "拉各斯", "约翰内斯堡", "开普敦", "温得和克", "卡萨布兰卡", "纽约", "洛杉矶", "芝加哥", "旧金山", "华盛顿",
        "多伦多", "温哥华", "墨西哥城", "圣保罗", "里约热内卢", "布宜诺斯艾利斯", "圣地亚哥", "利马", "波哥大", "悉尼", "墨尔本", "奥克兰",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountryLookup =
        ((HashSet<string>)Countries).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Length of the longest country name, to bound prefix lookups.</summary>
    public static int LongestCountry { get; } = Countries.Max(c => c.Length);

    /// <summary>True when <paramref name="name"/> is a country, without allocating a string.</summary>
    public static bool IsCountry(ReadOnlySpan<char> name) => CountryLookup.Contains(name);

    private static readonly Dictionary<string, string> FineTypes = Regions.Select(r => (r, "region"))
        .Concat(Cities.Select(c => (c, "foreign"))).Concat(Countries.Select(c => (c, "country")))
        .GroupBy(x => x.Item1).ToDictionary(g => g.Key, g => g.Last().Item2, StringComparer.Ordinal);

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> FineTypeLookup = FineTypes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>First characters of all the names, so most words are ruled out with one lookup.</summary>
    public static IReadOnlySet<char> FirstChars { get; } = FineTypes.Keys.Select(k => k[0]).ToHashSet();

    /// <summary>The fine type of <paramref name="name"/> without allocating a string, or null.</summary>
    public static string? FineTypeOf(ReadOnlySpan<char> name) =>
        name.Length > 0 && FirstChars.Contains(name[0]) && FineTypeLookup.TryGetValue(name, out var fine) ? fine : null;

    /// <summary>The fine type a bare foreign name carries (<c>country</c>, <c>foreign</c>, <c>region</c>), or null.</summary>
    public static string? FineTypeOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Countries.Contains(name))
        {
            return "country";
        }

        if (Cities.Contains(name))
        {
            return "foreign";
        }

        return Regions.Contains(name) ? "region" : null;
    }
}
