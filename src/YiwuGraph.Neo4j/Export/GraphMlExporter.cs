using System.Text;
using System.Text.Json;
using System.Xml;
using YiwuGraph.Graph;
using YiwuGraph.Graph.Storage;

namespace YiwuGraph.Neo4j.Export;

/// <summary>
/// GraphML for Gephi and yEd: nodes with their key as id, <c>labels</c> (<c>:Person</c>, as APOC writes it),
/// <c>label</c> (the display name, which Gephi shows) and every property; edges with their key as id, <c>label</c>
/// (the type) and every stored property. GraphML has no lists, so arrays are written as JSON arrays in strings.
/// </summary>
public static class GraphMlExporter
{
    private const string GraphMlNamespace = "http://graphml.graphdrawing.org/xmlns";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Export(KnowledgeGraph graph, string path)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var layout = Layout.Scan(GraphRecord.Of(graph))!;
        ExportFiles.WriteAtomically(path, stream => Write(layout, () => GraphRecord.Of(graph), stream));
    }

    /// <summary>
    /// Exports a graph file without holding the graph: a first pass learns the columns (every property name and its
    /// type), a second writes each node and edge as it is read. A file out of the canonical order (not written by
    /// this project) is read whole; the same bytes either way. Returns the graph's counts.
    /// </summary>
    public static (int NodeCount, int RelationshipCount) ExportFile(string graphPath, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(graphPath);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var layout = Layout.Scan(GraphJsonlReader.ReadRecords(graphPath));
        if (layout is null)
        {
            var graph = GraphJsonlReader.Read(graphPath);
            Export(graph, path);
            return (graph.NodeCount, graph.RelationshipCount);
        }

        ExportFiles.WriteAtomically(path, stream => Write(layout, () => GraphJsonlReader.ReadRecords(graphPath), stream));
        return (layout.NodeCount, layout.RelationshipCount);
    }

    public static string WriteToString(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        Write(graph, stream);
        return ExportFiles.Utf8NoBom.GetString(stream.ToArray());
    }

    public static void Write(KnowledgeGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        Write(Layout.Scan(GraphRecord.Of(graph))!, () => GraphRecord.Of(graph), stream);
    }

    private static void Write(Layout layout, Func<IEnumerable<GraphRecord>> records, Stream stream)
    {
        var (nodeColumns, edgeColumns) = (layout.NodeColumns, layout.EdgeColumns);
        var settings = new XmlWriterSettings
        {
            Encoding = ExportFiles.Utf8NoBom,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
        };
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("graphml", GraphMlNamespace);
            w.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
            w.WriteAttributeString("schemaLocation", XsiNamespace, GraphMlNamespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            WriteKey(w, "labels", "node", "labels", "string");
            WriteKey(w, "label", "node", "label", "string");
            foreach (var c in nodeColumns)
            {
                WriteKey(w, "n_" + c.Name, "node", c.Name, AttrType(c.Type));
            }

            WriteKey(w, "type", "edge", "label", "string");
            foreach (var c in edgeColumns)
            {
                WriteKey(w, "e_" + c.Name, "edge", c.Name, AttrType(c.Type));
            }

            w.WriteStartElement("graph", GraphMlNamespace);
            w.WriteAttributeString("id", "G");
            w.WriteAttributeString("edgedefault", "directed");
            foreach (var record in records())
            {
                if (record.Node is { } node)
                {
                    w.WriteStartElement("node", GraphMlNamespace);
                    w.WriteAttributeString("id", Clean(node.Key));
                    WriteData(w, "labels", ":" + node.Label);
                    WriteData(w, "label", node.Name);
                    foreach (var c in nodeColumns)
                    {
                        if (node.Properties.TryGetValue(c.Name, out var v))
                        {
                            WriteData(w, "n_" + c.Name, Text(v, c));
                        }
                    }

                    w.WriteEndElement();
                    continue;
                }

                var relationship = record.Relationship!;
                var properties = EvidenceProperties.ToStoredProperties(relationship);
                w.WriteStartElement("edge", GraphMlNamespace);
                w.WriteAttributeString("id", Clean(relationship.Key));
                w.WriteAttributeString("source", Clean(relationship.Source));
                w.WriteAttributeString("target", Clean(relationship.Target));
                WriteData(w, "type", relationship.Type);
                foreach (var c in edgeColumns)
                {
                    if (properties.TryGetValue(c.Name, out var v))
                    {
                        WriteData(w, "e_" + c.Name, Text(v, c));
                    }
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void WriteKey(XmlWriter w, string id, string domain, string name, string type)
    {
        w.WriteStartElement("key", GraphMlNamespace);
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("for", domain);
        w.WriteAttributeString("attr.name", name);
        w.WriteAttributeString("attr.type", type);
        w.WriteEndElement();
    }

    private static void WriteData(XmlWriter w, string key, string value)
    {
        w.WriteStartElement("data", GraphMlNamespace);
        w.WriteAttributeString("key", key);
        w.WriteString(Clean(value));
        w.WriteEndElement();
    }

    private static string AttrType(ColumnType type) => type switch
    {
        ColumnType.Long => "long",
        ColumnType.Double => "double",
        ColumnType.Boolean => "boolean",
        _ => "string",
    };

    private static string Text(object value, PropertyColumn column)
    {
        if (value is not Array array)
        {
            return PropertyColumn.Scalar(value, column.Type);
        }

        var sb = new StringBuilder();
        using (var stream = new MemoryStream())
        {
            using (var json = new Utf8JsonWriter(stream, Client.ParameterJson.WriterOptions))
            {
                Client.ParameterJson.WriteValue(json, array);
            }

            sb.Append(ExportFiles.Utf8NoBom.GetString(stream.ToArray()));
        }

        return sb.ToString();
    }

    /// <summary>XML 1.0 cannot hold most control characters; they become U+FFFD.</summary>
    private static string Clean(string s)
    {
        if (s.All(XmlConvert.IsXmlChar))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(s[i]).Append(s[i + 1]);
                i++;
            }
            else
            {
                sb.Append(XmlConvert.IsXmlChar(s[i]) ? s[i] : '\uFFFD');
            }
        }

        return sb.ToString();
    }

    /// <summary>What the first pass learns: the node and edge columns and the counts; null when the records are out of canonical order.</summary>
    private sealed class Layout
    {
        public required IReadOnlyList<PropertyColumn> NodeColumns { get; init; }

        public required IReadOnlyList<PropertyColumn> EdgeColumns { get; init; }

        public required int NodeCount { get; init; }

        public required int RelationshipCount { get; init; }

        public static Layout? Scan(IEnumerable<GraphRecord> records)
        {
            var nodeColumns = new PropertyColumnSet();
            var edgeColumns = new PropertyColumnSet();
            int nodeCount = 0, relationshipCount = 0;
            var ordered = CanonicalRecordOrder.Visit(
                records,
                node =>
                {
                    nodeCount++;
                    nodeColumns.Add(node.Properties.Select(kv => new KeyValuePair<string, object?>(kv.Key, kv.Value)));
                },
                record =>
                {
                    relationshipCount++;
                    edgeColumns.Add(EvidenceProperties.ToStoredProperties(record.Relationship!).Select(kv => new KeyValuePair<string, object?>(kv.Key, kv.Value)));
                });
            if (!ordered)
            {
                return null;
            }

            return new Layout { NodeColumns = nodeColumns.Columns(), EdgeColumns = edgeColumns.Columns(), NodeCount = nodeCount, RelationshipCount = relationshipCount };
        }
    }
}
