using System.Text;
using YiwuGraph.Graph.Storage;

namespace YiwuGraph.Graph.Tests.Storage;

public sealed class GraphRecordTests
{
    [Fact]
    public void Records_of_a_file_are_its_lines_with_the_labels_of_relationship_ends()
    {
        var graph = RandomGraph(new Random(3), nodes: 6, relationships: 5);
        var text = GraphJsonlWriter.WriteToString(graph);

        var records = GraphJsonlReader.ReadRecords(new MemoryStream(Encoding.UTF8.GetBytes(text)), "mem").ToList();

        Assert.Equal(graph.NodeCount + graph.RelationshipCount, records.Count);
        Assert.Equal(Enumerable.Range(1, records.Count), records.Select(r => r.LineNumber));
        Assert.Equal(graph.Nodes.Select(n => n.Key), records.Where(r => r.Node is not null).Select(r => r.Node!.Key));
        foreach (var record in records.Where(r => r.Relationship is not null))
        {
            Assert.Equal(graph.GetNode(record.Relationship!.Source).Label, record.StartLabel);
            Assert.Equal(graph.GetNode(record.Relationship.Target).Label, record.EndLabel);
        }
    }

    [Fact]
    public void The_records_of_a_graph_are_in_canonical_order()
    {
        var order = new CanonicalRecordOrder();
        Assert.All(GraphRecord.Of(RandomGraph(new Random(5), nodes: 30, relationships: 40)), r => Assert.True(order.Accepts(r)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Any_other_order_is_refused(int seed)
    {
        var random = new Random(seed);
        var canonical = GraphRecord.Of(RandomGraph(random, nodes: 12, relationships: 10)).ToList();
        var shuffled = canonical.OrderBy(_ => random.Next()).ToList();

        var order = new CanonicalRecordOrder();
        var accepted = shuffled.TakeWhile(r => order.Accepts(r)).Count();

        var same = shuffled.Select(Identity).SequenceEqual(canonical.Select(Identity));
        Assert.Equal(same, accepted == shuffled.Count);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Visit_hands_over_every_record_in_canonical_order_and_stops_at_the_first_out_of_order(int seed)
    {
        var random = new Random(seed);
        var canonical = GraphRecord.Of(RandomGraph(random, nodes: 10, relationships: 8)).ToList();
        var nodes = new List<string>();
        var relationships = new List<string>();

        Assert.True(CanonicalRecordOrder.Visit(canonical, n => nodes.Add(n.Key), r => relationships.Add(r.Relationship!.Key)));
        Assert.Equal(canonical.Where(r => r.Node is not null).Select(r => r.Node!.Key), nodes);
        Assert.Equal(canonical.Where(r => r.Relationship is not null).Select(r => r.Relationship!.Key), relationships);

        // The first node again after the relationships: everything before it is handed over, nothing after.
        var visited = 0;
        Assert.False(CanonicalRecordOrder.Visit([.. canonical, canonical[0], canonical[^1]], _ => visited++, _ => visited++));
        Assert.Equal(canonical.Count, visited);
    }

    [Fact]
    public void A_node_after_a_relationship_and_a_repeated_key_are_refused()
    {
        var records = GraphRecord.Of(RandomGraph(new Random(9), nodes: 4, relationships: 2)).ToList();
        var node = records.First(r => r.Node is not null);
        var relationship = records.First(r => r.Relationship is not null);

        var order = new CanonicalRecordOrder();
        Assert.True(order.Accepts(node));
        Assert.False(order.Accepts(node));

        order = new CanonicalRecordOrder();
        Assert.True(order.Accepts(relationship));
        Assert.False(order.Accepts(node));

        // The same key under a later label would pass the label order alone.
        order = new CanonicalRecordOrder();
        Assert.True(order.Accepts(new GraphRecord(1, new GraphNode("k", NodeLabel.Person), null, default, default)));
        Assert.False(order.Accepts(new GraphRecord(2, new GraphNode("k", NodeLabel.Place), null, default, default)));
    }

    [Theory]
    [InlineData(1, 0, 0)]
    [InlineData(2, 8, 0)]
    [InlineData(3, 40, 60)]
    [InlineData(4, 300, 500)]
    public void Records_streamed_in_canonical_order_are_written_as_the_graph_writer_writes_the_graph(int seed, int nodes, int relationships)
    {
        var graph = RandomGraph(new Random(seed), nodes, relationships);
        var bytes = Encoding.UTF8.GetBytes(GraphJsonlWriter.WriteToString(graph));
        var read = () => GraphJsonlReader.ReadRecords(new MemoryStream(bytes), "mem");
        using var stream = new MemoryStream();

        Assert.True(GraphJsonlWriter.TryWriteCanonical(stream, read(), read, out var counts));

        Assert.Equal(bytes, stream.ToArray());
        Assert.Equal((graph.NodeCount, graph.RelationshipCount), (counts.Nodes, counts.Relationships));
    }

    [Fact]
    public void Writing_records_out_of_canonical_order_stops_and_says_so()
    {
        var graph = RandomGraph(new Random(6), nodes: 20, relationships: 10);
        var records = GraphRecord.Of(graph).ToList();
        (records[0], records[1]) = (records[1], records[0]);
        using var stream = new MemoryStream();

        Assert.False(GraphJsonlWriter.TryWriteCanonical(stream, records, () => records, out _));
    }

    private static string Identity(GraphRecord record) => record.Node?.Key ?? record.Relationship!.Key;

    private static KnowledgeGraph RandomGraph(Random random, int nodes, int relationships)
    {
        var graph = new KnowledgeGraph();
        var keys = new List<string>();
        for (var i = 0; i < nodes; i++)
        {
            var label = NodeLabels.All[random.Next(NodeLabels.All.Count)];
            var key = $"{label.KeyPrefix()}:{random.Next(1000)}";
            if (!graph.TryGetNode(key, out _))
            {
                graph.GetOrAddNode(key, label).Properties.Set("name", key);
                keys.Add(key);
            }
        }

        string[] types = [RelationshipTypes.Wrote, RelationshipTypes.HoldsPosition, RelationshipTypes.Mentions];
        for (var i = 0; i < relationships; i++)
        {
            var relationship = graph.GetOrAddRelationship(types[random.Next(types.Length)], keys[random.Next(keys.Count)], keys[random.Next(keys.Count)]);
            relationship.AddEvidence(new Evidence("article:p.txt#0", "p.txt", i, i + 1, "义"));
        }

        return graph;
    }
}
