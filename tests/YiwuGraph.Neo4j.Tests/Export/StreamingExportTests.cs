using System.Globalization;
using System.Text;
using YiwuGraph.Graph;
using YiwuGraph.Graph.Storage;
using YiwuGraph.Neo4j.Export;
using YiwuGraph.Neo4j.Loading;
using YiwuGraph.Neo4j.Tests.Support;

namespace YiwuGraph.Neo4j.Tests.Export;

/// <summary>
/// The cypher, graphml and jsonl exports of a graph file stream it (<see cref="GraphExporter.ExportFile"/>); their
/// bytes must be those of the in-memory exports of the graph read whole, on graphs drawn at random.
/// </summary>
public sealed class StreamingExportTests : IDisposable
{
    /// <summary>The relationship types <see cref="RandomGraphs"/> draws from.</summary>
    private const int RandomGraphsTypeCount = 5;

    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("yiwugraph-stream-export-");

    public void Dispose() => dir.Delete(recursive: true);

    public static TheoryData<int, int, int> Draws => new()
    {
        { 1, 0, 0 },
        { 2, 12, 0 },
        { 3, 5, 40 },
        { 4, 60, 400 },
        { 5, 200, 1500 },
        { 6, 400, 3000 },
    };

    [Theory]
    [MemberData(nameof(Draws))]
    public void Streamed_exports_of_a_graph_file_are_the_in_memory_exports(int seed, int nodes, int relationships)
    {
        var graph = RandomGraphs.Draw(seed, nodes, relationships);
        var file = Path.Combine(dir.FullName, "graph.jsonl");
        GraphJsonlWriter.Write(graph, file);

        foreach (var format in new[] { GraphExportFormat.Cypher, GraphExportFormat.GraphMl, GraphExportFormat.Jsonl })
        {
            var streamed = Path.Combine(dir.FullName, $"streamed.{format}");
            var inMemory = Path.Combine(dir.FullName, $"in-memory.{format}");
            var result = GraphExporter.ExportFile(file, format, streamed);
            GraphExporter.Export(GraphJsonlReader.Read(file), format, inMemory);

            Assert.Equal(File.ReadAllBytes(inMemory), File.ReadAllBytes(streamed));
            Assert.Equal((graph.NodeCount, graph.RelationshipCount), (result.NodeCount, result.RelationshipCount));
        }

        Assert.Equal(Encoding.UTF8.GetBytes(GraphJsonlWriter.WriteToString(graph)), File.ReadAllBytes(Path.Combine(dir.FullName, $"streamed.{GraphExportFormat.Jsonl}")));
        Assert.Equal(GraphMlExporter.WriteToString(graph), File.ReadAllText(Path.Combine(dir.FullName, $"streamed.{GraphExportFormat.GraphMl}")));
        AssertNoTemporaryFiles();
    }

    [Theory]
    [MemberData(nameof(Draws))]
    public void The_cypher_script_is_what_it_was_before_it_streamed(int seed, int nodes, int relationships)
    {
        // Small batches: many batch boundaries inside groups whose members interleave with other groups' in the file.
        var graph = RandomGraphs.Draw(seed, nodes, relationships);
        var file = Path.Combine(dir.FullName, "graph.jsonl");
        GraphJsonlWriter.Write(graph, file);
        var streamed = Path.Combine(dir.FullName, "graph.cypher");

        CypherScriptExporter.ExportFile(file, streamed, batchSize: 3);

        var expected = PreStreamingCypher(graph, batchSize: 3);
        Assert.Equal(expected, CypherScriptExporter.WriteToString(graph, batchSize: 3));
        Assert.Equal(expected, File.ReadAllText(streamed));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void Groups_of_one_type_that_interleave_are_printed_one_after_the_other()
    {
        var graph = RandomGraphs.Draw(6, 400, 3000);
        var script = CypherScriptExporter.WriteToString(graph);
        var headers = script.Split('\n').Where(l => l.StartsWith("// ", StringComparison.Ordinal) && l.Contains(" from ", StringComparison.Ordinal)).ToList();

        Assert.True(headers.Count > RandomGraphsTypeCount, "the draw should give several label pairs per type");
        Assert.Equal(headers.Count, headers.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_graph_file_out_of_canonical_order_is_read_whole_and_gives_the_same_bytes()
    {
        var graph = RandomGraphs.Draw(5, 200, 1500);
        var lines = GraphJsonlWriter.WriteToString(graph).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var isNode = (string l) => l.Contains("\"type\":\"node\"", StringComparison.Ordinal);
        var file = Path.Combine(dir.FullName, "reversed.jsonl");
        File.WriteAllLines(file, lines.Where(isNode).Reverse().Concat(lines.Where(l => !isNode(l))));

        foreach (var format in new[] { GraphExportFormat.Cypher, GraphExportFormat.GraphMl, GraphExportFormat.Jsonl })
        {
            var streamed = Path.Combine(dir.FullName, $"streamed.{format}");
            var inMemory = Path.Combine(dir.FullName, $"in-memory.{format}");
            var result = GraphExporter.ExportFile(file, format, streamed);
            GraphExporter.Export(graph, format, inMemory);

            Assert.Equal(File.ReadAllBytes(inMemory), File.ReadAllBytes(streamed));
            Assert.Equal((graph.NodeCount, graph.RelationshipCount), (result.NodeCount, result.RelationshipCount));
        }
    }

    [Fact]
    public void Relationships_out_of_order_are_found_after_lines_were_written_and_the_jsonl_export_starts_again()
    {
        // The single-pass jsonl export has written every node line before the order breaks.
        var graph = RandomGraphs.Draw(4, 60, 400);
        var lines = GraphJsonlWriter.WriteToString(graph).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var file = Path.Combine(dir.FullName, "swapped.jsonl");
        (lines[^1], lines[^2]) = (lines[^2], lines[^1]);
        File.WriteAllLines(file, lines);
        var target = Path.Combine(dir.FullName, "export.jsonl");

        GraphExporter.ExportFile(file, GraphExportFormat.Jsonl, target);

        Assert.Equal(GraphJsonlWriter.WriteToString(graph), File.ReadAllText(target));
        AssertNoTemporaryFiles();
    }

    [Theory]
    [InlineData(GraphExportFormat.Cypher)]
    [InlineData(GraphExportFormat.GraphMl)]
    [InlineData(GraphExportFormat.Jsonl)]
    public void A_failed_export_leaves_the_earlier_output_as_it_was_and_no_temporary_file(GraphExportFormat format)
    {
        var good = Path.Combine(dir.FullName, "good.jsonl");
        GraphJsonlWriter.Write(RandomGraphs.Draw(4, 60, 400), good);
        var target = Path.Combine(dir.FullName, "export.out");
        GraphExporter.ExportFile(good, format, target);
        var before = File.ReadAllBytes(target);

        // A bad last line: the one-pass jsonl export has written the rest by then.
        var bad = Path.Combine(dir.FullName, "bad.jsonl");
        File.WriteAllText(bad, File.ReadAllText(good) + "{\"type\":\"relationship\",\"id\":\"x\"\n");

        Assert.Throws<YiwuGraph.Core.DataFormatException>(() => GraphExporter.ExportFile(bad, format, target));

        Assert.Equal(before, File.ReadAllBytes(target));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public void A_cypher_export_failing_while_groups_are_set_aside_leaves_the_earlier_script_and_no_temporary_file()
    {
        var graph = RandomGraphs.Draw(6, 400, 3000);
        var target = Path.Combine(dir.FullName, "graph.cypher");
        CypherScriptExporter.Export(graph, target);
        var before = File.ReadAllBytes(target);
        var passes = 0;

        // The second pass fails (as a full disk would) half way through the relationships, when groups are set aside.
        IEnumerable<GraphRecord> Records()
        {
            var pass = ++passes;
            var relationships = 0;
            foreach (var record in GraphRecord.Of(graph))
            {
                if (pass == 2 && record.Relationship is not null && ++relationships > graph.RelationshipCount / 2)
                {
                    Assert.NotEmpty(Directory.GetFiles(dir.FullName, ".graph.cypher.*.group.tmp"));
                    throw new IOException("No space left on device");
                }

                yield return record;
            }
        }

        Assert.Throws<IOException>(() => CypherScriptExporter.ExportRecords(Records, target));

        Assert.Equal(2, passes);
        Assert.Equal(before, File.ReadAllBytes(target));
        AssertNoTemporaryFiles();
    }

    private void AssertNoTemporaryFiles() =>
        Assert.Empty(Directory.GetFiles(dir.FullName, ".*", SearchOption.AllDirectories));

    /// <summary>The script as the exporter wrote it from a graph in memory before it streamed (kept as the oracle).</summary>
    private static string PreStreamingCypher(KnowledgeGraph graph, int batchSize)
    {
        var writer = new StringBuilder();
        writer.Append(CultureInfo.InvariantCulture, $"// YiwuGraph: {graph.NodeCount} nodes, {graph.RelationshipCount} relationships.\n");
        writer.Append("// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p \"$NEO4J_PASSWORD\" -d neo4j -f graph.cypher\n");
        writer.Append("// Idempotent: running it again changes nothing. Needs Neo4j 5.7 or later.\n\n");
        writer.Append("// Schema: a uniqueness constraint on key per label and per relationship type, and the cjk full-text index.\n");
        foreach (var statement in CypherStatements.Schema(SchemaNames.TypesOf(graph), relationshipConstraints: true))
        {
            writer.Append(statement).Append(";\n");
        }

        foreach (var label in NodeLabels.All)
        {
            var rows = graph.NodesWithLabel(label).Select(GraphRows.Node).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            writer.Append(CultureInfo.InvariantCulture, $"\n// {label}: {rows.Count} nodes.\n");
            foreach (var batch in GraphRows.Batches(rows, batchSize))
            {
                writer.Append(CypherStatements.MergeNodes(label, RowsLiteral(batch))).Append(";\n");
            }
        }

        foreach (var (group, members) in GraphRows.GroupRelationships(graph))
        {
            writer.Append(CultureInfo.InvariantCulture, $"\n// {group.Type} from {group.SourceLabel} to {group.TargetLabel}: {members.Count} relationships.\n");
            foreach (var batch in GraphRows.Batches(members.Select(GraphRows.Relationship).ToList(), batchSize))
            {
                writer.Append(CypherStatements.MergeRelationships(group.Type, group.SourceLabel, group.TargetLabel, keepOtherSources: false, RowsLiteral(batch))).Append(";\n");
            }
        }

        return writer.ToString();
    }

    private static string RowsLiteral(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows)
    {
        var sb = new StringBuilder();
        sb.Append("[\n");
        for (var i = 0; i < rows.Count; i++)
        {
            sb.Append("  ");
            CypherLiteral.Append(sb, rows[i]);
            sb.Append(i + 1 < rows.Count ? ",\n" : "\n");
        }

        sb.Append(']');
        return sb.ToString();
    }
}
