using System.Globalization;
using System.Text;
using YiwuGraph.Graph;
using YiwuGraph.Neo4j.Loading;

namespace YiwuGraph.Neo4j.Export;

/// <summary>
/// CSV files for <c>neo4j-admin database import full</c> (bulk loads of large corpora): one node file per label with
/// header <c>key:ID(Label),prop:type,…</c>, one relationship file per type and end labels with header
/// <c>:START_ID(Label),:END_ID(Label),prop:type,…</c>, the schema to run after the import, and a README.txt
/// holding the exact command. Arrays use U+001F between elements, a character the graph never holds.
/// </summary>
public static class Neo4jAdminImportExporter
{
    public const char ArrayDelimiter = '\u001F';
    public const string ArrayDelimiterOption = "U+001F";
    public const string CommandFileName = "import-command.txt";
    public const string ReadmeFileName = "README.txt";
    public const string SchemaFileName = "schema.cypher";

    /// <summary>Writes the files into <paramref name="directory"/> and returns the import command.</summary>
    public static string Export(KnowledgeGraph graph, string directory, string database = "neo4j")
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var files = Render(graph, database);
        Directory.CreateDirectory(directory);
        foreach (var (name, content) in files)
        {
            ExportFiles.WriteAtomically(Path.Combine(directory, name), content);
        }

        return files.First(f => f.Name == CommandFileName).Content.TrimEnd('\n');
    }

    /// <summary>The files, by name, in the order they are listed in the command; no disk access.</summary>
    public static IReadOnlyList<(string Name, string Content)> Render(KnowledgeGraph graph, string database = "neo4j")
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrEmpty(database);
        if (!database.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            throw new ArgumentException($"'{database}' is not a database name neo4j-admin accepts.", nameof(database));
        }

        var files = new List<(string Name, string Content)>();
        var arguments = new List<string>();
        var multiline = false;
        foreach (var label in NodeLabels.All)
        {
            var nodes = graph.NodesWithLabel(label).ToList();
            if (nodes.Count == 0)
            {
                continue;
            }

            var name = $"nodes_{SchemaNames.Label(label)}.csv";
            var content = NodeFile(label, nodes, ref multiline);
            files.Add((name, content));
            arguments.Add($"--nodes={SchemaNames.Label(label)}={name}");
        }

        foreach (var (group, members) in GraphRows.GroupRelationships(graph))
        {
            var name = $"relationships_{group.Type}_{group.SourceLabel}_{group.TargetLabel}.csv";
            files.Add((name, RelationshipFile(group, members, ref multiline)));
            arguments.Add($"--relationships={SchemaNames.RelationshipType(group.Type)}={name}");
        }

        var options = new List<string> { "--overwrite-destination=true", $"--array-delimiter={ArrayDelimiterOption}" };
        if (multiline)
        {
            options.Add("--multiline-fields=true");
        }

        var command = $"neo4j-admin database import full {database} {string.Join(' ', options.Concat(arguments))}";
        var schema = string.Join(";\n", CypherStatements.Schema(SchemaNames.TypesOf(graph), relationshipConstraints: true)) + ";\n";
        files.Add((SchemaFileName, schema));
        files.Add((CommandFileName, command + "\n"));
        files.Add((ReadmeFileName, Readme(graph, database, command)));
        return files;
    }

    private static string NodeFile(NodeLabel label, IReadOnlyList<GraphNode> nodes, ref bool multiline)
    {
        var skip = new HashSet<string>(StringComparer.Ordinal) { "key" };
        var columns = PropertyColumn.Of(nodes.Select(n => n.Properties.Select(kv => new KeyValuePair<string, object?>(kv.Key, kv.Value))), skip);
        var sb = new StringBuilder();
        sb.Append("key:ID(").Append(SchemaNames.Label(label)).Append(')');
        AppendHeader(sb, columns);
        foreach (var node in nodes)
        {
            AppendField(sb, node.Key, ref multiline);
            foreach (var column in columns)
            {
                sb.Append(',');
                AppendValue(sb, node.Properties.TryGetValue(column.Name, out var v) ? v : null, column, ref multiline);
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string RelationshipFile(GraphRows.RelationshipGroup group, IReadOnlyList<GraphRelationship> members, ref bool multiline)
    {
        var props = members.Select(EvidenceProperties.ToStoredProperties).ToList();
        var columns = PropertyColumn.Of(props.Select(p => p.Select(kv => new KeyValuePair<string, object?>(kv.Key, kv.Value))));
        var sb = new StringBuilder();
        sb.Append(":START_ID(").Append(SchemaNames.Label(group.SourceLabel)).Append("),:END_ID(")
            .Append(SchemaNames.Label(group.TargetLabel)).Append(')');
        AppendHeader(sb, columns);
        for (var i = 0; i < members.Count; i++)
        {
            AppendField(sb, members[i].Source, ref multiline);
            sb.Append(',');
            AppendField(sb, members[i].Target, ref multiline);
            foreach (var column in columns)
            {
                sb.Append(',');
                AppendValue(sb, props[i].TryGetValue(column.Name, out var v) ? v : null, column, ref multiline);
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static void AppendHeader(StringBuilder sb, IReadOnlyList<PropertyColumn> columns)
    {
        foreach (var column in columns)
        {
            if (column.Name.Contains(':', StringComparison.Ordinal))
            {
                throw new GraphExportException($"property '{column.Name}' contains ':' and cannot be named in a neo4j-admin import header");
            }

            sb.Append(',');
            AppendField(sb, column.Name + ":" + HeaderType(column.Type));
        }

        sb.Append('\n');
    }

    private static string HeaderType(ColumnType type) => type switch
    {
        ColumnType.String => "string",
        ColumnType.Long => "long",
        ColumnType.Double => "double",
        ColumnType.Boolean => "boolean",
        ColumnType.StringArray => "string[]",
        ColumnType.LongArray => "long[]",
        ColumnType.DoubleArray => "double[]",
        ColumnType.BooleanArray => "boolean[]",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static void AppendValue(StringBuilder sb, object? value, PropertyColumn column, ref bool multiline)
    {
        if (value is null)
        {
            return;
        }

        if (column.IsArray)
        {
            var items = value is Array a ? a.Cast<object>() : [value];
            var texts = items.Select(x => PropertyColumn.Scalar(x, column.Type)).ToList();
            if (texts.Any(t => t.Contains(ArrayDelimiter, StringComparison.Ordinal)))
            {
                throw new GraphExportException($"property '{column.Name}' holds U+001F, the array delimiter of the neo4j-admin import files");
            }

            AppendField(sb, string.Join(ArrayDelimiter, texts), ref multiline, quote: column.Type == ColumnType.StringArray);
            return;
        }

        var text = PropertyColumn.Scalar(value, column.Type);
        AppendField(sb, text, ref multiline, quote: column.Type == ColumnType.String);
    }

    private static void AppendField(StringBuilder sb, string text)
    {
        var ignored = false;
        AppendField(sb, text, ref ignored);
    }

    /// <summary>Strings are always quoted (so an empty string stays an empty string, not a missing value).</summary>
    private static void AppendField(StringBuilder sb, string text, ref bool multiline, bool quote = true)
    {
        if (text.AsSpan().IndexOfAny('\n', '\r') >= 0)
        {
            multiline = true;
        }

        if (!quote)
        {
            sb.Append(text);
            return;
        }

        sb.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    private static string Readme(KnowledgeGraph graph, string database, string command) => string.Create(
        CultureInfo.InvariantCulture,
        $"""
        YiwuGraph bulk import files: {graph.NodeCount} nodes, {graph.RelationshipCount} relationships.

        neo4j-admin builds a new store from these CSV files, much faster than loading over HTTP.
        The database '{database}' is replaced (--overwrite-destination); stop it first.

        1. Local Neo4j 5 installation, from this directory:

           {command}

        2. With the repository's docker-compose.yml, export into neo4j/import/bulk and run:

           docker compose stop neo4j
           docker compose run --rm -w /import/bulk neo4j {command}
           docker compose start neo4j

        3. Then create the constraints and the full-text index (the import does not):

           cypher-shell -u neo4j -p "$NEO4J_PASSWORD" -d {database} -f {SchemaFileName}

        The exact command is also in {CommandFileName}.
        Headers: key:ID(Label) is the node key (stored as property 'key'); arrays are separated by U+001F.

        """);
}
