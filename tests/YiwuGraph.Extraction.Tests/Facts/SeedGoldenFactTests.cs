using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>Facts a careful reader finds on the seed pages, read end to end through the build.</summary>
public sealed class SeedGoldenFactTests(SeedGraph seeds) : IClassFixture<SeedGraph>
{
    private KnowledgeGraph Graph => seeds.Graph;

    [Theory]
    [InlineData("person:叶帮锐", "副书记", "org:金华市委")]
    [InlineData("person:叶帮锐", "书记", "org:义乌市委")]
    [InlineData("person:温建飞", "副书记", "org:金华市委")]
    [InlineData("person:温建飞", "市长", "place:义乌市")]
    [InlineData("person:何庆", "董事长", "org:浙江珊瑚服饰有限公司")]
    [InlineData("person:陈小忠", "主席", "org:义乌市政协")]
    [InlineData("person:朱世强", "党委副书记", "org:浙江大学")]
    public void Positions_are_read_with_compound_titles_split(string person, string title, string org)
    {
        Assert.True(Graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.HoldsPosition, person, org, title), out var r),
            $"{person} {title} of {org} missing; has: {string.Join(", ", Graph.OutRelationships(person).Where(x => x.Type == RelationshipTypes.HoldsPosition))}");
        Assert.Equal(title, r.Properties.GetString("title"));
        Assert.NotEmpty(r.Evidence);
    }

    [Fact]
    public void An_office_printed_with_a_former_modifier_is_the_office_held_before()
    {
        // 浙江大学原党委副书记朱世强: the office is 党委副书记, 原 says it was held before.
        var r = Graph.Relationships.Single(x => x.Key == GraphRelationship.MakeKey(RelationshipTypes.HoldsPosition, "person:朱世强", "org:浙江大学", "党委副书记"));
        Assert.Equal(["former"], r.Properties.GetStrings("change"));
    }

    [Fact]
    public void An_organisation_named_only_in_a_teaser_headline_is_found_with_the_headline_as_evidence()
    {
        var police = Graph.GetNode("org:义乌交警");
        var mention = Assert.Single(Graph.InRelationships(police.Key), r => r.Type == RelationshipTypes.Mentions);
        var evidence = Assert.Single(mention.Evidence);
        var source = File.ReadAllText(seeds.Sources[0]);
        Assert.Equal("义乌交警", source[evidence.Start..evidence.End]);
    }

    [Fact]
    public void Positions_carry_the_date_of_the_article_they_were_read_in()
    {
        var r = Graph.Relationships.Single(x => x.Key == GraphRelationship.MakeKey(RelationshipTypes.HoldsPosition, "person:温建飞", "place:义乌市", "市长"));
        Assert.Contains("2026-04-04", r.Properties.GetStrings("dates"));
    }

    [Fact]
    public void The_mobilisation_meeting_has_its_host_speakers_attendees_organiser_and_date()
    {
        var meeting = Graph.NodesWithLabel(NodeLabel.Event).Single(e => e.Name.EndsWith("动员部署会", StringComparison.Ordinal));
        Assert.Equal("meeting", meeting.Properties.GetString("type"));
        Assert.Equal("昨日", meeting.Properties.GetString("dateText"));
        Assert.Equal("2026-04-03", meeting.Properties.GetString("date"));
        var roles = Graph.InRelationships(meeting.Key).Where(r => r.Type == RelationshipTypes.ParticipatedIn)
            .Select(r => (r.Source, Role: r.Properties.GetString("role"))).ToHashSet();
        Assert.Contains(("person:温建飞", "host"), roles);
        Assert.Contains(("person:叶帮锐", "speaker"), roles);
        Assert.Contains(("person:丁政", "attendee"), roles);
        Assert.Contains(("person:杨献", "attendee"), roles);
        Assert.Contains(("org:商城集团", "speaker"), roles);
        // 政法委 printed alone is a body every city has (organization-endings.tsv, bare-body): the article's own node.
        Assert.Contains(("org:政法委@article:000_08f442eee56299ef.txt#0", "speaker"), roles);
        Assert.Contains(Graph.InRelationships(meeting.Key), r => r.Type == RelationshipTypes.Organized && r.Source == "place:义乌市");
        Assert.Single(Graph.NodesWithLabel(NodeLabel.Event), e => e.Name.EndsWith("动员部署会", StringComparison.Ordinal));
    }

    [Fact]
    public void The_spring_ploughing_launch_holds_three_signings_of_its_own()
    {
        var article = "article:000_08f442eee56299ef.txt#3";
        var events = Graph.Relationships.Where(r => r.Type == RelationshipTypes.ReportedIn && r.Target == article).Select(r => Graph.GetNode(r.Source)).ToList();
        Assert.Equal(3, events.Count(e => e.Properties.GetString("type") == "signing"));
        Assert.Contains(events, e => e.Properties.GetString("type") == "launch" && e.Name.Contains("春耕", StringComparison.Ordinal));
        Assert.True(Graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.SignedWith, "org:义乌市农业农村局", "org:义乌市枣业协会", null), out _));
        Assert.True(Graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.SignedWith, "place:廿三里街道", "org:义乌市华逸农业科技有限公司", null), out _));
        var launch = events.Single(e => e.Properties.GetString("type") == "launch");
        Assert.Contains(Graph.OutRelationships(launch.Key), r => r.Type == RelationshipTypes.HeldAt && r.Target == "place:共富大楼广场");
    }

    [Fact]
    public void The_lynk_factory_is_located_in_chian_town_and_places_chain()
    {
        Assert.True(Graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.LocatedIn, "org:领克汽车义乌工厂", "place:赤岸镇@330782101", null), out var r));
        Assert.Contains(r.Evidence, e => e.Snippet.Contains("位于赤岸镇的领克汽车义乌工厂", StringComparison.Ordinal));
        Assert.True(Graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.PartOf, "place:东莲塘村", "place:廿三里街道", null), out _));
        Assert.True(Graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.PartOf, "org:义乌市海内外高层次人才联谊会广东分会", "org:义乌市海内外高层次人才联谊会", null), out _));
    }

    [Fact]
    public void Bare_city_names_take_their_gazetteer_names_and_divisions()
    {
        Assert.Contains("金华", Graph.GetNode("place:金华市").Properties.GetStrings("aliases"));
        Assert.True(Graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.PartOf, "place:义乌市", "place:金华市", null), out var r));
        Assert.InRange(r.Confidence, 0.7, 1.0);
        Assert.True(r.ArticleKeys.Count() >= 2, "read in several articles, the evidence merges");
    }

    [Fact]
    public void Home_references_and_abbreviations_resolve_to_full_names_with_aliases()
    {
        var yiwu = Graph.GetNode("place:义乌市");
        Assert.Contains("我市", yiwu.Properties.GetStrings("aliases"));
        Assert.Contains("义乌", yiwu.Properties.GetStrings("aliases"));
        Assert.Contains("市经信局", Graph.GetNode("org:义乌市经信局").Properties.GetStrings("aliases"));
        Assert.Contains("海高会", Graph.GetNode("org:义乌市海内外高层次人才联谊会").Properties.GetStrings("aliases"));
        Assert.Contains("总书记", Graph.GetNode("person:习近平").Properties.GetStrings("titles"));
    }

    [Fact]
    public void Mentions_count_every_sighting_in_the_article()
    {
        var r = Graph.Relationships.Single(x => x.Key == GraphRelationship.MakeKey(RelationshipTypes.Mentions, "article:000_08f442eee56299ef.txt#0", "person:叶帮锐", null));
        Assert.Equal(4L, r.Properties.GetLong("count"));
    }
}
