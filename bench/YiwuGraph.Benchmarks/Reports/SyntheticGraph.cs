using System.Globalization;
using YiwuGraph.Graph;

namespace YiwuGraph.Benchmarks.Reports;

/// <summary>
/// A generated news graph of a chosen size with the label mix and fact types of the real one: articles mention
/// entities with a skewed popularity (a few hubs, a long tail), reporters write articles, people hold positions
/// and join events, events are organised, held and reported. Seeded, so every run builds the same graph.
/// </summary>
public static class SyntheticGraph
{
    private const string Filler = "义乌市召开会议部署重点工作，强调要坚持稳中求进，推动市场采购贸易方式试点与国际贸易综合改革向纵深发展。";

    public static KnowledgeGraph Create(int nodeCount, int seed = 42)
    {
        var random = new Random(seed);
        var graph = new KnowledgeGraph();
        var articles = Make(graph, NodeLabel.Article, nodeCount * 30 / 100, "报道");
        var people = Make(graph, NodeLabel.Person, nodeCount * 35 / 100, "人物");
        var organisations = Make(graph, NodeLabel.Organization, nodeCount * 15 / 100, "机构");
        var places = Make(graph, NodeLabel.Place, nodeCount * 12 / 100, "地点");
        var events = Make(graph, NodeLabel.Event, nodeCount - articles.Length - people.Length - organisations.Length - places.Length, "活动");
        var entities = people.Concat(organisations).Concat(places).Concat(events).ToArray();

        for (var i = 0; i < articles.Length; i++)
        {
            var article = articles[i];
            Link(graph, random, RelationshipTypes.Wrote, Pick(random, people, 2), article, article, null);
            for (var m = 0; m < 8; m++)
            {
                Link(graph, random, RelationshipTypes.Mentions, article, Pick(random, entities, 2), article, null).Properties.Set("count", 1L + random.Next(3));
            }
        }

        for (var i = 0; i < people.Length * 6 / 10; i++)
        {
            var holder = Pick(random, people, 1.5);
            var office = random.Next(3) == 0 ? Pick(random, places, 2) : Pick(random, organisations, 2);
            var title = (random.Next(4)) switch { 0 => "书记", 1 => "主任", 2 => "局长", _ => "副市长" };
            var r = Link(graph, random, RelationshipTypes.HoldsPosition, holder, office, Pick(random, articles, 1), title);
            r.Properties.Set("title", title);
            r.Properties.Set("date", Date(random));
        }

        foreach (var e in events)
        {
            graph.GetNode(e).Properties.Set("date", Date(random));
            var source = Pick(random, articles, 1);
            Link(graph, random, RelationshipTypes.Organized, Pick(random, organisations, 2), e, source, null);
            Link(graph, random, RelationshipTypes.HeldAt, e, Pick(random, places, 2), source, null);
            Link(graph, random, RelationshipTypes.ReportedIn, e, source, source, null);
            for (var p = 0; p < 3 + random.Next(4); p++)
            {
                Link(graph, random, RelationshipTypes.ParticipatedIn, Pick(random, people, 1.5), e, source, null).Properties.Set("role", p == 0 ? "主持" : "出席");
            }
        }

        foreach (var o in organisations)
        {
            Link(graph, random, RelationshipTypes.LocatedIn, o, Pick(random, places, 2), Pick(random, articles, 1), null);
        }

        for (var i = 1; i < places.Length; i++)
        {
            Link(graph, random, RelationshipTypes.PartOf, places[i], places[random.Next(i)], Pick(random, articles, 1), null);
        }

        return graph;
    }

    private static string[] Make(KnowledgeGraph graph, NodeLabel label, int count, string stem)
    {
        var keys = new string[count];
        for (var i = 0; i < count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{stem}{i:D6}");
            var node = graph.GetOrAddNode(NodeKeys.Create(label, name), label);
            keys[i] = node.Key;
            if (label == NodeLabel.Article)
            {
                node.Properties.Set("title", name + "：" + Filler[..12]);
                node.Properties.Set("dateline", "本报讯");
                node.Properties.Set("source", string.Create(CultureInfo.InvariantCulture, $"gen/{i / 20:D5}.txt"));
                node.Properties.Set("text", string.Concat(Enumerable.Repeat(Filler, 12)));
            }
            else
            {
                node.Properties.Set("name", name);
                node.Properties.Set("aliases", [name[..2] + (i % 97).ToString(CultureInfo.InvariantCulture)]);
            }
        }

        return keys;
    }

    /// <summary>Popular items are picked far more often: index = n·u^skew.</summary>
    private static string Pick(Random random, string[] keys, double skew) => keys[(int)(keys.Length * Math.Pow(random.NextDouble(), skew))];

    private static string Date(Random random) =>
        new DateOnly(2024, 1, 1).AddDays(random.Next(900)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static GraphRelationship Link(KnowledgeGraph graph, Random random, string type, string from, string to, string article, string? discriminator)
    {
        var r = graph.GetOrAddRelationship(type, from, to, discriminator);
        r.Confidence = 0.5 + (random.Next(50) / 100.0);
        var start = random.Next(400);
        var source = graph.GetNode(article).Properties.GetString("source") ?? "gen.txt";
        r.AddEvidence(new Evidence(article, source, start, start + 20, Filler.Substring(start % 30, 20)));
        return r;
    }
}
