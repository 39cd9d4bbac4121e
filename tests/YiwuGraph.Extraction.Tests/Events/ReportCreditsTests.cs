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
