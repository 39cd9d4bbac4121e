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

    [Theory]
    // 一些/m 市/n, 各市/r: a numeral or a pronoun before an ending counts the places, it does not name one; neither is
    // it the bare name of a city (一些 for 一些市).
    [InlineData("一些市县政府在组织企业改制过程中，不吸收国税部门参加。", "一些")]
    [InlineData("有些县领导没有到会。", "有些县")]
    public void A_numeral_or_pronoun_before_a_place_ending_names_no_place(string text, string notAPlace)
    {
        Assert.DoesNotContain(Places(text), p => p.Contains(notAPlace, StringComparison.Ordinal));
        Assert.Contains("九江市", Places("九江市" + text));
    }

    [Fact]
    public void An_ending_inside_a_verb_closes_no_place()
    {
        // 依法/n 治市/v: 市 is the object of the verb 治, 廊坊依法治市 no city (nor 廊坊依法治 its bare name).
        const string Text = "这些工作对于全面推进廊坊依法治市奠定了坚实的基础。";
        Assert.DoesNotContain(Places(Text), p => p.Contains("依法治", StringComparison.Ordinal));
        Assert.Contains("北京市", Places("北京市" + Text));
    }

    [Theory]
    [InlineData("在巴黎戴高乐和奥利两大机场，一架架带着游客的飞机起降。", "机场")]
    [InlineData("丽江市与四川省攀枝花市相邻较近的华坪和永胜两个县也有强烈震感。", "两个县")]
    public void A_place_does_not_run_over_a_count(string text, string ending)
    {
        Assert.DoesNotContain(Places(text), p => p.EndsWith(ending, StringComparison.Ordinal));
    }
}
