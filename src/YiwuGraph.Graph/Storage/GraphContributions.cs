namespace YiwuGraph.Graph.Storage;

/// <summary>
/// Where an article stands in the corpus: the position of its file in the input listing (the order of the
/// arguments, ordinal path order inside each folder) and its position on the page. The same for an article whichever
/// machine or shard reads it, so contributions produced anywhere fold in the order a single build writes them.
/// </summary>
public readonly record struct ArticleOrder(int File, int Article) : IComparable<ArticleOrder>
{
    public int CompareTo(ArticleOrder other)
    {
        var c = File.CompareTo(other.File);
        return c != 0 ? c : Article.CompareTo(other.Article);
    }
}

/// <summary>What one article wrote about one node: its label and key, and its property writes.</summary>
public sealed record NodeContribution(NodeLabel Label, string Key, ArticleOrder Order, IReadOnlyList<PropertyWrite> Writes);

/// <summary>What one article wrote about one relationship: its identity, its property writes and its evidence.</summary>
public sealed record RelationshipContribution(
    string Type,
    string Source,
    string Target,
    string? Discriminator,
    ArticleOrder Order,
    IReadOnlyList<PropertyWrite> Writes,
    IReadOnlyList<Evidence> Evidence)
{
    public string Key { get; } = GraphRelationship.MakeKey(Type, Source, Target, Discriminator);
}

/// <summary>
/// The explicit fold behind a build. Each article's facts are written into a journaled graph of their own; its nodes
/// and relationships become contributions tagged with the article's <see cref="ArticleOrder"/>. The corpus graph is
/// the fold, per stable key and in article order, of every contribution to that key:
/// <list type="bullet">
/// <item>an assigned property takes the value of the last article that assigned it (cleared if that one cleared it);</item>
/// <item>a set-valued property (aliases, titles, roles, triggers, dates) is the sorted union of every article's items;</item>
/// <item>a confidence is the noisy-or of every sighting, in article order (it is rounded at every step, so order matters);</item>
/// <item>a kept extreme (an office's <c>since</c> and <c>until</c>, an event's death toll) is the least or greatest value any article wrote;</item>
/// <item>evidence is the union of every article's, ordered by article key and offsets.</item>
/// </list>
/// No key's fold reads another key, so contributions can be produced in any partition, sorted by (key, order)
/// anywhere, and folded into the same bytes as writing every article straight into one graph.
/// </summary>
public static class GraphContributions
{
    /// <summary>Canonical node order, as <see cref="KnowledgeGraph.Nodes"/>: label, key (ordinal), then article order.</summary>
    public static Comparison<NodeContribution> NodeOrder { get; } = (a, b) =>
    {
        var c = a.Label.CompareTo(b.Label);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.Key, b.Key);
        return c != 0 ? c : a.Order.CompareTo(b.Order);
    };

    /// <summary>Canonical relationship order, as <see cref="KnowledgeGraph.Relationships"/>: type, key (ordinal), then article order.</summary>
    public static Comparison<RelationshipContribution> RelationshipOrder { get; } = (a, b) =>
    {
        var c = string.CompareOrdinal(a.Type, b.Type);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.Key, b.Key);
        return c != 0 ? c : a.Order.CompareTo(b.Order);
    };

    /// <summary>The contributions of one article's journaled graph.</summary>
    public static (List<NodeContribution> Nodes, List<RelationshipContribution> Relationships) Of(KnowledgeGraph articleGraph, ArticleOrder order)
    {
        ArgumentNullException.ThrowIfNull(articleGraph);
        if (!articleGraph.IsJournaled)
        {
            throw new ArgumentException("Contributions are read from a journaled graph (KnowledgeGraph.Journaled()).", nameof(articleGraph));
        }

        var nodes = articleGraph.Nodes.Select(n => new NodeContribution(n.Label, n.Key, order, n.Properties.Writes.ToArray())).ToList();
        var relationships = articleGraph.Relationships
            .Select(r => new RelationshipContribution(r.Type, r.Source, r.Target, r.Discriminator, order, r.Properties.Writes.ToArray(), r.Evidence.ToArray()))
            .ToList();
        return (nodes, relationships);
    }

    /// <summary>Folds one node's contributions, given in article order.</summary>
    public static GraphNode FoldNode(IReadOnlyList<NodeContribution> contributions)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        var first = contributions[0];
        var node = new GraphNode(first.Key, first.Label);
        foreach (var c in contributions)
        {
            foreach (var write in c.Writes)
            {
                node.Properties.Apply(write);
            }
        }

        return node;
    }

    /// <summary>Folds one relationship's contributions, given in article order.</summary>
    public static GraphRelationship FoldRelationship(IReadOnlyList<RelationshipContribution> contributions)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        var first = contributions[0];
        var relationship = new GraphRelationship(first.Type, first.Source, first.Target, first.Discriminator);
        foreach (var c in contributions)
        {
            foreach (var write in c.Writes)
            {
                relationship.Properties.Apply(write);
            }

            foreach (var e in c.Evidence)
            {
                relationship.AddEvidence(e);
            }
        }

        return relationship;
    }

    /// <summary>
    /// Folds contributions into an in-memory graph, whatever their order: sorted here first. For small corpora and
    /// tests; <see cref="StreamingGraphJsonlWriter"/> does the same from sorted runs on disk.
    /// </summary>
    public static KnowledgeGraph Fold(IEnumerable<NodeContribution> nodes, IEnumerable<RelationshipContribution> relationships)
    {
        var graph = new KnowledgeGraph();
        var sortedNodes = nodes.ToList();
        sortedNodes.Sort(NodeOrder);
        foreach (var group in GroupByKey(sortedNodes, n => n.Key))
        {
            var folded = FoldNode(group);
            var node = graph.GetOrAddNode(folded.Key, folded.Label);
            foreach (var (k, v) in folded.Properties)
            {
                node.Properties.SetRaw(k, v);
            }
        }

        var sortedRelationships = relationships.ToList();
        sortedRelationships.Sort(RelationshipOrder);
        foreach (var group in GroupByKey(sortedRelationships, r => r.Key))
        {
            graph.AddRelationship(FoldRelationship(group));
        }

        return graph;
    }

    /// <summary>Consecutive runs of items with the same key, from a sequence sorted by key.</summary>
    public static IEnumerable<List<T>> GroupByKey<T>(IEnumerable<T> sorted, Func<T, string> key)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentNullException.ThrowIfNull(key);
        List<T>? group = null;
        string? current = null;
        foreach (var item in sorted)
        {
            var k = key(item);
            if (group is not null && string.Equals(k, current, StringComparison.Ordinal))
            {
                group.Add(item);
                continue;
            }

            if (group is not null)
            {
                yield return group;
            }

            group = [item];
            current = k;
        }

        if (group is not null)
        {
            yield return group;
        }
    }
}
