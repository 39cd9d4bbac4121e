namespace YiwuGraph.Ingestion.Tests;

/// <summary>Photo captions: kept apart from the body, but read for what they name.</summary>
public sealed class CaptionTests
{
    private static IReadOnlyList<Article> Split(string text) => new ArticleSplitter().Split(new SourceDocument("x.txt", "x.txt", text, "utf-8"));

    [Fact]
    public void A_caption_is_no_body_text_but_is_among_the_headlines_whose_entities_are_read()
    {
        const string Text = "### 我市召开安全生产会议\n\n本报讯 昨日，我市召开安全生产会议。\n\n图为市委书记叶帮锐在会上讲话。\n";
        var article = Assert.Single(Split(Text));
        Assert.DoesNotContain("叶帮锐", article.Text, StringComparison.Ordinal);
        var caption = Assert.Single(article.Headlines, h => h.Text.StartsWith("图为", StringComparison.Ordinal));
        Assert.Equal(caption.Text, Text[caption.SourceRange.Start..caption.SourceRange.End]);
    }

    [Fact]
    public void A_page_of_only_a_caption_is_read_as_its_body()
    {
        var article = Assert.Single(Split("图为中铁电气化局集团工会主席、副总经理蒋玉林\n"));
        Assert.Equal("图为中铁电气化局集团工会主席、副总经理蒋玉林", article.Text);
    }
}
