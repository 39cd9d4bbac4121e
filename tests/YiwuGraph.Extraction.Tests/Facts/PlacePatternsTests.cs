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
}
