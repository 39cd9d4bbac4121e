using YiwuGraph.Graph;

namespace YiwuGraph.Reports.Tests;

public sealed class NeighborhoodPictureTests
{
    [Fact]
    public void Layout_is_repeatable_and_stays_on_the_canvas()
    {
        var graph = FixtureGraph.Create();
        var first = NeighborhoodPicture.Create(graph, graph.GetNode(FixtureGraph.Ye));
        var second = NeighborhoodPicture.Create(FixtureGraph.Create(), graph.GetNode(FixtureGraph.Ye));

        Assert.Equal(first.Nodes.Select(n => (n.Node.Key, n.X, n.Y)), second.Nodes.Select(n => (n.Node.Key, n.X, n.Y)));
        Assert.All(first.Nodes, n => Assert.InRange(n.X, 0, first.Width));
        Assert.All(first.Nodes, n => Assert.InRange(n.Y, 0, first.Height));
        Assert.Single(first.Nodes, n => n.IsCentre);
        Assert.Equal(first.Nodes.Count, first.Nodes.Select(n => (n.X, n.Y)).Distinct().Count());
    }

    [Fact]
    public void Entities_come_before_articles_and_the_picture_is_capped()
    {
        var graph = new KnowledgeGraph();
        var hub = graph.GetOrAddNode("place:hub", NodeLabel.Place);
        for (var i = 0; i < 60; i++)
        {
            var article = graph.GetOrAddNode($"article:{i:D2}", NodeLabel.Article);
            var person = graph.GetOrAddNode($"person:{i:D2}", NodeLabel.Person);
            graph.GetOrAddRelationship(RelationshipTypes.Mentions, article.Key, hub.Key);
            if (i < 5)
            {
                graph.GetOrAddRelationship(RelationshipTypes.LocatedIn, person.Key, hub.Key);
            }
        }

        var picture = NeighborhoodPicture.Create(graph, hub);

        Assert.Equal(NeighborhoodPicture.MaxNodes, picture.Nodes.Count);
        Assert.Equal(5, picture.Nodes.Count(n => n.Node.Label == NodeLabel.Person));
        Assert.Equal(picture.Nodes.Count - 1, picture.Edges.Count);
    }

    [Fact]
    public void A_lonely_entity_is_drawn_in_the_middle()
    {
        var graph = new KnowledgeGraph();
        var lonely = graph.GetOrAddNode("person:一", NodeLabel.Person);

        var node = Assert.Single(NeighborhoodPicture.Create(graph, lonely).Nodes);

        Assert.Equal((320, 210), (node.X, node.Y));
    }
}
