using System.Globalization;
using System.Text;
using YiwuGraph.Graph;
using YiwuGraph.Core;
using YiwuGraph.Graph.Storage;
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
        ArgumentNullException.ThrowIfNull(graph);
        return Export(() => GraphRecord.Of(graph), directory, database).Command;
    }

    /// <summary>
    /// Exports a graph file without holding the graph: one pass over the file learns the files and their columns,
    /// a second writes every row straight to its file. A file out of the canonical order (not written by this
    /// project) is read whole and exported from memory. The files are the same bytes either way.
    /// </summary>
    public static Neo4jAdminExport ExportFile(string graphPath, string directory, string database = "neo4j")
    {
        ArgumentException.ThrowIfNullOrEmpty(graphPath);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        CheckDatabase(database);
        var layout = Layout.Scan(GraphJsonlReader.ReadRecords(graphPath));
        if (layout is null)
        {
            var graph = GraphJsonlReader.Read(graphPath);
            return Export(() => GraphRecord.Of(graph), directory, database);
        }

        return Write(layout, () => GraphJsonlReader.ReadRecords(graphPath), directory, database);
    }

    /// <summary>The files, by name, in the order they are listed in the command; no disk access.</summary>
    public static IReadOnlyList<(string Name, string Content)> Render(KnowledgeGraph graph, string database = "neo4j")
    {
        ArgumentNullException.ThrowIfNull(graph);
        CheckDatabase(database);
        var layout = Layout.Scan(GraphRecord.Of(graph))!;
        var files = new List<(string Name, StringWriter Writer)>();
        Write(layout, () => GraphRecord.Of(graph), database, name =>
        {
            var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            files.Add((name, writer));
            return writer;
        });
        return files.Select(f => (f.Name, f.Writer.ToString())).ToList();
    }

    /// <summary>Exports records that are in canonical order (an in-memory graph's always are).</summary>
    private static Neo4jAdminExport Export(Func<IEnumerable<GraphRecord>> records, string directory, string database)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        CheckDatabase(database);
        return Write(Layout.Scan(records())!, records, directory, database);
    }

    /// <summary>
    /// Writes every file under a temporary name and renames them all only when all are complete, so a failed run
    /// leaves an earlier export of the folder as it was.
    /// </summary>
    private static Neo4jAdminExport Write(Layout layout, Func<IEnumerable<GraphRecord>> records, string directory, string database)
    {
        Directory.CreateDirectory(directory);
        var files = new List<(AtomicFile File, StreamWriter Writer)>();
        try
        {
            var command = Write(layout, records, database, name =>
            {
                var file = AtomicFile.Create(Path.Combine(directory, name));
                var writer = new StreamWriter(file.Stream, ExportFiles.Utf8NoBom, bufferSize: 1 << 16) { NewLine = "\n" };
                files.Add((file, writer));
                return writer;
            });
            foreach (var (file, writer) in files)
            {
                writer.Flush();
                file.Commit();
            }

            return new Neo4jAdminExport(command, layout.NodeCount, layout.RelationshipCount);
        }
        finally
        {
            foreach (var (file, _) in files)
            {
                file.Dispose();
            }
        }
    }

    /// <summary>Writes the files through <paramref name="open"/> (called once per file, in command order) and returns the command.</summary>
    private static string Write(Layout layout, Func<IEnumerable<GraphRecord>> records, string database, Func<string, TextWriter> open)
    {
        var arguments = new List<string>();
        var nodeFiles = new Dictionary<NodeLabel, (TextWriter Writer, IReadOnlyList<PropertyColumn> Columns)>();
        foreach (var (label, columns) in layout.NodeColumns)
        {
            var name = $"nodes_{SchemaNames.Label(label)}.csv";
            var writer = open(name);
            var header = new StringBuilder();
            header.Append("key:ID(").Append(SchemaNames.Label(label)).Append(')');
            AppendHeader(header, columns);
            writer.Write(header);
            nodeFiles.Add(label, (writer, columns));
            arguments.Add($"--nodes={SchemaNames.Label(label)}={name}");
        }

        var relationshipFiles = new Dictionary<GraphRows.RelationshipGroup, (TextWriter Writer, IReadOnlyList<PropertyColumn> Columns)>();
        foreach (var (group, columns) in layout.RelationshipColumns)
        {
            var name = $"relationships_{group.Type}_{group.SourceLabel}_{group.TargetLabel}.csv";
            var writer = open(name);
            var header = new StringBuilder();
            header.Append(":START_ID(").Append(SchemaNames.Label(group.SourceLabel)).Append("),:END_ID(")
                .Append(SchemaNames.Label(group.TargetLabel)).Append(')');
            AppendHeader(header, columns);
            writer.Write(header);
            relationshipFiles.Add(group, (writer, columns));
            arguments.Add($"--relationships={SchemaNames.RelationshipType(group.Type)}={name}");
        }

        var multiline = false;
        var row = new StringBuilder();
        foreach (var record in records())
        {
            row.Clear();
            if (record.Node is { } node)
            {
                var (writer, columns) = nodeFiles[node.Label];
                AppendNode(row, node, columns, ref multiline);
                writer.Write(row);
            }
            else
            {
                var relationship = record.Relationship!;
                var (writer, columns) = relationshipFiles[new(relationship.Type, record.StartLabel, record.EndLabel)];
                AppendRelationship(row, relationship, columns, ref multiline);
                writer.Write(row);
            }
        }

        var options = new List<string> { "--overwrite-destination=true", $"--array-delimiter={ArrayDelimiterOption}" };
        if (multiline)
        {
            options.Add("--multiline-fields=true");
        }

        var command = $"neo4j-admin database import full {database} {string.Join(' ', options.Concat(arguments))}";
        open(SchemaFileName).Write(string.Join(";\n", CypherStatements.Schema(SchemaNames.TypesOf(layout.RelationshipTypes), relationshipConstraints: true)) + ";\n");
        open(CommandFileName).Write(command + "\n");
        open(ReadmeFileName).Write(Readme(layout.NodeCount, layout.RelationshipCount, database, command));
        return command;
    }

    private static void CheckDatabase(string database)
    {
        ArgumentException.ThrowIfNullOrEmpty(database);
        if (!database.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            throw new ArgumentException($"'{database}' is not a database name neo4j-admin accepts.", nameof(database));
        }
    }

    private static void AppendNode(StringBuilder sb, GraphNode node, IReadOnlyList<PropertyColumn> columns, ref bool multiline)
    {
        AppendField(sb, node.Key, ref multiline);
        foreach (var column in columns)
        {
            sb.Append(',');
            AppendValue(sb, node.Properties.TryGetValue(column.Name, out var v) ? v : null, column, ref multiline);
        }

        sb.Append('\n');
    }

    private static void AppendRelationship(StringBuilder sb, GraphRelationship relationship, IReadOnlyList<PropertyColumn> columns, ref bool multiline)
    {
        var props = EvidenceProperties.ToStoredProperties(relationship);
        AppendField(sb, relationship.Source, ref multiline);
        sb.Append(',');
        AppendField(sb, relationship.Target, ref multiline);
        foreach (var column in columns)
        {
            sb.Append(',');
            AppendValue(sb, props.TryGetValue(column.Name, out var v) ? v : null, column, ref multiline);
        }

        sb.Append('\n');
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

    private static string Readme(int nodeCount, int relationshipCount, string database, string command) => string.Create(
        CultureInfo.InvariantCulture,
        $"""
        YiwuGraph bulk import files: {nodeCount} nodes, {relationshipCount} relationships.

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

    /// <summary>What the first pass learns: the files, their columns, the counts; null when the records are out of canonical order.</summary>
    private sealed class Layout
    {
        public required IReadOnlyList<(NodeLabel Label, IReadOnlyList<PropertyColumn> Columns)> NodeColumns { get; init; }

        public required IReadOnlyList<(GraphRows.RelationshipGroup Group, IReadOnlyList<PropertyColumn> Columns)> RelationshipColumns { get; init; }

        public required IReadOnlyList<string> RelationshipTypes { get; init; }

        public required int NodeCount { get; init; }

        public required int RelationshipCount { get; init; }

        public static Layout? Scan(IEnumerable<GraphRecord> records)
        {
            var skipKey = new HashSet<string>(StringComparer.Ordinal) { "key" };
            var nodes = new Dictionary<NodeLabel, PropertyColumnSet>();
            var groups = new Dictionary<GraphRows.RelationshipGroup, PropertyColumnSet>();
            int nodeCount = 0, relationshipCount = 0;
            var ordered = CanonicalRecordOrder.Visit(
                records,
                node =>
                {
                    nodeCount++;
                    if (!nodes.TryGetValue(node.Label, out var columns))
                    {
                        nodes[node.Label] = columns = new PropertyColumnSet(skipKey);
                    }

                    columns.Add(node.Properties.Select(kv => new KeyValuePair<string, object?>(kv.Key, kv.Value)));
                },
                record =>
                {
                    relationshipCount++;
                    var relationship = record.Relationship!;
                    var group = new GraphRows.RelationshipGroup(relationship.Type, record.StartLabel, record.EndLabel);
                    if (!groups.TryGetValue(group, out var columns))
                    {
                        groups[group] = columns = new PropertyColumnSet();
                    }

                    columns.Add(EvidenceProperties.ToStoredProperties(relationship).Select(kv => new KeyValuePair<string, object?>(kv.Key, kv.Value)));
                });
            if (!ordered)
            {
                return null;
            }

            return new Layout
            {
                NodeColumns = NodeLabels.All.Where(nodes.ContainsKey).Select(l => (l, nodes[l].Columns())).ToList(),
                RelationshipColumns = groups
                    .OrderBy(g => g.Key, GraphRows.GroupOrder)
                    .Select(g => (g.Key, g.Value.Columns())).ToList(),
                RelationshipTypes = groups.Keys.Select(g => g.Type).Distinct(StringComparer.Ordinal).ToList(),
                NodeCount = nodeCount,
                RelationshipCount = relationshipCount,
            };
        }
    }
}

/// <summary>What a neo4j-admin export wrote: the import command and the counts it printed in README.txt.</summary>
public sealed record Neo4jAdminExport(string Command, int NodeCount, int RelationshipCount);
