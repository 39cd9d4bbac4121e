namespace YiwuGraph.Extraction.Ner.News;

/// <summary>Fine type of an organisation name from its wording (government, party, company, …).</summary>
public static class OrganizationTypes
{
    public const string Government = "government";
    public const string Party = "party";
    public const string Company = "company";
    public const string Association = "association";
    public const string School = "school";
    public const string Media = "media";
    public const string Other = "other";

    private static readonly string[] PartyEndings = ["市委", "省委", "县委", "区委", "党委", "党组", "党支部", "党工委", "纪委", "宣传部", "组织部", "统战部", "政法委", "文明办", "金融办", "共产党", "党中央", "中央", "委员会党委", "编办", "网信办"];
    private static readonly string[] GovernmentEndings = ["局", "厅", "署", "政府", "人大", "人大常委会", "政协", "法院", "检察院", "公安", "交警", "派出所", "新闻办", "管委会", "办事处", "国务院", "部", "委", "办", "分局", "总局", "监管局", "人民银行", "海关", "税务"];
    private static readonly string[] CompanyEndings = ["公司", "集团", "工厂", "厂", "银行", "分行", "支行", "快运", "控股", "股份", "酒店", "超市", "商场", "科技", "发动机", "实业", "物流", "电器", "汽车"];
    private static readonly string[] AssociationEndings = ["协会", "商会", "学会", "联谊会", "联合会", "分会", "基金会", "研究会", "促进会", "工商联", "妇联", "侨联", "科协", "文联", "残联", "总工会", "工会", "联盟", "合作社", "俱乐部"];
    private static readonly string[] SchoolEndings = ["大学", "学院", "中学", "小学", "幼儿园", "学校", "职校", "技校", "党校"];
    private static readonly string[] MediaEndings = ["报社", "日报", "晚报", "电视台", "广播电台", "电台", "新闻社", "通讯社", "杂志社", "出版社", "融媒体中心", "传媒", "新闻网"];

    public static string Classify(ReadOnlySpan<char> name)
    {
        // Order matters: 人民银行 is government before 银行 is company; 党校 is a school; 报社 media.
        if (name.Contains("人民银行", StringComparison.Ordinal) || name.EndsWith("监管局", StringComparison.Ordinal))
        {
            return Government;
        }

        if (EndsWithAny(name, MediaEndings))
        {
            return Media;
        }

        if (EndsWithAny(name, SchoolEndings))
        {
            return School;
        }

        if (EndsWithAny(name, AssociationEndings))
        {
            return Association;
        }

        if (EndsWithAny(name, CompanyEndings))
        {
            return Company;
        }

        if (EndsWithAny(name, PartyEndings) || name.StartsWith("中共", StringComparison.Ordinal))
        {
            return Party;
        }

        if (EndsWithAny(name, GovernmentEndings))
        {
            return Government;
        }

        return Other;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> name, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
