using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>
/// The relationships a build writes join only the labels the README's schema lists, so the documented schema and
/// the graph cannot drift apart again (Place → Event PARTICIPATED_IN and Place → Organization SIGNED_WITH were
/// written but not documented).
/// </summary>
public sealed class SchemaTests
{
    private static readonly HomeContext Yiwu = new("义乌市", "浙江省");

    /// <summary>The README's "Graph schema" table, one entry per type, from label and to label.</summary>
    private static readonly HashSet<(string Type, NodeLabel From, NodeLabel To)> Documented =
    [
        (RelationshipTypes.Wrote, NodeLabel.Person, NodeLabel.Article),
        (RelationshipTypes.Mentions, NodeLabel.Article, NodeLabel.Person),
        (RelationshipTypes.Mentions, NodeLabel.Article, NodeLabel.Organization),
        (RelationshipTypes.Mentions, NodeLabel.Article, NodeLabel.Place),
        (RelationshipTypes.Mentions, NodeLabel.Article, NodeLabel.Event),
        (RelationshipTypes.HoldsPosition, NodeLabel.Person, NodeLabel.Organization),
        (RelationshipTypes.HoldsPosition, NodeLabel.Person, NodeLabel.Place),
        (RelationshipTypes.ParticipatedIn, NodeLabel.Person, NodeLabel.Event),
        (RelationshipTypes.ParticipatedIn, NodeLabel.Organization, NodeLabel.Event),
        (RelationshipTypes.ParticipatedIn, NodeLabel.Place, NodeLabel.Event),
        (RelationshipTypes.Organized, NodeLabel.Organization, NodeLabel.Event),
        (RelationshipTypes.Organized, NodeLabel.Place, NodeLabel.Event),
        (RelationshipTypes.HeldAt, NodeLabel.Event, NodeLabel.Place),
        (RelationshipTypes.ReportedIn, NodeLabel.Event, NodeLabel.Article),
        (RelationshipTypes.LocatedIn, NodeLabel.Organization, NodeLabel.Place),
        (RelationshipTypes.PartOf, NodeLabel.Place, NodeLabel.Place),
        (RelationshipTypes.PartOf, NodeLabel.Organization, NodeLabel.Organization),
        (RelationshipTypes.SignedWith, NodeLabel.Organization, NodeLabel.Organization),
        (RelationshipTypes.SignedWith, NodeLabel.Organization, NodeLabel.Place),
        (RelationshipTypes.SignedWith, NodeLabel.Place, NodeLabel.Organization),
        (RelationshipTypes.SignedWith, NodeLabel.Place, NodeLabel.Place),
        (RelationshipTypes.Reported, NodeLabel.Organization, NodeLabel.Event),
        (RelationshipTypes.Reported, NodeLabel.Person, NodeLabel.Event),
    ];

    [Fact]
    public void Every_relationship_of_the_seed_graph_joins_labels_the_schema_documents()
    {
        var seeds = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var graph = new CorpusGraphBuilder().Build(seeds, cancellationToken: TestContext.Current.CancellationToken).Graph;

        AssertDocumented(graph);

        // Every entity printed in an article lists the forms it is printed in, credited reporters and authors too
        // (a gazetteer parent added for PART_OF is printed nowhere).
        var printed = graph.Relationships.Where(r => r.Type == RelationshipTypes.Mentions).Select(r => r.Target)
            .Concat(graph.Relationships.Where(r => r.Type == RelationshipTypes.Wrote).Select(r => r.Source)).Distinct().ToList();
        Assert.All(printed, key => Assert.NotEmpty(graph.GetNode(key).Properties.GetStrings("aliases")));

        // The sentence that brought the undocumented pair to light: 廿三里街道 (its office) signs with a company.
        var signing = graph.Relationships.Single(r => r.Type == RelationshipTypes.SignedWith && r.Source == "place:廿三里街道");
        Assert.Equal("org:义乌市华逸农业科技有限公司", signing.Target);
        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.ParticipatedIn && r.Source == "place:廿三里街道"
            && r.Properties.GetString("role") == "signatory");
    }

    [Theory]
    [InlineData("本报讯 昨日，苏溪镇与义乌华鼎锦纶股份有限公司签约共建产业园。", "place:苏溪镇@330782105", "org:义乌华鼎锦纶股份有限公司")]
    [InlineData("本报讯 昨日，义乌华鼎锦纶股份有限公司与佛堂镇正式签约。", "org:义乌华鼎锦纶股份有限公司", "place:佛堂镇")]
    [InlineData("本报讯 昨日，义乌市与迪拜签约缔结友好城市。", "place:义乌市", "place:迪拜")]
    public void A_place_that_signs_an_agreement_is_a_signatory_and_signs_with_the_other_party(string body, string first, string second)
    {
        var graph = Build(body);
        AssertDocumented(graph);
        Assert.True(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.SignedWith, first, second, null), out _), "SIGNED_WITH missing");
        foreach (var party in new[] { first, second })
        {
            Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.ParticipatedIn && r.Source == party && r.Properties.GetString("role") == "signatory");
        }
    }

    [Theory]
    [InlineData("本报讯 昨日，义乌华鼎锦纶股份有限公司在佛堂镇签约。", "place:佛堂镇", "org:义乌华鼎锦纶股份有限公司")]
    [InlineData("本报讯 昨日，两家企业于苏溪镇正式签约。", "place:苏溪镇@330782105", null)]
    [InlineData("本报讯 昨日，浙江大学与义乌华鼎锦纶股份有限公司在义乌签约。", "place:义乌市", "org:义乌华鼎锦纶股份有限公司")]
    public void A_place_where_an_agreement_is_signed_is_where_it_was_held_not_a_signatory(string body, string venue, string? signatory)
    {
        var graph = Build(body);
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipTypes.ParticipatedIn && r.Source == venue);
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipTypes.SignedWith && (r.Source == venue || r.Target == venue));
        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.HeldAt && r.Target == venue);
        if (signatory is not null)
        {
            Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.ParticipatedIn && r.Source == signatory && r.Properties.GetString("role") == "signatory");
        }
    }

    [Fact]
    public void The_outlet_a_sentence_cites_reported_its_event_and_takes_no_part_in_it()
    {
        var graph = Build("本报讯 据新华社消息，昨日杭州市西湖区发生一起车祸，造成3人死亡。");
        AssertDocumented(graph);

        var reported = graph.Relationships.Where(r => r.Type == RelationshipTypes.Reported).ToList();
        Assert.NotEmpty(reported);
        Assert.All(reported, r => Assert.Equal("org:新华社", r.Source));
        Assert.Contains(reported, r => graph.GetNode(r.Target).Properties.GetString("type") == "accident");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipTypes.ParticipatedIn && r.Source == "org:新华社");
    }

    [Fact]
    public void A_news_site_whose_wire_credit_opens_the_article_reported_its_events()
    {
        // The tagger reads no organisation in 中新网上海; organization-short-forms.tsv lists the site as a medium.
        var graph = Build("中新网上海12月3日电 (记者 陈静)上海市政府新闻办3日举行新闻发布会，上海市副市长华源出席并介绍情况。\n\n会后，华源参观了展览。");
        AssertDocumented(graph);

        Assert.Equal("media", graph.GetNode("org:中新网").Properties.GetString("type"));
        var reported = graph.Relationships.Where(r => r.Type == RelationshipTypes.Reported).ToList();
        Assert.NotEmpty(reported);
        Assert.All(reported, r => Assert.Equal("org:中新网", r.Source));
        Assert.Equal(
            graph.Relationships.Where(r => r.Type == RelationshipTypes.ReportedIn).Select(r => r.Source).Order(StringComparer.Ordinal),
            reported.Select(r => r.Target).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_agency_a_sentence_cites_attends_nothing_it_reports()
    {
        var graph = Build("俄罗斯总统普京5日在克里姆林宫与来访的印度总理莫迪举行会谈。据俄罗斯卫星通讯社报道，印度外交部长苏杰生和俄罗斯外长拉夫罗夫也参加了会谈。");
        AssertDocumented(graph);

        const string Agency = "org:俄罗斯卫星通讯社";
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipTypes.ParticipatedIn && r.Source == Agency);
        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.Reported && r.Source == Agency);
        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.ParticipatedIn && r.Source == "person:苏杰生");
    }

    private static void AssertDocumented(KnowledgeGraph graph)
    {
        var undocumented = graph.Relationships
            .Select(r => (r.Type, From: graph.GetNode(r.Source).Label, To: graph.GetNode(r.Target).Label))
            .Where(t => !Documented.Contains(t))
            .Distinct()
            .Select(t => $"{t.From} -{t.Type}-> {t.To}")
            .ToList();
        Assert.True(undocumented.Count == 0, "not in the README's schema: " + string.Join(", ", undocumented));
    }

    private static KnowledgeGraph Build(string body) => OnePageBuild.Build(body);
}
