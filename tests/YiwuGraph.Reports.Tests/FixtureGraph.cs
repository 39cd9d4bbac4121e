using YiwuGraph.Graph;

namespace YiwuGraph.Reports.Tests;

/// <summary>
/// A small hand-built graph with one of everything a report shows: a person with aliases holding two positions,
/// an event with an organiser, a place and participants, mentions, a reporter, two people of the same name,
/// and text that must be escaped.
/// </summary>
internal static class FixtureGraph
{
    public const string Article1 = "article:a.txt#0";
    public const string Article2 = "article:b.txt#0";
    public const string Ye = "person:叶帮锐";
    public const string Wen = "person:温建飞";
    public const string Committee = "org:义乌市委";
    public const string Government = "org:义乌市人民政府";
    public const string Yiwu = "place:义乌市";
    public const string Jinhua = "place:金华市";
    public const string Meeting = "event:动员部署会";

    private const string Text1 = "昨日,我市召开动员部署会。金华市委副书记、义乌市委书记叶帮锐在会上强调,要高质量办好系列活动。市长温建飞主持会议。";
    private const string Text2 = "义乌市人民政府与<script>alert(1)</script>公司签约。市长温建飞出席。叶书记讲话。记者 王伟";

    public static KnowledgeGraph Create()
    {
        var g = new KnowledgeGraph();
        Article(g, Article1, "a.txt", "动员部署会召开", "昨日", Text1);
        Article(g, Article2, "b.txt", "签约仪式 <b>举行</b>", "本报讯", Text2);
        Node(g, Ye, NodeLabel.Person, "叶帮锐", ["叶书记", "Ye Bangrui"]);
        Node(g, Wen, NodeLabel.Person, "温建飞", ["温市长"]);
        Node(g, "person:王伟#1", NodeLabel.Person, "王伟", []);
        Node(g, "person:王伟#2", NodeLabel.Person, "王伟", []);
        Node(g, Committee, NodeLabel.Organization, "义乌市委", ["中共义乌市委"]).Properties.Set("type", "party");
        Node(g, Government, NodeLabel.Organization, "义乌市人民政府", ["市政府"]).Properties.Set("type", "government");
        Node(g, Yiwu, NodeLabel.Place, "义乌市", ["义乌"]).Properties.Set("level", "county");
        Node(g, Jinhua, NodeLabel.Place, "金华市", []).Properties.Set("level", "city");
        var meeting = Node(g, Meeting, NodeLabel.Event, "动员部署会", []);
        meeting.Properties.Set("type", "meeting");
        meeting.Properties.Set("date", "2026-03-01");

        Fact(g, RelationshipTypes.HoldsPosition, Ye, Committee, "书记", Article1, Text1, "义乌市委书记叶帮锐", ("title", "书记"), ("date", "2026-03-01"));
        Fact(g, RelationshipTypes.HoldsPosition, Ye, Jinhua, "市委副书记", Article1, Text1, "金华市委副书记", ("title", "市委副书记"), ("date", "2026-03-01"));
        Fact(g, RelationshipTypes.HoldsPosition, Wen, Government, "市长", Article2, Text2, "市长温建飞", ("title", "市长"));
        Fact(g, RelationshipTypes.ParticipatedIn, Ye, Meeting, "出席", Article1, Text1, "叶帮锐在会上强调", ("role", "出席"));
        Fact(g, RelationshipTypes.ParticipatedIn, Wen, Meeting, "主持", Article1, Text1, "市长温建飞主持会议", ("role", "主持"));
        Fact(g, RelationshipTypes.Organized, Committee, Meeting, null, Article1, Text1, "我市召开动员部署会");
        Fact(g, RelationshipTypes.HeldAt, Meeting, Yiwu, null, Article1, Text1, "我市召开动员部署会");
        Fact(g, RelationshipTypes.ReportedIn, Meeting, Article1, null, Article1, Text1, "召开动员部署会");
        Fact(g, RelationshipTypes.LocatedIn, Government, Yiwu, null, Article2, Text2, "义乌市人民政府");
        Fact(g, RelationshipTypes.PartOf, Yiwu, Jinhua, null, Article1, Text1, "金华市委副书记、义乌市委书记");
        Fact(g, RelationshipTypes.Wrote, "person:王伟#1", Article2, null, Article2, Text2, "记者 王伟", ("role", "reporter"));
        foreach (var (entity, snippet) in new[] { (Ye, "叶帮锐"), (Wen, "温建飞"), (Committee, "义乌市委"), (Yiwu, "我市"), (Meeting, "动员部署会"), (Jinhua, "金华市委") })
        {
            Fact(g, RelationshipTypes.Mentions, Article1, entity, null, Article1, Text1, snippet, ("count", 1L));
        }

        foreach (var (entity, snippet) in new[] { (Ye, "叶书记"), (Wen, "温建飞"), (Government, "义乌市人民政府") })
        {
            Fact(g, RelationshipTypes.Mentions, Article2, entity, null, Article2, Text2, snippet, ("count", 1L));
        }

        return g;
    }

    private static void Article(KnowledgeGraph g, string key, string source, string title, string dateline, string text)
    {
        var node = g.GetOrAddNode(key, NodeLabel.Article);
        node.Properties.Set("title", title);
        node.Properties.Set("source", source);
        node.Properties.Set("dateline", dateline);
        node.Properties.Set("text", text);
    }

    private static GraphNode Node(KnowledgeGraph g, string key, NodeLabel label, string name, string[] aliases)
    {
        var node = g.GetOrAddNode(key, label);
        node.Properties.Set("name", name);
        if (aliases.Length > 0)
        {
            node.Properties.Set("aliases", aliases);
        }

        return node;
    }

    private static void Fact(KnowledgeGraph g, string type, string from, string to, string? discriminator, string article, string text, string snippet, params (string Name, object Value)[] properties)
    {
        var r = g.GetOrAddRelationship(type, from, to, discriminator);
        r.Confidence = 0.9;
        foreach (var (name, value) in properties)
        {
            r.Properties.SetRaw(name, value);
        }

        var start = text.IndexOf(snippet, StringComparison.Ordinal);
        var source = article == Article1 ? "a.txt" : "b.txt";
        r.AddEvidence(new Evidence(article, source, start, start + snippet.Length, snippet));
    }
}
