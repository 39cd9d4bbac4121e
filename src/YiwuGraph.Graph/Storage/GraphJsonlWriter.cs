using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using YiwuGraph.Core;

namespace YiwuGraph.Graph.Storage;

/// <summary>
/// Writes a graph as JSON lines in the format of APOC's <c>apoc.export.json</c>: one node per line, then one
/// relationship per line, ids assigned in canonical order, so the same graph always gives the same bytes.
/// </summary>
public static class GraphJsonlWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Keep Chinese readable in the file; the output is UTF-8 and never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    public static void Write(KnowledgeGraph graph, string path)
    {
        ArgumentNullException.ThrowIfNull(graph);

        // Written beside the target and renamed into place, so a failed run never leaves half a graph behind.
        AtomicFile.Write(path, stream => Write(graph, stream));
    }

    public static void Write(KnowledgeGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        using var line = new JsonLineBuffer();
        foreach (var node in graph.Nodes)
        {
            var id = ids.Count;
            ids.Add(node.Key, id);
            WriteNode(stream, line, id, node);
        }

        var relId = 0;
        foreach (var rel in graph.Relationships)
        {
            var source = graph.GetNode(rel.Source);
            var target = graph.GetNode(rel.Target);
            WriteRelationship(stream, line, relId++, rel, (ids[source.Key], source.Label), (ids[target.Key], target.Label));
        }

        stream.Flush();
    }

    /// <summary>
    /// Writes records that arrive in canonical order (a graph file this project wrote, streamed by
    /// <see cref="GraphJsonlReader.ReadRecords(string)"/>) without holding the graph: the same bytes as
    /// <see cref="Write(KnowledgeGraph, Stream)"/> writes for the graph they make. Node ids are kept in a
    /// <see cref="NodeIdIndex"/> (13 bytes a node); <paramref name="recordsAgain"/> is read only if two node keys
    /// share its hash. Returns false as soon as a record is out of canonical order: what was written by then is a
    /// partial file for the caller to discard.
    /// </summary>
    public static bool TryWriteCanonical(Stream stream, IEnumerable<GraphRecord> records, Func<IEnumerable<GraphRecord>> recordsAgain, out GraphCounts counts)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(recordsAgain);
        var order = new CanonicalRecordOrder();
        var index = new NodeIdIndex();
        using var line = new JsonLineBuffer();
        var byLabel = new SortedDictionary<NodeLabel, int>();
        var byType = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var relId = 0;
        var frozen = false;
        counts = new GraphCounts(new Dictionary<NodeLabel, int>(), new Dictionary<string, int>(StringComparer.Ordinal));
        foreach (var record in records)
        {
            if (!order.Accepts(record))
            {
                return false;
            }

            if (record.Node is { } node)
            {
                WriteNode(stream, line, index.Add(node.Key, node.Label), node);
                byLabel[node.Label] = byLabel.GetValueOrDefault(node.Label) + 1;
                continue;
            }

            if (!frozen)
            {
                index.Freeze(() => recordsAgain().TakeWhile(r => r.Node is not null).Select(r => r.Node!.Key));
                frozen = true;
            }

            var rel = record.Relationship!;
            var start = index.Find(rel.Source) ?? throw new InvalidOperationException($"Both ends of {rel.Key} must be nodes of the graph.");
            var end = index.Find(rel.Target) ?? throw new InvalidOperationException($"Both ends of {rel.Key} must be nodes of the graph.");
            WriteRelationship(stream, line, relId++, rel, start, end);
            byType[rel.Type] = byType.GetValueOrDefault(rel.Type) + 1;
        }

        stream.Flush();
        counts = new GraphCounts(
            byLabel.ToDictionary(kv => kv.Key, kv => kv.Value),
            byType.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal));
        return true;
    }

    public static string WriteToString(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        Write(graph, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes one node line with id <paramref name="id"/>; <paramref name="line"/> is scratch space reused across lines.</summary>
    internal static void WriteNode(Stream stream, JsonLineBuffer line, int id, GraphNode node)
    {
        var w = line.Begin();
        w.WriteString("type", "node");
        w.WriteString("id", id.ToString(CultureInfo.InvariantCulture));
        w.WriteStartArray("labels");
        w.WriteStringValue(node.Label.ToString());
        w.WriteEndArray();
        WriteProperties(w, node.Properties);
        line.End(stream);
    }

    /// <summary>Writes one relationship line with id <paramref name="id"/>, its ends given by node id and label.</summary>
    internal static void WriteRelationship(Stream stream, JsonLineBuffer line, int id, GraphRelationship rel, (int Id, NodeLabel Label) start, (int Id, NodeLabel Label) end)
    {
        var w = line.Begin();
        w.WriteString("type", "relationship");
        w.WriteString("id", id.ToString(CultureInfo.InvariantCulture));
        w.WriteString("label", rel.Type);
        WriteEnd(w, "start", start.Id, start.Label);
        WriteEnd(w, "end", end.Id, end.Label);
        WriteProperties(w, EvidenceProperties.ToStoredProperties(rel));
        line.End(stream);
    }

    /// <summary>
    /// One JSON object per line, written into a buffer that lives as long as the file: a new writer per line, over
    /// a stream, grew a new byte array for every line of a graph.
    /// </summary>
    internal sealed class JsonLineBuffer : IDisposable
    {
        private readonly ArrayBufferWriter<byte> bytes = new(4096);
        private readonly Utf8JsonWriter writer;

        public JsonLineBuffer() => writer = new Utf8JsonWriter(bytes, Options);

        /// <summary>Clears the buffer and opens the line's object.</summary>
        public Utf8JsonWriter Begin()
        {
            bytes.ResetWrittenCount();
            writer.Reset();
            writer.WriteStartObject();
            return writer;
        }

        /// <summary>Closes the line's object and copies the line, with its line break, to <paramref name="stream"/>.</summary>
        public void End(Stream stream)
        {
            writer.WriteEndObject();
            writer.Flush();
            stream.Write(bytes.WrittenSpan);
            stream.WriteByte((byte)'\n');
        }

        public void Dispose() => writer.Dispose();
    }

    private static void WriteEnd(Utf8JsonWriter w, string name, int id, NodeLabel label)
    {
        w.WriteStartObject(name);
        w.WriteString("id", id.ToString(CultureInfo.InvariantCulture));
        w.WriteStartArray("labels");
        w.WriteStringValue(label.ToString());
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter w, PropertyMap properties)
    {
        w.WriteStartObject("properties");
        foreach (var (key, value) in properties)
        {
            w.WritePropertyName(key);
            WriteValue(w, value);
        }

        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, object value)
    {
        switch (value)
        {
            case string s: w.WriteStringValue(s); break;
            case long l: w.WriteNumberValue(l); break;
            case double d: w.WriteRawValue(FormatDouble(d)); break;
            case bool b: w.WriteBooleanValue(b); break;
            case Array array:
                w.WriteStartArray();
                foreach (var item in array)
                {
                    WriteValue(w, item!);
                }

                w.WriteEndArray();
                break;
            default: throw new InvalidOperationException($"Unstorable property value of type {value.GetType().Name}.");
        }
    }

    /// <summary>Shortest round-trip form that always reads back as a double (keeps a '.' or exponent).</summary>
    internal static string FormatDouble(double d)
    {
        var s = d.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.', StringComparison.Ordinal) || s.Contains('E', StringComparison.Ordinal) ? s : s + ".0";
    }
}
