using System.Text;
using System.Text.Json;
using YiwuGraph.Core;

namespace YiwuGraph.Graph.Storage;

/// <summary>
/// Reads the JSON lines written by <see cref="GraphJsonlWriter"/> (and APOC exports of YiwuGraph graphs).
/// Any malformed line is a <see cref="DataFormatException"/> naming the file and line.
/// </summary>
public static class GraphJsonlReader
{
    public static KnowledgeGraph Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputFileException(path, "graph file not found (run 'yiwugraph build' first)");
        }

        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    public static KnowledgeGraph Read(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var graph = new KnowledgeGraph();
        var keysById = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                var type = RequiredString(root, "type");
                switch (type)
                {
                    case "node": ReadNode(graph, root, keysById); break;
                    case "relationship": ReadRelationship(graph, root, keysById); break;
                    default: throw new FormatException($"unknown line type '{type}'");
                }
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or ArgumentException or KeyNotFoundException)
            {
                throw new DataFormatException(sourceName, lineNumber, ex.Message);
            }
        }

        return graph;
    }

    private static void ReadNode(KnowledgeGraph graph, JsonElement root, Dictionary<string, string> keysById)
    {
        var id = RequiredId(root);
        var labels = root.GetProperty("labels");
        if (labels.ValueKind != JsonValueKind.Array || labels.GetArrayLength() != 1
            || !NodeLabels.TryParse(labels[0].GetString() ?? string.Empty, out var label))
        {
            throw new FormatException("a node needs exactly one label of Article, Person, Organization, Place or Event");
        }

        var properties = ReadProperties(root);
        var key = properties.GetString("key") ?? throw new FormatException("node has no 'key' property");
        if (graph.TryGetNode(key, out _))
        {
            throw new FormatException($"duplicate node key '{key}'");
        }

        if (!keysById.TryAdd(id, key))
        {
            throw new FormatException($"duplicate node id '{id}'");
        }

        var node = graph.GetOrAddNode(key, label);
        foreach (var (k, v) in properties)
        {
            node.Properties.SetRaw(k, v);
        }
    }

    private static void ReadRelationship(KnowledgeGraph graph, JsonElement root, Dictionary<string, string> keysById)
    {
        var type = RequiredString(root, "label");
        var start = EndKey(root, "start", keysById);
        var end = EndKey(root, "end", keysById);
        var stored = ReadProperties(root);
        var key = stored.GetString("key") ?? GraphRelationship.MakeKey(type, start, end, null);
        var prefix = GraphRelationship.MakeKey(type, start, end, null);
        string? discriminator = null;
        if (key.Length > prefix.Length)
        {
            if (!key.StartsWith(prefix + "|", StringComparison.Ordinal))
            {
                throw new FormatException($"relationship key '{key}' does not match its type and ends");
            }

            discriminator = key[(prefix.Length + 1)..];
        }
        else if (key != prefix)
        {
            throw new FormatException($"relationship key '{key}' does not match its type and ends");
        }

        if (graph.TryGetRelationship(key, out _))
        {
            throw new FormatException($"duplicate relationship key '{key}'");
        }

        var plain = new PropertyMap();
        var evidence = new List<Evidence>();
        if (!EvidenceProperties.TrySplit(stored, plain, evidence))
        {
            throw new FormatException("evidence arrays differ in length or hold invalid offsets");
        }

        var relationship = new GraphRelationship(type, start, end, discriminator, plain);
        foreach (var e in evidence)
        {
            relationship.AddEvidence(e);
        }

        graph.AddRelationship(relationship);
    }

    private static string EndKey(JsonElement root, string name, Dictionary<string, string> keysById)
    {
        var id = RequiredId(root.GetProperty(name));
        return keysById.TryGetValue(id, out var key)
            ? key
            : throw new FormatException($"relationship {name} refers to node id '{id}', which no earlier line defines");
    }

    private static string RequiredId(JsonElement element)
    {
        var id = element.GetProperty("id");
        return id.ValueKind switch
        {
            JsonValueKind.String => id.GetString()!,
            JsonValueKind.Number => id.GetRawText(),
            _ => throw new FormatException("'id' must be a string or a number"),
        };
    }

    private static string RequiredString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"missing string '{name}'");

    private static PropertyMap ReadProperties(JsonElement root)
    {
        var map = new PropertyMap();
        if (!root.TryGetProperty("properties", out var properties))
        {
            return map;
        }

        if (properties.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("'properties' must be an object");
        }

        foreach (var property in properties.EnumerateObject())
        {
            map.SetRaw(property.Name, ReadValue(property.Value, property.Name));
        }

        return map;
    }

    private static object ReadValue(JsonElement value, string name)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String: return value.GetString()!;
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            case JsonValueKind.Number: return ReadNumber(value);
            case JsonValueKind.Array:
                var items = value.EnumerateArray().Select(v => ReadValue(v, name)).ToList();
                if (items.Count == 0)
                {
                    return Array.Empty<string>();
                }

                if (items.Any(i => i is Array))
                {
                    throw new FormatException($"property '{name}' nests arrays, which Neo4j cannot store");
                }

                return items[0] switch
                {
                    string => items.Select(i => i as string ?? throw Mixed(name)).ToArray(),
                    bool => items.Select(i => i is bool b ? b : throw Mixed(name)).ToArray(),
                    long when items.All(i => i is long) => items.Cast<long>().ToArray(),
                    long or double => items.Select(i => i switch
                    {
                        double d => d,
                        long l => (double)l,
                        _ => throw Mixed(name),
                    }).ToArray(),
                    _ => throw Mixed(name),
                };
            default:
                throw new FormatException($"property '{name}' has a JSON {value.ValueKind}, which Neo4j cannot store");
        }
    }

    private static object ReadNumber(JsonElement value)
    {
        var raw = value.GetRawText();
        if (raw.AsSpan().IndexOfAny(".eE") < 0 && value.TryGetInt64(out var l))
        {
            return l;
        }

        return value.GetDouble();
    }

    private static FormatException Mixed(string name) => new($"array property '{name}' mixes types");
}
