using System.Diagnostics;
using YiwuGraph.Graph;

namespace YiwuGraph.Reports.Tests;

/// <summary>Renders real pages in Debian's headless Chromium; skipped, with the reason, only where it is not installed.</summary>
public sealed class ChromiumTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "yiwugraph-chromium-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_person_page_shows_the_name_and_the_picture()
    {
        var graph = FixtureGraph.Create();
        ReportWriter.WriteAll(graph, root, cancellationToken: TestContext.Current.CancellationToken);
        var page = Path.Combine(root, ReportPaths.EntitiesFolder, ReportPaths.HtmlName(graph.GetNode(FixtureGraph.Ye)));

        var dom = await DumpDomAsync(page);

        Assert.Contains("<h1>叶帮锐</h1>", dom, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"picture\"", dom, StringComparison.Ordinal);
        Assert.Contains("<circle", dom, StringComparison.Ordinal);
        Assert.Contains("温建飞", dom, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_index_draws_one_page_of_ten_thousand_entities()
    {
        var graph = new KnowledgeGraph();
        for (var i = 0; i < 10_000; i++)
        {
            graph.GetOrAddNode($"person:{i:D5}", NodeLabel.Person).Properties.Set("name", $"人物{i:D5}");
        }

        ReportWriter.WriteAll(graph, root, cancellationToken: TestContext.Current.CancellationToken);

        var dom = await DumpDomAsync(Path.Combine(root, ReportPaths.IndexFile));

        var list = dom[dom.IndexOf("id=\"entity-list\"", StringComparison.Ordinal)..];
        list = list[..list.IndexOf("</ol>", StringComparison.Ordinal)];
        Assert.Equal(IndexPage.PageSize, list.Split("<li>").Length - 1);
        Assert.Contains("1 / 200 · 10000", dom, StringComparison.Ordinal);
    }

    private async Task<string> DumpDomAsync(string file)
    {
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
        if (chromium is null)
        {
            Skips.Because("No chromium binary (install Debian's 'chromium' package to run this test).");
        }

        var profile = Path.Combine(root, "chromium-profile");
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}", "--virtual-time-budget=3000", "--dump-dom",
            new Uri(file).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        _ = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return await output;
    }
}
