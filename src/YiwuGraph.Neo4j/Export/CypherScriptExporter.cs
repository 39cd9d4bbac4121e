using System.Globalization;
using System.Text;
using YiwuGraph.Core;
using YiwuGraph.Graph;
using YiwuGraph.Graph.Storage;
using YiwuGraph.Neo4j.Loading;

namespace YiwuGraph.Neo4j.Export;

/// <summary>
/// A Cypher script for <c>cypher-shell -f</c>: the schema (constraints, then the full-text index), then nodes per
/// label and relationships per type as <c>UNWIND [literal rows] … MERGE</c> statements, the same statement shapes
/// the loader sends. Valid Neo4j 5 syntax, idempotent, and the same graph always gives the same bytes.
/// </summary>
/// <remarks>
/// Written from records in canonical order (<see cref="GraphRecord"/>), so a graph file streams through without
/// being held: a first pass counts what the headers print, a second writes the statements. Relationships are
/// printed per group (one type between one pair of labels), and the groups of one type interleave in the file:
/// the first group of a type is written straight out, the others are set aside (beside the output, or in memory
/// for a string) until the type ends, then appended in group order. What is set aside is at most one type's
/// statements less its first group.
/// </remarks>
public static class CypherScriptExporter
{
    public const int DefaultBatchSize = 100;

    public static void Export(KnowledgeGraph graph, string path, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ExportRecords(() => GraphRecord.Of(graph), path, batchSize);
    }

    /// <summary>
    /// Exports a graph file without holding the graph (two passes over it); a file out of the canonical order (not
    /// written by this project) is read whole. The same bytes either way. Returns the graph's counts.
    /// </summary>
    public static (int NodeCount, int RelationshipCount) ExportFile(string graphPath, string path, int batchSize = DefaultBatchSize)
    {
        ArgumentException.ThrowIfNullOrEmpty(graphPath);
        if (ExportRecords(() => GraphJsonlReader.ReadRecords(graphPath), path, batchSize) is { } counts)
        {
            return counts;
        }

        var graph = GraphJsonlReader.Read(graphPath);
        Export(graph, path, batchSize);
        return (graph.NodeCount, graph.RelationshipCount);
    }

    /// <summary>
    /// Writes the script of records read twice (counts, then statements) under a temporary name, renamed over
    /// <paramref name="path"/> when whole; null, with nothing written, when the records are out of canonical order.
    /// </summary>
    internal static (int NodeCount, int RelationshipCount)? ExportRecords(Func<IEnumerable<GraphRecord>> records, string path, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        if (Layout.Scan(records()) is not { } layout)
        {
            return null;
        }

        ExportFiles.WriteAtomically(path, stream =>
        {
            using var writer = new StreamWriter(stream, ExportFiles.Utf8NoBom, bufferSize: 1 << 16) { NewLine = "\n" };
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            Write(layout, records, writer, batchSize, () => new FileSpill(folder, Path.GetFileName(path)));
            writer.Flush();
        });
        return (layout.NodeCount, layout.RelationshipCount);
    }

    public static string WriteToString(KnowledgeGraph graph, int batchSize = DefaultBatchSize)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(graph, writer, batchSize);
        return writer.ToString();
    }

    public static void Write(KnowledgeGraph graph, TextWriter writer, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        Write(Layout.Scan(GraphRecord.Of(graph))!, () => GraphRecord.Of(graph), writer, batchSize, () => new MemorySpill());
        writer.Flush();
    }

    private static void Write(Layout layout, Func<IEnumerable<GraphRecord>> records, TextWriter writer, int batchSize, Func<Spill> setAside)
    {
        // Checked before anything is written, as the schema names every type.
        var schema = CypherStatements.Schema(SchemaNames.TypesOf(layout.RelationshipTypes), relationshipConstraints: true);
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"// YiwuGraph: {layout.NodeCount} nodes, {layout.RelationshipCount} relationships.\n"));
        writer.Write("// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p \"$NEO4J_PASSWORD\" -d neo4j -f graph.cypher\n");
        writer.Write("// Idempotent: running it again changes nothing. Needs Neo4j 5.7 or later.\n\n");

        writer.Write("// Schema: a uniqueness constraint on key per label and per relationship type, and the cjk full-text index.\n");
        foreach (var statement in schema)
        {
            writer.Write(statement);
            writer.Write(";\n");
        }

        var nodes = new List<GraphNode>(batchSize);
        NodeLabel? label = null;
        string? type = null;
        var groups = new List<GroupWriter>();
        try
        {
            foreach (var record in records())
            {
                if (record.Node is { } node)
                {
                    if (node.Label != label)
                    {
                        WriteNodes(writer, label, nodes);
                        label = node.Label;
                        writer.Write(string.Create(CultureInfo.InvariantCulture, $"\n// {label}: {layout.NodesByLabel[node.Label]} nodes.\n"));
                    }

                    nodes.Add(node);
                    if (nodes.Count == batchSize)
                    {
                        WriteNodes(writer, label, nodes);
                    }

                    continue;
                }

                WriteNodes(writer, label, nodes);
                var relationship = record.Relationship!;
                if (relationship.Type != type)
                {
                    EndType(writer, groups);
                    type = relationship.Type;
                    groups.AddRange(layout.GroupsOf(type).Select((g, i) => new GroupWriter(g.Group, g.Count, batchSize, i == 0 ? null : setAside())));
                    groups[0].WriteHeader(writer);
                }

                var group = new GraphRows.RelationshipGroup(relationship.Type, record.StartLabel, record.EndLabel);
                groups.Find(g => g.Group == group)!.Add(writer, relationship);
            }

            WriteNodes(writer, label, nodes);
            EndType(writer, groups);
        }
        finally
        {
            foreach (var group in groups)
            {
                group.Dispose();
            }
        }
    }

    private static void WriteNodes(TextWriter writer, NodeLabel? label, List<GraphNode> nodes)
    {
        if (nodes.Count == 0)
        {
            return;
        }

        writer.Write(CypherStatements.MergeNodes(label!.Value, RowsLiteral(nodes.Select(GraphRows.Node))));
        writer.Write(";\n");
        nodes.Clear();
    }

    /// <summary>The type's groups are whole: the first has been written out, the others follow in group order.</summary>
    private static void EndType(TextWriter writer, List<GroupWriter> groups)
    {
        foreach (var group in groups)
        {
            group.End(writer);
            group.Dispose();
        }

        groups.Clear();
    }

    private static string RowsLiteral(IEnumerable<IReadOnlyDictionary<string, object?>> rows)
    {
        var sb = new StringBuilder();
        sb.Append("[\n");
        var first = true;
        foreach (var row in rows)
        {
            if (!first)
            {
                sb.Append(",\n");
            }

            first = false;
            sb.Append("  ");
            CypherLiteral.Append(sb, row);
        }

        sb.Append("\n]");
        return sb.ToString();
    }

    /// <summary>One relationship group's statements: batches of consecutive members, into the script or set aside.</summary>
    private sealed class GroupWriter(GraphRows.RelationshipGroup group, int count, int batchSize, Spill? spill) : IDisposable
    {
        private readonly List<GraphRelationship> batch = new(batchSize);

        public GraphRows.RelationshipGroup Group => group;

        public void WriteHeader(TextWriter writer) =>
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"\n// {group.Type} from {group.SourceLabel} to {group.TargetLabel}: {count} relationships.\n"));

        public void Add(TextWriter script, GraphRelationship relationship)
        {
            batch.Add(relationship);
            if (batch.Count == batchSize)
            {
                Flush(script);
            }
        }

        /// <summary>Writes what is left; a group set aside is appended to the script here, after its header.</summary>
        public void End(TextWriter script)
        {
            Flush(script);
            if (spill is not null)
            {
                WriteHeader(script);
                spill.CopyTo(script);
            }
        }

        public void Dispose() => spill?.Dispose();

        private void Flush(TextWriter script)
        {
            if (batch.Count == 0)
            {
                return;
            }

            var writer = spill?.Writer ?? script;
            writer.Write(CypherStatements.MergeRelationships(group.Type, group.SourceLabel, group.TargetLabel, keepOtherSources: false, RowsLiteral(batch.Select(GraphRows.Relationship))));
            writer.Write(";\n");
            batch.Clear();
        }
    }

    /// <summary>Statements set aside until their type ends.</summary>
    private abstract class Spill : IDisposable
    {
        public abstract TextWriter Writer { get; }

        public abstract void CopyTo(TextWriter script);

        public abstract void Dispose();
    }

    private sealed class MemorySpill : Spill
    {
        private readonly StringWriter writer = new(CultureInfo.InvariantCulture) { NewLine = "\n" };

        public override TextWriter Writer => writer;

        public override void CopyTo(TextWriter script) => script.Write(writer.GetStringBuilder());

        public override void Dispose() => writer.Dispose();
    }

    /// <summary>A hidden temporary file beside the output, deleted when disposed.</summary>
    private sealed class FileSpill : Spill
    {
        private readonly string path;
        private readonly StreamWriter writer;

        public FileSpill(string folder, string outputName)
        {
            path = Path.Combine(folder, $".{outputName}.{Guid.NewGuid():N}.group.tmp");
            writer = new StreamWriter(new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16), ExportFiles.Utf8NoBom, 1 << 16) { NewLine = "\n" };
        }

        public override TextWriter Writer => writer;

        public override void CopyTo(TextWriter script)
        {
            writer.Flush();
            var stream = writer.BaseStream;
            stream.Position = 0;
            using var reader = new StreamReader(stream, ExportFiles.Utf8NoBom, detectEncodingFromByteOrderMarks: false, 1 << 16, leaveOpen: true);
            var buffer = new char[1 << 15];
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                script.Write(buffer, 0, read);
            }
        }

        public override void Dispose()
        {
            writer.Dispose();
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Best effort: an exception on the way here is the one worth reporting.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }

    /// <summary>What the first pass learns: the counts the headers print and the relationship groups of each type; null when the records are out of canonical order.</summary>
    private sealed class Layout
    {
        private readonly Dictionary<string, List<(GraphRows.RelationshipGroup Group, int Count)>> groupsByType = new(StringComparer.Ordinal);

        public Dictionary<NodeLabel, int> NodesByLabel { get; } = [];

        public IEnumerable<string> RelationshipTypes => groupsByType.Keys;

        public int NodeCount { get; private set; }

        public int RelationshipCount { get; private set; }

        /// <summary>The groups of <paramref name="type"/> in group order, with their sizes.</summary>
        public List<(GraphRows.RelationshipGroup Group, int Count)> GroupsOf(string type) => groupsByType[type];

        public static Layout? Scan(IEnumerable<GraphRecord> records)
        {
            var layout = new Layout();
            var groups = new Dictionary<GraphRows.RelationshipGroup, int>();
            var ordered = CanonicalRecordOrder.Visit(
                records,
                node =>
                {
                    layout.NodeCount++;
                    layout.NodesByLabel[node.Label] = layout.NodesByLabel.GetValueOrDefault(node.Label) + 1;
                },
                record =>
                {
                    layout.RelationshipCount++;
                    var group = new GraphRows.RelationshipGroup(record.Relationship!.Type, record.StartLabel, record.EndLabel);
                    groups[group] = groups.GetValueOrDefault(group) + 1;
                });
            if (!ordered)
            {
                return null;
            }

            foreach (var (group, count) in groups.OrderBy(g => g.Key, GraphRows.GroupOrder))
            {
                if (!layout.groupsByType.TryGetValue(group.Type, out var list))
                {
                    layout.groupsByType[group.Type] = list = [];
                }

                list.Add((group, count));
            }

            return layout;
        }
    }
}
