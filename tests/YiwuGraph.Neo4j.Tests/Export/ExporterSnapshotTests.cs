using System.Text;
using System.Xml.Linq;
using YiwuGraph.Graph.Storage;
using YiwuGraph.Neo4j.Export;
using YiwuGraph.Neo4j.Tests.Support;

namespace YiwuGraph.Neo4j.Tests.Export;

/// <summary>Every exporter on the hand-built graph, checked byte for byte against Expectations/.</summary>
public sealed class ExporterSnapshotTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("yiwugraph-export-");

    public void Dispose() => dir.Delete(recursive: true);

    [Fact]
    public void Cypher_script_matches_the_expectation()
    {
        Snapshot.Match(CypherScriptExporter.WriteToString(TestGraphs.Small(), batchSize: 2), "small.cypher");
    }

    [Fact]
    public void Neo4j_admin_files_match_the_expectation()
    {
        var files = Neo4jAdminImportExporter.Render(TestGraphs.Small());
        var sb = new StringBuilder();
        foreach (var (name, content) in files)
        {
            sb.Append("==> ").Append(name).Append(" <==\n").Append(content.Replace("\u001F", "<US>", StringComparison.Ordinal));
        }

        Snapshot.Match(sb.ToString(), "small.neo4j-admin.txt");
    }

    [Fact]
    public void GraphMl_matches_the_expectation_and_is_well_formed()
    {
        var xml = GraphMlExporter.WriteToString(TestGraphs.Small());

        Snapshot.Match(xml, "small.graphml");
        var doc = XDocument.Parse(xml);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(TestGraphs.Small().NodeCount, doc.Descendants(ns + "node").Count());
        Assert.Equal(TestGraphs.Small().RelationshipCount, doc.Descendants(ns + "edge").Count());
    }

    [Fact]
    public void Exports_are_deterministic_across_separately_built_graphs()
    {
        Assert.Equal(CypherScriptExporter.WriteToString(TestGraphs.Small()), CypherScriptExporter.WriteToString(TestGraphs.Small()));
        Assert.Equal(GraphMlExporter.WriteToString(TestGraphs.Small()), GraphMlExporter.WriteToString(TestGraphs.Small()));
        Assert.Equal(Neo4jAdminImportExporter.Render(TestGraphs.Small()), Neo4jAdminImportExporter.Render(TestGraphs.Small()));
    }

    [Fact]
    public void Jsonl_export_is_byte_identical_to_the_graph_writer_and_reads_back_equal()
    {
        var graph = TestGraphs.Small();
        var path = Path.Combine(dir.FullName, "graph.jsonl");
        GraphExporter.Export(graph, GraphExportFormat.Jsonl, path);

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(Encoding.UTF8.GetBytes(GraphJsonlWriter.WriteToString(graph)), bytes);
        var back = GraphJsonlReader.Read(path);
        Assert.Equal(GraphJsonlWriter.WriteToString(graph), GraphJsonlWriter.WriteToString(back));
        Assert.Equal(CypherScriptExporter.WriteToString(graph), CypherScriptExporter.WriteToString(back));
    }

    [Fact]
    public void Neo4j_admin_export_writes_the_files_and_returns_the_command()
    {
        var lines = GraphExporter.Export(TestGraphs.Small(), GraphExportFormat.Neo4jAdmin, dir.FullName);

        var command = File.ReadAllText(Path.Combine(dir.FullName, Neo4jAdminImportExporter.CommandFileName)).TrimEnd('\n');
        Assert.Contains(command, lines);
        Assert.StartsWith("neo4j-admin database import full neo4j --overwrite-destination=true --array-delimiter=U+001F", command, StringComparison.Ordinal);
        Assert.Contains("--nodes=Person=nodes_Person.csv", command, StringComparison.Ordinal);
        Assert.Contains("--relationships=HOLDS_POSITION=relationships_HOLDS_POSITION_Person_Organization.csv", command, StringComparison.Ordinal);
        Assert.Contains("--multiline-fields=true", command, StringComparison.Ordinal);
        Assert.Contains(command, File.ReadAllText(Path.Combine(dir.FullName, Neo4jAdminImportExporter.ReadmeFileName)), StringComparison.Ordinal);
        foreach (var argument in command.Split(' ').Where(a => a.StartsWith("--nodes=", StringComparison.Ordinal) || a.StartsWith("--relationships=", StringComparison.Ordinal)))
        {
            Assert.True(File.Exists(Path.Combine(dir.FullName, argument[(argument.LastIndexOf('=') + 1)..])), argument);
        }
    }

    [Fact]
    public void Streaming_a_graph_file_writes_the_files_of_the_in_memory_export()
    {
        var path = Path.Combine(dir.FullName, "graph.jsonl");
        GraphJsonlWriter.Write(TestGraphs.Small(), path);
        var target = Path.Combine(dir.FullName, "import");

        var export = Neo4jAdminImportExporter.ExportFile(path, target);

        AssertFilesAre(Neo4jAdminImportExporter.Render(TestGraphs.Small()), target);
        Assert.Equal((TestGraphs.Small().NodeCount, TestGraphs.Small().RelationshipCount), (export.NodeCount, export.RelationshipCount));
    }

    [Fact]
    public void A_graph_file_out_of_canonical_order_is_read_whole_and_gives_the_same_files()
    {
        // Node lines reversed (as another tool might write them): still a valid graph, but not streamable.
        var lines = GraphJsonlWriter.WriteToString(TestGraphs.Small()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var nodes = lines.TakeWhile(l => l.Contains("\"type\":\"node\"", StringComparison.Ordinal)).Reverse();
        var path = Path.Combine(dir.FullName, "graph.jsonl");
        File.WriteAllLines(path, nodes.Concat(lines.SkipWhile(l => l.Contains("\"type\":\"node\"", StringComparison.Ordinal))));
        var target = Path.Combine(dir.FullName, "import");

        Neo4jAdminImportExporter.ExportFile(path, target);

        AssertFilesAre(Neo4jAdminImportExporter.Render(TestGraphs.Small()), target);
    }

    [Fact]
    public void A_failed_streaming_export_leaves_the_earlier_files_as_they_were()
    {
        var target = Path.Combine(dir.FullName, "import");
        var earlier = Path.Combine(dir.FullName, "earlier.jsonl");
        GraphJsonlWriter.Write(TestGraphs.Small(), earlier);
        Neo4jAdminImportExporter.ExportFile(earlier, target);
        var before = Directory.GetFiles(target).Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllBytes(f))).ToList();

        // The array delimiter inside a value is found while the rows are written, after the first pass.
        var graph = TestGraphs.Small();
        graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Person).Last().Properties.AddToSet("aliases", ["a\u001Fb"]);
        var bad = Path.Combine(dir.FullName, "bad.jsonl");
        GraphJsonlWriter.Write(graph, bad);

        Assert.Throws<GraphExportException>(() => Neo4jAdminImportExporter.ExportFile(bad, target));

        var after = Directory.GetFiles(target).Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllBytes(f))).ToList();
        Assert.Equal(before.Select(b => b.f), after.Select(a => a.f));
        Assert.All(before.Zip(after), pair => Assert.Equal(pair.First.Item2, pair.Second.Item2));
    }

    [Theory]
    [InlineData("cypher", GraphExportFormat.Cypher)]
    [InlineData("neo4j-admin", GraphExportFormat.Neo4jAdmin)]
    [InlineData("GraphML", GraphExportFormat.GraphMl)]
    [InlineData("jsonl", GraphExportFormat.Jsonl)]
    public void Format_names_parse(string name, GraphExportFormat expected)
    {
        Assert.True(GraphExporter.TryParseFormat(name, out var format));
        Assert.Equal(expected, format);
    }

    private static void AssertFilesAre(IReadOnlyList<(string Name, string Content)> expected, string directory)
    {
        Assert.Equal(expected.Select(f => f.Name).Order(StringComparer.Ordinal), Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (name, content) in expected)
        {
            Assert.Equal(content, File.ReadAllText(Path.Combine(directory, name)));
        }
    }
}
