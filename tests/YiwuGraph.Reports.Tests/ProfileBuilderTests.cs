using YiwuGraph.Graph;

namespace YiwuGraph.Reports.Tests;

public sealed class ProfileBuilderTests
{
    private readonly KnowledgeGraph graph = FixtureGraph.Create();

    [Fact]
    public void Lists_positions_with_their_dates_and_events_with_roles()
    {
        var profile = ProfileBuilder.Build(graph, graph.GetNode(FixtureGraph.Ye));

        var positions = profile.Sections.Single(s => s.Id == "out-holds-position").Statements;
        Assert.Equal(["书记", "市委副书记"], positions.Select(p => p.Relationship.Properties.GetString("title")));
        Assert.All(positions, p => Assert.Equal("2026-03-01", p.Date));
        var events = profile.Sections.Single(s => s.Id == "out-participated-in").Statements;
        Assert.Equal("出席", Assert.Single(events).Relationship.Properties.GetString("role"));
        Assert.Equal(["Ye Bangrui", "叶书记"], profile.Aliases);
    }

    [Fact]
    public void Every_statement_and_connection_cites_evidence_that_is_on_the_page()
    {
        foreach (var node in graph.Nodes.Where(n => EntityResolver.IsEntity(n.Label)))
        {
            var profile = ProfileBuilder.Build(graph, node);
            var numbers = profile.Evidence.Select(e => e.Number).ToHashSet();
            Assert.Equal(Enumerable.Range(1, profile.Evidence.Count), profile.Evidence.Select(e => e.Number));
            foreach (var statement in profile.Sections.SelectMany(s => s.Statements))
            {
                Assert.NotEmpty(statement.Evidence);
                Assert.Subset(numbers, statement.Evidence.ToHashSet());
            }

            foreach (var connection in profile.Connected.Concat(profile.CoMentioned))
            {
                Assert.NotEmpty(connection.Evidence);
                Assert.Subset(numbers, connection.Evidence.ToHashSet());
            }
        }
    }

    [Fact]
    public void Ranks_co_mentioned_people_and_connected_organisations_by_shared_articles()
    {
        var profile = ProfileBuilder.Build(graph, graph.GetNode(FixtureGraph.Ye));

        var wen = Assert.Single(profile.CoMentioned);
        Assert.Equal((FixtureGraph.Wen, 2), (wen.Node.Key, wen.Articles));
        Assert.Contains(profile.Connected, c => c.Node.Key == FixtureGraph.Committee);
        Assert.Contains(profile.Connected, c => c.Node.Key == FixtureGraph.Government);
    }

    [Fact]
    public void An_event_page_shows_its_date_place_organiser_participants_and_sources()
    {
        var profile = ProfileBuilder.Build(graph, graph.GetNode(FixtureGraph.Meeting));

        Assert.Contains(("date", "2026-03-01"), profile.Attributes);
        Assert.Equal(
            ["out-held-at", "in-organized", "in-participated-in", "out-reported-in", "in-mentions"],
            profile.Sections.Select(s => s.Id));
        Assert.Equal(2, profile.Sections.Single(s => s.Id == "in-participated-in").Statements.Count);
    }

    [Fact]
    public void An_incident_page_lists_its_fine_type_toll_and_further_trigger_words()
    {
        var g = new KnowledgeGraph();
        var crash = g.GetOrAddNode("event:accident|article:a.txt#0|货车侧翻", NodeLabel.Event);
        crash.Properties.Set("name", "货车侧翻");
        crash.Properties.Set("type", "accident");
        crash.Properties.Set("fineType", "灾害/意外-车祸");
        crash.Properties.Set("trigger", "侧翻");
        crash.Properties.AddToSet("triggers", ["事故", "车祸"]);
        crash.Properties.Set("deaths", 3L);
        crash.Properties.Set("injured", 5L);
        crash.Properties.Set("amount", 1.5e6);
        crash.Properties.Set("dateText", "");

        var profile = ProfileBuilder.Build(g, crash);

        Assert.Equal(
            [("type", "accident"), ("fineType", "灾害/意外-车祸"), ("trigger", "侧翻"), ("triggers", "事故、车祸"), ("deaths", "3"), ("injured", "5"), ("amount", "1500000")],
            profile.Attributes);
    }

    [Fact]
    public void A_place_page_lists_its_level_and_gazetteer_code()
    {
        var g = new KnowledgeGraph();
        var chaoyang = g.GetOrAddNode("place:朝阳区@220104", NodeLabel.Place);
        chaoyang.Properties.Set("name", "朝阳区");
        chaoyang.Properties.Set("level", "county");
        chaoyang.Properties.Set("code", "220104");

        var profile = ProfileBuilder.Build(g, chaoyang);

        Assert.Equal([("level", "county"), ("code", "220104")], profile.Attributes);
    }
}
