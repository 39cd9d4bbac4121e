using YiwuGraph.Graph.Storage;
using YiwuGraph.Neo4j.Export;

namespace YiwuGraph.Cli.Tests;

/// <summary>The Neo4j verbs from the outside: exports of the seed graph, and load failing cleanly without a server.</summary>
public sealed class ExportAndLoadCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("yiwugraph-export-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public async Task Jsonl_export_of_a_built_graph_is_the_graph_file_byte_for_byte()
    {
        var graph = await BuildSeeds();
        var target = Path.Combine(dir, "export.jsonl");
        var (code, output, _) = await Cli.Run("export", graph, "--format", "jsonl", "--out", target);
        Assert.Equal(0, code);
        Assert.Contains("Wrote", output, StringComparison.Ordinal);
        Assert.Equal(
            await File.ReadAllBytesAsync(graph, TestContext.Current.CancellationToken),
            await File.ReadAllBytesAsync(target, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("cypher", "graph.cypher")]
    [InlineData("graphml", "graph.graphml")]
    [InlineData("neo4j-admin", "neo4j-import")]
    public async Task Every_export_format_is_deterministic(string format, string name)
    {
        var graph = await BuildSeeds();
        var a = Path.Combine(dir, "a-" + name);
        var b = Path.Combine(dir, "b-" + name);
        Assert.Equal(0, (await Cli.Run("export", graph, "--format", format, "--out", a, "--quiet")).Code);
        Assert.Equal(0, (await Cli.Run("export", graph, "--format", format, "--out", b, "--quiet")).Code);
        Assert.Equal(Snapshot(a), Snapshot(b));
        Assert.NotEmpty(Snapshot(a));
    }

    [Theory]
    [InlineData("cypher", GraphExportFormat.Cypher)]
    [InlineData("graphml", GraphExportFormat.GraphMl)]
    [InlineData("jsonl", GraphExportFormat.Jsonl)]
    public async Task Streamed_exports_of_the_seed_graph_are_the_exports_of_the_graph_read_whole(string format, GraphExportFormat kind)
    {
        var graph = await BuildSeeds();
        var streamed = Path.Combine(dir, "streamed." + format);
        var whole = Path.Combine(dir, "whole." + format);

        var (code, output, _) = await Cli.Run("export", graph, "--format", format, "--out", streamed);
        var read = GraphJsonlReader.Read(graph);
        GraphExporter.Export(read, kind, whole);

        Assert.Equal(0, code);
        Assert.Contains($"Wrote {streamed} ({read.NodeCount} nodes, {read.RelationshipCount} relationships).", output, StringComparison.Ordinal);
        Assert.Equal(
            await File.ReadAllBytesAsync(whole, TestContext.Current.CancellationToken),
            await File.ReadAllBytesAsync(streamed, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_unknown_export_format_is_a_usage_error()
    {
        var (code, _, error) = await Cli.Run("export", "out/graph.jsonl", "--format", "xlsx");
        Assert.Equal(2, code);
        Assert.StartsWith("yiwugraph: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exporting_a_graph_that_does_not_exist_names_the_file()
    {
        var missing = Path.Combine(dir, "none.jsonl");
        var (code, _, error) = await Cli.Run("export", missing, "--format", "cypher", "--out", Path.Combine(dir, "x.cypher"));
        Assert.Equal(1, code);
        Assert.Contains(missing, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loading_into_a_server_that_is_not_there_fails_with_one_line()
    {
        var graph = await BuildSeeds();
        Environment.SetEnvironmentVariable("NEO4J_PASSWORD", "not-used");
        try
        {
            // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
            var (code, _, error) = await Cli.Run("load", graph, "--uri", "http://127.0.0.1:9", "--timeout", "5", "--quiet");
            Assert.Equal(1, code);
            Assert.StartsWith("yiwugraph: ", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("NEO4J_PASSWORD", null);
        }
    }

    private static string Snapshot(string path) => File.Exists(path)
        ? File.ReadAllText(path)
        : string.Join("\n", Directory.GetFiles(path).Order(StringComparer.Ordinal).Select(f => Path.GetFileName(f) + "\n" + File.ReadAllText(f)));

    private async Task<string> BuildSeeds()
    {
        var outDir = Path.Combine(dir, "build");
        if (!File.Exists(Path.Combine(outDir, "graph.jsonl")))
        {
            Assert.Equal(0, (await Cli.Run("build", RepoPaths.Seeds, "--out", outDir, "--quiet")).Code);
        }

        return Path.Combine(outDir, "graph.jsonl");
    }
}

internal static class Cli
{
    public static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }
}
