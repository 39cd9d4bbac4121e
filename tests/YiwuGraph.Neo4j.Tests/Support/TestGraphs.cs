using YiwuGraph.Graph;

namespace YiwuGraph.Neo4j.Tests.Support;

/// <summary>Small hand-built graphs covering every label, several types, evidence, and awkward strings.</summary>
internal static class TestGraphs
{
    public const string SourceA = "000_a.txt";
    public const string SourceB = "001_b.txt";

    /// <summary>Two articles from two files; people, an organisation, places and an event.</summary>
    public static KnowledgeGraph Small()
    {
        var g = new KnowledgeGraph();
        var a0 = Article(g, SourceA, 0, "义乌市召开经济工作会议", "2024-01-05");
        a0.Properties.Set("summary", "第一行\n第二行\t'引号' \"双引号\" 反斜杠\\");
        var a1 = Article(g, SourceB, 0, "“小商品”走向世界", "2024-02-10");

        var ye = Entity(g, NodeLabel.Person, "叶帮锐");
        ye.Properties.Set("aliases", ["叶书记", "帮锐"]);
        ye.Properties.Set("mentions", 3L);
        var oneil = Entity(g, NodeLabel.Person, "Anna O'Neil");
        oneil.Properties.Set("verified", true);
        oneil.Properties.Set("score", 1.0);
        var bureau = Entity(g, NodeLabel.Organization, "义乌市经信局");
        bureau.Properties.Set("aliases", ["经信局"]);
        var town = Entity(g, NodeLabel.Place, "稠城街道");
        var city = Entity(g, NodeLabel.Place, "义乌市");
        var meeting = Entity(g, NodeLabel.Event, "2024-01-05 经济工作会议");
        meeting.Properties.Set("date", "2024-01-05");
        meeting.Properties.Set("kind", "meeting");

        Rel(g, RelationshipTypes.Mentions, a0.Key, ye.Key, null, Ev(a0, SourceA, 10, 13, "叶帮锐"));
        Rel(g, RelationshipTypes.Mentions, a1.Key, oneil.Key, null, Ev(a1, SourceB, 4, 15, "Anna O'Neil"));
        Rel(g, RelationshipTypes.Mentions, a1.Key, ye.Key, null, Ev(a1, SourceB, 20, 23, "叶帮锐"));
        var holds = Rel(g, RelationshipTypes.HoldsPosition, ye.Key, bureau.Key, "局长",
            Ev(a0, SourceA, 10, 20, "义乌市经信局局长叶帮锐"), Ev(a1, SourceB, 20, 30, "经信局局长叶帮锐"));
        holds.Properties.Set("title", "局长");
        holds.Confidence = 0.9;
        var took = Rel(g, RelationshipTypes.ParticipatedIn, ye.Key, meeting.Key, "主持", Ev(a0, SourceA, 30, 40, "叶帮锐主持会议"));
        took.Properties.Set("role", "主持");
        Rel(g, RelationshipTypes.ParticipatedIn, oneil.Key, meeting.Key, null, Ev(a1, SourceB, 40, 52, "Anna O'Neil 出席"));
        Rel(g, RelationshipTypes.Organized, bureau.Key, meeting.Key, null, Ev(a0, SourceA, 0, 9, "经信局组织"));
        Rel(g, RelationshipTypes.HeldAt, meeting.Key, town.Key, null, Ev(a0, SourceA, 41, 47, "在稠城街道"));
        Rel(g, RelationshipTypes.LocatedIn, bureau.Key, town.Key, null, Ev(a0, SourceA, 50, 58, "位于稠城街道"));
        Rel(g, RelationshipTypes.PartOf, town.Key, city.Key, null);
        Rel(g, RelationshipTypes.ReportedIn, meeting.Key, a0.Key, null, Ev(a0, SourceA, 0, 12, "义乌市召开经济工作会议"));
        return g;
    }

    /// <summary>
    /// <see cref="Small"/> after file A changed: its article no longer reports the meeting's organiser nor the bureau's
    /// location, and the holding of the position is now read only from file B's article and a new sentence of A.
    /// </summary>
    public static KnowledgeGraph SmallWithSourceAChanged()
    {
        var g = Small();
        foreach (var key in new[]
        {
            "ORGANIZED|org:义乌市经信局|event:2024-01-05经济工作会议",
            "LOCATED_IN|org:义乌市经信局|place:稠城街道",
        })
        {
            g.RemoveRelationship(g.TryGetRelationship(key, out var r) ? r : throw new InvalidOperationException(key));
        }

        return g;
    }

    /// <summary>Only file A's article and what it says (as a graph built from that one file would be).</summary>
    public static KnowledgeGraph OnlySourceA()
    {
        var g = Small();
        g.RemoveNode(NodeKeys.ForArticle(SourceB, 0));
        foreach (var r in g.Relationships.ToList())
        {
            r.RemoveEvidence(e => e.Source == SourceB);
            if (r.Evidence.Count == 0 && r.Type != RelationshipTypes.PartOf)
            {
                g.RemoveRelationship(r);
            }
        }

        g.RemoveNode(NodeKeys.Create(NodeLabel.Person, "Anna O'Neil"));
        return g;
    }

    /// <summary>
    /// File A rebuilt by a linker that resolves its 朝阳区 (a name of Beijing's district and of Changchun's) to
    /// Changchun's: the place is keyed <c>place:朝阳区@220104</c>, where an earlier build keyed it <c>place:朝阳区</c>.
    /// </summary>
    public static KnowledgeGraph SourceAWithSharedPlaceResolved()
    {
        var g = new KnowledgeGraph();
        var a0 = Article(g, SourceA, 0, "长春市朝阳区召开经济工作会议", "2024-01-05");
        var district = g.GetOrAddNode(NodeKeys.Create(NodeLabel.Place, "朝阳区@220104"), NodeLabel.Place);
        district.Properties.Set("name", "朝阳区");
        district.Properties.Set("code", "220104");
        var city = Entity(g, NodeLabel.Place, "长春市");
        Rel(g, RelationshipTypes.Mentions, a0.Key, district.Key, null, Ev(a0, SourceA, 3, 6, "朝阳区"));
        Rel(g, RelationshipTypes.Mentions, a0.Key, city.Key, null, Ev(a0, SourceA, 0, 3, "长春市"));
        Rel(g, RelationshipTypes.PartOf, district.Key, city.Key, null, Ev(a0, SourceA, 0, 6, "长春市朝阳区"));
        return g;
    }

    private static GraphNode Article(KnowledgeGraph g, string source, int index, string title, string date)
    {
        var node = g.GetOrAddNode(NodeKeys.ForArticle(source, index), NodeLabel.Article);
        node.Properties.Set("title", title);
        node.Properties.Set("date", date);
        node.Properties.Set("source", source);
        node.Properties.Set("index", (long)index);
        return node;
    }

    private static GraphNode Entity(KnowledgeGraph g, NodeLabel label, string name)
    {
        var node = g.GetOrAddNode(NodeKeys.Create(label, name), label);
        node.Properties.Set("name", name);
        return node;
    }

    private static Evidence Ev(GraphNode article, string source, int start, int end, string snippet) =>
        new(article.Key, source, start, end, snippet);

    private static GraphRelationship Rel(KnowledgeGraph g, string type, string source, string target, string? discriminator, params Evidence[] evidence)
    {
        var r = g.GetOrAddRelationship(type, source, target, discriminator);
        foreach (var e in evidence)
        {
            r.AddEvidence(e);
        }

        return r;
    }
}
