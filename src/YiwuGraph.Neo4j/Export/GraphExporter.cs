using YiwuGraph.Graph;
using YiwuGraph.Graph.Storage;

namespace YiwuGraph.Neo4j.Export;

/// <summary>The offline export formats of <c>yiwugraph export</c>.</summary>
public enum GraphExportFormat
{
    /// <summary>A Cypher script for <c>cypher-shell -f</c> (one file).</summary>
    Cypher,

    /// <summary>CSV files, schema and the exact <c>neo4j-admin database import full</c> command (a directory).</summary>
    Neo4jAdmin,

    /// <summary>GraphML for Gephi and yEd (one file).</summary>
    GraphMl,

    /// <summary>APOC-style JSON lines, the same bytes as <see cref="GraphJsonlWriter"/> (one file).</summary>
    Jsonl,
}

/// <summary>Dispatches an export and says what was written.</summary>
public static class GraphExporter
{
    /// <summary>The command-line names of the formats, in order.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = ["cypher", "neo4j-admin", "graphml", "jsonl"];

    public static bool TryParseFormat(string name, out GraphExportFormat format)
    {
        switch (name?.ToLowerInvariant())
        {
            case "cypher": format = GraphExportFormat.Cypher; return true;
            case "neo4j-admin": format = GraphExportFormat.Neo4jAdmin; return true;
            case "graphml": format = GraphExportFormat.GraphMl; return true;
            case "jsonl": format = GraphExportFormat.Jsonl; return true;
            default: format = default; return false;
        }
    }

    /// <summary>
    /// Exports the graph file <paramref name="graphPath"/> without holding the graph: every format streams the file
    /// (in one or two passes), so memory does not grow with the graph beyond the node keys the reader keeps. A file
    /// out of the canonical order every graph of this project is written in (an APOC export, say) is read whole.
    /// The bytes are those <see cref="Export"/> writes for the graph read whole.
    /// </summary>
    public static GraphExportResult ExportFile(string graphPath, GraphExportFormat format, string path, string database = "neo4j")
    {
        ArgumentException.ThrowIfNullOrEmpty(graphPath);
        ArgumentException.ThrowIfNullOrEmpty(path);
        switch (format)
        {
            case GraphExportFormat.Cypher:
                var (nodes, relationships) = CypherScriptExporter.ExportFile(graphPath, path);
                return new GraphExportResult(nodes, relationships, CypherLines(path));
            case GraphExportFormat.Neo4jAdmin:
                var export = Neo4jAdminImportExporter.ExportFile(graphPath, path, database);
                return new GraphExportResult(export.NodeCount, export.RelationshipCount, Neo4jAdminLines(path, export.Command));
            case GraphExportFormat.GraphMl:
                (nodes, relationships) = GraphMlExporter.ExportFile(graphPath, path);
                return new GraphExportResult(nodes, relationships, GraphMlLines);
            case GraphExportFormat.Jsonl:
                (nodes, relationships) = ExportJsonlFile(graphPath, path);
                return new GraphExportResult(nodes, relationships, JsonlLines);
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    /// <summary>Writes <paramref name="graph"/> to <paramref name="path"/>; returns lines worth printing (the import command).</summary>
    public static IReadOnlyList<string> Export(KnowledgeGraph graph, GraphExportFormat format, string path, string database = "neo4j")
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrEmpty(path);
        switch (format)
        {
            case GraphExportFormat.Cypher:
                CypherScriptExporter.Export(graph, path);
                return CypherLines(path);
            case GraphExportFormat.Neo4jAdmin:
                return Neo4jAdminLines(path, Neo4jAdminImportExporter.Export(graph, path, database));
            case GraphExportFormat.GraphMl:
                GraphMlExporter.Export(graph, path);
                return GraphMlLines;
            case GraphExportFormat.Jsonl:
                GraphJsonlWriter.Write(graph, path);
                return JsonlLines;
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    private static IReadOnlyList<string> GraphMlLines { get; } = ["Open it in Gephi (File > Open) or yEd."];

    private static IReadOnlyList<string> JsonlLines { get; } = ["Load it with 'yiwugraph load' or apoc.import.json."];

    /// <summary>
    /// The JSON lines of a graph file, streamed in one pass when the file is in canonical order; otherwise (found
    /// out part way) what was written is dropped and the graph is read whole. Written under a temporary name.
    /// </summary>
    private static (int NodeCount, int RelationshipCount) ExportJsonlFile(string graphPath, string path)
    {
        var records = GraphJsonlReader.ReadRecords(graphPath);
        (int, int) counts = default;
        ExportFiles.WriteAtomically(path, stream =>
        {
            if (GraphJsonlWriter.TryWriteCanonical(stream, records, () => GraphJsonlReader.ReadRecords(graphPath), out var streamed))
            {
                counts = (streamed.Nodes, streamed.Relationships);
                return;
            }

            stream.SetLength(0);
            stream.Position = 0;
            var graph = GraphJsonlReader.Read(graphPath);
            GraphJsonlWriter.Write(graph, stream);
            counts = (graph.NodeCount, graph.RelationshipCount);
        });
        return counts;
    }

    private static IReadOnlyList<string> CypherLines(string path) => [$"Run it with: cypher-shell -u neo4j -p \"$NEO4J_PASSWORD\" -f {path}"];

    private static IReadOnlyList<string> Neo4jAdminLines(string path, string command) =>
    [
        $"From {path} (see {Path.Combine(path, Neo4jAdminImportExporter.ReadmeFileName)}), with the database stopped:",
        command,
        $"then: cypher-shell -u neo4j -p \"$NEO4J_PASSWORD\" -f {Neo4jAdminImportExporter.SchemaFileName}",
    ];
}

/// <summary>What an export of a graph file wrote: the graph's counts and the lines worth printing.</summary>
public sealed record GraphExportResult(int NodeCount, int RelationshipCount, IReadOnlyList<string> Lines);
