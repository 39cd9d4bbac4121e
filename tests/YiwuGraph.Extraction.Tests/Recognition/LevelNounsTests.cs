using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Extraction.Recognition;
using YiwuGraph.Graph;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Recognition;

/// <summary>Places that took in the level word of a noun after them.</summary>
public sealed class LevelNounsTests
{
    private static readonly LevelNouns Nouns = new(LexiconSet.Default.NewsPlaces.WordsOf("noun-with-level"), PlaceGazetteer.Default);
    private static readonly JiebaSegmenter Segmenter = JiebaSegmenter.CreateDefault();

    private static (List<FactMention> Mentions, IReadOnlyList<FactMention> Trimmed) Trim(string text, string place)
    {
        var at = text.IndexOf(place, StringComparison.Ordinal);
        List<FactMention> mentions = [new(new TextRange(at, at + place.Length), EntityKind.Place, 0.85)];
        return (mentions, Nouns.Trim(text, mentions, Segmenter.CutWithPos(text)));
    }

    [Theory]
    [InlineData("据对临邑县城９家眼镜店调查。", "临邑县", "临邑")]
    [InlineData("北京市民积极参加植树活动。", "北京市", "北京")]
    public void A_place_before_a_noun_that_opens_with_its_level_word_ends_before_it(string text, string place, string expected) =>
        Assert.Equal(expected, Assert.Single(Trim(text, place).Trimmed).GetText(text));

    [Theory]
    [InlineData("打通义乌市区域健康信息平台。", "义乌市")] // 市|区域: jieba reads no 市区 there
    [InlineData("旬阳县城关镇召开会议。", "旬阳县")] // 县|城关镇: a town follows
    [InlineData("义乌市举行会议。", "义乌市")] // no noun after it
    public void Other_places_keep_their_level_word(string text, string place)
    {
        var (mentions, trimmed) = Trim(text, place);

        Assert.Same(mentions, trimmed);
    }

    [Fact]
    public void Without_tokens_nothing_is_trimmed()
    {
        const string Text = "据对临邑县城９家眼镜店调查。";
        List<FactMention> mentions = [new(new TextRange(2, 5), EntityKind.Place, 0.85)];

        Assert.Same(mentions, Nouns.Trim(Text, mentions, null));
    }
}
