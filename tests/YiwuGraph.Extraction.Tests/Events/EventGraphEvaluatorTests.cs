using YiwuGraph.Core;
using YiwuGraph.Extraction.Events;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Events;

public sealed class EventGraphEvaluatorTests
{
    [Fact]
    public void Triggers_types_and_arguments_are_counted_by_overlap()
    {
        const string text = "昨晚湖人击败勇士。湖人主帅辞职。\n";
        var doc = new EventGoldDocument("d", text, null,
        [
            new GoldEvent(new TextRange(4, 6), "击败", "竞赛行为-胜负", null,
            [
                new GoldArgument("时间", GoldArgumentKind.Time, new TextRange(0, 2), "昨晚"),
                new GoldArgument("胜者", GoldArgumentKind.Participant, new TextRange(2, 4), "湖人"),
                new GoldArgument("败者", GoldArgumentKind.Participant, new TextRange(6, 8), "勇士"),
            ]),
            new GoldEvent(new TextRange(13, 15), "辞职", "组织关系-辞/离职", null, []),
        ]);
        var graph = new KnowledgeGraph();
        // The win is found with the right type, its time and one of its two teams, plus a wrong participant.
        var win = Event(graph, "a", "击败", "sports", "竞赛行为-胜负", new TextRange(0, 9), text);
        win.Properties.Set("dateText", "昨晚");
        Participant(graph, win, "湖人");
        Participant(graph, win, "洛杉矶");
        // A second event is predicted where there is none.
        Event(graph, "b", "主帅", "personnel_change", null, new TextRange(9, 13), text);

        var evaluation = EventGraphEvaluator.Score([doc], ["d.txt"], [text], graph);

        Assert.Equal(new EventScore("trigger", 2, 2, 1, 1), evaluation.Triggers);
        Assert.Equal(new EventTypeAccuracy(1, 1, 1, 1), evaluation.Types);
        Assert.Equal(new EventScore("time", 1, 1, 1, 1), evaluation.Arguments[0]);
        Assert.Equal(new EventScore("place", 0, 0, 0, 0), evaluation.Arguments[1]);
        Assert.Equal(new EventScore("participant", 2, 2, 1, 1), evaluation.Arguments[2]);
        Assert.Contains("trigger", EventGraphEvaluator.FormatTable(evaluation), StringComparison.Ordinal);
    }

    private static GraphNode Event(KnowledgeGraph graph, string key, string trigger, string type, string? fine, TextRange evidence, string text)
    {
        var node = graph.GetOrAddNode("event:" + key, NodeLabel.Event);
        node.Properties.Set("trigger", trigger);
        node.Properties.Set("type", type);
        node.Properties.Set("fineType", fine);
        graph.GetOrAddNode("article:1", NodeLabel.Article);
        var reported = graph.GetOrAddRelationship(RelationshipTypes.ReportedIn, node.Key, "article:1");
        reported.AddEvidence(new Evidence("article:1", "d.txt", evidence.Start, evidence.End, text[evidence.Start..evidence.End]));
        return node;
    }

    private static void Participant(KnowledgeGraph graph, GraphNode e, string name)
    {
        var who = graph.GetOrAddNode("organization:" + name, NodeLabel.Organization);
        who.Properties.Set("name", name);
        graph.GetOrAddRelationship(RelationshipTypes.ParticipatedIn, who.Key, e.Key, "winner");
    }
}
