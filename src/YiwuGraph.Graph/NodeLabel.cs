namespace YiwuGraph.Graph;

/// <summary>The five node labels of the YiwuGraph schema. The enum order is the order nodes are written in.</summary>
public enum NodeLabel
{
    Article,
    Person,
    Organization,
    Place,
    Event,
}

public static class NodeLabels
{
    private static readonly Dictionary<string, NodeLabel> ByName = Enum.GetValues<NodeLabel>()
        .ToDictionary(l => l.ToString(), StringComparer.Ordinal);

    public static IReadOnlyList<NodeLabel> All { get; } = Enum.GetValues<NodeLabel>();

    public static bool TryParse(string name, out NodeLabel label) => ByName.TryGetValue(name, out label);

    /// <summary>The lower-case prefix of keys of this label, e.g. <c>person:叶帮锐</c>.</summary>
    public static string KeyPrefix(this NodeLabel label) => label switch
    {
        NodeLabel.Article => "article",
        NodeLabel.Person => "person",
        NodeLabel.Organization => "org",
        NodeLabel.Place => "place",
        NodeLabel.Event => "event",
        _ => throw new ArgumentOutOfRangeException(nameof(label)),
    };
}
