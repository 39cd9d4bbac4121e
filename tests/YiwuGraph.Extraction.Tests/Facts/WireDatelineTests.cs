using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>The one dateline definition the event rules share (<see cref="WireDateline"/>).</summary>
public sealed class WireDatelineTests
{
    [Theory]
    [InlineData("新华社日内瓦5月11日电（记者刘洋）中美经贸高层会谈", "5月11日电（记者刘洋）")]
    [InlineData("据新华社北京五月二十六日电全国人大常委会副委员长", "五月二十六日电")]
    [InlineData("本报北京５月１３日讯由中国记协组织的", "５月１３日讯")]
    [InlineData("新华社北京１０日电外交部发言人", "１０日电")]
    [InlineData("本报讯（记者 李华）安全生产工作会议", "本报讯（记者 李华）")]
    public void A_dateline_is_a_day_in_either_numerals_with_its_month_if_printed_and_its_credit(string text, string dateline) =>
        Assert.Equal(dateline, WireDateline.Find(text).Value);

    [Theory]
    [InlineData("北京６月１０日电", true)]
    [InlineData("北京六月十日电", true)]
    [InlineData("北京１０日电", true)]
    [InlineData("外交部发言人", false)]
    [InlineData("代表团访问了北京６月１０日电", false)]
    public void A_credit_opens_with_at_most_six_characters_of_place_before_its_dateline(string text, bool opens) =>
        Assert.Equal(opens, WireDateline.Opens(text));

    [Fact]
    public void A_dateline_in_chinese_numerals_is_no_part_of_an_events_name() =>
        Assert.Equal("全国人大常委会安全生产工作会议", EventExtractor.Default.Clean("据新华社北京五月二十六日电全国人大常委会安全生产工作会议"));
}
