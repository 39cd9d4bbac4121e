using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>The time each mention of an event is reported with, and the date of the event (<see cref="EventArgumentReader"/>).</summary>
public sealed class EventArgumentReaderTests
{
    private static readonly DateOnly February1 = new(2026, 2, 1);

    private static EventFact Event(string text, string type, string trigger, int occurrence = 0)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(trigger, at + 1, StringComparison.Ordinal);
        }

        var sentence = TextSpans.Sentences(text).First(s => s.Contains(at));
        var clause = TextSpans.Clauses(text, sentence).First(c => c.Contains(at));
        return new EventFact { Type = type, Name = trigger, Trigger = trigger, Evidence = clause };
    }

    private static EventMention Mention(string text, string trigger, int occurrence)
    {
        var e = Event(text, "x", trigger, occurrence);
        return new EventMention(e.Evidence, trigger);
    }

    [Fact]
    public void A_dateline_date_is_the_reports_and_the_clause_before_dates_the_fire_but_not_the_deaths()
    {
        const string text = "新华社福州2月1日电 1月31日晚，福建省长乐市拉丁酒吧发生特大火灾，共造成17人死亡。";
        var fire = Event(text, "fire", "火灾");
        var deaths = Event(text, "death", "死亡");

        EventArgumentReader.Default.Read(text, null, [], [], [fire, deaths], February1);

        Assert.Equal("1月31日晚", fire.EvidenceTime?.Text);
        Assert.Equal("1月31日晚", fire.DateText);
        Assert.Equal(new DateOnly(2026, 1, 31), fire.Date);
        // The fire is reported between the time and the deaths: that mention carries no time, the event keeps the day.
        Assert.Null(deaths.EvidenceTime);
        Assert.Equal(new DateOnly(2026, 1, 31), deaths.Date);
    }

    [Fact]
    public void Each_mention_of_one_event_has_the_time_of_day_printed_with_it_and_the_event_keeps_the_day()
    {
        const string text = "5月12日14时27分，汶川县发生7.8级地震。原震中处发生余震：14时43分发生6.0级余震；15时34分47.8秒发生5.0级余震。";
        var quake = Event(text, "disaster", "余震");
        quake.Mentions.Add(Mention(text, "余震", 1));
        quake.Mentions.Add(Mention(text, "余震", 2));

        EventArgumentReader.Default.Read(text, null, [], [], [quake], February1);

        // The first 余震 names no time before it (原震中处发生余震：), the clause after it does.
        Assert.Equal("14时43分", quake.EvidenceTime?.Text);
        Assert.Equal(["14时43分", "15时34分47.8秒"], quake.Mentions.Select(m => m.Time?.Text));
        // A time of day alone is no date: the day is the one named before.
        Assert.Equal("5月12日14时27分", quake.DateText);
    }

    [Fact]
    public void Times_joined_by_and_are_one_and_a_time_after_the_trigger_counts_in_its_clause_only()
    {
        const string text = "4月14日下午及昨日上午，读书班举行。事故约发生在15时15分。据悉，事故未造成人员伤亡，18时许道路恢复通行。";
        var course = Event(text, "meeting", "举行");
        var accident = Event(text, "accident", "事故");
        accident.Mentions.Add(Mention(text, "事故", 1));

        EventArgumentReader.Default.Read(text, null, [], [], [course, accident], February1);

        Assert.Equal("4月14日下午及昨日上午", course.EvidenceTime?.Text);
        Assert.Equal(new DateOnly(2026, 4, 14), course.Date);
        Assert.Equal("15时15分", accident.EvidenceTime?.Text);
        Assert.Null(Assert.Single(accident.Mentions).Time);
    }

    [Fact]
    public void A_bare_year_dates_a_mention_only_when_nothing_finer_is_printed_and_never_the_event_over_its_context()
    {
        const string text = "3月31日，招聘活动启动。作为今年首站，此次活动还设置了政企座谈会。";
        var talks = Event(text, "meeting", "座谈会");

        EventArgumentReader.Default.Read(text, null, [], [], [talks], February1);

        Assert.Equal("今年", talks.EvidenceTime?.Text);
        Assert.Equal("3月31日", talks.DateText);
    }

    [Fact]
    public void In_the_graph_each_sighting_covers_the_time_of_its_mention_and_the_event_lists_them()
    {
        var graph = OnePageBuild.Build("1月8日，省经信厅召开2026年全省经信工作会议。");
        var meeting = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), n => n.Properties.GetString("type") == "meeting");
        Assert.Equal(["1月8日"], meeting.Properties.GetStrings("dateTexts"));
        var reported = Assert.Single(graph.OutRelationships(meeting.Key), r => r.Type == RelationshipTypes.ReportedIn);
        Assert.StartsWith("1月8日，省经信厅召开", Assert.Single(reported.Evidence).Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Parties_sign_with_a_date_and_a_venue_between_them_and_the_verb()
    {
        var graph = OnePageBuild.Build("义乌市人民政府与浙江大学12月2日在杭州签署战略合作协议。");

        var signing = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("type") == "signing");
        var parties = graph.InRelationships(signing.Key).Where(r => r.Type == RelationshipTypes.ParticipatedIn && r.Properties.GetString("role") == "signatory")
            .Select(r => r.Source).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["org:义乌市人民政府", "org:浙江大学"], parties);
        Assert.Contains(graph.OutRelationships(signing.Key), r => r.Type == RelationshipTypes.HeldAt && r.Target == "place:杭州市");
    }

    [Fact]
    public void The_home_city_a_local_paper_calls_wo_shi_is_a_party_of_its_signing()
    {
        var graph = OnePageBuild.Build("我市与阿里巴巴集团签署战略合作协议。");

        var signing = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("type") == "signing");
        var parties = graph.InRelationships(signing.Key).Where(r => r.Type == RelationshipTypes.ParticipatedIn && r.Properties.GetString("role") == "signatory")
            .Select(r => r.Source).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["org:阿里巴巴集团", "place:义乌市"], parties);
        var signed = Assert.Single(graph.Relationships, r => r.Type == RelationshipTypes.SignedWith);
        Assert.Equal(("place:义乌市", "org:阿里巴巴集团"), (signed.Source, signed.Target));
    }

    [Fact]
    public void The_home_city_qualifying_a_party_is_no_party()
    {
        var graph = OnePageBuild.Build("我市企业与阿里巴巴集团签署战略合作协议。");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipTypes.ParticipatedIn && r.Source == "place:义乌市");
    }

    [Theory]
    [InlineData("联合国安理会呼吁印度、巴基斯坦共同签署《全面禁止核试验条约》。")]
    [InlineData("印度拒绝签署《全面禁止核试验条约》。")]
    [InlineData("该公司也没有同任何外国公司签订这方面的合同。")]
    [InlineData("浙江大学将与义乌市人民政府签署合作协议。")]
    [InlineData("当被问及以色列何时签署核不扩散条约时，他没有回答。")]
    public void A_signing_called_for_refused_denied_planned_or_asked_about_is_none(string sentence)
    {
        var graph = OnePageBuild.Build(sentence);

        Assert.DoesNotContain(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("type") == "signing");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipTypes.SignedWith);
    }

    [Theory]
    [InlineData("印尼政府表示将认真贯彻今年１月与国际货币基金组织签订的５０点协议。")]
    [InlineData("中国国家发展计划委员会和美国能源部的代表今天在这里签署了中美和平利用核技术合作协定。")]
    [InlineData("莫里斯则决定反悔并与尼克斯签约。")]
    public void A_signing_that_qualifies_a_noun_or_is_decided_was_made_and_a_cue_inside_a_name_is_none(string sentence)
    {
        var graph = OnePageBuild.Build(sentence);

        Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("type") == "signing");
    }

    [Fact]
    public void An_event_of_no_known_kind_takes_no_attendee_of_a_sentence_that_does_not_name_it()
    {
        var graph = OnePageBuild.Build("由北京市保龄球运动协会主办的１９９８年度会员联赛今天开赛。中国奥委会每年从参加国内外比赛的运动员中评选最佳选手。");

        var league = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Name.EndsWith("会员联赛", StringComparison.Ordinal));
        Assert.DoesNotContain(graph.InRelationships(league.Key), r => r.Type == RelationshipTypes.ParticipatedIn);
    }

    [Fact]
    public void Those_who_attend_an_event_named_by_its_noun_attend_it()
    {
        var graph = OnePageBuild.Build("国家教育部今天在人民大会堂举行报告会。教育部部长陈至立、副部长吕福源等出席了报告会。");

        var talk = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Name.EndsWith("报告会", StringComparison.Ordinal));
        Assert.Contains(graph.InRelationships(talk.Key), r => r.Type == RelationshipTypes.ParticipatedIn && r.Source == "person:陈至立"
            && r.Properties.GetString("role") == "attendee");
    }

    [Fact]
    public void Those_who_attend_an_event_whose_phrase_opens_after_the_cue_attend_that_one()
    {
        var graph = OnePageBuild.Build("市委召开全市经济工作会议。全国妇联主席沈跃跃29日出席由全国妇联举办的“儿童眼中的世界”儿童画展。");

        var show = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Name.EndsWith("儿童画展", StringComparison.Ordinal));
        Assert.Contains(graph.InRelationships(show.Key), r => r.Type == RelationshipTypes.ParticipatedIn && r.Source == "person:沈跃跃");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipTypes.ParticipatedIn && r.Source == "person:沈跃跃" && r.Target != show.Key);
    }

    [Theory]
    [InlineData("今年７３岁的王永祥参加过孟良崮战役、西安战役。", "person:王永祥", false)]
    [InlineData("武警官兵每年参加植树活动。", "org:武警", false)]
    [InlineData("市领导王永祥出席会议。", "person:王永祥", true)]
    [InlineData("市领导王永祥参加了今天的会议。", "person:王永祥", true)]
    public void Those_named_before_parcan_or_chuxi_attend_the_articles_event_only_when_its_object_names_it(string second, string who, bool attends)
    {
        var graph = OnePageBuild.Build("市委今天召开全市经济工作座谈会。" + second);

        var meeting = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Name.EndsWith("座谈会", StringComparison.Ordinal));
        var attended = graph.InRelationships(meeting.Key).Any(r => r.Type == RelationshipTypes.ParticipatedIn && r.Source == who);
        Assert.Equal(attends, attended);
    }

    [Fact]
    public void One_who_will_not_attend_attends_nothing()
    {
        var graph = OnePageBuild.Build("市委召开全市经济工作会议。庄智渊于近日发表个人声明，未来奥运会也不会参加。");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipTypes.ParticipatedIn && r.Source == "person:庄智渊");
    }

    [Fact]
    public void The_one_met_is_the_object_of_a_meeting_and_the_one_who_meets_its_subject()
    {
        var graph = OnePageBuild.Build("国家主席习近平3日在北京人民大会堂会见美国总统拜登。");

        var meeting = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("type") == "meeting");
        var roles = graph.InRelationships(meeting.Key).Where(r => r.Type == RelationshipTypes.ParticipatedIn)
            .ToDictionary(r => r.Source, r => r.Properties.GetString("role"));
        Assert.Equal("subject", roles["person:习近平"]);
        Assert.Equal("object", roles["person:拜登"]);
    }

    [Fact]
    public void The_organiser_of_an_event_does_not_attend_it_too()
    {
        var graph = OnePageBuild.Build("12月1日，浙江大学举行建校125周年纪念大会，校长杜江峰出席并讲话。");

        var meeting = Assert.Single(graph.NodesWithLabel(NodeLabel.Event));
        Assert.Contains(graph.InRelationships(meeting.Key), r => r.Type == RelationshipTypes.Organized && r.Source == "org:浙江大学");
        Assert.DoesNotContain(graph.InRelationships(meeting.Key), r => r.Type == RelationshipTypes.ParticipatedIn && r.Source == "org:浙江大学");
        Assert.Contains(graph.InRelationships(meeting.Key), r => r.Type == RelationshipTypes.ParticipatedIn && r.Source == "person:杜江峰");
    }

    [Fact]
    public void The_one_met_after_a_title_and_an_office_is_the_object()
    {
        // The labeller itself reads 全国人大常委会 as an object here; the rule adds the person its office names.
        var graph = OnePageBuild.Build("菲律宾总统拉莫斯今天在这里会见了中国特使、全国人大常委会副委员长谢非。");

        var meeting = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("type") == "meeting");
        Assert.Contains(graph.InRelationships(meeting.Key), r => r.Type == RelationshipTypes.ParticipatedIn && r.Source == "person:谢非"
            && r.Properties.GetString("role") == "object");
        Assert.Contains(graph.InRelationships(meeting.Key), r => r.Type == RelationshipTypes.ParticipatedIn && r.Source == "person:拉莫斯"
            && r.Properties.GetString("role") == "subject");
    }

    [Fact]
    public void The_speakers_of_other_sentences_are_no_participants_of_an_incident()
    {
        var graph = OnePageBuild.Build("本报讯 联合国秘书长古特雷斯在会上呼吁立即停火。以色列国防军当天在加沙南部汗尤尼斯发动空袭，造成至少30人死亡。");

        var roles = graph.Relationships.Where(r => r.Type == YiwuGraph.Graph.RelationshipTypes.ParticipatedIn)
            .Select(r => (graph.GetNode(r.Source).Name, r.Properties.GetString("role"))).ToList();
        Assert.Contains(("以色列国防军", "perpetrator"), roles);
        Assert.DoesNotContain(roles, r => r.Name == "古特雷斯");
    }

    [Fact]
    public void A_visit_takes_no_speakers_or_attendees_of_other_sentences()
    {
        var graph = OnePageBuild.Build("国务院总理李强12月2日至4日对越南进行正式访问。全国人大常委会副委员长王晨在会上讲话，国务委员王毅出席。");

        var visit = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("type") == "visit_inspection");
        var who = Assert.Single(graph.InRelationships(visit.Key), r => r.Type == RelationshipTypes.ParticipatedIn);
        Assert.Equal("person:李强", who.Source);
    }

    [Fact]
    public void A_visit_takes_the_attendees_of_a_sentence_that_names_it()
    {
        var graph = OnePageBuild.Build("4月10日至15日，义乌市委副书记、市长温建飞带队赴新疆阿拉山口、霍尔果斯等边境口岸开展调研。霍尔果斯市委副书记、市长皮履屏等陪同调研。");

        var visit = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("type") == "visit_inspection");
        Assert.Contains(graph.InRelationships(visit.Key), r => r.Type == RelationshipTypes.ParticipatedIn && r.Source == "person:皮履屏"
            && r.Properties.GetString("role") == "attendee");
    }

    [Fact]
    public void An_organisation_that_names_a_speakers_office_does_not_speak_itself()
    {
        var graph = OnePageBuild.Build("新华社联合国12月2日电 联合国安理会2日就加沙人道主义局势举行紧急会议。中国常驻联合国代表傅聪在会上发言。");

        var meeting = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("type") == "meeting");
        var speakers = graph.InRelationships(meeting.Key).Where(r => r.Type == RelationshipTypes.ParticipatedIn).Select(r => r.Source).ToList();
        Assert.Contains("person:傅聪", speakers);
        Assert.DoesNotContain("org:联合国", speakers);
    }

    [Fact]
    public void A_trained_event_takes_attendees_only_of_a_sentence_that_names_it()
    {
        // On the MSRA pages a 会见 of the trained labeller's took the guests of a reception or a forum of other sentences.
        var graph = OnePageBuild.Build(
            "国务院副总理钱其琛今天在中南海会见了挪威外交大臣克努特·沃勒贝克。外交部副部长王英凡参加了会见。全国政协副主席朱光亚等出席了晚上的招待会。");

        var meeting = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("fineType") == "交往-会见");
        var parties = graph.InRelationships(meeting.Key).Where(r => r.Type == RelationshipTypes.ParticipatedIn).ToList();
        Assert.Contains(parties, r => r.Source == "person:王英凡" && r.Properties.GetString("role") == "attendee");
        Assert.DoesNotContain(parties, r => r.Source == "person:朱光亚");
    }

    [Fact]
    public void A_sentence_that_reports_a_gathering_of_its_own_gives_its_roles_to_that_gathering()
    {
        // A page of unrelated reports: the king attended the inauguration of his sentence, not the session of parliament
        // the page reported first.
        var graph = OnePageBuild.Build("莱索托国家议会２８日召开会议，选举莫西西利为新首相。今天上午，莱索托新首相莫西西利的就职仪式在首都马塞卢举行，国王莱齐耶三世出席。");

        var attended = Assert.Single(graph.Relationships, r => r.Type == RelationshipTypes.ParticipatedIn && r.Source == "person:莱齐耶三世");
        Assert.Equal("attendee", attended.Properties.GetString("role"));
        Assert.Contains("就职仪式", graph.GetNode(attended.Target).Properties.GetString("name"), StringComparison.Ordinal);
    }
}
