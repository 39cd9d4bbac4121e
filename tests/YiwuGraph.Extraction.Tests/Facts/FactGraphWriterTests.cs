using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Graph;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>
/// How the graph writer keys Place nodes: by name, and by name and gazetteer code where the name is shared; and a bare
/// body or site (工会, 博物馆) by name and article.
/// </summary>
public sealed class FactGraphWriterTests
{
    private const string Text = "朝阳区和长春市、义乌市";

    private static readonly ResolvedPlace BeijingChaoyang = new("110105", SharedName: true);
    private static readonly ResolvedPlace ChangchunChaoyang = new("220104", SharedName: true);
    private static readonly ResolvedPlace Yiwu = new("330782", SharedName: false);

    [Fact]
    public void A_shared_name_is_keyed_by_the_place_each_article_resolved_it_to()
    {
        var graph = new KnowledgeGraph();

        Write(graph, 0, Place("朝阳区", 0, BeijingChaoyang));
        Write(graph, 1, Place("朝阳区", 0, ChangchunChaoyang));
        Write(graph, 2, Place("朝阳区", 0, BeijingChaoyang));

        var nodes = graph.NodesWithLabel(NodeLabel.Place).Select(n => n.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["place:朝阳区@110105", "place:朝阳区@220104"], nodes);
        Assert.Equal("110105", graph.GetNode("place:朝阳区@110105").Properties.GetString("code"));
        Assert.Equal("朝阳区", graph.GetNode("place:朝阳区@220104").Properties.GetString("name"));
        Assert.Equal(2, graph.InRelationships("place:朝阳区@110105").Count(r => r.Type == RelationshipTypes.Mentions));
    }

    [Fact]
    public void A_name_of_one_place_keeps_its_bare_key_and_carries_its_code()
    {
        var graph = new KnowledgeGraph();

        Write(graph, 0, Place("义乌市", 9, Yiwu));

        var node = Assert.Single(graph.NodesWithLabel(NodeLabel.Place));
        Assert.Equal("place:义乌市", node.Key);
        Assert.Equal("330782", node.Properties.GetString("code"));
    }

    [Fact]
    public void A_shared_name_the_article_does_not_resolve_keeps_its_bare_key_and_no_code()
    {
        var graph = new KnowledgeGraph();

        Write(graph, 0, Place("朝阳区", 0, null));

        var node = Assert.Single(graph.NodesWithLabel(NodeLabel.Place));
        Assert.Equal("place:朝阳区", node.Key);
        Assert.Null(node.Properties.GetString("code"));
    }

    [Fact]
    public void Every_reference_to_a_resolved_name_in_the_article_is_the_resolved_place()
    {
        // The PART_OF ends and the event's place are references made by other readers, without the resolved place.
        var graph = new KnowledgeGraph();
        var chaoyang = Place("朝阳区", 0, ChangchunChaoyang);
        var changchun = Place("长春市", 4, new ResolvedPlace("2201", SharedName: false));
        var bare = chaoyang with { Place = null };
        var partOf = new RelationFact(RelationshipTypes.PartOf, bare, changchun with { Place = null }, new TextRange(0, 7), 0.7);
        var held = new EventFact { Type = "meeting", Name = "会议", Trigger = "会议", Evidence = new TextRange(0, 3), Location = bare };

        Write(graph, 0, [chaoyang, changchun], [partOf], [held]);

        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.PartOf && r.Source == "place:朝阳区@220104" && r.Target == "place:长春市");
        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.HeldAt && r.Target == "place:朝阳区@220104");
        Assert.False(graph.TryGetNode("place:朝阳区", out _));
        Assert.Equal("2201", graph.GetNode("place:长春市").Properties.GetString("code"));
    }

    [Fact]
    public void A_name_the_article_gives_to_two_places_is_at_each_mention_its_own_place_and_elsewhere_none()
    {
        // 北京市朝阳区 … 长春市朝阳区 … 朝阳区: two places, and a reference that says neither is neither.
        var graph = new KnowledgeGraph();
        var beijing = Place("朝阳区", 0, BeijingChaoyang);
        var changchun = Place("朝阳区", 4, ChangchunChaoyang);
        var bare = Place("朝阳区", 8, null);
        var held = new EventFact { Type = "meeting", Name = "会议", Trigger = "会议", Evidence = new TextRange(0, 3), Location = changchun with { Place = null } };

        Write(graph, 0, [beijing, changchun, bare], [], [held]);

        var nodes = graph.NodesWithLabel(NodeLabel.Place).Select(n => n.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["place:朝阳区", "place:朝阳区@110105", "place:朝阳区@220104"], nodes);
        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.HeldAt && r.Target == "place:朝阳区");
    }

    [Fact]
    public void An_office_signed_with_a_place_the_body_does_not_name_is_of_the_place_the_extractor_resolved()
    {
        var graph = new KnowledgeGraph();

        Write(graph, 0, [], [], [], new AuthorPosition("程亮", "党委书记", EntityKind.Place, "朝阳区", "朝阳区"), ChangchunChaoyang);

        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.HoldsPosition && r.Source == "person:程亮" && r.Target == "place:朝阳区@220104");
    }

    [Theory]
    [InlineData("朝阳区", "110105", true, "朝阳区@110105")]
    [InlineData("义乌市", "330782", false, "义乌市")]
    public void The_identity_of_a_place_holds_its_code_only_when_its_name_is_shared(string name, string code, bool shared, string expected)
    {
        Assert.Equal(expected, FactGraphWriter.PlaceIdentity(name, new ResolvedPlace(code, shared)));
        Assert.Equal(name, FactGraphWriter.PlaceIdentity(name, null));
    }

    [Fact]
    public void A_bare_body_of_two_articles_is_two_nodes_keyed_by_their_articles_and_named_as_printed()
    {
        var graph = new KnowledgeGraph();

        Write(graph, 0, Organization("工会"));
        Write(graph, 1, Organization("工会"));
        Write(graph, 1, Organization("澳大利亚海运工会"));

        var nodes = graph.NodesWithLabel(NodeLabel.Organization).Select(n => (n.Key, n.Properties.GetString("name"))).Order();
        Assert.Equal([("org:工会@article:p0.txt#0", "工会"), ("org:工会@article:p1.txt#0", "工会"), ("org:澳大利亚海运工会", "澳大利亚海运工会")], nodes);
        Assert.Equal(["article:p1.txt#0"], graph.InRelationships("org:工会@article:p1.txt#0").Where(r => r.Type == RelationshipTypes.Mentions).Select(r => r.Source));
    }

    [Fact]
    public void A_bare_site_is_the_articles_own_place_unless_the_gazetteer_resolved_it()
    {
        var graph = new KnowledgeGraph();

        Write(graph, 0, Place("博物馆", 0, null));
        Write(graph, 0, Place("朝阳区", 0, null));

        Assert.Equal(["place:博物馆@article:p0.txt#0", "place:朝阳区"], graph.NodesWithLabel(NodeLabel.Place).Select(n => n.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_same_article_built_again_gives_its_bare_body_the_same_key()
    {
        var first = new KnowledgeGraph();
        var second = new KnowledgeGraph();

        Write(first, 3, Organization("议会"));
        Write(second, 3, Organization("议会"));

        Assert.Equal("org:议会@article:p3.txt#0", Assert.Single(first.NodesWithLabel(NodeLabel.Organization)).Key);
        Assert.Equal(first.NodesWithLabel(NodeLabel.Organization).Select(n => n.Key), second.NodesWithLabel(NodeLabel.Organization).Select(n => n.Key));
        Assert.Equal("议会@article:p3.txt#0", FactGraphWriter.ArticleScopedIdentity("议会", NodeKeys.ForArticle("p3.txt", 0)));
    }

    private static EntityRef Organization(string name) => new(EntityKind.Organization, name, name, new TextRange(0, 2));

    private static EntityRef Place(string name, int start, ResolvedPlace? place) =>
        new(EntityKind.Place, name, name, new TextRange(start, start + name.Length), "county") { Place = place };

    private static void Write(KnowledgeGraph graph, int index, EntityRef entity) => Write(graph, index, [entity], [], []);

    private static void Write(KnowledgeGraph graph, int index, IReadOnlyList<EntityRef> entities, IReadOnlyList<RelationFact> relations, IReadOnlyList<EventFact> events,
        AuthorPosition? author = null, ResolvedPlace? signedPlace = null)
    {
        var article = new Article
        {
            Source = $"p{index}.txt",
            Index = 0,
            Title = null,
            Subtitles = [],
            Sections = [],
            Reporters = [],
            Credits = [],
            Authors = [],
            Dateline = null,
            Text = Text,
            Segments = [new TextSegment(0, 0, Text.Length)],
            Paragraphs = [new TextRange(0, Text.Length)],
            Captions = [],
            Attribution = null,
            Continues = false,
            SourceRanges = [new TextRange(0, Text.Length)],
            TitleRange = null,
        };
        graph.GetOrAddNode(NodeKeys.ForArticle(article.Source, article.Index), NodeLabel.Article);
        var facts = new ArticleFacts
        {
            Article = article,
            Entities = entities,
            Positions = [],
            Events = events,
            Relations = relations,
            AuthorPositions = author is null ? [] : [author],
            SignedPlaces = author is null || signedPlace is null ? new Dictionary<string, ResolvedPlace>() : new Dictionary<string, ResolvedPlace> { [author.Organization] = signedPlace },
        };
        FactGraphWriter.Write(graph, facts, Text);
    }
}
