using YiwuGraph.Graph;

namespace YiwuGraph.Reports.Tests;

public sealed partial class ReportWriterTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "yiwugraph-reports-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Writing_everything_twice_gives_identical_files()
    {
        var a = Path.Combine(root, "a");
        var b = Path.Combine(root, "b");
        var summary = ReportWriter.WriteAll(FixtureGraph.Create(), a, cancellationToken: TestContext.Current.CancellationToken);
        ReportWriter.WriteAll(FixtureGraph.Create(), b, maxParallelism: 1, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(9, summary.EntityPages);
        Assert.Equal(2, summary.ArticlePages);
        var files = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2 + (2 * 9) + (2 * 2), files.Count);
        Assert.Equal(files, Directory.GetFiles(b, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(b, file)));
        }
    }

    [Fact]
    public void Every_link_between_pages_points_at_a_written_page()
    {
        var graph = FixtureGraph.Create();
        ReportWriter.WriteAll(graph, root, cancellationToken: TestContext.Current.CancellationToken);

        var checkedLinks = 0;
        foreach (var page in Directory.GetFiles(root, "*.*", SearchOption.AllDirectories))
        {
            var links = Path.GetExtension(page) == ".html" ? HtmlLink().Matches(File.ReadAllText(page)) : MarkdownLink().Matches(File.ReadAllText(page));
            foreach (System.Text.RegularExpressions.Match link in links)
            {
                var target = Path.Combine(Path.GetDirectoryName(page)!, link.Groups[1].Value);
                Assert.True(File.Exists(target), $"{page} links to missing {link.Groups[1].Value}");
                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 50, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void Entity_evidence_links_to_the_article_page_which_quotes_the_snippet()
    {
        var graph = FixtureGraph.Create();
        ReportWriter.WriteAll(graph, root, cancellationToken: TestContext.Current.CancellationToken);

        var person = File.ReadAllText(Path.Combine(root, ReportPaths.EntitiesFolder, ReportPaths.HtmlName(graph.GetNode(FixtureGraph.Ye))));
        var articleName = ReportPaths.HtmlName(graph.GetNode(FixtureGraph.Article1));
        Assert.Contains($"<cite><a href=\"../articles/{articleName}\">动员部署会召开</a></cite>", person, StringComparison.Ordinal);
        var article = File.ReadAllText(Path.Combine(root, ReportPaths.ArticlesFolder, articleName));
        Assert.Contains("<blockquote>“义乌市委书记叶帮锐”</blockquote>", article, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snippet_that_spans_a_layout_line_break_is_quoted_on_one_line_and_a_long_one_is_cut()
    {
        // Snippets are the source text exactly, so they keep the page's line breaks (市\n\n长 is one word broken by
        // the layout); a Markdown list item would end at the blank line and HTML would show a space inside the word.
        var graph = FixtureGraph.Create();
        var r = graph.GetOrAddRelationship(RelationshipTypes.HoldsPosition, FixtureGraph.Wen, FixtureGraph.Yiwu, "市长");
        r.Confidence = 0.9;
        r.Properties.Set("title", "市长");
        r.AddEvidence(new Evidence(FixtureGraph.Article1, "a.txt", 50, 58, "市\r\n\r\n长温建飞主持"));
        var longSnippet = string.Concat(Enumerable.Repeat("义乌市长温建飞主持会议。", 10));
        r.AddEvidence(new Evidence(FixtureGraph.Article2, "b.txt", 0, longSnippet.Length, longSnippet));
        ReportWriter.WriteAll(graph, root, cancellationToken: TestContext.Current.CancellationToken);

        var wen = graph.GetNode(FixtureGraph.Wen);
        var pages = new[]
        {
            Path.Combine(root, ReportPaths.EntitiesFolder, ReportPaths.HtmlName(wen)),
            Path.Combine(root, ReportPaths.EntitiesFolder, ReportPaths.MarkdownName(wen)),
            Path.Combine(root, ReportPaths.ArticlesFolder, ReportPaths.HtmlName(graph.GetNode(FixtureGraph.Article1))),
            Path.Combine(root, ReportPaths.ArticlesFolder, ReportPaths.MarkdownName(graph.GetNode(FixtureGraph.Article1))),
        };
        foreach (var page in pages)
        {
            var text = File.ReadAllText(page);
            Assert.Contains("“市长温建飞主持”", text, StringComparison.Ordinal);
            Assert.DoesNotContain("市\r\n", text, StringComparison.Ordinal);
        }

        var cut = longSnippet[..Evidence.MaxDisplayLength] + "…";
        Assert.Contains($"“{cut}”", File.ReadAllText(pages[0]), StringComparison.Ordinal);
        Assert.Contains($"“{cut}”", File.ReadAllText(pages[1]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_entity_report_writes_the_article_pages_its_evidence_cites()
    {
        var graph = FixtureGraph.Create();
        ReportWriter.WriteEntity(graph, graph.GetNode(FixtureGraph.Government), root);

        var articles = Directory.GetFiles(Path.Combine(root, ReportPaths.ArticlesFolder)).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var article2 = ReportPaths.PageStem(graph.GetNode(FixtureGraph.Article2));
        Assert.Equal([article2 + ".html", article2 + ".md"], articles);
    }

    [Fact]
    public void A_second_run_on_a_smaller_graph_with_prune_removes_the_pages_of_gone_nodes_and_nothing_else()
    {
        var graph = FixtureGraph.Create();
        ReportWriter.WriteAll(graph, root, cancellationToken: TestContext.Current.CancellationToken);
        var entities = Path.Combine(root, ReportPaths.EntitiesFolder);
        var gone = graph.GetNode(FixtureGraph.Jinhua);
        var goneArticle = graph.GetNode(FixtureGraph.Article2);
        var goneStem = ReportPaths.PageStem(gone);
        string[] userFiles =
        [
            Path.Combine(root, "notes.md"),
            Path.Combine(entities, "my-notes.html"),
            Path.Combine(entities, goneStem + ".html.bak"),
            Path.Combine(root, "other", goneStem + ".html"),
        ];
        foreach (var file in userFiles)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, "mine");
        }

        graph.RemoveNode(gone.Key);
        graph.RemoveNode(goneArticle.Key);
        var summary = ReportWriter.WriteAll(graph, root, cancellationToken: TestContext.Current.CancellationToken, prune: true);

        Assert.Equal(4, summary.StalePagesRemoved);
        Assert.False(File.Exists(Path.Combine(entities, goneStem + ".html")));
        Assert.False(File.Exists(Path.Combine(entities, goneStem + ".md")));
        Assert.False(File.Exists(Path.Combine(root, ReportPaths.ArticlesFolder, ReportPaths.HtmlName(goneArticle))));
        Assert.All(userFiles, file => Assert.Equal("mine", File.ReadAllText(file)));
        Assert.Equal(2 * 8, Directory.GetFiles(entities, "*-*.*").Count(f => !f.EndsWith(".bak", StringComparison.Ordinal) && !f.Contains("my-notes", StringComparison.Ordinal)));

        Assert.Equal(0, ReportWriter.WriteAll(graph, root, cancellationToken: TestContext.Current.CancellationToken, prune: true).StalePagesRemoved);
    }

    [Fact]
    public void Without_prune_the_pages_of_gone_nodes_are_kept_and_counted()
    {
        var graph = FixtureGraph.Create();
        ReportWriter.WriteAll(graph, root, cancellationToken: TestContext.Current.CancellationToken);
        var gone = graph.GetNode(FixtureGraph.Jinhua);
        var page = Path.Combine(root, ReportPaths.EntitiesFolder, ReportPaths.HtmlName(gone));
        var before = File.ReadAllBytes(page);
        graph.RemoveNode(gone.Key);

        var summary = ReportWriter.WriteAll(graph, root, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, summary.StalePagesRemoved);
        Assert.Equal(2, summary.StalePagesKept);
        Assert.Equal(before, File.ReadAllBytes(page));
    }

    [Fact]
    public void Prune_on_an_empty_graph_removes_nothing()
    {
        ReportWriter.WriteAll(FixtureGraph.Create(), root, cancellationToken: TestContext.Current.CancellationToken);
        var pages = Directory.GetFiles(root, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith("index.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        var summary = ReportWriter.WriteAll(new KnowledgeGraph(), root, cancellationToken: TestContext.Current.CancellationToken, prune: true);

        Assert.Equal(0, summary.StalePagesRemoved);
        Assert.Equal(pages.Count, summary.StalePagesKept);
        Assert.All(pages, page => Assert.True(File.Exists(page), page));
    }

    [Fact]
    public void A_page_rewritten_shorter_leaves_no_tail_of_the_old_page()
    {
        var graph = FixtureGraph.Create();
        var page = Path.Combine(root, ReportPaths.EntitiesFolder, ReportPaths.HtmlName(graph.GetNode(FixtureGraph.Ye)));
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        File.WriteAllText(page, new string('x', 1_000_000));

        ReportWriter.WriteAll(graph, root, cancellationToken: TestContext.Current.CancellationToken);

        Assert.EndsWith("</html>\n", File.ReadAllText(page), StringComparison.Ordinal);
        Assert.DoesNotContain("xxx", File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_index_lists_counts_central_entities_events_and_every_page()
    {
        var graph = FixtureGraph.Create();
        ReportWriter.WriteAll(graph, root, cancellationToken: TestContext.Current.CancellationToken);

        var index = File.ReadAllText(Path.Combine(root, ReportPaths.MarkdownIndexFile));
        Assert.Contains("| Person | 4 |", index, StringComparison.Ordinal);
        Assert.Contains("| HOLDS\\_POSITION | 3 |", index, StringComparison.Ordinal);
        Assert.Contains($"- **2026-03-01** [动员部署会](entities/{ReportPaths.PageStem(graph.GetNode(FixtureGraph.Meeting))}.md)", index, StringComparison.Ordinal);
        foreach (var node in graph.Nodes)
        {
            Assert.Contains($"({ReportPaths.Folder(node.Label)}/{ReportPaths.PageStem(node)}.md)", index, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Index_keeps_long_lists_in_data_not_in_the_document()
    {
        var graph = new KnowledgeGraph();
        for (var i = 0; i < 10_000; i++)
        {
            var node = graph.GetOrAddNode($"person:{i:D5}", NodeLabel.Person);
            node.Properties.Set("name", $"人物{i:D5}");
            node.Properties.Set("aliases", [$"别名{i}"]);
        }

        var entities = graph.Nodes.ToList();
        var html = IndexPage.Render(graph, GraphAnalysis.Compute(graph), entities);

        Assert.Contains("人物09999", html, StringComparison.Ordinal);
        Assert.Contains("别名9999", html, StringComparison.Ordinal);
        Assert.True(html.Split("<li").Length - 1 == 0, "entity rows are drawn by the script, a page at a time");
        Assert.True(html.Split("<tr").Length < 200);
    }

    [Fact]
    public void Index_data_cannot_close_its_script_element()
    {
        var graph = new KnowledgeGraph();
        graph.GetOrAddNode("person:x", NodeLabel.Person).Properties.Set("name", "</script><img src=x onerror=alert(1)>");

        var html = IndexPage.Render(graph, GraphAnalysis.Compute(graph), graph.Nodes.ToList());

        Assert.DoesNotContain("</script><img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex("href=\"([^\"#]+)\"")]
    private static partial System.Text.RegularExpressions.Regex HtmlLink();

    [System.Text.RegularExpressions.GeneratedRegex("\\]\\(([^)#]+\\.md)\\)")]
    private static partial System.Text.RegularExpressions.Regex MarkdownLink();
}
