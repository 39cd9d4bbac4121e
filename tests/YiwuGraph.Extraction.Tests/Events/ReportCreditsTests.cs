using YiwuGraph.Core;
using YiwuGraph.Extraction.Events;
using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Tests.Events;

public sealed class ReportCreditsTests
{
    [Theory]
    [InlineData("本报东京５月２１日电记者张祝基、于青报道：胡锦涛今天分别会见了加藤纮一和土井多贺子。", "于青,张祝基")]
    [InlineData("本报内蒙古兴安盟火灾一线五月二十日零时电本报记者周泓洋、新华社记者赵连庆报道：火势已得到控制。", "周泓洋,赵连庆")]
    [InlineData("新华社杭州5月20日电（记者王利 通讯员郭如亮）今天上午，杭州发生一起车祸。", "王利,郭如亮")]
    [InlineData("图为救援现场。（新华社记者 王小明 摄）", "王小明")]
    public void Names_are_the_reporters_the_text_credits(string text, string expected)
    {
        Assert.Equal(expected.Split(','), ReportCredits.Names(text).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("据新华社报道：胡锦涛今天会见了加藤纮一。")]
    [InlineData("李鹏（中共中央政治局常委）今天会见了王刚。")]
    [InlineData("胡锦涛说：记者同志们辛苦了。")]
    public void A_report_or_bracket_without_a_role_word_credits_no_one(string text)
    {
        Assert.Empty(ReportCredits.Names(text));
    }

    [Fact]
    public void A_byline_glued_to_the_text_credits_its_row_of_people_but_one_reporter_in_prose_is_no_credit()
    {
        const string text = "新华社记者尹鸿祝本报记者温红彦董洪亮１９４４年毕业于北大的谷口清太郎等人积极筹资。半岛电视台记者李明在加沙遇难。";
        var credited = ReportCredits.Names(text, null, [Person(text, "尹鸿祝"), Person(text, "温红彦"), Person(text, "董洪亮"), Person(text, "谷口清太郎"), Person(text, "李明")]);

        Assert.Equal(["尹鸿祝", "温红彦", "董洪亮"], credited.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("新华社北京５月１４日电外交部发言人朱邦造今天下午在记者招待会上宣布：", "新华社", true)]
    [InlineData("熊光楷会见美国客人据新华社北京６月１１日电中国人民解放军副总参谋长熊光楷中将今天会见了美国客人。", "新华社", true)]
    [InlineData("新华社联合国9月26日电（记者王文　徐晓蕾）当地时间26日，王毅在纽约出席联合国大会。", "联合国", true)]
    [InlineData("北京红十字会推出服务卡本报讯最近，北京市红十字会医疗保健服务中心向全国企业推出服务卡。", "北京红十字会", false)]
    [InlineData("●何鲁丽会见国际和基联访华团据新华社北京５月２１日电全国人大常委会副委员长何鲁丽今天会见了访华团。", "国际和基联访华团", false)]
    [InlineData("新华社记者今天在北京采访了外交部。", "新华社", false)]
    public void An_organisation_right_before_a_dated_dateline_is_a_wires_credit_and_a_headlines_party_is_not(string text, string name, bool expected)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        var org = new EntityRef(EntityKind.Organization, name, name, new TextRange(at, at + name.Length));

        Assert.Equal(expected, ReportCredits.IsWireCredit(text, org));
    }

    [Fact]
    public void A_wire_before_its_dateline_takes_part_in_no_event()
    {
        // A page of several reports, the dateline after a glued headline: the rules made 新华社 a speaker of the meeting.
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build(
            "欧盟外长会议今天在布鲁塞尔举行。\n●厄立特里亚地方政府部长将访华新华社北京５月１４日电外交部发言人朱邦造今天下午在记者招待会上宣布："
            + "应中国政府邀请，厄立特里亚国地方政府部长将于５月１８日至２４日访华。\n");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == YiwuGraph.Graph.RelationshipTypes.ParticipatedIn && r.Source == "org:新华社");
    }

    private static EntityRef Person(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        return new EntityRef(EntityKind.Person, name, name, new TextRange(at, at + name.Length));
    }

    [Fact]
    public void Reporters_of_the_byline_are_credited_and_only_people_are()
    {
        var credited = ReportCredits.Names("胡锦涛今天会见了加藤纮一。", ["张祝基"]);

        Assert.True(ReportCredits.IsCredited(new EntityRef(EntityKind.Person, "张祝基", "张祝基", new TextRange(0, 3)), credited));
        Assert.False(ReportCredits.IsCredited(new EntityRef(EntityKind.Person, "胡锦涛", "胡锦涛", new TextRange(0, 3)), credited));
        Assert.False(ReportCredits.IsCredited(new EntityRef(EntityKind.Organization, "张祝基", "张祝基", new TextRange(0, 3)), credited));
    }
}
