namespace YiwuGraph.Graph;

/// <summary>A node: its stable key, its label and its properties (which also hold <c>key</c> when written).</summary>
public sealed class GraphNode
{
    public GraphNode(string key, NodeLabel label, PropertyMap? properties = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        Key = key;
        Label = label;
        Properties = properties ?? new PropertyMap();
    }

    public string Key { get; }

    public NodeLabel Label { get; }

    public PropertyMap Properties { get; }

    /// <summary>The display name: <c>name</c>, else <c>title</c>, else the key.</summary>
    public string Name => Properties.GetString("name") ?? Properties.GetString("title") ?? Key;

    public override string ToString() => $"({Label} {Key})";
}
