using System.Text;
using YiwuGraph.Core;
using YiwuGraph.Ingestion.Html;

namespace YiwuGraph.Ingestion.Tests.Html;

public sealed class HtmlPageTextTests : IDisposable
{
    /// <summary>A portal's story page: menus, a script, the story in paragraphs, a list of related headlines, a footer.</summary>
    private const string PortalPage = """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8">
        <title>特斯拉上海超级工厂第200万辆整车下线_新闻中心_新浪网</title>
        <meta property="article:published_time" content="2026-11-20T10:35:12+08:00">
        <meta property="og:site_name" content="新浪新闻">
        <meta name="source" content="澎湃新闻">
        <meta name="author" content="王琳">
        <script>window.foo = "<p>脚本里的段落不是正文</p>";</script>
        <style>.nav{color:red}</style>
        </head><body>
        <div class="top-nav"><ul><li><a href="/">首页</a></li><li><a href="/news">新闻</a></li><li><a href="/sports">体育</a></li></ul></div>
        <div class="main">
        <h1 class="main-title">特斯拉上海超级工厂第200万辆整车下线</h1>
        <div class="article" id="article">
        <p>　　11月20日，特斯拉上海超级工厂迎来第200万辆整车下线。特斯拉全球副总裁朱晓彤在下线仪式上表示，上海工厂将继续扩大产能。</p>
        <h2>产能继续扩大</h2>
        <p>　　据悉，工厂于2019年在临港新片区开工建设，2020&nbsp;年实现量产。<br>当天，工厂还与上海电气签署了合作协议。</p>
        <p class="show_author">责任编辑：李明</p>
        </div>
        <div class="related"><h3>相关新闻</h3><ul><li><a href="/a1">比亚迪发布新车型 价格下探至10万元</a></li><li><a href="/a2">蔚来宣布在合肥新建工厂</a></li></ul></div>
        </div>
        <footer>新浪公司 版权所有</footer>
        </body></html>
        """;

    /// <summary>An older local site: a table layout, the story in one cell broken by br, time and source printed above it.</summary>
    private const string TablePage = """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>义乌市召开安全生产工作会议 - 浙中新报</title></head>
        <body><div id="header">2026年12月4日 星期五 <a href="/">首页</a> | <a href="/bd">本地</a></div>
        <table><tr><td class="title">义乌市召开安全生产工作会议</td></tr>
        <tr><td><span>发布时间：2026-12-03 16:20</span> <span>来源：义乌商报</span></td></tr>
        <tr><td class="content">
        　　本报讯（记者 陈明）12月3日下午，义乌市召开全市安全生产工作会议。市委副书记、市长温建飞出席会议并讲话。<br><br>
        　　温建飞强调，要压实企业主体责任，坚决遏制重特大事故发生。<br>
        </td></tr></table>
        <div class="copyright">Copyright 浙中新报 版权所有</div>
        </body></html>
        """;

    private readonly string dir = Directory.CreateTempSubdirectory("yiwugraph-html-").FullName;

    static HtmlPageTextTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void A_portal_page_becomes_headline_attribution_and_the_storys_paragraphs()
    {
        Assert.Equal(
            """
            # 特斯拉上海超级工厂第200万辆整车下线

            2026-11-20 10:35:12 来源：澎湃新闻 作者：王琳

            11月20日，特斯拉上海超级工厂迎来第200万辆整车下线。特斯拉全球副总裁朱晓彤在下线仪式上表示，上海工厂将继续扩大产能。

            ## 产能继续扩大

            据悉，工厂于2019年在临港新片区开工建设，2020 年实现量产。

            当天，工厂还与上海电气签署了合作协议。

            责任编辑：李明

            """.ReplaceLineEndings("\n"),
            HtmlPageText.Extract(PortalPage));
    }

    [Fact]
    public void A_table_layout_in_GB18030_is_read_with_the_time_and_source_it_prints()
    {
        var path = Path.Combine(dir, "story.htm");
        File.WriteAllBytes(path, Encoding.GetEncoding("GB18030").GetBytes(TablePage));
        var document = SourceReader.Read(path, "story.htm");
        Assert.Equal("gb18030, html", document.EncodingName);
        Assert.Equal(
            """
            # 义乌市召开安全生产工作会议

            2026-12-03 16:20:00 来源：义乌商报

            本报讯（记者 陈明）12月3日下午，义乌市召开全市安全生产工作会议。市委副书记、市长温建飞出席会议并讲话。

            温建飞强调，要压实企业主体责任，坚决遏制重特大事故发生。

            """.ReplaceLineEndings("\n"),
            document.Text);
    }

    [Fact]
    public void The_splitter_reads_one_article_with_its_headline_date_and_source()
    {
        var path = Path.Combine(dir, "a.html");
        File.WriteAllText(path, PortalPage);
        var article = Assert.Single(new ArticleSplitter().Split(SourceReader.Read(path, "a.html")));
        Assert.Equal("特斯拉上海超级工厂第200万辆整车下线", article.Title);
        Assert.Equal("2026-11-20 10:35:12 来源：澎湃新闻 作者：王琳", article.Attribution);
        Assert.DoesNotContain("相关新闻", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("脚本", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("首页", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_give_their_web_pages_and_a_page_without_a_story_is_skipped_with_its_path()
    {
        File.WriteAllText(Path.Combine(dir, "a.html"), PortalPage);
        File.WriteAllText(Path.Combine(dir, "b.HTM"), TablePage);
        File.WriteAllText(Path.Combine(dir, "c-links.html"), "<html><body><ul><li><a href='/1'>新闻</a></li></ul><p>Copyright 2026</p></body></html>");
        var reader = new CorpusReader([dir]);
        Assert.Equal(["a.html", "b.HTM"], reader.ReadAll().Select(d => d.Name));
        var skipped = Assert.Single(reader.Skipped);
        Assert.EndsWith("c-links.html", skipped.Path, StringComparison.Ordinal);
        Assert.Contains("no story text", skipped.Reason, StringComparison.Ordinal);
        Assert.Throws<InputFileException>(() => SourceReader.Read(Path.Combine(dir, "c-links.html"), "c-links.html"));
    }

    [Fact]
    public void A_labelled_source_field_a_sites_name_as_author_and_schema_org_dates_are_read_as_sites_mean_them()
    {
        var text = HtmlPageText.Extract("""
            <html><head><title>国务院常务会议部署稳就业_时政_人民网</title>
            <meta name="source" content="来源：人民网－人民日报"><meta name="author" content="人民网">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-12-02T19:05:00+08:00"}</script></head>
            <body><h1>国务院常务会议部署稳就业</h1><div class="rm_txt_con"><p>国务院总理李强12月2日主持召开国务院常务会议。</p></div></body></html>
            """);
        Assert.Equal("# 国务院常务会议部署稳就业\n\n2026-12-02 19:05:00 来源：人民网\n\n国务院总理李强12月2日主持召开国务院常务会议。\n", text);
    }

    [Fact]
    public void The_title_element_without_the_sites_name_stands_in_for_a_missing_h1()
    {
        var text = HtmlPageText.Extract("<html><head><title>市政府召开常务会议｜义乌新闻网</title></head><body><div><p>会议研究了冬季安全生产工作。</p></div></body></html>");
        Assert.StartsWith("# 市政府召开常务会议\n\n会议研究了冬季安全生产工作。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_markup_never_throws_and_gives_the_same_text_twice()
    {
        string[] pieces =
        [
            "<p>", "</p>", "<div>", "</div>", "<br>", "<a href='x'>", "</a>", "<script>", "</script>", "<td>", "<table>", "<h1>", "</h1>",
            "<h2>", "<li>", "<!--", "-->", "&nbsp;", "&amp;", "&#x4e2d;", "<", ">", "\"", "\n", "　", "义乌", "市委书记叶帮锐", "2026-12-03 16:20",
            "来源：新华社", "<meta name='author' content='王琳'>", "<title>标题_网站</title>", "<time datetime='2026-13-45'>", "，", "。",
        ];
        var random = new Random(20261204);
        for (var round = 0; round < 300; round++)
        {
            var html = new StringBuilder();
            for (var i = random.Next(1, 60); i > 0; i--)
            {
                html.Append(pieces[random.Next(pieces.Length)]);
            }

            var first = HtmlPageText.Extract(html.ToString());
            Assert.Equal(first, HtmlPageText.Extract(html.ToString()));
            if (first is not null)
            {
                // Markup is parsed, never passed on as text (but a title element's content is text in HTML: its line
                // is left out); what is left is a story with Chinese in it.
                var story = string.Join('\n', first.Split('\n').Where(line => !line.StartsWith("# ", StringComparison.Ordinal)));
                Assert.DoesNotContain("<p>", story, StringComparison.Ordinal);
                Assert.DoesNotContain("<script>", story, StringComparison.Ordinal);
                Assert.DoesNotContain("&nbsp;", story, StringComparison.Ordinal);
                Assert.True(HanScript.ContainsHan(first));
                Assert.Equal(first.Trim(), first.TrimEnd('\n'));
            }
        }
    }
}
