namespace YiwuGraph.Ingestion.Tests;

/// <summary>A web page's source line: its date, source, author and editor, and what it does to the article.</summary>
public sealed class SourceLineTests
{
    [Theory]
    [InlineData("2021-05-22 08:15:32 来源：澎湃新闻 作者：王晓东", "2021-05-22", "澎湃新闻", "王晓东", null)]
    [InlineData("2021年05月22日 08:15 | 来源：新华网", "2021-05-22", "新华网", null, null)]
    [InlineData("发布时间：2021/5/22 9:00", "2021-05-22", null, null, null)]
    [InlineData("来源：义乌发布", null, "义乌发布", null, null)]
    [InlineData("责任编辑：李青", null, null, null, "李青")]
    public void A_line_of_only_a_stamp_and_fields_is_a_source_line(string line, string? date, string? source, string? author, string? editor)
    {
        var parsed = SourceLine.Parse(line);
        Assert.NotNull(parsed);
        Assert.Equal((date, source, author, editor), (parsed.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), parsed.Source, parsed.Author, parsed.Editor));
    }

    [Theory]
    [InlineData("2026年4月3日")] // a date alone: the foot of a notice
    [InlineData("2026年4月4日 星期六")] // a newspaper's date line, read elsewhere
    [InlineData("据来源：可靠消息称")]
    [InlineData("2021-02-30 08:00 来源：新华网")] // no such day
    [InlineData("来源：新华网，记者从现场获悉，事故已造成3人死亡。")]
    public void Other_lines_are_not(string line) => Assert.Null(SourceLine.Parse(line));

    [Fact]
    public void A_source_line_under_a_headline_opens_the_article_and_gives_its_attribution_and_author()
    {
        const string Text = "云南漾濞县发生6.4级地震 已致3人死亡\n\n2021-05-22 08:15:32 来源：澎湃新闻 作者：王晓东\n\n"
            + "据中国地震台网正式测定，5月21日21时48分在云南大理州漾濞县发生6.4级地震。\n\n责任编辑：李青\n";
        var article = Assert.Single(new ArticleSplitter().Split(new SourceDocument("x.txt", "x.txt", Text, "utf-8")));
        Assert.Equal("云南漾濞县发生6.4级地震 已致3人死亡", article.Title);
        Assert.Equal("2021-05-22 08:15:32 来源：澎湃新闻 作者：王晓东", article.Attribution);
        Assert.Equal([new ArticleAuthor("王晓东", "作者")], article.Authors);
        Assert.DoesNotContain("李青", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bracketed_source_after_the_text_is_the_attribution_not_a_headline()
    {
        const string Text = "【环球时报记者 刘扬】美国国务卿布林肯2日在华盛顿表示，美方将继续与盟友协调。\n\n（本文来源：环球时报）\n";
        var article = Assert.Single(new ArticleSplitter().Split(new SourceDocument("x.txt", "x.txt", Text, "utf-8")));
        Assert.Equal("（本文来源：环球时报）", article.Attribution);
        Assert.NotEqual("（本文来源：环球时报）", article.Title);
        Assert.DoesNotContain("本文来源", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reprints_original_headline_is_no_attribution_and_leaves_the_source_line_as_it_is()
    {
        const string Text = "特斯拉上海超级工厂第200万辆整车下线\n\n2026-11-20 10:35:12 来源：澎湃新闻 作者：王琳\n\n"
            + "原标题：特斯拉上海工厂再创纪录\n\n11月20日，特斯拉上海超级工厂迎来第200万辆整车下线。\n";
        var article = Assert.Single(new ArticleSplitter().Split(new SourceDocument("x.txt", "x.txt", Text, "utf-8")));
        Assert.Equal("2026-11-20 10:35:12 来源：澎湃新闻 作者：王琳", article.Attribution);
        Assert.DoesNotContain("原标题", article.Text, StringComparison.Ordinal);
    }
}
