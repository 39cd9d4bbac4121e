using System.Text.Json;

namespace YiwuGraph.Graph.Storage;

/// <summary>What <see cref="GraphJsonlReader"/> carries from line to line: node keys by id, shared strings, scratch lists.</summary>
internal sealed class JsonLineState
{
    private readonly Dictionary<string, NodeEnd> nodesById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NodeEnd>.AlternateLookup<ReadOnlySpan<char>> nodesByIdSpan;
    private char[] idChars = new char[32];

    public JsonLineState() => nodesByIdSpan = nodesById.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Node keys and labels by the id their line gave them, for the relationship lines that refer to them.</summary>
    public Dictionary<string, NodeEnd> NodesById => nodesById;

    public SharedStrings Strings { get; } = new();

    /// <summary>The current line's properties in the order read; a later duplicate name wins, as in a map.</summary>
    public List<KeyValuePair<string, object>> Properties { get; } = [];

    /// <summary>Scratch list for the items of one array value.</summary>
    public List<object> ArrayItems { get; } = [];

    /// <summary>The evidence of the relationship being read (reused from line to line).</summary>
    public List<Evidence> Evidence { get; } = [];

    /// <summary>String properties whose values repeat across many lines, so they are shared rather than copied.</summary>
    public bool IsSharedValue(string propertyName) => propertyName
        is EvidenceProperties.EvidenceArticles or EvidenceProperties.Articles or EvidenceProperties.EvidenceSources
        or "source" or "type" or "level" or "role" or "title" or "dateline" or "date";

    /// <summary>The node with the id under the reader (a string or a number), without allocating the id.</summary>
    public NodeEnd NodeOfId(ref Utf8JsonReader reader, string end)
    {
        ReadOnlySpan<char> id;
        if (reader.TokenType == JsonTokenType.String)
        {
            EnsureIdCapacity(reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length);
            id = idChars.AsSpan(0, reader.CopyString(idChars));
        }
        else if (reader.TokenType == JsonTokenType.Number)
        {
            var raw = reader.ValueSpan;
            EnsureIdCapacity(raw.Length);
            id = idChars.AsSpan(0, System.Text.Encoding.UTF8.GetChars(raw, idChars));
        }
        else
        {
            throw new FormatException("'id' must be a string or a number");
        }

        return nodesByIdSpan.TryGetValue(id, out var node)
            ? node
            : throw new FormatException($"relationship {end} refers to node id '{id}', which no earlier line defines");
    }

    private void EnsureIdCapacity(int length)
    {
        if (idChars.Length < length)
        {
            idChars = new char[length];
        }
    }
}

/// <summary>A node as a relationship line refers to it: its key and label.</summary>
internal readonly record struct NodeEnd(string Key, NodeLabel Label);
