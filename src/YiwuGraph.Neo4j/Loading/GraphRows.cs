using YiwuGraph.Graph;

namespace YiwuGraph.Neo4j.Loading;

/// <summary>Rows for <c>UNWIND</c>: plain maps of parameter values, in the graph's canonical order.</summary>
public static class GraphRows
{
    /// <summary><c>{key, props}</c>.</summary>
    public static IReadOnlyDictionary<string, object?> Node(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["key"] = node.Key,
            ["props"] = node.Properties,
        };
    }

    /// <summary>
    /// <c>{key, source, target, props}</c>, where <c>props</c> are the stored properties with every evidence array
    /// present (null when the relationship has no evidence), so <c>SET r += row.props</c> clears stale ones.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Relationship(GraphRelationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["key"] = relationship.Key,
            ["source"] = relationship.Source,
            ["target"] = relationship.Target,
            ["props"] = RelationshipProperties(relationship),
        };
    }

    public static SortedDictionary<string, object?> RelationshipProperties(GraphRelationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var props = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var name in EvidenceProperties.Names)
        {
            props[name] = null;
        }

        foreach (var (k, v) in EvidenceProperties.ToStoredProperties(relationship))
        {
            props[k] = v;
        }

        return props;
    }

    /// <summary>A relationship group: one type between one pair of labels (one Cypher text, many rows).</summary>
    public readonly record struct RelationshipGroup(string Type, NodeLabel SourceLabel, NodeLabel TargetLabel);

    /// <summary>The canonical order of groups: by type (ordinal), then source label, then target label.</summary>
    public static IComparer<RelationshipGroup> GroupOrder { get; } = Comparer<RelationshipGroup>.Create((x, y) =>
    {
        var byType = string.CompareOrdinal(x.Type, y.Type);
        return byType != 0 ? byType : x.SourceLabel != y.SourceLabel ? x.SourceLabel.CompareTo(y.SourceLabel) : x.TargetLabel.CompareTo(y.TargetLabel);
    });

    /// <summary>Relationships grouped by type and end labels, groups and members in canonical order.</summary>
    public static IReadOnlyList<(RelationshipGroup Group, IReadOnlyList<GraphRelationship> Members)> GroupRelationships(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return graph.Relationships
            .GroupBy(r => new RelationshipGroup(r.Type, graph.GetNode(r.Source).Label, graph.GetNode(r.Target).Label))
            .OrderBy(g => g.Key, GroupOrder)
            .Select(g => (g.Key, (IReadOnlyList<GraphRelationship>)g.ToList()))
            .ToList();
    }

    /// <summary>
    /// The source files this graph was read from: the <c>source</c> of its articles and of its evidence,
    /// ordinal order. Loading replaces exactly these files' facts.
    /// </summary>
    public static IReadOnlyList<string> Sources(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var article in graph.NodesWithLabel(NodeLabel.Article))
        {
            if (article.Properties.GetString("source") is { Length: > 0 } s)
            {
                set.Add(s);
            }
        }

        foreach (var r in graph.Relationships)
        {
            foreach (var e in r.Evidence)
            {
                set.Add(e.Source);
            }
        }

        return set.ToList();
    }

    /// <summary>Splits a list into consecutive batches of at most <paramref name="size"/>.</summary>
    public static IEnumerable<IReadOnlyList<T>> Batches<T>(IReadOnlyList<T> items, int size)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        for (var i = 0; i < items.Count; i += size)
        {
            var n = Math.Min(size, items.Count - i);
            var batch = new T[n];
            for (var j = 0; j < n; j++)
            {
                batch[j] = items[i + j];
            }

            yield return batch;
        }
    }
}
