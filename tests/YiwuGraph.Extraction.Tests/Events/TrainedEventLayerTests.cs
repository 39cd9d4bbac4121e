using YiwuGraph.Core;
using YiwuGraph.Extraction.Events;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Events;

public sealed class TrainedEventLayerTests
{
    // Unpruned: the default threshold is chosen for the weights of ten epochs on DuEE, larger than a tiny corpus's.
    private static readonly Lazy<TrainedEventLayer> Layer = new(() =>
    {
        var model = new EventTriggerTrainer(new EventTriggerTrainerOptions { Epochs = 5, MinFeatureCount = 1, PruneThreshold = 0 })
            .Train(TinyEventCorpus.Sentences(0, 12), JiebaSegmenter.CreateDefault(), "tiny corpus");
        return new TrainedEventLayer(new EventTriggerLabeller(model, JiebaSegmenter.CreateDefault()), EventTypeSchema.Default, LexiconSet.Default);
    });

    [Fact]
    public void An_accident_reported_three_times_is_one_event_with_three_mentions_a_place_and_types()
    {
        const string text = "今天上午，解放西路发生一起车祸。据了解，这起车祸无人受伤。交警表示，车祸由超速引起。";
        var place = new EntityRef(EntityKind.Place, "解放西路", "解放西路", new TextRange(5, 9));
        var events = Layer.Value.Add(text, [place], []);
        var crash = Assert.Single(events);
        Assert.Equal("accident", crash.Type);
        Assert.Equal(TinyEventCorpus.Crash, crash.FineType);
        Assert.Equal("车祸", crash.Trigger);
        Assert.Equal(2, crash.Mentions.Count);
        Assert.Equal(place, crash.Location);
        Assert.True(crash.Evidence.Contains(new TextRange(13, 15)));
        // The place is printed with the first report only: HELD_AT cites that mention, not the later ones.
        Assert.Equal(place, crash.EvidencePlace);
        Assert.All(crash.Mentions, m => Assert.Null(m.Place));
    }

    [Fact]
    public void Repeats_of_an_incidents_word_are_its_mentions_unless_they_qualify_a_noun_and_one_clause_gives_two_sightings()
    {
        const string text = "秋明州一幢木屋３１日凌晨发生火灾。此外，火灾还导致２名女性受伤。当地火灾部门也派人查看。"
            + "原震中处发生余震：14时43分发生6.0级余震；15时34分发生5.0级余震。";
        var events = TrainedEventLayer.Default.Add(text, [], []);

        var fire = Assert.Single(events, e => e.Type == "fire");
        Assert.Contains(fire.Mentions, m => text[m.Evidence.Start..m.Evidence.End] == "火灾还导致２名女性受伤。");
        // 火灾部门 is an office: the word qualifies the noun after it.
        Assert.DoesNotContain(fire.Mentions, m => text[m.Evidence.Start..m.Evidence.End].Contains("火灾部门", StringComparison.Ordinal));

        var quake = Assert.Single(events, e => e.Type == "disaster");
        var clause = text.IndexOf("原震中处", StringComparison.Ordinal);
        var second = text.IndexOf("：14时", StringComparison.Ordinal);
        Assert.Equal(
            [clause, second, text.IndexOf("15时", StringComparison.Ordinal)],
            quake.Mentions.Select(m => m.Evidence.Start).Prepend(quake.Evidence.Start).Order());
    }

    [Fact]
    public void A_generic_head_of_an_incident_is_a_mention_of_the_incident_of_its_type_already_reported()
    {
        // The labeller reads 倒塌 as the collapse and the 事故 of 事故发生后 alone, with another fine type: one accident.
        const string text = "20日上午9时许，杭州市萧山区宁围街道一在建工地发生塔吊倒塌事故，造成2人死亡、3人受伤。事故发生后，萧山区委书记佟桂莉第一时间赶赴现场指挥救援。";
        var events = TrainedEventLayer.Default.Add(text, [], []);

        var accident = Assert.Single(events, e => e.Type == "accident");
        Assert.Contains(accident.Mentions, m => m.Trigger == "事故" && text[m.Evidence.Start..m.Evidence.End].StartsWith("事故发生后", StringComparison.Ordinal));
    }

    [Fact]
    public void An_incident_the_role_labeller_gives_no_place_takes_the_place_printed_before_it_in_its_clause()
    {
        const string text = "新华网快讯：民政部说，截至18时统计，四川省汶川县7.8级地震已造成四川、甘肃、重庆、云南等地107人死亡，34人受伤。";
        EntityRef Place(string name, string printed) =>
            new(EntityKind.Place, name, printed, new TextRange(text.IndexOf(printed, StringComparison.Ordinal), text.IndexOf(printed, StringComparison.Ordinal) + printed.Length));
        // The pipeline's places: 四川省 and 汶川县 apart. The role labeller names neither the quake's place.
        var county = Place("汶川县", "汶川县");
        var events = TrainedEventLayer.Default.Add(text, [Place("四川省", "四川省"), county, Place("甘肃省", "甘肃"), Place("云南省", "云南")], []);

        var quake = Assert.Single(events, e => e.Type == "disaster");
        Assert.Equal(county, quake.Location);
        Assert.Equal(county, quake.EvidencePlace);
    }

    [Fact]
    public void A_compound_headed_by_an_incidents_word_is_a_mention_of_it()
    {
        const string text = "今年2月，濮阳市黄河取水口遭受严重污染。自2004年10月以来，取水口发生持续4个多月的水污染事件，40多万居民的饮水安全受到威胁。";
        var events = TrainedEventLayer.Default.Add(text, [], []);

        var pollution = Assert.Single(events, e => e.Type == "disaster");
        Assert.Contains("水污染", pollution.Mentions.Select(m => m.Trigger));
    }

    [Fact]
    public void An_incident_word_after_a_handled_before_cue_is_no_mention_of_the_incident()
    {
        const string text = "昨日凌晨，解放西路一仓库发生火灾。消防部门对火灾进行了调查。此外，火灾还导致２名工人受伤。";
        var events = TrainedEventLayer.Default.Add(text, [], []);

        var fire = Assert.Single(events, e => e.Type == "fire");
        var evidence = fire.Mentions.Select(m => m.Evidence).Prepend(fire.Evidence).Select(r => text[r.Start..r.End]).ToList();
        Assert.Contains(evidence, x => x.Contains("火灾还导致", StringComparison.Ordinal));
        // 对火灾进行了调查: the fire is what the investigation is about, not a sighting of it.
        Assert.DoesNotContain(evidence, x => x.Contains("对火灾", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("会议要求，各地要严防群死群伤的恶性火灾发生。")]
    [InlineData("新技术的推广大大减少了尾气对空气造成的污染。")]
    [InlineData("机场人员随即切断电源，以防可能发生的短路引发飞机起火爆炸。")]
    public void An_incident_guarded_against_is_no_incident(string text)
    {
        Assert.DoesNotContain(TrainedEventLayer.Default.Add(text, [], []), e => e.Type is "fire" or "disaster" or "accident");
    }

    [Fact]
    public void An_incident_is_still_seen_where_a_clause_before_its_word_guards_against_its_spread()
    {
        const string text = "昨日凌晨，解放西路一仓库发生火灾。为防止火势蔓延，消防员迅速疏散了周边群众。";
        Assert.Single(TrainedEventLayer.Default.Add(text, [], []), e => e.Type == "fire");
    }

    [Theory]
    [InlineData("诺基亚没有裁员，股价随之上涨。")]
    [InlineData("诺基亚计划裁员500人，股价随之下跌。")]
    [InlineData("诺基亚将裁员500人，股价随之下跌。")]
    public void Denied_and_planned_events_are_not_events(string text)
    {
        Assert.Empty(Layer.Value.Add(text, [], []));
    }

    [Fact]
    public void Participants_are_the_clause_names_before_and_after_the_trigger_and_rule_events_take_precedence()
    {
        const string text = "昨晚湖人队以102比98击败勇士队，取得三连胜。";
        var lakers = new EntityRef(EntityKind.Organization, "湖人队", "湖人队", new TextRange(2, 5));
        var warriors = new EntityRef(EntityKind.Organization, "勇士队", "勇士队", new TextRange(14, 17));
        var win = Assert.Single(Layer.Value.Add(text, [lakers, warriors], []));
        Assert.Equal("sports", win.Type);
        Assert.Equal([("湖人队", "subject"), ("勇士队", "object")], win.Participants.Select(p => (p.Entity.Name, p.Role)));

        var rule = new EventFact { Type = "meeting", Name = "会", Trigger = "击败", Evidence = new TextRange(0, 17) };
        Assert.Equal([rule], Layer.Value.Add(text, [lakers, warriors], [rule]));
    }

    [Theory]
    // The labeller read the one beaten as a winner after a modifier (丹麦一哥, 38岁老将); the order tells the sides.
    [InlineData("中国乒乓球公开赛男单比赛中，周启豪4-1战胜丹麦一哥乔纳森，晋级下一轮。", "周启豪", "乔纳森")]
    [InlineData("北京时间今天上午，凯尔特人116-123输给雄鹿，遭遇两连败。", "雄鹿", "凯尔特人")]
    // A passive marker turns the sides.
    [InlineData("欧冠小组赛中，阿贾克斯主场1-2被皇马击败，出线形势严峻。", "皇马", "阿贾克斯")]
    // The labeller prints 负 of 负于 (输 of 输给): the trigger is the listed verb printed from its start.
    [InlineData("张德培今晚在公开赛上首次亮相，结果在单打第一轮中以１∶２负于首次和他交手的德国选手万克，被淘汰出局。", "万克", "张德培")]
    public void A_contest_verb_tells_its_winner_and_loser_by_their_order(string body, string winner, string loser)
    {
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build(body);
        var roles = graph.Relationships.Where(r => r.Type == YiwuGraph.Graph.RelationshipTypes.ParticipatedIn)
            .Select(r => (graph.GetNode(r.Source).Name, r.Properties.GetString("role"))).ToList();
        Assert.Contains((winner, "winner"), roles);
        Assert.Contains((loser, "loser"), roles);
        Assert.DoesNotContain((loser, "winner"), roles);
    }

    [Theory]
    // The labeller reads the whole sentence and gave the next match's player, or a team named in another clause, a
    // side of this match whose side the clause already names.
    [InlineData("第二轮的结果是：中国台北的周俊勋执白中盘战胜日本的王立诚，工藤纪夫执黑负于韩国的刘昌赫。", "战胜", "工藤纪夫")]
    [InlineData("印尼女队在王莲香未出场的情况下以３∶２险胜荷兰队，丹麦女队则输给了韩国女队。", "险胜", "丹麦女队")]
    [InlineData("印尼女队在王莲香未出场的情况下以３∶２险胜荷兰队，丹麦女队则输给了韩国女队。", "险胜", "韩国女队")]
    [InlineData("山西队削球手王辉２∶１战胜张辉，河南豫港队获得团体冠军。", "战胜", "河南豫港队")]
    // 负 is printed as 负于, whose sides the order tells.
    [InlineData("广州太阳神队０∶２不敌江苏加佳队，青岛海牛队２∶３负于云南红塔队，陕西国力队更是６∶０狂胜广州松日队。", "负", "广州太阳神队")]
    public void A_party_of_another_clause_takes_no_side_the_contests_clause_names(string body, string trigger, string party)
    {
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build(body);

        var match = Assert.Single(graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Event), e => e.Properties.GetString("trigger") == trigger);
        Assert.Contains(graph.InRelationships(match.Key), r => r.Type == YiwuGraph.Graph.RelationshipTypes.ParticipatedIn);
        Assert.DoesNotContain(graph.InRelationships(match.Key), r => r.Type == YiwuGraph.Graph.RelationshipTypes.ParticipatedIn
            && graph.GetNode(r.Source).Name == party);
    }

    [Theory]
    // A passive marker before 淘汰 tells its sides; a clause without a party before its verb takes the last party
    // named before it as its subject.
    [InlineData("上赛季哈登在西部半决赛就被勇士4-2淘汰。", "哈登")]
    [InlineData("马琳在第二轮比赛中状态低迷，遭到淘汰。", "马琳")]
    // The party that opens its clause is the subject, whatever verb that clause has.
    [InlineData("八名选手今天进行了半决赛，中国男选手马琳以○比三负于丹麦的本特森，遭到淘汰。", "马琳")]
    // The labeller keeps a name's first mention (迎战勇士, 热火与雄鹿); the one of the trigger's clause tells its side.
    [InlineData("北京时间10月15日，今天湖人在主场迎战勇士，湖人104击败98勇士。", "勇士")]
    [InlineData("在刚刚结束的热火与雄鹿的常规赛中，热火最终以131-126加时击败雄鹿。", "雄鹿")]
    public void A_contests_loser_is_read_across_its_sentence(string body, string loser)
    {
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build(body);

        var roles = graph.Relationships.Where(r => r.Type == YiwuGraph.Graph.RelationshipTypes.ParticipatedIn && graph.GetNode(r.Source).Name == loser)
            .Select(r => r.Properties.GetString("role")).ToList();
        Assert.Contains("loser", roles);
        Assert.DoesNotContain("winner", roles);
    }

    [Theory]
    // A competition is where the match is played, never a side; as one it took the place of the clause's subject.
    [InlineData("北京国安本赛季战绩不佳，足协杯四分之一决赛又被山东鲁能淘汰。", "org:足协杯", "org:北京国安", "loser")]
    public void A_competition_takes_no_side_of_its_match(string body, string competition, string party, string role)
    {
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build(body);

        Assert.True(graph.TryGetNode(competition, out _));
        Assert.DoesNotContain("winner", PartiesOf(graph, competition));
        Assert.DoesNotContain("loser", PartiesOf(graph, competition));
        Assert.Contains(role, PartiesOf(graph, party));
    }

    [Fact]
    public void A_party_after_an_opponent_word_is_no_subject_of_the_next_clauses_contest()
    {
        // 新西兰 is the opponent 黑山 faces; 他们 are 黑山, who lost to it.
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build("在F组的一场比赛中，黑山迎战新西兰，结果他们以83-93输给对手，提前在小组赛阶段出局。");

        Assert.DoesNotContain("loser", PartiesOf(graph, "place:新西兰"));
    }

    [Fact]
    public void A_party_after_a_contest_verb_is_no_subject_of_the_next_clauses_contest()
    {
        // 费城76人 is the one 猛龙 beat, and the 对手 击败 beats.
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build(
            "凭借当家球星伦纳德的压哨绝杀，多伦多猛龙在12日美职篮东部半决赛第七场比赛中，主场92:90战胜费城76人，从而以总比分4:3击败对手，闯进东部决赛。");

        var win = Assert.Single(graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Event), e => e.Properties.GetString("trigger") == "击败");
        var sides = graph.InRelationships(win.Key).Where(r => r.Type == YiwuGraph.Graph.RelationshipTypes.ParticipatedIn)
            .Select(r => (r.Source, r.Properties.GetString("role"))).ToList();
        Assert.Contains(("org:多伦多猛龙", "winner"), sides);
        Assert.DoesNotContain(("org:费城76人", "winner"), sides);
    }

    [Fact]
    public void A_party_after_a_passive_elimination_verb_is_no_side_the_order_tells()
    {
        // 遭到淘汰 tells its loser before it; the opponent printed after it went through.
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build("美国男篮在四分之一决赛中79∶89失利，遭到淘汰的同时目送对手法国队晋级篮球世界杯四强。");

        Assert.DoesNotContain("loser", PartiesOf(graph, "org:法国队"));
    }

    [Fact]
    public void A_party_after_another_in_its_clause_is_no_subject_of_the_next_clauses_contest()
    {
        // 韩国女排 is the opponent 中国女排 faces, no subject of 横扫; the labeller keeps the first 中国女排, outside the
        // clause of 横扫.
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build(
            "此役由中国女排对阵亚洲老对手韩国女排，一直“雪藏”的中国女排队长朱婷首发出场并打满全场，带领中国女排以3比0（三局比分25比21、25比12、25比11）横扫韩国队。");

        Assert.DoesNotContain("winner", PartiesOf(graph, "org:韩国女排"));
    }

    [Fact]
    public void A_long_clause_is_cut_to_a_name_without_cutting_a_name_printed_in_it()
    {
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build(
            "本报讯 8月28日晚间，比亚迪股份有限公司发布公告称，其全资子公司比亚迪电子（国际）有限公司拟以约158亿元人民币收购捷普集团在成都、无锡的产品制造业务。");

        var deal = Assert.Single(graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Event), e => e.Properties.GetString("type") == "deal");
        Assert.StartsWith("比亚迪电子（国际）有限公司", deal.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("本报讯 广东省恩平市连遭特大暴雨袭击，多处房屋倒塌。", "disaster")]
    [InlineData("本报讯 南达科他州东南部遭到龙卷风袭击，当地断电。", "disaster")]
    [InlineData("本报讯 武装分子昨日袭击了一处警察哨所。", "attack")]
    public void An_attack_whose_attacker_is_a_disaster_is_that_disaster(string body, string type)
    {
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build(body);

        var events = graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Event).Where(e => e.Properties.GetString("trigger") == "袭击").ToList();
        Assert.Equal(type, Assert.Single(events).Properties.GetString("type"));
    }

    [Fact]
    public void A_title_won_is_a_win_the_shipped_labeller_misses_without_the_win_cues()
    {
        // DuEE marks 夺得 a trigger in few of the sentences that print it: the prize phrase is read by the win cues.
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build("2024年巴黎奥运会男子100米自由泳决赛中，中国选手潘展乐以46秒40夺得金牌。");

        var win = Assert.Single(graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Event));
        Assert.Equal("竞赛行为-夺冠", win.Properties.GetString("fineType"));
        Assert.Contains(graph.InRelationships(win.Key), r => r.Type == YiwuGraph.Graph.RelationshipTypes.ParticipatedIn && r.Source == "person:潘展乐"
            && r.Properties.GetString("role") == "winner");
    }

    [Theory]
    [InlineData("中国队本届共获得金牌数为38枚。")]
    [InlineData("他获得了世界冠军赛的参赛资格。")]
    public void A_count_of_prizes_or_a_match_is_no_title_won(string sentence)
    {
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build(sentence);

        Assert.DoesNotContain(graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Event), e => e.Properties.GetString("fineType") == "竞赛行为-夺冠");
    }

    [Fact]
    public void Two_matches_of_one_verb_with_other_players_are_two_events_of_the_shipped_model()
    {
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build("这三名运动员在关键场次都曾尝到过失败的滋味：孙俊负于丹麦队的盖德，罗毅刚负于印尼队的叶诚万，董炯负于丹麦队的约纳森。");

        var matches = graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Event).Where(e => e.Properties.GetString("fineType") == "竞赛行为-胜负").ToList();
        Assert.True(matches.Count >= 2, $"{matches.Count} match event(s)");
        Assert.All(matches, m => Assert.True(graph.InRelationships(m.Key).Count(r => r.Type == YiwuGraph.Graph.RelationshipTypes.ParticipatedIn && r.Properties.GetString("role") == "loser") <= 1));
    }

    [Fact]
    public void A_party_takes_only_a_role_its_events_fine_type_can_have()
    {
        // The shipped labeller read the team as the winner of a poisoning; DuEE's schema gives a poisoning (a project
        // type: CEC's locations) no party, and the team no role it lists scores well enough.
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build(
            "不过，山西女篮大部分球员在赛前出现了食物中毒的症状，这也影响了她们的整体状态。国务院副总理钱其琛今天在中南海会见了挪威外交大臣克努特·沃勒贝克。");

        Assert.Contains(graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Event), e => e.Properties.GetString("fineType") == "公共卫生-中毒");
        Assert.Empty(PartiesOf(graph, "org:山西女篮"));
        Assert.Equal(["object"], PartiesOf(graph, "person:克努特·沃勒贝克"));
        foreach (var e in graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Event).Where(e => e.Properties.GetString("fineType") is not null))
        {
            var allowed = EventTypeSchema.Default.RolesOf(e.Properties.GetString("fineType")!)!;
            Assert.All(graph.InRelationships(e.Key).Where(r => r.Type == YiwuGraph.Graph.RelationshipTypes.ParticipatedIn),
                r => Assert.Contains(r.Properties.GetString("role")!, allowed));
        }
    }

    [Fact]
    public void Two_meetings_of_one_host_with_other_guests_are_two_events_of_the_shipped_model()
    {
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build(
            "国务院副总理钱其琛今天在中南海会见了挪威外交大臣克努特·沃勒贝克。钱其琛今天下午还在钓鱼台国宾馆会见了智利外交部长何塞·米格尔·因苏尔萨。");

        var meetings = graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Event).Where(e => e.Properties.GetString("fineType") == "交往-会见").ToList();
        Assert.Equal(2, meetings.Count);
        Assert.All(meetings, m => Assert.Single(graph.InRelationships(m.Key),
            r => r.Type == YiwuGraph.Graph.RelationshipTypes.ParticipatedIn && r.Source.StartsWith("person:", StringComparison.Ordinal) && r.Properties.GetString("role") == "object"));
    }

    [Fact]
    public void A_country_printed_alone_stands_for_its_team_or_government_as_a_party()
    {
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build("塞尔维亚3:2险胜土耳其成功捧杯。日本正式退出国际捕鲸委员会。");

        Assert.Equal(["winner"], PartiesOf(graph, "place:塞尔维亚"));
        Assert.Equal(["loser"], PartiesOf(graph, "place:土耳其"));
        Assert.Equal(["subject"], PartiesOf(graph, "place:日本"));
    }

    [Theory]
    [InlineData("他在男单次轮苦战3局1-2输给印度选手普兰诺伊。", "place:印度")]
    [InlineData("周启豪4-1战胜丹麦一哥乔纳森。", "place:丹麦")]
    [InlineData("第19号台风“海贝思”袭击日本，造成多人伤亡。", "place:日本")]
    public void A_country_that_qualifies_a_person_or_is_struck_by_an_incident_is_no_party(string text, string country)
    {
        // Where the player comes from, and where the typhoon struck: the labeller read each country as a party.
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build(text);

        Assert.Empty(PartiesOf(graph, country));
    }

    [Fact]
    public void A_person_of_an_event_whose_type_duee_gives_no_party_takes_part_in_the_generic_role_or_the_rules_one()
    {
        // DuEE's 开幕 and 闭幕 have no party role: the speaker at an opening was left out; the attendees the rules read keep their role.
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build(
            "俄罗斯总统叶利钦在年会开幕式上讲话。民盟中央副主席罗涵先、冯之浚、孔令仁、谢颂凯、吴修平、厉以宁、袁行霈、卢强、俞泽猷、吴正德、张宝文出席了闭幕会。");

        Assert.Equal(["other"], PartiesOf(graph, "person:叶利钦"));
        Assert.Equal(["attendee"], PartiesOf(graph, "person:吴正德"));
        Assert.Equal(["attendee"], PartiesOf(graph, "person:张宝文"));
    }

    [Fact]
    public void At_a_meeting_the_office_printed_before_a_person_is_no_party_beside_the_person()
    {
        // The labeller made 全国人大常委会 a host beside 成思危, its vice-chairman.
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build("全国人大常委会副委员长成思危今天在人民大会堂会见了由日本国会议员组成的代表团。");

        Assert.Empty(PartiesOf(graph, "org:全国人大常委会"));
        Assert.Equal(["subject"], PartiesOf(graph, "person:成思危"));
    }

    [Fact]
    public void A_use_of_an_events_word_in_another_sentence_with_parties_of_its_own_is_an_event_of_its_own()
    {
        // A page of unrelated sentences: the teams of the second match were made parties of the first, the page's first of its kind.
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build(
            "贺璐敏稳攻严守，攻防有序，以四比○的比分战胜对手获得金牌。上海申花队主场以２∶１战胜山东鲁能泰山队，排名升至第二。");

        Assert.Equal(["winner"], PartiesOf(graph, "org:上海申花队"));
        Assert.Equal(["loser"], PartiesOf(graph, "org:山东鲁能泰山队"));
        Assert.StartsWith("上海申花队", EventOf(graph, "org:上海申花队"), StringComparison.Ordinal);
        Assert.Equal(EventOf(graph, "org:上海申花队"), EventOf(graph, "org:山东鲁能泰山队"));
        Assert.NotEqual(EventOf(graph, "person:贺璐敏"), EventOf(graph, "org:上海申花队"));
    }

    [Fact]
    public void A_use_that_names_the_event_as_the_setting_of_its_sentence_is_a_mention_of_it()
    {
        // 在会晤中: the summit already reported, whose parties the second sentence names.
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build("此次日俄首脑非正式会晤意义非同寻常。叶利钦在会晤中曾直率地问桥本，日本是否准备签订和约。");

        Assert.Equal(EventOf(graph, "person:叶利钦"), EventOf(graph, "person:桥本"));
        Assert.StartsWith("此次日俄首脑非正式会晤", EventOf(graph, "person:叶利钦"), StringComparison.Ordinal);
    }

    [Fact]
    public void Those_who_attend_a_meeting_attend_the_nearest_one_before_and_its_own_host_stays_its_host()
    {
        // They were made hosts of the page's first meeting, and as hosts of it kept the rules from reading 张万年.
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build(
            "中央军委副主席张万年上将今天在京会见了来访的美国助理国防部长富兰克林·克雷默。空军司令员刘顺尧、美国驻华大使尚慕杰等参加了会见。"
            + "外交部长唐家璇今天在这里会见了日本防卫厅长官久间章生。中联部副部长刘敬钦等参加了会见。");

        Assert.Equal(["attendee"], PartiesOf(graph, "person:刘顺尧"));
        Assert.Equal(["subject"], PartiesOf(graph, "person:张万年"));
        Assert.Equal(EventOf(graph, "person:张万年"), EventOf(graph, "person:刘顺尧"));
        Assert.Equal(EventOf(graph, "person:唐家璇"), EventOf(graph, "person:刘敬钦"));
        Assert.NotEqual(EventOf(graph, "person:唐家璇"), EventOf(graph, "person:刘顺尧"));
    }

    /// <summary>The name of the one event <paramref name="source"/> takes part in.</summary>
    private static string EventOf(YiwuGraph.Graph.KnowledgeGraph graph, string source) =>
        graph.GetNode(Assert.Single(graph.Relationships, r => r.Type == YiwuGraph.Graph.RelationshipTypes.ParticipatedIn && r.Source == source).Target)
            .Properties.GetString("name") ?? string.Empty;

    private static List<string> PartiesOf(YiwuGraph.Graph.KnowledgeGraph graph, string source) =>
        graph.Relationships.Where(r => r.Type == YiwuGraph.Graph.RelationshipTypes.ParticipatedIn && r.Source == source)
            .Select(r => r.Properties.GetString("role") ?? string.Empty).ToList();

    [Fact]
    public void Newspapers_credited_before_the_reporter_take_part_in_no_event()
    {
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build("沈阳晚报、沈阳网讯（记者李庆实）2014年的第一天，辽宁女篮在联赛中不仅终结了山西女篮的12连胜，同时也送给了对手赛季首败。");

        Assert.Empty(PartiesOf(graph, "org:沈阳晚报"));
        Assert.Empty(PartiesOf(graph, "org:沈阳网讯"));
        // The teams still play it.
        Assert.Contains("winner", PartiesOf(graph, "org:辽宁女篮"));
    }

    [Fact]
    public void Reporters_credited_before_reported_take_part_in_no_event()
    {
        // The shipped role labeller made both reporters hosts of the meeting they report.
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build(
            "本报东京５月２１日电记者张祝基、于青报道：国家副主席胡锦涛今天在东京会见了日本自民党干事长加藤纮一。");

        Assert.Empty(PartiesOf(graph, "person:张祝基"));
        Assert.Empty(PartiesOf(graph, "person:于青"));
        Assert.Contains(graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Event), e => e.Properties.GetString("fineType") == "交往-会见");
    }

    [Fact]
    public void The_source_of_an_incidents_report_is_no_perpetrator()
    {
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build("新华网巴格达４月１日电 联合国伊拉克援助团１日发表公报说，今年３月，伊拉克境内恐怖袭击和暴力冲突共导致５９２人死亡、１２３４人受伤。");

        Assert.Contains(graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Event), e => e.Properties.GetString("type") == "attack");
        Assert.Empty(PartiesOf(graph, "org:联合国伊拉克援助团"));
    }

    [Fact]
    public void Who_speaks_of_an_incident_after_it_is_its_source()
    {
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build("经测量，此次地震引发的海啸约有2米高，智利应急办公室称，预计一个大的海啸将在当地时间午夜前到达位于南太平洋上的胡安・费尔南德斯岛。");

        Assert.Contains(graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Event), e => e.Properties.GetString("type") == "disaster");
        Assert.Empty(PartiesOf(graph, "org:智利应急办公室"));
    }

    [Fact]
    public void An_organisation_named_in_a_clause_saying_where_the_figures_come_from_is_their_source()
    {
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build("联合国伊拉克援助团１日发表公报说，今年３月，伊拉克境内恐怖袭击和暴力冲突共导致５９２人死亡、１２３４人受伤。"
            + "公报说，根据从安巴尔省卫生厅获得的未经联合国伊拉克援助团独立核实的数据，今年３月，安巴尔省的暴力事件共导致至少１５６名平民死亡、７４１名平民受伤。");

        Assert.Empty(PartiesOf(graph, "org:联合国伊拉克援助团"));
    }

    [Fact]
    public void What_people_need_to_do_has_not_happened()
    {
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build("大连市卫生健康委员会副主任赵连日前表示，请广大市民按照大连市疫情防控指挥部要求，非必要不离开大连，确需离开大连的人员需持有7日内核酸检测阴性证明。");

        Assert.DoesNotContain(graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Event), e => e.Properties.GetString("fineType") == "组织关系-退出");
    }

    [Fact]
    public void A_company_announcing_its_own_change_still_takes_part()
    {
        // A speech verb makes a source of an incident only: DuEE marks the announcing company as the party.
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build("光大证券昨日晚间公告称，公司执行总裁周健男日前因个人职业发展原因辞职。");

        Assert.NotEmpty(PartiesOf(graph, "org:光大证券"));
    }

    [Fact]
    public void After_the_incident_the_responders_take_no_part_and_the_clause_is_a_mention_of_the_incident_reported()
    {
        var graph = YiwuGraph.Extraction.Tests.Facts.OnePageBuild.Build("昨晚，福建省长乐市拉丁酒吧发生特大火灾，共造成17人死亡。事故发生后，长乐市委、市政府立即成立现场紧急处置领导小组，全力投入抢险抢救工作。");

        Assert.Empty(PartiesOf(graph, "org:长乐市委"));
        // 事故 of 事故发生后 is the fire, not an accident of its own named by the clause.
        var fire = Assert.Single(graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Event), e => e.Properties.GetString("type") == "fire");
        Assert.DoesNotContain(graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Event), e => e.Properties.GetString("type") == "accident");
        Assert.Contains("事故", fire.Properties.GetStrings("triggers"));
    }
}
