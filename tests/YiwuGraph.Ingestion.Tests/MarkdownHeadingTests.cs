namespace YiwuGraph.Ingestion.Tests;

/// <summary>
/// Markdown headings: on a newspaper page marked up as the seeds are (<c>##</c> banner, <c>###</c> headlines) the
/// <c>##</c> line heads the page; on any other page the shallowest heading is an article's headline and deeper
/// ones are its sub-headings.
/// </summary>
public sealed class MarkdownHeadingTests
{
    [Theory]
    [InlineData("# 杭州中院宣判一起诈骗案\n\n杭州市中级人民法院昨日对一起电信网络诈骗案进行一审公开宣判。\n")]
    [InlineData("\n## 杭州中院宣判一起诈骗案\n\n本报讯 12月1日，杭州市中级人民法院对一起电信网络诈骗案进行一审公开宣判。\n")]
    public void The_one_heading_of_a_web_article_is_its_title(string page)
    {
        var article = Assert.Single(Split(page).Articles);
        Assert.Equal("杭州中院宣判一起诈骗案", article.Title);
        Assert.StartsWith("杭州市中级人民法院", article.Text[article.Text.IndexOf("杭州市", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("电信网络诈骗案", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeper_headings_of_a_web_article_are_its_sub_headings()
    {
        const string page = "# 杭州发布数字经济新政\n\n杭州市政府昨日发布若干措施。\n\n## 一、加大资金扶持\n\n市财政每年安排专项资金。\n\n## 二、优化人才政策\n\n对高层次人才给予补贴。\n";

        var article = Assert.Single(Split(page).Articles);

        Assert.Equal("杭州发布数字经济新政", article.Title);
        Assert.Equal(["一、加大资金扶持", "二、优化人才政策"], article.Sections);
        Assert.Contains("对高层次人才给予补贴", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_of_the_shallowest_level_open_one_article_each()
    {
        const string page = "# 第一条新闻\n\n杭州市政府昨日发布若干措施。\n\n# 第二条新闻\n\n义乌市商务局今天召开外贸工作会议。\n";

        Assert.Equal(["第一条新闻", "第二条新闻"], Split(page).Articles.Select(a => a.Title));
    }

    [Fact]
    public void On_a_marked_up_newspaper_page_the_level_two_line_is_the_page_banner()
    {
        var articles = Split(File.ReadAllText(RepoPaths.Seed("000"))).Articles;

        Assert.DoesNotContain(articles, a => a.Title == "坚持和深化“义乌发展经验” 加快打造中国式现代化县域典范");
        Assert.DoesNotContain(articles, a => a.Subtitles.Contains("坚持和深化“义乌发展经验” 加快打造中国式现代化县域典范"));
        Assert.True(articles.Count >= 5);
    }

    private static PageSplit Split(string page) => new ArticleSplitter().SplitPage(new SourceDocument("page.md", "page.md", page, "utf-8"));
}
