using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;

namespace YiwuGraph.Extraction.Tests.Recognition;

/// <summary>Titles in 《》: whole-title persons are works, periodicals' titles are media organisations.</summary>
public sealed class WorkTitlesTests
{
    private static readonly WorkTitles Titles = new(RuleLexicons.Default);

    private static FactMention At(string text, string surface, EntityKind kind, int from = 0)
    {
        var at = text.IndexOf(surface, from, StringComparison.Ordinal);
        return new FactMention(new TextRange(at, at + surface.Length), kind, 0.75);
    }

    [Fact]
    public void A_person_that_is_a_whole_work_title_is_dropped_and_one_inside_a_longer_title_kept()
    {
        const string text = "电影《叶问》上映，《邓小平文选》再版。";
        FactMention[] mentions = [At(text, "叶问", EntityKind.Person), At(text, "邓小平", EntityKind.Person)];

        Assert.Equal(["邓小平"], Titles.Apply(text, mentions).Select(m => m.GetText(text)));
    }

    [Theory]
    [InlineData("据美国《巴尔的摩太阳报》报道，", "巴尔的摩太阳报")]
    [InlineData("发表在《新英格兰医学杂志》上。", "新英格兰医学杂志")]
    [InlineData("美国《商业周刊》称，", "商业周刊")]
    [InlineData("法国《队报》援引", "队报")]
    public void A_periodicals_title_is_a_media_organisation_in_place_of_the_mentions_inside_it(string text, string name)
    {
        var place = At(text, name[..2], EntityKind.Place);
        var result = Titles.Apply(text, [place]);

        var periodical = Assert.Single(result);
        Assert.Equal(name, periodical.GetText(text));
        Assert.Equal(EntityKind.Organization, periodical.Kind);
        Assert.Equal("media", periodical.FineType);
    }

    [Theory]
    [InlineData("国家环保局发布《１９９７年中国环境状况公报》。")]
    [InlineData("市政府印发《关于安全生产情况的通报》。")]
    [InlineData("公司披露《２０１９年年报》。")]
    [InlineData("他在《报》上写道。")]
    [InlineData("读者来信《编辑同志，请你们认真看看这份材料再决定是否刊登到报》。")]
    public void A_document_a_long_title_or_a_bare_ending_names_no_periodical(string text)
    {
        Assert.Empty(Titles.Apply(text, []));
    }

    [Fact]
    public void A_title_the_tagger_read_as_an_organisation_or_a_mention_crossing_the_marks_is_left_alone()
    {
        const string text = "《人民日报》评论员文章，刊登在人民《日报》上。";
        var read = At(text, "人民日报", EntityKind.Organization) with { FineType = "media", Confidence = 0.9 };
        var crossing = At(text, "人民《日", EntityKind.Organization, 10);

        Assert.Equal([read, crossing], Titles.Apply(text, [read, crossing]));
    }
}
