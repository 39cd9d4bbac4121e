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
    [InlineData("长沙市区的交通很拥堵。", "沙市区", "长沙")] // 长|沙市区: 沙市区 is a district of 荆州
    [InlineData("此事发生在四川内江城区，警方抓获嫌疑人。", "江城区", "内江")] // 内|江城区: 江城区 is a district of 阳江
    public void A_place_read_across_a_level_noun_from_inside_the_place_before_it_is_that_place(string text, string place, string expected) =>
        Assert.Equal(expected, Assert.Single(Trim(text, place).Trimmed).GetText(text));

    [Fact]
    public void A_place_read_across_a_level_noun_does_not_reach_into_the_mention_before_it()
    {
        const string Text = "长沙市区的交通很拥堵。";
        List<FactMention> mentions = [new(new TextRange(0, 1), EntityKind.Person, 0.85), new(new TextRange(1, 4), EntityKind.Place, 0.85)];

        Assert.Same(mentions, Nouns.Trim(Text, mentions, Segmenter.CutWithPos(Text)));
    }

    [Theory]
    [InlineData("打通义乌市区域健康信息平台。", "义乌市")] // 市|区域: jieba reads no 市区 there
    [InlineData("旬阳县城关镇召开会议。", "旬阳县")] // 县|城关镇: a town follows
    [InlineData("义乌市举行会议。", "义乌市")] // no noun after it
    [InlineData("在沙市区召开会议。", "沙市区")] // 在沙 is no place
    [InlineData("昆明市发改委核定南市区子君村为试点。", "南市区")] // 定南 is a county, but 定 ends the verb 核定
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
