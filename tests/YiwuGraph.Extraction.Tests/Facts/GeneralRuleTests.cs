using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Graph;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>
/// The rules written while reading the held-out seed pages 002–004, each checked on sentences of its own (not copied
/// from the pages), so that a rule that only fits one page string fails here.
/// </summary>
public sealed class GeneralRuleTests
{
    private static readonly HomeContext Yiwu = new("义乌市", "浙江省");

    [Fact]
    public void Countries_foreign_cities_and_regions_are_places_and_a_city_after_its_country_is_part_of_it()
    {
        var graph = Build("本报讯 今年，义乌企业还将赴巴西圣保罗、泰国曼谷和迪拜参展，开拓东南亚市场。");
        Assert.Equal("country", Node(graph, "place:巴西").Properties.GetString("level"));
        Assert.Equal("foreign", Node(graph, "place:圣保罗").Properties.GetString("level"));
        Assert.Equal("foreign", Node(graph, "place:迪拜").Properties.GetString("level"));
        Assert.Equal("other", Node(graph, "place:东南亚").Properties.GetString("level"));
        Assert.True(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.PartOf, "place:圣保罗", "place:巴西", null), out _));
        Assert.False(graph.TryGetNode("place:泰国曼谷", out _));
    }

    [Fact]
    public void Transit_lines_and_trade_zones_named_by_a_proper_noun_are_places_and_a_station_on_a_line_is_part_of_it()
    {
        var graph = Build("本报讯 昨日，杭温城际铁路义乌高铁站开通。会议介绍中国（湖南）自由贸易试验区建设情况，要加快轨道交通建设。");
        Assert.Equal("other", Node(graph, "place:杭温城际铁路").Properties.GetString("level"));
        Assert.True(graph.TryGetNode("place:中国(湖南)自由贸易试验区", out _));
        Assert.True(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.PartOf, "place:义乌高铁站", "place:杭温城际铁路", null), out _));
        Assert.DoesNotContain(graph.NodesWithLabel(NodeLabel.Place), p => p.Name.EndsWith("轨道交通", StringComparison.Ordinal));
    }

    [Fact]
    public void A_city_name_before_one_of_its_towns_is_a_place_and_the_town_is_part_of_it()
    {
        // jieba: 嘉兴/nr 西塘/ns, 杭州/ns 塘栖/ns. Without the rule the first pair was one place (嘉兴西塘) or the city
        // was lost, and 塘栖 was no place at all. 牡丹 (菏泽/ns 牡丹) is no town of 菏泽's, so it stays a flower.
        var graph = Build("本报讯 昨日，考察团从义乌出发，来到嘉兴西塘学习古镇保护经验，又去了杭州塘栖，还看了菏泽牡丹。");
        Assert.Equal("city", Node(graph, "place:嘉兴市").Properties.GetString("level"));
        Assert.True(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.PartOf, "place:西塘", "place:嘉兴市", null), out _));
        Assert.True(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.PartOf, "place:塘栖", "place:杭州市", null), out _));
        Assert.Equal("town", Node(graph, "place:西塘").Properties.GetString("level"));
        Assert.False(graph.TryGetNode("place:嘉兴西塘", out _));
        Assert.False(graph.TryGetNode("place:牡丹", out _));

        // A one-character name with its ending after its province: 山东单县 is 单县 in 山东省, not one place.
        graph = Build("本报讯 近日，山东单县的客商来义乌采购。");
        Assert.True(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.PartOf, "place:单县", "place:山东省", null), out _));
        Assert.False(graph.TryGetNode("place:山东单县", out _));
    }

    [Fact]
    public void Where_a_thing_is_without_a_place_name_and_words_before_a_market_or_citizens_are_no_places()
    {
        // Seen in MSRA news: 位于院子中央的…, 位于亚洲最大的…基地之旁, 通信市场, 普通市民 had become places.
        var graph = Build("本报讯 位于院子中央的喷泉已修好，位于市中心的大楼正在改造。世界通信市场前景广阔，普通市民也能受益。位于稠江街道的义乌市大数据中心投入使用。");
        var places = Names(graph, NodeLabel.Place);
        Assert.DoesNotContain("院子中央", places);
        Assert.DoesNotContain("市中心", places);
        Assert.DoesNotContain("通信", places);
        Assert.DoesNotContain("普通", places);
        Assert.Contains("稠江街道", places);

        // Kinds of area are no places, nor part of the place named after them.
        graph = Build("本报讯 救援队赶赴地震重灾区。他回到陈嘉庚故乡集美镇，球队在对方禁区制造威胁。");
        places = Names(graph, NodeLabel.Place);
        Assert.Contains("集美镇", places);
        Assert.DoesNotContain(places, p => p.Contains("灾区", StringComparison.Ordinal) || p.Contains("故乡", StringComparison.Ordinal) || p.Contains("禁区", StringComparison.Ordinal));

        // A title before a surname starts a person's name, even one that ends like a place (黄镇 in 部长黄镇东).
        graph = Build("本报讯 交通部部长黄镇东出席会议。");
        Assert.DoesNotContain(Names(graph, NodeLabel.Place), p => p.Contains("黄镇", StringComparison.Ordinal));
    }

    [Fact]
    public void Words_that_end_like_a_bureau_are_no_organisations_but_a_finance_bureau_is()
    {
        // Seen in MSRA news: 比利时政局, 和谈僵局, 韩国队败局 had become organisations (局 as in 教育局).
        var graph = Build("本报讯 分析人士认为，比利时政局动荡，和谈陷入僵局，韩国队败局已定。义乌市财政局和国家邮政局派员参加。");
        var orgs = Names(graph, NodeLabel.Organization);
        Assert.DoesNotContain(orgs, o => o.EndsWith("政局", StringComparison.Ordinal) && !o.EndsWith("财政局", StringComparison.Ordinal) && !o.EndsWith("邮政局", StringComparison.Ordinal));
        Assert.DoesNotContain(orgs, o => o.EndsWith("僵局", StringComparison.Ordinal) || o.EndsWith("败局", StringComparison.Ordinal));
        Assert.Contains("义乌市财政局", orgs);
        Assert.Contains("国家邮政局", orgs);
    }

    [Fact]
    public void A_verb_before_a_name_of_its_own_is_not_part_of_the_organisation()
    {
        // Seen in MSRA news: 办法提请全国人大常委会, 经科委专家鉴定福州市国税局 had become organisations; a verb inside a
        // name (拳击 in 国际拳击联合会, 促进 in 产业发展促进中心) still belongs to it.
        // 委托 (jieba: n) and 指控 (vn) are verbs whatever their tag.
        var graph = Build("本报讯 该办法提请全国人大常委会审议。专家鉴定福州市国税局的系统。国际拳击联合会和义乌市产业发展促进中心发来贺信。"
            + "有关单位委托河北邢台防爆动力研究所进行检测。院士参观浙江大学，兴国希望小学的学生表演节目。");
        var orgs = Names(graph, NodeLabel.Organization);
        Assert.Contains("全国人大常委会", orgs);
        Assert.Contains("福州市国税局", orgs);
        Assert.Contains("国际拳击联合会", orgs);
        Assert.Contains("义乌市产业发展促进中心", orgs);
        // The tagger reads 河北 | 邢台防爆动力研究所; the rules' 河北邢台防爆动力研究所 runs on to the left of its
        // organisation and gives way (MentionArbiter: such readings were more often wrong on the dev corpora).
        Assert.Contains("邢台防爆动力研究所", orgs);
        Assert.Contains("浙江大学", orgs);
        Assert.Contains("兴国希望小学", orgs);
        Assert.DoesNotContain(orgs, o => o.Contains("提请", StringComparison.Ordinal) || o.Contains("鉴定", StringComparison.Ordinal) || o.Contains("委托", StringComparison.Ordinal) || o.Contains("参观", StringComparison.Ordinal));
    }

    [Fact]
    public void A_transliterated_name_after_a_title_ends_where_the_words_stop_looking_like_a_name()
    {
        // Seen in MSRA news: 科菲·安南希望这次会议, 比尔·盖茨则, 本雅明·内塔尼亚胡将于 had become persons, and
        // 安哥拉 (jieba: nr) a person of its own.
        var graph = Build("本报讯 秘书长科菲·安南希望会议取得成果。董事长比尔·盖茨则表示乐观。部长佩德罗·内图率领的安哥拉新闻代表团抵达。");
        var persons = Names(graph, NodeLabel.Person);
        Assert.Contains("科菲·安南", persons);
        Assert.Contains("比尔·盖茨", persons);
        Assert.Contains("佩德罗·内图", persons);
        Assert.DoesNotContain("安哥拉", persons);
        Assert.DoesNotContain(persons, p => p.Contains("希望", StringComparison.Ordinal) || p.EndsWith('则') || p.Contains("率领", StringComparison.Ordinal));
    }

    [Fact]
    public void A_county_level_short_name_that_is_also_a_word_needs_a_place_context()
    {
        // The rules' reading. Inside build the recognizer may still read 安宁 as a place, and in a conflict-free gap
        // its reading stands (MentionArbiter): a filter on it cost LOC F1 on both dev corpora (2026-12-03).
        const string text = "本报讯 民警守护辖区安宁。考察团赴曲阜、西安等地学习。";
        var places = new PlaceDirectory(YiwuGraph.Extraction.Gazetteer.PlaceGazetteer.Default, Yiwu);
        var found = new PatternMentionSource(JiebaSegmenter.CreateDefault(), Yiwu, places).Find(text)
            .Where(m => m.Kind == EntityKind.Place).Select(m => m.GetText(text)).ToList();
        Assert.DoesNotContain("安宁", found);
        Assert.Contains("曲阜", found);
        Assert.True(Build(text).TryGetNode("place:曲阜市", out _));
    }

    [Fact]
    public void Zones_named_after_a_place_and_what_a_thing_is_located_in_are_places()
    {
        var graph = Build("本报讯 调研组走访了霍尔果斯综保区。位于绿色动力小镇的领克汽车义乌工厂正加紧生产。");
        Assert.Equal("other", Node(graph, "place:霍尔果斯综保区").Properties.GetString("level"));
        Assert.True(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.LocatedIn, "org:领克汽车义乌工厂", "place:绿色动力小镇", null), out _));
    }

    [Theory]
    [InlineData("本报讯 义乌市华南锁业有限公司总经理蔡庆丰现场签下订单。", "蔡庆丰")]
    [InlineData("本报讯 晚会上，青年演员曾舜晞也现身其中。", "曾舜晞")]
    [InlineData("本报讯 自治州州委副书记、州长吾肉孜阿力·哈西哈尔巴依陪同调研。", "吾肉孜阿力·哈西哈尔巴依")]
    public void A_name_after_a_title_or_role_is_found_when_jieba_breaks_it(string body, string person) =>
        Assert.True(Build(body).TryGetNode("person:" + person, out _), person);

    [Fact]
    public void A_word_after_a_role_that_starts_with_an_everyday_surname_is_no_person() =>
        Assert.Empty(Build("本报讯 反诈相声、民警原创RAP、安全脱口秀轮番上演。").NodesWithLabel(NodeLabel.Person));

    [Fact]
    public void Every_name_of_a_photo_credit_after_a_caption_is_a_person_with_the_credit_role()
    {
        var graph = Build("本报讯 昨日，民警开展巡逻。\n昨日，市公安局举行升旗仪式。 全媒体记者 张一鸣 通讯员 李晓峰 摄");
        Assert.True(graph.TryGetNode("person:张一鸣", out _));
        Assert.Contains("通讯员", graph.GetNode("person:李晓峰").Properties.GetStrings("titles"));
    }

    [Fact]
    public void A_list_of_names_is_a_list_of_people_and_each_takes_the_role_of_the_cue_after_it()
    {
        var graph = Build("本报讯 昨日，市委理论学习中心组专题读书班举行。市领导温建飞、杨献参加，田亮、龚淑娟、罗祖盘、朱建富围绕学习内容作交流发言。");
        var meeting = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Name.EndsWith("读书班", StringComparison.Ordinal));
        Assert.Equal("meeting", meeting.Properties.GetString("type"));
        var roles = graph.InRelationships(meeting.Key).Where(r => r.Type == RelationshipTypes.ParticipatedIn)
            .ToDictionary(r => r.Source, r => r.Properties.GetString("role"));
        Assert.Equal("attendee", roles["person:温建飞"]);
        Assert.Equal("attendee", roles["person:杨献"]);
        foreach (var speaker in new[] { "田亮", "龚淑娟", "罗祖盘", "朱建富" })
        {
            Assert.Equal("speaker", roles["person:" + speaker]);
        }
    }

    [Theory]
    [InlineData("其中，不久前，华美毯业科技入选省级未来工厂名单，企业数量创新高。", "华美毯业科技")]
    [InlineData("另有星河湾（义乌）发动机等10家企业入选省级智能工厂名单。", "星河湾（义乌）发动机")]
    [InlineData("本地的蓝海光电等企业纷纷扩产。", "蓝海光电")]
    public void A_brand_with_an_industry_word_is_a_company_where_the_context_says_so(string text, string company)
    {
        Assert.Contains(Patterns(text), m => m.Kind == EntityKind.Organization && m.GetText(text) == company);
    }

    [Theory]
    [InlineData("我市大力发展人工智能科技，推动产业升级。")]
    [InlineData("新材料科技入选重点方向。")]
    public void An_industry_word_without_company_context_is_no_company(string text)
    {
        Assert.DoesNotContain(Patterns(text), m => m.Kind == EntityKind.Organization);
    }

    [Fact]
    public void A_field_of_study_inside_a_chain_of_offices_keeps_its_organisation()
    {
        var graph = Build("本报讯 会议邀请浙江大学经济学方向教授、培训中心原副主任张一鸣作专题辅导。");
        Assert.True(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.HoldsPosition, "person:张一鸣", "org:浙江大学", "教授"), out _));
        // 培训中心 of 浙江大学 was read as the rules' unnamed unit of the organisation before it; the tagger now marks
        // 培训中心 as an organisation of its own and its reading stands (NewsEntityRecognizer: the tagger's
        // organisations are no longer filtered, measured on the dev corpora), so the chain to 浙江大学 is lost here.
    }

    [Fact]
    public void A_generic_word_before_a_company_office_is_no_company()
    {
        // 公司 alone is the tagger's (MSRA marks such references; its organisations are no longer filtered, measured
        // on the dev corpora); 行业, which it does not mark, stays no company.
        var graph = Build("本报讯 公司董事长张三丰表示，行业创始人李四海也到场。");
        Assert.DoesNotContain(graph.NodesWithLabel(NodeLabel.Organization), o => o.Name is "行业");
    }

    [Theory]
    [InlineData("本报讯 昨日，某某APP智能服务平台在义乌正式发布。", "release", "某某APP智能服务平台发布")]
    [InlineData("本报讯 5月14日，为期三天的2026义博会巴西展在圣保罗国际会展中心收官。", "exhibition", "2026义博会巴西展")]
    [InlineData("本报讯 昨日，义乌市人民政府与金华市人民政府举行座谈。", "meeting", "义乌市人民政府与金华市人民政府座谈")]
    [InlineData("本报讯 5月15日，省委省政府在义乌召开会议，总结经验。", "meeting", "省委省政府在义乌召开会议")]
    public void Events_are_read_from_more_ways_of_saying_they_happened(string body, string type, string name)
    {
        var graph = Build(body);
        Assert.Contains(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("type") == type && e.Name == name);
    }

    [Fact]
    public void An_honour_won_is_an_award_with_the_winner_taking_part()
    {
        var graph = Build("本报讯 去年，市商务局获评全国商务系统先进集体。我市凭借强劲动能，成功入选省级典型案例。获评数量创历史新高。");
        var awards = graph.NodesWithLabel(NodeLabel.Event).Where(e => e.Properties.GetString("type") == "award").ToList();
        Assert.Equal(2, awards.Count);
        var bureau = Assert.Single(awards, e => e.Name == "市商务局获评全国商务系统先进集体");
        Assert.Contains(graph.InRelationships(bureau.Key), r => r.Source == "org:义乌市商务局" && r.Properties.GetString("role") == "other");
        Assert.Contains(awards, e => e.Name == "我市入选省级典型案例");
    }

    [Theory]
    [InlineData("会上，双方与阿根廷 CITYBLANCO S.A. 公司正式签约。", "阿根廷 CITYBLANCO S.A. 公司")]
    [InlineData("成立义乌市产业发展促进中心、义乌市招商局。", "义乌市产业发展促进中心")]
    [InlineData("共建有上海交通大学义乌雷达技术联合实验室等平台。", "上海交通大学义乌雷达技术联合实验室")]
    [InlineData("共建有浙江大学国际健康医学研究院等平台。", "浙江大学国际健康医学研究院")]
    public void Organisation_names_with_latin_letters_verbs_or_adjectives_inside_are_whole(string text, string organisation)
    {
        Assert.Contains(Patterns(text), m => m.Kind == EntityKind.Organization && m.GetText(text) == organisation);
    }

    [Fact]
    public void A_signatory_may_be_followed_by_an_adverb_before_the_verb()
    {
        var graph = Build("本报讯 1月9日，义乌市品牌发展促进会与阿根廷 CITYBLANCO S.A. 公司正式签约。");
        Assert.True(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.SignedWith, "org:义乌市品牌发展促进会", "org:阿根廷CITYBLANCOS.A.公司", null), out _));
    }

    [Fact]
    public void A_name_after_the_verb_of_its_own_clause_is_talked_about_not_taking_part()
    {
        var graph = Build("本报讯 昨日，市委理论学习中心组专题读书班举行。何军杰导学了习近平总书记关于发展的重要论述，田亮、龚淑娟、罗祖盘围绕学习内容作交流发言。");
        var meeting = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Name.EndsWith("读书班", StringComparison.Ordinal));
        var parts = graph.InRelationships(meeting.Key).Where(r => r.Type == RelationshipTypes.ParticipatedIn).Select(r => r.Source).ToList();
        Assert.Contains("person:何军杰", parts);
        Assert.Contains("person:田亮", parts);
        Assert.DoesNotContain("person:习近平", parts);
    }

    [Fact]
    public void The_outlet_an_article_is_credited_to_is_an_organisation()
    {
        var graph = new CorpusGraphBuilder().Build([RepoPaths.Seed("004")], cancellationToken: TestContext.Current.CancellationToken).Graph;
        foreach (var outlet in new[] { "org:浙江宣传", "org:浙江日报" })
        {
            var mention = Assert.Single(graph.InRelationships(outlet), r => r.Type == RelationshipTypes.Mentions);
            Assert.NotEmpty(mention.Evidence);
        }
    }

    [Fact]
    public void A_sentence_opening_with_a_time_of_day_keeps_the_day_before_it()
    {
        var graph = Build("本报讯 5月15日上午，省委省政府在义乌召开会议。下午，省委理论学习中心组又在义乌举行专题学习会。");
        var session = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Name.EndsWith("专题学习会", StringComparison.Ordinal));
        Assert.Equal("5月15日下午", session.Properties.GetString("dateText"));
    }

    [Fact]
    public void An_opening_that_dates_something_else_is_no_event() =>
        Assert.Empty(Build("本报讯 新市场开业第一周便迎来大量外商。").NodesWithLabel(NodeLabel.Event));

    [Fact]
    public void Ways_of_working_listed_with_等形式_are_no_events() =>
        Assert.Empty(Build("本报讯 要通过组织线下洽谈、开展商贸交流研讨会等形式，推动合作。").NodesWithLabel(NodeLabel.Event));

    [Fact]
    public void A_quoted_run_of_slogans_names_no_organisation()
    {
        const string text = "通过深化“揭榜挂帅”“先用后转”“技术转移中心”等创新机制，推动转化。";
        Assert.DoesNotContain(Patterns(text), m => m.Kind == EntityKind.Organization);
    }

    [Fact]
    public void A_city_followed_by_公安_is_its_public_security_bureau()
    {
        var graph = Build("本报讯 过去一年，义乌公安锚定目标持续发力。昨日，市公安局举行升旗仪式。");
        var bureau = Node(graph, "org:义乌市公安局");
        Assert.Contains("义乌公安", bureau.Properties.GetStrings("aliases"));
        Assert.False(graph.TryGetNode("org:义乌公安", out _));
    }

    [Fact]
    public void A_short_ending_after_a_place_is_the_full_name_of_that_places_body()
    {
        var graph = Build("本报讯 昨日，杭州中院公开宣判一起案件，市检察院派员出庭。浙江高院、最高人民法院和某某法院另有通报。");

        Assert.Contains("杭州中院", Node(graph, "org:杭州市中级人民法院").Properties.GetStrings("aliases"));
        Assert.Contains("市检察院", Node(graph, "org:义乌市人民检察院").Properties.GetStrings("aliases"));
        Assert.Contains("浙江高院", Node(graph, "org:浙江省高级人民法院").Properties.GetStrings("aliases"));
        Assert.True(graph.TryGetNode("org:最高人民法院", out _));
        Assert.False(graph.TryGetNode("org:杭州中院", out _));
        Assert.DoesNotContain(graph.Nodes, n => n.Key.StartsWith("org:某某", StringComparison.Ordinal) && n.Key.EndsWith("人民法院", StringComparison.Ordinal));
    }

    [Fact]
    public void A_credit_bracket_glued_to_the_lead_does_not_run_into_its_names()
    {
        var graph = Build("【记者王大明／台北报导】台湾积体电路制造股份有限公司董事长魏哲家昨日表示，将新建工厂。");

        Assert.True(graph.TryGetNode("org:台湾积体电路制造股份有限公司", out _));
        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.Wrote && r.Source == "person:王大明");
        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.Mentions && r.Target == "person:王大明");
        Assert.Contains("记者", Node(graph, "person:王大明").Properties.GetStrings("titles"));
    }

    [Fact]
    public void An_office_after_a_short_name_defined_in_brackets_is_held_at_the_organisation()
    {
        var graph = Build("本报讯 非洲开发银行（非行）行长卡巴杰昨日表示，将扩大对非洲国家的贷款。");

        var office = Assert.Single(graph.OutRelationships("person:卡巴杰"), r => r.Type == RelationshipTypes.HoldsPosition);
        Assert.Equal(("org:非洲开发银行", "行长"), (office.Target, office.Properties.GetString("title")));
    }

    [Fact]
    public void A_traditional_article_is_read_in_simplified_and_its_entities_keep_the_printed_forms()
    {
        var graph = Build("本報訊 經濟部長郭智輝昨日出席記者會時指出，政府將全力協助廠商解決水電供應問題。");

        var minister = Node(graph, "person:郭智辉");
        Assert.Contains("郭智輝", minister.Properties.GetStrings("aliases"));
        var office = Assert.Single(graph.OutRelationships(minister.Key), r => r.Type == RelationshipTypes.HoldsPosition);
        Assert.Equal(("org:经济部", "部长"), (office.Target, office.Properties.GetString("title")));
        Assert.Contains("經濟部長郭智輝", office.Evidence.Single().Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_that_prints_a_body_entity_otherwise_adds_that_form_as_an_alias()
    {
        var graph = OnePageBuild.Build("本报讯 12月1日，杭州市中级人民法院对一起电信网络诈骗案进行一审公开宣判。", "杭州中院宣判一起诈骗案");

        var court = Node(graph, "org:杭州市中级人民法院");
        Assert.Equal(["杭州中院", "杭州市中级人民法院"], court.Properties.GetStrings("aliases").Order(StringComparer.Ordinal));
        Assert.Equal(2, graph.OutRelationships(graph.NodesWithLabel(NodeLabel.Article).Single().Key).Single(r => r.Target == court.Key).Evidence.Count);
    }

    [Theory]
    [InlineData("全省公安机关开展专项行动。")]
    [InlineData("义乌公安局党委召开会议。")]
    [InlineData("浙江公安厅发布通知。")]
    public void 公安_before_another_word_or_after_a_province_is_no_short_form(string text)
    {
        Assert.DoesNotContain(Patterns(text), m => m.Kind == EntityKind.Organization && m.GetText(text).EndsWith("公安", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("完善全龄友好服务体系，打造嵌入式养老服务站、普惠性托育机构。")]
    [InlineData("各社区建设居家养老服务站。")]
    public void A_kind_of_facility_with_a_weak_ending_is_no_organisation(string text)
    {
        Assert.DoesNotContain(Patterns(text), m => m.Kind == EntityKind.Organization);
    }

    [Fact]
    public void A_company_name_keeps_its_bracketed_place()
    {
        const string text = "与之一路之隔的极光湾（义乌）传动系统有限公司正在扩产。";
        Assert.Contains(Patterns(text), m => m.Kind == EntityKind.Organization && m.GetText(text) == "极光湾（义乌）传动系统有限公司");
    }

    private static GraphNode Node(KnowledgeGraph graph, string key)
    {
        Assert.True(graph.TryGetNode(key, out var node), key + " missing; places: " + string.Join(", ", graph.NodesWithLabel(NodeLabel.Place).Select(p => p.Name)));
        return node;
    }

    private static List<string> Names(KnowledgeGraph graph, NodeLabel label) => graph.NodesWithLabel(label).Select(n => n.Name).ToList();

    /// <summary>The pattern mentions of <paramref name="text"/>, with Yiwu as home.</summary>
    private static IReadOnlyList<FactMention> Patterns(string text) => new PatternMentionSource(JiebaSegmenter.CreateDefault(), Yiwu).Find(text);

    private static KnowledgeGraph Build(string body) => OnePageBuild.Build(body);
}
