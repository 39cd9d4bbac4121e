using System.Text;

namespace YiwuGraph.Core.Tests;

public sealed class TraditionalChineseTests
{
    private static readonly TraditionalChinese Chinese = TraditionalChinese.Default;

    [Theory]
    [InlineData("台積電董事長魏哲家昨日在台北表示", "台积电董事长魏哲家昨日在台北表示")]
    [InlineData("經濟部長郭智輝出席記者會", "经济部长郭智辉出席记者会")]
    [InlineData("乾隆年間，天地乾坤", "乾隆年间，天地乾坤")]
    [InlineData("把衣服晾乾", "把衣服晾干")]
    public void Traditional_text_reads_as_simplified_phrases_first(string traditional, string simplified) =>
        Assert.Equal(simplified, Chinese.ToSimplified(traditional));

    [Fact]
    public void Simplified_text_is_returned_as_it_is()
    {
        const string text = "金华市委副书记、义乌市委书记叶帮锐在会上强调，乾隆年间的古建筑得到保护。";
        Assert.Same(text, Chinese.ToSimplified(text));
        Assert.False(Chinese.IsTraditional(text));
    }

    [Fact]
    public void A_text_is_traditional_by_the_share_of_its_traditional_characters()
    {
        Assert.True(Chinese.IsTraditional("台灣積體電路製造股份有限公司董事長魏哲家昨日在台北表示，公司將在高雄新建晶圓廠。"));
        Assert.False(Chinese.IsTraditional("义乌市商务局局长王建国在會上表示，将全力支持系列活动，推动义乌小商品市场发展。"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Conversion_keeps_the_length_so_offsets_hold(int seed)
    {
        var random = new Random(seed);
        string[] pieces = ["乾隆", "乾", "臺灣", "著名", "於是", "發展", "a", "🙂", "，", "瞭解", "义乌", "後來"];
        for (var n = 0; n < 500; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 20)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(text.Length, Chinese.ToSimplified(text).Length);
        }
    }

    [Fact]
    public void A_malformed_table_line_is_named()
    {
        var table = "# comment\n臺\t台\n發展\t发\n";
        var ex = Assert.Throws<DataFormatException>(() => TraditionalChinese.Load(new MemoryStream(Encoding.UTF8.GetBytes(table)), "t2s.tsv"));
        Assert.Equal(("t2s.tsv", 3), (ex.Path, ex.Line));
    }
}
