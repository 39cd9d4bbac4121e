using YiwuGraph.Core;
using YiwuGraph.Extraction.Events;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Events;

public sealed class IncidentWordUseTests
{
    private static readonly JiebaSegmenter Segmenter = JiebaSegmenter.CreateDefault();

    private static readonly string[] Heads = [.. LexiconSet.Default.EventEndings.WordsOf("incident-head")];

    private static (IReadOnlyList<Token> Tokens, TextRange Range) At(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        return (Segmenter.CutWithPos(text), new TextRange(at, at + word.Length));
    }

    [Theory]
    [InlineData("此外，火灾还导致２名女性受伤。", "火灾", true)]
    [InlineData("据调查，火灾是由天然气罐爆炸引起的。", "火灾", true)]
    [InlineData("市民拨打内蒙古自治区地震局值班电话。", "地震", false)]
    [InlineData("一些群众纷纷向当地地震部门咨询情况。", "地震", false)]
    [InlineData("新华社记者在爆炸现场看到，店铺受损。", "爆炸", false)]
    [InlineData("所幸车祸无人受伤。", "车祸", true)]
    [InlineData("昨日发生一起食物中毒事件。", "食物中毒", true)]
    [InlineData("智利、秘鲁和厄瓜多尔已经发布海啸预警。", "海啸", false)]
    [InlineData("此次地震引发的海啸约有2米高。", "海啸", true)]
    public void A_repeat_is_a_mention_only_as_a_word_of_its_own_qualifying_no_noun(string text, string word, bool mention)
    {
        var (tokens, range) = At(text, word);
        Assert.Equal(mention, IncidentWordUse.IsMention(text, tokens, range, Heads));
    }

    [Theory]
    [InlineData("一些群众纷纷向当地地震部门咨询情况。", "地震", true)]
    [InlineData("据国家地震台网测定，震中位于海域。", "地震", true)]
    [InlineData("据美国地质勘探局地震信息网消息。", "地震", true)]
    [InlineData("昨日发生一起食物中毒事件。", "食物中毒", false)]
    [InlineData("一辆大货车碰撞小轿车。", "碰撞", false)]
    [InlineData("该县倒塌房屋较多。", "倒塌", false)]
    [InlineData("小轿车从后面飞驰撞上货车尾部。", "撞上", false)]
    [InlineData("四川长宁地震亲历者：为及时避险常年住在一楼。", "地震", false)]
    [InlineData("此次地震已造成3人死亡。", "地震", false)]
    public void A_found_trigger_names_an_aspect_when_it_qualifies_a_noun_and_is_no_verb(string text, string word, bool aspect)
    {
        var (tokens, range) = At(text, word);
        Assert.Equal(aspect, IncidentWordUse.NamesAnAspect(text, tokens, range, Heads));
    }

    private static readonly string[] Sites = [.. LexiconSet.Default.EventEndings.WordsOf("incident-site")];

    [Theory]
    [InlineData("记者离开起火现场时，大火才基本熄灭。", "起火", true)]
    [InlineData("新华社记者在爆炸现场看到，店铺受损。", "爆炸", true)]
    [InlineData("着火部位于该堆场的北角。", "着火", true)]
    [InlineData("一辆大货车碰撞小轿车。", "碰撞", false)]
    [InlineData("仓库昨日起火，现场浓烟滚滚。", "起火", false)]
    public void A_found_trigger_before_a_site_noun_names_the_site_even_as_a_verb(string text, string word, bool aspect)
    {
        var (tokens, range) = At(text, word);
        Assert.Equal(aspect, IncidentWordUse.NamesAnAspect(text, tokens, range, Heads, Sites));
    }

    [Theory]
    [InlineData("黄河取水口发生持续4个多月的水污染事件。", "污染", "水污染")]
    [InlineData("市民直接拨打地震局值班电话。", "地震", "地震")]
    [InlineData("此外，火灾还导致２名女性受伤。", "火灾", "火灾")]
    public void A_compound_word_headed_by_an_incident_word_is_its_mention_span(string text, string word, string expected)
    {
        var (tokens, range) = At(text, word);
        var span = IncidentWordUse.CompoundWithHead(tokens, range);
        Assert.Equal(expected, text[span.Start..span.End]);
    }
}
