using System.Text.RegularExpressions;
using YiwuGraph.Graph;

namespace YiwuGraph.Reports.Tests;

public sealed partial class PageRenderingTests
{
    private readonly KnowledgeGraph graph = FixtureGraph.Create();

    [Theory]
    [InlineData(FixtureGraph.Ye, "person")]
    [InlineData(FixtureGraph.Meeting, "event")]
    [InlineData(FixtureGraph.Government, "organization")]
    public void Pages_match_their_expectations(string key, string name)
    {
        var profile = ProfileBuilder.Build(graph, graph.GetNode(key));

        Expectation.Verify(EntityHtmlPage.Render(profile, ReportWriter.SiblingLink), $"{name}.html");
        Expectation.Verify(EntityMarkdownPage.Render(profile, ReportWriter.SiblingLink), $"{name}.md");
    }

    [Fact]
    public void Article_pages_match_their_expectations_and_show_title_date_reporters_source_mentions_and_facts()
    {
        var profile = ArticleProfileBuilder.Build(graph, graph.GetNode(FixtureGraph.Article2), new EvidenceByArticle(graph));
        static string? Link(GraphNode node) => ReportPaths.Relative(ReportPaths.ArticlesFolder, node.Label, ReportPaths.HtmlName(node));

        var html = ArticleHtmlPage.Render(profile, Link);
        Expectation.Verify(html, "article.html");
        Expectation.Verify(ArticleMarkdownPage.Render(profile, Link), "article.md");
        Assert.Contains("<h1>签约仪式 &lt;b&gt;举行&lt;/b&gt;</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>Date</th><td>本报讯</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>Source file</th><td>b.txt</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains($"<tr><th>Reporters</th><td><a href=\"../entities/{ReportPaths.HtmlName(graph.GetNode("person:王伟#1"))}\">王伟</a></td></tr>", html, StringComparison.Ordinal);
        Assert.Equal([FixtureGraph.Government, FixtureGraph.Wen, FixtureGraph.Ye], profile.Mentions.Select(m => m.Target.Key));
        Assert.Contains(profile.Facts, f => f.Relationship.Type == RelationshipTypes.HoldsPosition && f.Source.Key == FixtureGraph.Wen);
        Assert.All(profile.Mentions.Concat(profile.Facts), f => Assert.All(f.Evidence, e => Assert.Equal(FixtureGraph.Article2, e.ArticleKey)));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_office_shows_the_changes_and_dates_the_articles_report()
    {
        var g = FixtureGraph.Create();
        var office = g.GetOrAddRelationship(RelationshipTypes.HoldsPosition, FixtureGraph.Wen, FixtureGraph.Government, "市长");
        office.Properties.SetRaw("change", new[] { "appointed", "former" });
        office.Properties.SetRaw("since", "2021-06-01");
        office.Properties.SetRaw("until", "2026-03-01");
        var profile = ProfileBuilder.Build(g, g.GetNode(FixtureGraph.Wen));

        Assert.Contains("市长 · appointed, former · since 2021-06-01 · until 2026-03-01 · confidence 0.9", EntityMarkdownPage.Render(profile, ReportWriter.SiblingLink), StringComparison.Ordinal);
        Assert.Contains("appointed, former", EntityHtmlPage.Render(profile, ReportWriter.SiblingLink), StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_twice_from_two_loads_gives_the_same_bytes()
    {
        var other = FixtureGraph.Create();
        foreach (var node in graph.Nodes.Where(n => EntityResolver.IsEntity(n.Label)))
        {
            var a = EntityHtmlPage.Render(ProfileBuilder.Build(graph, node), ReportWriter.SiblingLink);
            var b = EntityHtmlPage.Render(ProfileBuilder.Build(other, other.GetNode(node.Key)), ReportWriter.SiblingLink);
            Assert.Equal(a, b);
        }
    }

    [Fact]
    public void Graph_text_is_escaped_and_the_page_needs_no_network()
    {
        var html = EntityHtmlPage.Render(ProfileBuilder.Build(graph, graph.GetNode(FixtureGraph.Government)), ReportWriter.SiblingLink);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>举行", html, StringComparison.Ordinal);
        Assert.Contains("签约仪式 &lt;b&gt;举行&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(SourceAttribute(), html);
    }

    [Fact]
    public void Every_cited_number_has_an_evidence_entry_with_title_snippet_and_offsets()
    {
        var html = EntityHtmlPage.Render(ProfileBuilder.Build(graph, graph.GetNode(FixtureGraph.Ye)), ReportWriter.SiblingLink);

        var cited = CitedNumbers().Matches(html).Select(m => m.Groups[1].Value).ToHashSet();
        var anchors = EvidenceAnchors().Matches(html).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.NotEmpty(cited);
        Assert.Subset(anchors, cited);
        Assert.Matches("<cite><a href=\"\\.\\./articles/article-[0-9a-f]{12}\\.html\">动员部署会召开</a></cite> <span class=\"when\">昨日</span>", html);
        Assert.Contains("a.txt [", html, StringComparison.Ordinal);
        foreach (var item in StatementItems().Matches(html).Select(m => m.Value))
        {
            Assert.Contains("href=\"#e", item, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("(?:src|href)=\"(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex SourceAttribute();

    [GeneratedRegex("href=\"#e(\\d+)\"")]
    private static partial Regex CitedNumbers();

    [GeneratedRegex("<li id=\"e(\\d+)\">")]
    private static partial Regex EvidenceAnchors();

    [GeneratedRegex("<ol class=\"(?:statements|timeline)\">[\\s\\S]*?</ol>")]
    private static partial Regex StatementItems();
}
