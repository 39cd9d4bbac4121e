using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Graph;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Facts;

public sealed class CompanySensesTests
{
    private static readonly JiebaSegmenter Segmenter = JiebaSegmenter.CreateDefault();

    private static List<string> Brands(string text) =>
        [.. PatternMentionSource.BrandsInCompanyContext(text, Segmenter.CutWithPos(text), new NameLexicon(LexiconSet.Default).CompanySenses)
            .Select(m => m.GetText(text))];

    [Theory]
    [InlineData("苹果发布iOS 13：史上升级最多的一次。", "苹果")]
    [InlineData("奔驰召回部分进口GLE和GLS汽车。", "奔驰")]
    [InlineData("警方证实小米副总裁因猥亵被拘留。", "小米")]
    [InlineData("2019年9月17日，松下在北京正式发布了全画幅无反相机。", "松下")]
    [InlineData("今天苹果向开发者发布了iOS 12.4的第二个测试版。", "苹果")]
    [InlineData("丰田旗下的小型车雅力士在欧洲上市。", "丰田")]
    [InlineData("一汽丰田召回超13万辆皇冠汽车。", "一汽丰田")]
    [InlineData("上汽大众召回293辆国产帕萨特。", "上汽大众")]
    public void A_brand_with_a_second_sense_is_the_company_where_the_sentence_makes_it_one(string text, string company) =>
        Assert.Equal([company], Brands(text));

    [Theory]
    [InlineData("今年的苹果又大又甜，果农们笑开了颜。")]
    [InlineData("日子是将就的日子，是理想与现实之间不断的妥协。")]
    [InlineData("这些作品深受大众喜爱。")]
    [InlineData("丰田章一郎表示，中国市场十分重要。")]
    [InlineData("他在苹果园里向游客介绍新品种。")]
    [InlineData("面向社会大众发布的报告指出。")]
    public void A_brand_in_its_other_sense_is_none(string text) => Assert.Empty(Brands(text));

    private static List<string> LatinCompanies(string text) =>
        [.. PatternMentionSource.LatinCompaniesInCompanyContext(text, Segmenter.CutWithPos(text), new NameLexicon(LexiconSet.Default).CompanySenses)
            .Select(m => m.GetText(text))];

    [Theory]
    [InlineData("「科技早报」苹果推出iPhone 11等新品，Uber宣布裁减435名员工。", "Uber")]
    [InlineData("Bose推出便携式音箱Bose Portable Home Speaker。", "Bose")]
    [InlineData("First Solar宣布收购一家光伏组件企业。", "First Solar")]
    [InlineData("近日，Target宣布召回9万根充电线。", "Target")]
    [InlineData("交互科技公司Rokid在北美AWE发布全新一代眼镜。", "Rokid")] // the fair inside the 在 phrase is none
    public void A_capitalised_latin_name_opening_a_clause_before_a_companys_verb_and_its_object_is_a_company(string text, string company) =>
        Assert.Equal([company], LatinCompanies(text));

    [Theory]
    [InlineData("AirPods Pro发布之后，推特不少网友表示失望。")] // a product's launch
    [InlineData("华为Mate30 Pro正式发布。")] // digits, a product's tail, nothing after the verb
    [InlineData("GRF CEO宣布解雇GRF监督赵南。")] // a title
    [InlineData("APP上线启动仪式在市行政审批中心举行。")]
    [InlineData("用户可以在vivo推出的应用商店下载。")] // lower case
    [InlineData("他向Uber推出的服务提出质疑。")] // after a verb: an object
    [InlineData("T-Mobile收购Sprint的事宜势将通过审批。")] // half of a hyphenated name
    [InlineData("随着昨天MLXG宣布自己退役，大量网友为他送上祝福。")] // a player announces too
    public void Other_latin_words_before_a_verb_are_none(string text) => Assert.Empty(LatinCompanies(text));

    [Fact]
    public void The_company_read_from_a_brand_is_named_as_the_news_names_it_and_typed_a_company()
    {
        var graph = OnePageBuild.Build("苹果召回部分进口三插交流电源插头转换器。东风本田召回2.9万辆INSPIRE汽车。");
        var organizations = graph.NodesWithLabel(NodeLabel.Organization).Select(n => (n.Name, n.Properties.GetString("type"))).Order();
        Assert.Equal([("东风本田", "company"), ("苹果公司", "company")], organizations);
        var latin = OnePageBuild.Build("Uber宣布裁减435名员工，主要集中在工程部门。");
        Assert.Equal([("Uber", "company")], latin.NodesWithLabel(NodeLabel.Organization).Select(n => (n.Name, n.Properties.GetString("type"))));
    }

    [Fact]
    public void A_brands_full_name_must_start_with_the_brand()
    {
        using var stream = new MemoryStream("苹果\tbrand\t美国苹果公司\n"u8.ToArray());
        var list = LexiconSet.Read("company-senses.tsv", "test.tsv", stream);
        var error = Assert.Throws<DataFormatException>(() => new CompanySenses(list));
        Assert.Contains("苹果", error.Message, StringComparison.Ordinal);
    }
}
