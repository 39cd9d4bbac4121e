using YiwuGraph.Graph;

namespace YiwuGraph.Reports.Tests;

public sealed class ExplorationTests
{
    private readonly KnowledgeGraph graph = FixtureGraph.Create();

    [Fact]
    public void Shortest_path_ignores_direction_and_every_hop_has_evidence()
    {
        var hops = GraphPaths.Shortest(graph, FixtureGraph.Ye, FixtureGraph.Government);

        Assert.NotNull(hops);
        Assert.Equal(2, hops.Count);
        Assert.Equal(FixtureGraph.Ye, hops[0].From.Key);
        Assert.Equal(FixtureGraph.Government, hops[^1].To.Key);
        for (var i = 1; i < hops.Count; i++)
        {
            Assert.Equal(hops[i - 1].To.Key, hops[i].From.Key);
        }

        Assert.All(hops, h => Assert.NotEmpty(h.Relationship.Evidence));
        Assert.All(hops, h => Assert.Equal(h.Forward ? h.Relationship.Source : h.Relationship.Target, h.From.Key));
    }

    [Fact]
    public void No_path_between_separate_components_and_an_empty_path_to_oneself()
    {
        Assert.Null(GraphPaths.Shortest(graph, FixtureGraph.Ye, "person:王伟#2"));
        Assert.Empty(GraphPaths.Shortest(graph, FixtureGraph.Ye, FixtureGraph.Ye)!);
    }

    [Fact]
    public void Neighbours_are_found_by_hops_nearest_first()
    {
        var one = Neighborhood.Walk(graph, FixtureGraph.Meeting, 1);
        var two = Neighborhood.Walk(graph, FixtureGraph.Meeting, 2);

        Assert.All(one, h => Assert.Equal(1, h.Hops));
        Assert.Contains(one, h => h.Node.Key == FixtureGraph.Yiwu);
        Assert.DoesNotContain(one, h => h.Node.Key == FixtureGraph.Government);
        Assert.Contains(two, h => h.Node.Key == FixtureGraph.Government && h.Hops == 2);
        Assert.Equal(two.Select(h => h.Hops).Order(), two.Select(h => h.Hops));
        Assert.Equal(3, Neighborhood.Walk(graph, FixtureGraph.Meeting, 2, limit: 3).Count);
    }

    [Fact]
    public void Analysis_ranks_and_counts_components()
    {
        var analysis = GraphAnalysis.Compute(graph);

        Assert.Equal(1.0, analysis.PageRank.Values.Sum(), 6);
        Assert.Equal(new[] { 10, 1 }, analysis.ComponentSizes);
        var top = analysis.TopByDegree(graph.NodesWithLabel(NodeLabel.Person), 1);
        Assert.Equal(FixtureGraph.Ye, Assert.Single(top).Key);
    }
}
