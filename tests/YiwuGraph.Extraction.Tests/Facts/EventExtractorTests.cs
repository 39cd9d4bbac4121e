using YiwuGraph.Extraction.Facts;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>How the civic rules name an event from the words before its trigger.</summary>
public sealed class EventExtractorTests
{
    [Theory]
    [InlineData("新华社日内瓦5月11日电（记者刘洋）中美经贸高层会谈", "中美经贸高层会谈")]
    [InlineData("本报讯（记者 李华）安全生产工作会议", "安全生产工作会议")]
    [InlineData("温得和克消息：非洲发展会议", "非洲发展会议")]
    [InlineData("中美经贸高层会谈", "中美经贸高层会谈")]
    public void A_wire_dateline_with_its_credit_or_a_dateline_before_a_colon_is_no_part_of_the_name(string phrase, string name) =>
        Assert.Equal(name, EventExtractor.Default.Clean(phrase));

    [Theory]
    [InlineData("深圳市副市长黄敏在发布会上致辞。")]
    [InlineData("华为常务董事余承东出席发布会并介绍新产品。")]
    public void The_subject_of_a_clause_before_a_bare_event_noun_does_not_name_an_event(string sentence)
    {
        var graph = OnePageBuild.Build("本报讯 9月10日下午，华为技术有限公司在深圳国际会展中心举行新品发布会。" + sentence);

        var releases = graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Event).Where(e => e.Properties.GetString("type") == "release").ToList();
        Assert.Equal(["华为技术有限公司新品发布会"], releases.Select(e => e.Name));
    }

    [Theory]
    [InlineData("12月3日，市委书记叶帮锐出席全市经济工作会议并讲话。", "经济工作会议", "叶帮锐")]
    [InlineData("12月3日，中国人民银行行长潘功胜出席金融街论坛年会并发表讲话。", "金融街论坛年会", "潘功胜")]
    public void A_gathering_named_as_what_an_official_attends_is_an_event_he_attends(string sentence, string name, string person)
    {
        var graph = OnePageBuild.Build(sentence);
        var meeting = Assert.Single(graph.NodesWithLabel(NodeLabel.Event));
        Assert.Equal(name, meeting.Name);
        var attendee = Assert.Single(graph.InRelationships(meeting.Key), r => r.Type == RelationshipTypes.ParticipatedIn);
        Assert.Equal(person, graph.GetNode(attendee.Source).Name);
    }

    [Fact]
    public void A_gathering_attended_in_a_place_printed_before_the_verb_is_held_there()
    {
        var graph = OnePageBuild.Build("当地时间26日，国务委员兼外长王毅在纽约出席联合国大会期间会见日本外相。");
        var assembly = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Name == "联合国大会");
        var heldAt = Assert.Single(graph.OutRelationships(assembly.Key), r => r.Type == RelationshipTypes.HeldAt);
        Assert.Equal("纽约", graph.GetNode(heldAt.Target).Name);
    }

    [Theory]
    [InlineData("12月3日，市领导参加了会议。")]
    [InlineData("12月3日，他出席了此次大会。")]
    [InlineData("12月3日，双方代表出席签字仪式。")]
    [InlineData("12月3日，他曾多次参加国际会议。")]
    [InlineData("12月3日，他不会参加任何小组的会议。")]
    public void An_attended_reference_or_kind_of_gathering_names_no_event(string sentence) =>
        Assert.Empty(OnePageBuild.Build(sentence).NodesWithLabel(NodeLabel.Event));

    [Theory]
    [InlineData("义乌市海内外高层次人才联谊会（以下简称“海高会”）成立大会", "义乌市海内外高层次人才联谊会成立大会")]
    [InlineData("山东首批3家农村商业银行股份有限公司（下称“农商行”）全部挂牌", "山东首批3家农村商业银行股份有限公司全部挂牌")]
    [InlineData("台灣高速鐵路股份有限公司（簡稱台灣高鐵）通車典禮", "台灣高速鐵路股份有限公司通車典禮")]
    [InlineData("义乌国际商贸城（二区）开业仪式", "义乌国际商贸城（二区）开业仪式")]
    public void A_short_name_definition_in_brackets_is_no_part_of_the_name_another_bracket_is(string phrase, string name) =>
        Assert.Equal(name, EventExtractor.Default.Clean(phrase));

    [Theory]
    [InlineData("第十五届中国国际航空航天博览会11日", "第十五届中国国际航空航天博览会")]
    [InlineData("世贸组织第二次部长级会议１８日至２０日", "世贸组织第二次部长级会议")]
    [InlineData("北京国安队负于波尔多队２１日、２２日", "北京国安队负于波尔多队")]
    [InlineData("纪念建校125周年大会", "纪念建校125周年大会")]
    [InlineData("为期一周的首届德国消费品博览会于今日", "首届德国消费品博览会")]
    [InlineData("为期三天的南部非洲经济首脑会议１７日", "南部非洲经济首脑会议")]
    public void A_day_or_a_range_of_days_printed_after_the_name_is_no_part_of_it(string phrase, string name) =>
        Assert.Equal(name, EventExtractor.Default.Clean(phrase));

    [Theory]
    [InlineData("3日", "")]
    [InlineData("昨天上午", "")]
    [InlineData("日前在北京", "在北京")]
    [InlineData("12月2日在深圳", "在深圳")]
    [InlineData("下午", "")]
    [InlineData("又", "又")]
    public void Dates_and_times_of_day_printed_between_a_subject_and_its_verb_are_read_past(string gap, string rest) =>
        Assert.Equal(rest, new EventExtractor().WithoutTimes(gap));

    [Theory]
    [InlineData("上海市政府新闻办3日举行新闻发布会，上海市副市长华源出席并介绍情况。")]
    [InlineData("上海市政府新闻办昨天举行新闻发布会，上海市副市长华源出席并介绍情况。")]
    [InlineData("上海市政府新闻办上午举行新闻发布会，上海市副市长华源出席并介绍情况。")]
    public void A_date_between_the_organiser_and_its_verb_keeps_the_organiser(string sentence)
    {
        var graph = OnePageBuild.Build(sentence);

        var e = Assert.Single(graph.NodesWithLabel(NodeLabel.Event));
        Assert.Equal("上海市政府新闻办新闻发布会", e.Name);
        Assert.Contains(graph.InRelationships(e.Key), r => r.Type == RelationshipTypes.Organized && r.Source == "org:上海市政府新闻办");
    }

    [Fact]
    public void A_state_visit_has_its_visitor_and_the_country_visited()
    {
        var graph = OnePageBuild.Build("国务院总理李强12月2日至4日对越南进行正式访问。");

        var visit = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("type") == "visit_inspection");
        Assert.Contains(graph.InRelationships(visit.Key), r => r.Type == RelationshipTypes.ParticipatedIn && r.Source == "person:李强");
        Assert.Contains(graph.OutRelationships(visit.Key), r => r.Type == RelationshipTypes.HeldAt && r.Target == "place:越南");
    }

    [Theory]
    [InlineData("小渊说，胡锦涛副主席此次访问日本后，两国关系有了新的发展。", "person:胡锦涛", "place:日本")]
    [InlineData("正在黎巴嫩访问的法国总统希拉克昨天呼吁各方保持克制。", "person:希拉克", "place:黎巴嫩")]
    public void The_visitor_is_not_the_one_who_speaks_of_the_visit(string sentence, string visitor, string place)
    {
        var graph = OnePageBuild.Build(sentence);

        var visit = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("type") == "visit_inspection");
        var who = Assert.Single(graph.InRelationships(visit.Key), r => r.Type == RelationshipTypes.ParticipatedIn);
        Assert.Equal(visitor, who.Source);
        Assert.Contains(graph.OutRelationships(visit.Key), r => r.Type == RelationshipTypes.HeldAt && r.Target == place);
    }

    [Fact]
    public void The_visitors_own_country_is_not_the_place_visited()
    {
        var graph = OnePageBuild.Build("１９９７年５月，法国总统希拉克访华，双方签署了联合声明。");

        var visit = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("type") == "visit_inspection");
        Assert.DoesNotContain(graph.OutRelationships(visit.Key), r => r.Type == RelationshipTypes.HeldAt && r.Target == "place:法国");
    }

    [Theory]
    [InlineData("法赫德国王在信中正式邀请哈塔米总统访问沙特阿拉伯。")]
    [InlineData("以色列总理内塔尼亚胡将于５月２５日至２８日对中国进行正式访问。")]
    [InlineData("泰王国王储玛哈哇集拉隆功殿下将作为普密蓬国王的御代表于１９９８年５月２２日至２８日对中国进行正式访问。")]
    [InlineData("全国人大常委会副委员长田纪云将从５月８日开始对上述３国进行正式友好访问。")]
    [InlineData("美国总统克林顿决定提前、专程对中国作长达８天的国事访问。")]
    [InlineData("外交部发言人１２日在这里说，中美两国正积极认真地为美国总统克林顿访华作准备。")]
    [InlineData("共和党人要求克林顿取消对中国即将进行的访问。")]
    [InlineData("１９９２年４月，津田康道特意随播州友好访问团来到了中国。")]
    public void A_visit_invited_announced_decided_or_prepared_is_no_visit_yet_and_a_delegation_is_none(string sentence)
    {
        var graph = OnePageBuild.Build(sentence);

        Assert.DoesNotContain(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("type") == "visit_inspection");
    }

    [Fact]
    public void A_show_opening_on_a_day_is_named_without_the_day()
    {
        var graph = OnePageBuild.Build("第十五届中国国际航空航天博览会11日在珠海开幕。");

        Assert.Contains(graph.NodesWithLabel(NodeLabel.Event), e => e.Name == "第十五届中国国际航空航天博览会");
    }

    [Fact]
    public void A_visit_that_qualifies_the_one_met_leaves_the_meeting_of_its_clause()
    {
        var graph = OnePageBuild.Build("国家主席江泽民今天下午会见了正在北京访问的英国葛兰素·威康公司总裁理查德·赛克斯爵士一行。");

        var events = graph.NodesWithLabel(NodeLabel.Event).ToList();
        Assert.Contains(events, e => e.Properties.GetString("type") == "meeting");
        var visit = Assert.Single(events, e => e.Properties.GetString("type") == "visit_inspection");
        var who = Assert.Single(graph.InRelationships(visit.Key), r => r.Type == RelationshipTypes.ParticipatedIn);
        Assert.Equal("person:理查德·赛克斯", who.Source);
    }

    [Fact]
    public void A_delegation_visiting_is_no_visit_of_the_person_who_meets_it()
    {
        var graph = OnePageBuild.Build("意大利总理普罗迪在总理府会见正在意大利访问的人民日报代表团。");

        Assert.DoesNotContain(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("type") == "visit_inspection");
        Assert.Contains(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("type") == "meeting");
    }

    [Theory]
    [InlineData("今天下午，国家副主席胡锦涛一行将结束对日本历时５天的正式友好访问。", "person:胡锦涛")]
    [InlineData("美将加强与埃军事合作正在开罗访问的美国国防部长科恩１９日表示，美国将加强同埃及的军事合作。", "person:科恩")]
    public void A_future_cue_of_another_verb_or_a_visit_ending_leaves_the_visit(string sentence, string visitor)
    {
        var graph = OnePageBuild.Build(sentence);

        var visit = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("type") == "visit_inspection");
        Assert.Contains(graph.InRelationships(visit.Key), r => r.Type == RelationshipTypes.ParticipatedIn && r.Source == visitor);
    }

    [Fact]
    public void The_inviter_is_not_the_visitor()
    {
        var graph = OnePageBuild.Build("塞舌尔副总统抵京访华新华社北京５月４日电应国家副主席胡锦涛的邀请，塞舌尔共和国副总统詹姆斯·米歇尔今天抵达北京，开始对中国进行为期６天的正式访问。");

        var visits = graph.NodesWithLabel(NodeLabel.Event).Where(e => e.Properties.GetString("type") == "visit_inspection").ToList();
        Assert.NotEmpty(visits);
        var who = visits.SelectMany(v => graph.InRelationships(v.Key)).Where(r => r.Type == RelationshipTypes.ParticipatedIn).Select(r => r.Source).Distinct();
        Assert.Equal(["person:詹姆斯·米歇尔"], who);
    }

    [Theory]
    [InlineData("印度前总理拉·甘地１９８８年访华以及中国国家主席江泽民１９９６年访问印度，推动了两国关系的改善。", "person:江泽民", "１９９６年")]
    [InlineData("新华社北京６月１５日电意大利总统斯卡尔法罗于６月８日至１３日对中国进行了国事访问。", "person:斯卡尔法罗", "６月８日至１３日")]
    public void A_visit_is_dated_by_the_last_date_before_its_verb_not_the_datelines(string sentence, string visitor, string date)
    {
        var graph = OnePageBuild.Build(sentence);

        var visit = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("type") == "visit_inspection"
            && graph.InRelationships(e.Key).Any(r => r.Source == visitor));
        Assert.Equal(date, visit.Properties.GetString("dateText"));
    }

    [Theory]
    [InlineData("新华社联合国6月2日电 联合国安理会2日就印巴核试验问题举行紧急会议，呼吁两国保持克制。", "联合国安理会紧急会议", "org:联合国安理会")]
    [InlineData("欧盟外长理事会3日在卢森堡就科索沃局势举行特别会议。", "欧盟外长理事会特别会议", "org:欧盟外长理事会")]
    public void An_organiser_with_a_date_and_a_topic_after_jiu_holds_a_meeting(string sentence, string name, string organiser)
    {
        var graph = OnePageBuild.Build(sentence);

        var meeting = Assert.Single(graph.NodesWithLabel(NodeLabel.Event));
        Assert.Equal(name, meeting.Name);
        Assert.Contains(graph.InRelationships(meeting.Key), r => r.Type == RelationshipTypes.Organized && r.Source == organiser);
        Assert.DoesNotContain(graph.OutRelationships(meeting.Key), r => r.Type == RelationshipTypes.HeldAt && r.Target == "place:科索沃");
    }

    [Theory]
    [InlineData("２月下旬在伦敦召开的西方七国财长和央行行长会议强调，要加强国际金融体系。", "place:伦敦")]
    [InlineData("5月12日晚，华为公司在英国伦敦召开全球新品发布会。", "place:伦敦")]
    [InlineData("近日，在阿联酋首都阿布扎比召开的石油市场研讨会上，各方专家陈述己见。", "place:阿布扎比")]
    public void A_place_after_zai_is_where_a_meeting_is_held_not_who_holds_it(string sentence, string place)
    {
        var graph = OnePageBuild.Build(sentence);

        var meeting = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("trigger") == "召开");
        Assert.DoesNotContain(graph.InRelationships(meeting.Key), r => r.Type == RelationshipTypes.Organized && r.Source.StartsWith("place:", StringComparison.Ordinal));
        Assert.Contains(graph.OutRelationships(meeting.Key), r => r.Type == RelationshipTypes.HeldAt && r.Target == place);
        Assert.False(meeting.Name.StartsWith('的'), meeting.Name);
    }

    [Fact]
    public void An_organiser_before_zai_and_a_place_holds_the_meeting_held_there()
    {
        var graph = OnePageBuild.Build("本报北京５月２８日讯国务院妇女儿童工作委员会今天在中南海召开新一届委员会全体会议。");

        var meeting = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("trigger") == "召开");
        Assert.Contains(graph.InRelationships(meeting.Key), r => r.Type == RelationshipTypes.Organized && r.Source == "org:国务院妇女儿童工作委员会");
        Assert.Contains(graph.OutRelationships(meeting.Key), r => r.Type == RelationshipTypes.HeldAt && r.Target == "place:中南海");
    }

    [Theory]
    [InlineData("中央歌剧芭蕾舞剧院青年音乐工作者谢杨昨天在北京音乐厅举办独奏音乐会。", "org:北京音乐厅")]
    [InlineData("柬埔寨人民党在金边总部举行了万人集会。", "org:金边总部")]
    public void An_organisation_after_zai_before_the_verb_is_a_venue_not_an_organiser(string sentence, string venue)
    {
        var graph = OnePageBuild.Build(sentence);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipTypes.Organized && r.Source == venue);
    }

    [Fact]
    public void An_organisation_after_zai_that_holds_the_event_named_after_de_organises_it()
    {
        var graph = OnePageBuild.Build("美国务卿奥尔布赖特今晚在亚洲协会举行的年度餐会上发表演讲。");

        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.Organized && r.Source == "org:亚洲协会");
    }

    [Theory]
    [InlineData("由中国国际象棋协会和中辰国际集团公司主办的第四届“陈振南杯”国际象棋特级大师邀请赛于６月１８日落幕。", "org:中国国际象棋协会|org:中辰国际集团公司", "第四届“陈振南杯”国际象棋特级大师邀请赛")]
    [InlineData("由北京市政府和科技部共同主办的国际周活动为期５天。", "org:北京市政府|org:科技部", "国际周活动")]
    [InlineData("由中国作家协会创联部、《散文选刊》杂志社和焦作矿务局联合举办的中国当代散文创作研讨会于近日在韩愈故里焦作举行。", "org:中国作家协会创联部|org:焦作矿务局", "中国当代散文创作研讨会")]
    [InlineData("由朝阳区委区政府举办、朝阳区文化文物局承办的第三届北京朝阳国际文化节今天开幕。", "org:朝阳区委|org:朝阳区文化文物局", "第三届北京朝阳国际文化节")]
    public void Every_organisation_listed_after_you_organises_the_event_named_after_its_verb_and_de(string sentence, string organisers, string name)
    {
        var graph = OnePageBuild.Build(sentence);

        var e = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Name == name);
        var organized = graph.InRelationships(e.Key).Where(r => r.Type == RelationshipTypes.Organized).ToList();
        foreach (var organiser in organisers.Split('|'))
        {
            var r = Assert.Single(organized, r => r.Source == organiser);
            Assert.Contains(organiser[4..], Assert.Single(r.Evidence).Snippet, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("由团县委牵头组织的务工青年协会成立了。")]
    [InlineData("由公安部主办的这个展将持续到月底。")]
    public void An_organisation_or_an_event_named_before_after_you_is_no_event_organised(string sentence)
    {
        var graph = OnePageBuild.Build(sentence);

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipTypes.Organized);
    }

    [Theory]
    [InlineData("北京市工商联与北京市劳动局等部门共同举办北京市民营企业招聘下岗职工专场洽谈会。", "org:北京市劳动局|org:北京市工商联")]
    [InlineData("中宣部、全国总工会在人民大会堂联合举办劳动模范事迹报告会。", "org:中共中央宣传部|org:全国总工会")]
    [InlineData("湖北省公安厅和见义勇为基金会联合召开表彰大会。", "org:湖北省公安厅|org:见义勇为基金会")]
    public void Every_organiser_listed_before_the_verb_holds_the_event(string sentence, string organisers)
    {
        var graph = OnePageBuild.Build(sentence);

        var organized = graph.Relationships.Where(r => r.Type == RelationshipTypes.Organized).Select(r => r.Source).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(organisers.Split('|').Order(StringComparer.Ordinal), organized);
    }

    [Fact]
    public void An_event_convened_at_a_place_is_held_there()
    {
        var graph = OnePageBuild.Build("本报南京６月２９日电日前，创建国家卫生镇现场经验交流会在江苏张家港市召开。");

        var meeting = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Name == "创建国家卫生镇现场经验交流会");
        Assert.Contains(graph.OutRelationships(meeting.Key), r => r.Type == RelationshipTypes.HeldAt && r.Target == "place:张家港市");
    }

    [Fact]
    public void A_meeting_held_in_a_relative_clause_is_named_without_de_or_its_duration()
    {
        var graph = OnePageBuild.Build("香港贸易发展局今天就香港的商业机遇问题举行的为期两天的会议吸引了大批商人。");

        Assert.Contains(graph.NodesWithLabel(NodeLabel.Event), e => e.Name == "香港贸易发展局会议");
    }

    [Theory]
    [InlineData("世行和国际货币基金组织春季会议将于下周在华盛顿举行。")]
    [InlineData("筹备委员会第二次全体会议定于７月１０日在北京举行。")]
    [InlineData("１９９７年度中国电影华表奖颁奖典礼将于５月２１日晚在北京举行。")]
    public void An_event_announced_to_be_held_at_a_place_is_none_yet(string sentence)
    {
        var graph = OnePageBuild.Build(sentence);

        Assert.DoesNotContain(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("fineType") is null);
    }

    [Fact]
    public void An_organisation_holding_an_event_at_a_place_is_no_event()
    {
        var graph = OnePageBuild.Build("４月１８日，联合国经济及社会理事会在纽约举行。");

        Assert.DoesNotContain(graph.NodesWithLabel(NodeLabel.Event), e => e.Name == "联合国经济及社会理事会");
    }
}
