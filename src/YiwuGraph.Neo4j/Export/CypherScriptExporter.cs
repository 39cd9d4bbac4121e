using System.Globalization;
using System.Text;
using YiwuGraph.Graph;
using YiwuGraph.Neo4j.Loading;

namespace YiwuGraph.Neo4j.Export;

/// <summary>
/// A Cypher script for <c>cypher-shell -f</c>: the schema (constraints, then the full-text index), then nodes per
/// label and relationships per type as <c>UNWIND [literal rows] … MERGE</c> statements, the same statement shapes
/// the loader sends. Valid Neo4j 5 syntax, idempotent, and the same graph always gives the same bytes.
/// </summary>
public static class CypherScriptExporter
{
    public const int DefaultBatchSize = 100;

    public static void Export(KnowledgeGraph graph, string path, int batchSize = DefaultBatchSize)
    {
        ExportFiles.WriteAtomically(path, stream =>
        {
            using var writer = new StreamWriter(stream, ExportFiles.Utf8NoBom) { NewLine = "\n" };
            Write(graph, writer, batchSize);
        });
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
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"// YiwuGraph: {graph.NodeCount} nodes, {graph.RelationshipCount} relationships.\n"));
        writer.Write("// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p \"$NEO4J_PASSWORD\" -d neo4j -f graph.cypher\n");
        writer.Write("// Idempotent: running it again changes nothing. Needs Neo4j 5.7 or later.\n\n");

        writer.Write("// Schema: a uniqueness constraint on key per label and per relationship type, and the cjk full-text index.\n");
        foreach (var statement in CypherStatements.Schema(SchemaNames.TypesOf(graph), relationshipConstraints: true))
        {
            writer.Write(statement);
            writer.Write(";\n");
        }

        foreach (var label in NodeLabels.All)
        {
            var rows = graph.NodesWithLabel(label).Select(GraphRows.Node).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            writer.Write(string.Create(CultureInfo.InvariantCulture, $"\n// {label}: {rows.Count} nodes.\n"));
            foreach (var batch in GraphRows.Batches(rows, batchSize))
            {
                writer.Write(CypherStatements.MergeNodes(label, RowsLiteral(batch)));
                writer.Write(";\n");
            }
        }

        foreach (var (group, members) in GraphRows.GroupRelationships(graph))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"\n// {group.Type} from {group.SourceLabel} to {group.TargetLabel}: {members.Count} relationships.\n"));
            var rows = members.Select(GraphRows.Relationship).ToList();
            foreach (var batch in GraphRows.Batches(rows, batchSize))
            {
                writer.Write(CypherStatements.MergeRelationships(group.Type, group.SourceLabel, group.TargetLabel, keepOtherSources: false, RowsLiteral(batch)));
                writer.Write(";\n");
            }
        }

        writer.Flush();
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
