using YiwuGraph.Extraction.Facts;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Facts;

public sealed class PlacePatternsTests
{
    private static readonly HomeContext Yiwu = new("义乌市", "浙江省");

    private static List<string> Places(string text) =>
        new PatternMentionSource(JiebaSegmenter.CreateDefault(), Yiwu).Find(text)
            .Where(m => m.Kind == EntityKind.Place).Select(m => m.GetText(text)).ToList();

    [Fact]
    public void A_home_reference_must_stand_on_jieba_word_edges()
    {
        Assert.DoesNotContain("本市", Places("上市公司每年可以从资本市场配股融资。"));
        Assert.Contains("本市", Places("本市将新建三所学校。"));
    }

    [Theory]
    [InlineData("北京市门头沟区雁翅镇杨村村民李凤兰说。", "杨村村")]
    [InlineData("正逐步成为辐射北方、跨省连片的江北区域性大型交流盛会。", "江北区")]
    public void A_place_ending_must_close_a_jieba_word(string text, string cut)
    {
        Assert.DoesNotContain(cut, Places(text));
    }
}
