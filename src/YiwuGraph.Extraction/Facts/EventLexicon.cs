namespace YiwuGraph.Extraction.Facts;

/// <summary>Event types, and the trigger words and name endings that give them away.</summary>
public static class EventLexicon
{
    public const string Meeting = "meeting";
    public const string Launch = "launch";
    public const string Signing = "signing";
    public const string Inauguration = "inauguration";
    public const string VisitInspection = "visit_inspection";
    public const string Exhibition = "exhibition";
    public const string Release = "release";
    public const string Recruitment = "recruitment";
    public const string Award = "award";
    public const string Ceremony = "ceremony";
    public const string Other = "other";

    /// <summary>Keywords by priority: the first that a phrase contains decides its type.</summary>
    private static readonly (string Keyword, string Type)[] Keywords =
    [
        ("签约", Signing), ("签订", Signing), ("签署", Signing), ("揭牌", Inauguration), ("揭幕", Inauguration), ("挂牌", Inauguration),
        ("开业", Inauguration), ("招聘", Recruitment), ("揽才", Recruitment), ("颁奖", Award), ("授牌", Award), ("表彰", Award), ("荣膺", Award), ("入选", Award), ("获评", Award), ("荣获", Award), ("揭晓", Award),
        ("博览会", Exhibition), ("展览会", Exhibition), ("交易会", Exhibition), ("展销会", Exhibition), ("博会", Exhibition), ("发布会", Release),
        ("启动仪式", Launch), ("启动", Launch), ("开启", Launch), ("试乘", Launch), ("开通", Launch), ("首发", Launch), ("开幕", Ceremony),
        ("考察", VisitInspection), ("调研", VisitInspection), ("视察", VisitInspection), ("之行", VisitInspection),
        ("座谈会", Meeting), ("读书班", Meeting), ("学习会", Meeting), ("分享会", Meeting), ("座谈", Meeting), ("峰会", Meeting), ("论坛", Meeting), ("研讨会", Meeting), ("部署会", Meeting), ("推进会", Meeting), ("会议", Meeting), ("大会", Meeting),
        ("仪式", Ceremony), ("典礼", Ceremony), ("发布", Release),
    ];

    /// <summary>Words ending in 展 that are no exhibition (<c>发展</c>, <c>开展</c>).</summary>
    private static readonly string[] NotExhibitionEndings = ["发展", "开展", "进展", "拓展", "扩展", "施展", "伸展", "舒展"];

    /// <summary>Endings of event nouns that name an event on their own (<c>政企座谈会</c>).</summary>
    public static IReadOnlyList<string> NamedEventEndings { get; } =
    [
        "座谈会", "研讨会", "发布会", "推介会", "博览会", "展览会", "交易会", "招聘会", "推进会", "部署会", "交流会", "对接会", "培训班", "读书班", "学习会", "分享会",
    ];

    public static string TypeOf(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        foreach (var (keyword, type) in Keywords)
        {
            if (phrase.Contains(keyword, StringComparison.Ordinal))
            {
                return type;
            }
        }

        // 义博会印尼展, 海外展会: a name ending in 展 is a show.
        var show = phrase.EndsWith("展会", StringComparison.Ordinal) || (phrase.EndsWith('展') && !NotExhibitionEndings.Any(w => phrase.EndsWith(w, StringComparison.Ordinal)));
        return show ? Exhibition : Other;
    }

    /// <summary>The keyword that decided <see cref="TypeOf"/>, or null.</summary>
    public static string? TriggerOf(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        foreach (var (keyword, _) in Keywords)
        {
            if (phrase.Contains(keyword, StringComparison.Ordinal))
            {
                return keyword;
            }
        }

        return null;
    }
}
