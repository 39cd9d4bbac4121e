using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Extraction.Recognition;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Recognition;

/// <summary>Places read with the preposition printed before them.</summary>
public sealed class PlacePrepositionsTests
{
    private static readonly PlacePrepositions Prepositions = new(
        LexiconSet.Default.NewsPlaces.WordsOf("preposition"),
        LexiconSet.Default.StopWords.WordsOf("not-place").Concat(LexiconSet.Default.NewsPlaces.WordsOf("venue")),
        PlaceGazetteer.Default);

    private static readonly JiebaSegmenter Segmenter = JiebaSegmenter.CreateDefault();

    private static (List<FactMention> Mentions, IReadOnlyList<FactMention> Trimmed) Trim(string text, string place)
    {
        var at = text.IndexOf(place, StringComparison.Ordinal);
        List<FactMention> mentions = [new(new TextRange(at, at + place.Length), EntityKind.Place, 0.85)];
        return (mentions, Prepositions.Trim(text, mentions, Segmenter.CutWithPos(text)));
    }

    [Fact]
    public void A_place_that_opens_with_a_preposition_jieba_reads_as_a_word_starts_after_it()
    {
        const string Text = "距宏村一小时还有一处古村落西递。";

        Assert.Equal("宏村", Assert.Single(Trim(Text, "距宏村").Trimmed).GetText(Text));
    }

    [Fact]
    public void A_preposition_and_a_place_ending_are_no_place()
    {
        const string Text = "扎尔达里在距离酒店数百米的国会发表演讲。";

        Assert.Empty(Trim(Text, "距离酒店").Trimmed);
    }

    [Theory]
    [InlineData("沈阳市于洪区举行会议。", "于洪区")] // the gazetteer knows the name whole
    [InlineData("宏村景点有很多。", "宏村")] // no preposition
    public void Other_places_keep_their_first_character(string text, string place)
    {
        var (mentions, trimmed) = Trim(text, place);

        Assert.Same(mentions, trimmed);
    }

    [Fact]
    public void Other_kinds_are_left_as_they_are()
    {
        const string Text = "距宏村一小时。";
        List<FactMention> mentions = [new(new TextRange(0, 3), EntityKind.Organization, 0.85)];

        Assert.Same(mentions, Prepositions.Trim(Text, mentions, Segmenter.CutWithPos(Text)));
    }
}
