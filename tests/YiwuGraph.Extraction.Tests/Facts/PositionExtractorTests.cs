using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>Offices printed before a name, and the organisation each is of.</summary>
public sealed class PositionExtractorTests
{
    private static readonly PositionExtractor Extractor = new(HomeContext.None);

    private static List<(string Person, string Title, string? Organization)> Find(string text, params (EntityKind, string)[] names) =>
        [.. Extractor.Find(text, PrintedEntities.At(text, names)).Select(p => (p.Person.Name, p.Title, p.Organization?.Name))];

    [Fact]
    public void Offices_joined_by_jian_are_both_held_and_share_the_organisation()
    {
        const string Text = "阿里巴巴集团董事会主席兼首席执行官张勇表示，集团将进行组织变革。";
        Assert.Equal(
            [("张勇", "首席执行官", "阿里巴巴集团"), ("张勇", "董事会主席", "阿里巴巴集团")],
            Find(Text, (EntityKind.Organization, "阿里巴巴集团"), (EntityKind.Person, "张勇")));
    }

    [Fact]
    public void A_bare_company_office_is_of_the_company_the_sentence_named_before_it()
    {
        const string Text = "腾讯控股有限公司昨日公布业绩，总裁刘炽平表示，广告收入增长。";
        Assert.Equal([("刘炽平", "总裁", "腾讯控股有限公司")], Find(Text, (EntityKind.Organization, "腾讯控股有限公司"), (EntityKind.Person, "刘炽平")));

        // A government body is no company, and a company of another sentence is not taken.
        Assert.Equal([("王五", "总裁", (string?)null)], Find("市商务局昨日发布通知，总裁王五表示。", (EntityKind.Organization, "市商务局"), (EntityKind.Person, "王五")));
        Assert.Equal([("王五", "总裁", (string?)null)], Find("腾讯控股有限公司公布业绩。总裁王五表示。", (EntityKind.Organization, "腾讯控股有限公司"), (EntityKind.Person, "王五")));
    }

    [Fact]
    public void Gongsi_before_an_office_is_the_company_of_this_sentence_or_the_one_before_and_none_farther_back()
    {
        // 贵州茅台 has no company ending but is the organisation of the sentence; 康佳, two sentences back, is not read.
        Assert.Equal(
            [("王莉", "总经理", "贵州茅台")],
            Find("贵州茅台发布公告称，公司总经理王莉表示。", (EntityKind.Organization, "贵州茅台"), (EntityKind.Person, "王莉")));
        Assert.Equal(
            [("冯建湘", "董事长", (string?)null)],
            Find("产品销往康佳等企业。这种做法很有远见。公司董事长冯建湘认为，竞争就是科技竞争。", (EntityKind.Organization, "康佳"), (EntityKind.Person, "冯建湘")));
        Assert.Equal(
            [("王五", "总经理", "贵州茅台")],
            Find("贵州茅台发布公告称，本公司总经理王五表示。", (EntityKind.Organization, "贵州茅台"), (EntityKind.Person, "王五")));
        Assert.Equal(
            [("冯建湘", "董事长", "义乌华统肉制品有限公司")],
            Find("义乌华统肉制品有限公司扩产。公司董事长冯建湘认为，竞争就是科技竞争。", (EntityKind.Organization, "义乌华统肉制品有限公司"), (EntityKind.Person, "冯建湘")));
    }

    [Fact]
    public void An_organisation_whose_last_character_opens_the_title_holds_the_office()
    {
        // 美国财政部|长: 部 ends the organisation and opens 部长; 常州市公安局党委|书记: 党委 opens 党委书记.
        Assert.Equal(
            [("贝森特", "部长", "美国财政部")],
            Find("何立峰与美国财政部长贝森特举行会谈。", (EntityKind.Organization, "美国财政部"), (EntityKind.Person, "贝森特")));
        Assert.Equal(
            [("周顺安", "党委书记", "常州市公安局党委")],
            Find("常州市公安局党委书记周顺安说。", (EntityKind.Organization, "常州市公安局党委"), (EntityKind.Person, "周顺安")));
        Assert.Equal(
            [("李明亮", "高级分析师", "海通证券")],
            Find("海通证券高级分析师李明亮说。", (EntityKind.Organization, "海通证券"), (EntityKind.Person, "李明亮")));
    }

    [Fact]
    public void A_bare_governor_is_of_the_province_the_sentence_named_before()
    {
        Assert.Equal(
            [("阮成发", "书记", "云南省委"), ("王予波", "省长", "云南省")],
            Find("云南省委书记阮成发、省长王予波率工作组赶赴灾区。", (EntityKind.Organization, "云南省委"), (EntityKind.Person, "阮成发"), (EntityKind.Person, "王予波")));
    }
}
