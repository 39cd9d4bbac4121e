using YiwuGraph.Graph;

namespace YiwuGraph.Reports.Tests;

public sealed class ReportWriterTests : IDisposable
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
        var files = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(1 + (2 * 9), files.Count);
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

        var folder = Path.Combine(root, ReportPaths.EntitiesFolder);
        foreach (var page in Directory.GetFiles(folder, "*.html"))
        {
            foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(page), "href=\"([^\"#]+)\""))
            {
                Assert.True(File.Exists(Path.Combine(folder, link.Groups[1].Value)), $"{page} links to missing {link.Groups[1].Value}");
            }
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
}
