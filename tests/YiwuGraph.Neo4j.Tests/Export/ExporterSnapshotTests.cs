using System.Text;
using System.Xml.Linq;
using YiwuGraph.Graph.Storage;
using YiwuGraph.Neo4j.Export;
using YiwuGraph.Neo4j.Tests.Support;

namespace YiwuGraph.Neo4j.Tests.Export;

/// <summary>Every exporter on the hand-built graph, checked byte for byte against Expectations/.</summary>
public sealed class ExporterSnapshotTests
{
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
        var dir = Directory.CreateTempSubdirectory("yiwugraph-export-");
        try
        {
            var path = Path.Combine(dir.FullName, "graph.jsonl");
            GraphExporter.Export(graph, GraphExportFormat.Jsonl, path);

            var bytes = File.ReadAllBytes(path);
            Assert.Equal(Encoding.UTF8.GetBytes(GraphJsonlWriter.WriteToString(graph)), bytes);
            var back = GraphJsonlReader.Read(path);
            Assert.Equal(GraphJsonlWriter.WriteToString(graph), GraphJsonlWriter.WriteToString(back));
            Assert.Equal(CypherScriptExporter.WriteToString(graph), CypherScriptExporter.WriteToString(back));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Neo4j_admin_export_writes_the_files_and_returns_the_command()
    {
        var dir = Directory.CreateTempSubdirectory("yiwugraph-admin-");
        try
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
        finally
        {
            dir.Delete(recursive: true);
        }
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
}
