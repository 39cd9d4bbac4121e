using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Graph;
using YiwuGraph.Graph.Storage;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>Properties every built graph has, checked on all five seed pages.</summary>
public sealed class GraphInvariantTests
{
    private static readonly string[] AllSeeds = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_relationship_has_existing_ends_a_confidence_and_evidence_pointing_at_its_snippet()
    {
        var graph = new CorpusGraphBuilder().Build(AllSeeds, cancellationToken: TestContext.Current.CancellationToken).Graph;
        var texts = AllSeeds.ToDictionary(p => Path.GetFileName(p), p => YiwuGraph.Ingestion.SourceReader.Read(p, Path.GetFileName(p)).Text, StringComparer.Ordinal);
        Assert.True(graph.RelationshipCount > 100);
        foreach (var r in graph.Relationships)
        {
            Assert.True(graph.TryGetNode(r.Source, out _), r.Key);
            Assert.True(graph.TryGetNode(r.Target, out _), r.Key);
            Assert.InRange(r.Confidence, 0.0, 1.0);
            Assert.NotEmpty(r.Evidence);
            foreach (var e in r.Evidence)
            {
                Assert.True(graph.TryGetNode(e.ArticleKey, out _), r.Key);
                Assert.NotEmpty(e.Snippet);
                var source = texts[e.Source];
                Assert.InRange(e.Start, 0, e.End);
                Assert.InRange(e.End, e.Start, source.Length);
                Assert.True(source[e.Start..e.End] == e.Snippet, $"{r.Key}: '{e.Snippet}' is not the source text of [{e.Start},{e.End})");
            }
        }
    }

    [Fact]
    public void Node_properties_are_neo4j_storable_and_keys_have_their_label_prefix()
    {
        var graph = new CorpusGraphBuilder().Build(AllSeeds, cancellationToken: TestContext.Current.CancellationToken).Graph;
        foreach (var n in graph.Nodes)
        {
            Assert.StartsWith(n.Label.KeyPrefix() + ":", n.Key, StringComparison.Ordinal);
            Assert.All(n.Properties, kv => Assert.True(PropertyMap.IsStorable(kv.Value), $"{n.Key}.{kv.Key}"));
        }

        // The rules' types, or a coarse type of the event schema whose fine type maps to it.
        var ruleTypes = new[] { "meeting", "launch", "signing", "inauguration", "visit_inspection", "exhibition", "release", "recruitment", "award", "ceremony", "other" };
        Assert.All(graph.NodesWithLabel(NodeLabel.Event), e =>
        {
            var type = e.Properties.GetString("type");
            if (e.Properties.GetString("fineType") is { } fine)
            {
                Assert.Equal(YiwuGraph.Extraction.Events.EventTypeSchema.Default.CoarseOf(fine), type);
            }
            else
            {
                Assert.Contains(type, ruleTypes);
            }
        });
    }

    [Fact]
    public void The_same_input_gives_a_byte_identical_graph()
    {
        var first = GraphJsonlWriter.WriteToString(new CorpusGraphBuilder().Build(AllSeeds, cancellationToken: TestContext.Current.CancellationToken).Graph);
        var second = GraphJsonlWriter.WriteToString(new CorpusGraphBuilder().Build(AllSeeds, cancellationToken: TestContext.Current.CancellationToken).Graph);
        Assert.Equal(first, second);
    }
}
