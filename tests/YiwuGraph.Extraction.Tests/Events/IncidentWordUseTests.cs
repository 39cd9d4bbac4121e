using YiwuGraph.Core;
using YiwuGraph.Extraction.Events;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Events;

public sealed class IncidentWordUseTests
{
    private static readonly JiebaSegmenter Segmenter = JiebaSegmenter.CreateDefault();

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
    public void A_repeat_is_a_mention_only_as_a_word_of_its_own_qualifying_no_noun(string text, string word, bool mention)
    {
        var (tokens, range) = At(text, word);
        Assert.Equal(mention, IncidentWordUse.IsMention(text, tokens, range));
    }
}
