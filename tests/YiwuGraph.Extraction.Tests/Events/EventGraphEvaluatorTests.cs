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
        win.Properties.AddToSet("dateTexts", ["昨晚"]);
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

    [Fact]
    public void Errors_list_each_false_event_and_each_missed_one_with_its_sentence()
    {
        const string text = "昨晚湖人击败勇士。湖人主帅辞职。\n";
        var doc = new EventGoldDocument("d", text, null,
        [
            new GoldEvent(new TextRange(4, 6), "击败", "竞赛行为-胜负", null, []),
            new GoldEvent(new TextRange(13, 15), "辞职", "组织关系-辞/离职", CecReader.EmergencyClass, []),
        ]);
        var graph = new KnowledgeGraph();
        Event(graph, "a", "击败", "sports", "竞赛行为-胜负", new TextRange(0, 9), text);
        // Predicted on 主帅, which no gold trigger overlaps: a false event; the resignation is missed.
        Event(graph, "b", "主帅", "personnel_change", null, new TextRange(9, 16), text);

        var evaluation = EventGraphEvaluator.Score([doc], ["d.txt"], [text], graph);

        Assert.Equal(
            [
                new EventError("d", true, new TextRange(11, 13), "主帅", "personnel_change", "湖人【主帅】辞职。"),
                new EventError("d", false, new TextRange(13, 15), "辞职", CecReader.EmergencyClass, "湖人主帅【辞职】。"),
            ],
            evaluation.Errors);
        Assert.Equal(
            "# document\tFP|FN\ttrigger\ttype or gold class\tsentence\n"
            + "d\tFP\t主帅\tpersonnel_change\t湖人【主帅】辞职。\n"
            + "d\tFN\t辞职\temergency\t湖人主帅【辞职】。\n",
            EventGraphEvaluator.FormatErrors(evaluation.Errors).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_participant_matches_under_any_name_its_node_is_printed_with_and_counts_once()
    {
        const string text = "央行宣布降息。\n";
        var doc = new EventGoldDocument("d", text, null,
        [
            new GoldEvent(new TextRange(2, 4), "宣布", "财经/交易-降息", null,
            [
                new GoldArgument("降息方", GoldArgumentKind.Participant, new TextRange(0, 2), "央行"),
            ]),
        ]);
        var graph = new KnowledgeGraph();
        var cut = Event(graph, "a", "宣布", "market", "财经/交易-降息", new TextRange(0, 7), text);
        Participant(graph, cut, "中国人民银行");
        graph.GetNode("organization:中国人民银行").Properties.AddToSet("aliases", ["央行"]);

        var evaluation = EventGraphEvaluator.Score([doc], ["d.txt"], [text], graph);

        Assert.Equal(new EventScore("participant", 1, 1, 1, 1), evaluation.Arguments[2]);
    }

    [Fact]
    public void Casualties_match_by_number_and_amounts_by_text()
    {
        const string text = "车祸造成3人死亡、五人受伤。公司被罚款50万元。\n";
        var doc = new EventGoldDocument("d", text, null,
        [
            new GoldEvent(new TextRange(0, 2), "车祸", "灾害/意外-车祸", null,
            [
                new GoldArgument("死亡人数", GoldArgumentKind.Other, new TextRange(4, 6), "3人"),
                new GoldArgument("受伤人数", GoldArgumentKind.Other, new TextRange(9, 11), "五人"),
            ]),
            new GoldEvent(new TextRange(17, 19), "罚款", "司法行为-罚款", null,
            [
                new GoldArgument("罚款金额", GoldArgumentKind.Other, new TextRange(19, 23), "50万元"),
            ]),
        ]);
        var graph = new KnowledgeGraph();
        var crash = Event(graph, "a", "车祸", "accident", "灾害/意外-车祸", new TextRange(0, 14), text);
        crash.Properties.Set("deaths", 3L);
        crash.Properties.Set("injured", 4L);
        var fine = Event(graph, "b", "罚款", "judicial", "司法行为-罚款", new TextRange(14, 24), text);
        fine.Properties.Set("amountText", "50万元");

        var figures = EventGraphEvaluator.Score([doc], ["d.txt"], [text], graph).Figures;

        Assert.Equal(new EventScore("deaths", 1, 1, 1, 1), figures[0]);
        Assert.Equal(new EventScore("injured", 1, 1, 0, 0), figures[1]);
        Assert.Equal(new EventScore("amount", 1, 1, 1, 1), figures[2]);
    }

    [Fact]
    public void The_time_of_each_mention_is_the_events_date_text_printed_in_its_evidence()
    {
        const string text = "14时发生余震；15时发生余震；余震未造成伤亡。\n";
        GoldEvent Aftershock(int at, string? time) => new(new TextRange(at, at + 2), "余震", null, CecReader.EmergencyClass,
            time is null ? [] : [new GoldArgument("Time", GoldArgumentKind.Time, new TextRange(at - 5, at - 2), time)]);
        var doc = new EventGoldDocument("d", text, "地震", [Aftershock(5, "14时"), Aftershock(13, "15时"), Aftershock(16, null)]);
        var graph = new KnowledgeGraph();
        var quake = Event(graph, "a", "余震", "disaster", null, new TextRange(0, 8), text);
        var reported = graph.OutRelationships(quake.Key).Single(r => r.Type == RelationshipTypes.ReportedIn);
        reported.AddEvidence(new Evidence("article:1", "d.txt", 8, 15, text[8..15]));
        reported.AddEvidence(new Evidence("article:1", "d.txt", 16, 24, text[16..24]));
        // The node's own date text, read before the mention, is no mention's time unless printed in its evidence.
        quake.Properties.Set("dateText", "5月12日");
        quake.Properties.AddToSet("dateTexts", ["14时", "15时"]);

        var time = EventGraphEvaluator.Score([doc], ["d.txt"], [text], graph).Arguments[0];

        Assert.Equal(new EventScore("time", 2, 2, 2, 2), time);
    }

    [Fact]
    public void The_place_of_each_mention_is_the_held_at_place_with_a_sighting_in_its_evidence()
    {
        const string text = "解放西路发生车祸。车祸无人受伤。\n";
        GoldEvent Crash(int at, string? place) => new(new TextRange(at, at + 2), "车祸", null, CecReader.EmergencyClass,
            place is null ? [] : [new GoldArgument("Location", GoldArgumentKind.Place, new TextRange(0, 4), place)]);
        var doc = new EventGoldDocument("d", text, "交通事故", [Crash(6, "解放西路"), Crash(9, null)]);
        var graph = new KnowledgeGraph();
        var crash = Event(graph, "a", "车祸", "accident", null, new TextRange(0, 9), text);
        graph.OutRelationships(crash.Key).Single(r => r.Type == RelationshipTypes.ReportedIn)
            .AddEvidence(new Evidence("article:1", "d.txt", 9, 16, text[9..16]));
        var road = graph.GetOrAddNode("place:解放西路", NodeLabel.Place);
        road.Properties.Set("name", "解放西路");
        graph.GetOrAddRelationship(RelationshipTypes.HeldAt, crash.Key, road.Key).AddEvidence(new Evidence("article:1", "d.txt", 0, 9, text[..9]));

        var place = EventGraphEvaluator.Score([doc], ["d.txt"], [text], graph).Arguments[1];

        // The second report names no place and claims none: one place predicted, and right.
        Assert.Equal(new EventScore("place", 1, 1, 1, 1), place);
    }

    [Fact]
    public void A_place_matches_under_its_name_or_an_alias_printed_in_the_mentions_evidence()
    {
        const string text = "大理永平森林发生火灾。\n";
        var doc = new EventGoldDocument("d", text, "火灾",
        [
            new GoldEvent(new TextRange(8, 10), "火灾", null, CecReader.EmergencyClass,
                [new GoldArgument("Location", GoldArgumentKind.Place, new TextRange(0, 6), "大理永平森林")]),
        ]);
        var graph = new KnowledgeGraph();
        var fire = Event(graph, "a", "火灾", "fire", null, new TextRange(0, 11), text);
        var city = graph.GetOrAddNode("place:大理市", NodeLabel.Place);
        city.Properties.Set("name", "大理市");
        var held = graph.GetOrAddRelationship(RelationshipTypes.HeldAt, fire.Key, city.Key);
        held.AddEvidence(new Evidence("article:1", "d.txt", 0, 11, text[..11]));

        // Named 大理市 only, the node matches no gold text; printed 大理 in the mention's sentence, it does.
        Assert.Equal(new EventScore("place", 1, 1, 0, 0), EventGraphEvaluator.Score([doc], ["d.txt"], [text], graph).Arguments[1]);
        city.Properties.AddToSet("aliases", ["大理"]);
        Assert.Equal(new EventScore("place", 1, 1, 1, 1), EventGraphEvaluator.Score([doc], ["d.txt"], [text], graph).Arguments[1]);
    }

    [Fact]
    public void Argument_errors_list_the_gold_and_predicted_texts_of_each_found_event_that_differ()
    {
        const string text = "昨晚湖人击败勇士。\n";
        var doc = new EventGoldDocument("d", text, null,
        [
            new GoldEvent(new TextRange(4, 6), "击败", "竞赛行为-胜负", null,
            [
                new GoldArgument("时间", GoldArgumentKind.Time, new TextRange(0, 2), "昨晚"),
                new GoldArgument("胜者", GoldArgumentKind.Participant, new TextRange(2, 4), "湖人"),
                new GoldArgument("败者", GoldArgumentKind.Participant, new TextRange(6, 8), "勇士"),
            ]),
        ]);
        var graph = new KnowledgeGraph();
        var win = Event(graph, "a", "击败", "sports", "竞赛行为-胜负", new TextRange(0, 9), text);
        win.Properties.AddToSet("dateTexts", ["昨晚"]);
        Participant(graph, win, "湖人");
        Participant(graph, win, "洛杉矶");

        var errors = EventGraphEvaluator.Score([doc], ["d.txt"], [text], graph).ArgumentErrors;

        // The time is right and listed nowhere; the participants miss 勇士 and add 洛杉矶.
        Assert.Equal([new EventArgumentError("d", "participant", new TextRange(4, 6), "击败", ["湖人", "勇士"], ["湖人", "洛杉矶"], "昨晚湖人【击败】勇士。")], errors);
        Assert.Equal(
            "# document\targument\ttrigger\tgold\tpredicted\tsentence\n"
            + "d\tparticipant\t击败\t湖人 | 勇士\t湖人 | 洛杉矶\t昨晚湖人【击败】勇士。\n",
            EventGraphEvaluator.FormatArgumentErrors(errors).ReplaceLineEndings("\n"));
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
