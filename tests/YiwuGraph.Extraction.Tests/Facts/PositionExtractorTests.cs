using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>Offices printed before a name, and the organisation each is of.</summary>
public sealed class PositionExtractorTests
{
    private static readonly PositionExtractor Extractor = new(HomeContext.None);

    private static List<(string Person, string Title, string? Organization)> Find(string text, params (EntityKind, string)[] names) =>
        [.. Extractor.Find(text, PrintedEntities.At(text, names)).Select(p => (p.Person.Name, p.Title, p.Organization?.Name))];

    [Fact]
    public void Offices_joined_by_jian_are_both_held_and_share_the_organisation()
    {
        const string Text = "阿里巴巴集团董事会主席兼首席执行官张勇表示，集团将进行组织变革。";
        Assert.Equal(
            [("张勇", "首席执行官", "阿里巴巴集团"), ("张勇", "董事会主席", "阿里巴巴集团")],
            Find(Text, (EntityKind.Organization, "阿里巴巴集团"), (EntityKind.Person, "张勇")));
    }

    [Fact]
    public void An_office_after_a_name_is_of_the_body_the_article_printed_before_the_name_for_that_office()
    {
        const string Text = "俄罗斯总统普京抵达北京。普京总统表示，两国关系良好。";
        Assert.Equal(
            [("普京", "总统", "俄罗斯"), ("普京", "总统", "俄罗斯")],
            Find(Text, (EntityKind.Place, "俄罗斯"), (EntityKind.Person, "普京"), (EntityKind.Person, "普京")));

        // Two bodies for the office, or none printed, leave it without one.
        Assert.Equal(
            [("王毅", "外长", (string?)null)],
            Find("王毅外长表示，中方欢迎。", (EntityKind.Person, "王毅")));
        Assert.Equal(
            [("赵六", "主席", "甲协会"), ("赵六", "主席", "乙协会"), ("赵六", "主席", (string?)null)],
            Find("甲协会主席赵六、乙协会主席赵六出席。赵六主席说。", (EntityKind.Organization, "甲协会"), (EntityKind.Person, "赵六"),
                (EntityKind.Organization, "乙协会"), (EntityKind.Person, "赵六"), (EntityKind.Person, "赵六")));
    }

    [Fact]
    public void A_state_office_after_a_name_is_of_the_country_printed_right_before_the_name()
    {
        Assert.Equal([("密特朗", "总统", "法国")], Find("而法国密特朗总统认为，", (EntityKind.Place, "法国"), (EntityKind.Person, "密特朗")));

        // 主席 is no office of a state: the body is not certain from the country.
        Assert.Equal([("江泽民", "主席", (string?)null)], Find("中国江泽民主席说，", (EntityKind.Place, "中国"), (EntityKind.Person, "江泽民")));
    }

    [Fact]
    public void A_bare_states_body_held_by_a_foreigner_is_of_the_one_foreign_country_the_sentence_named_before_it()
    {
        Assert.Equal(
            [("卡洛斯·阿马特", "部长", "古巴司法部")],
            Find("参加人权会的古巴代表团团长、司法部长卡洛斯·阿马特说。", (EntityKind.Organization, "古巴代表团"), (EntityKind.Organization, "司法部"), (EntityKind.Person, "卡洛斯·阿马特")));

        // A Chinese name keeps China's body, and a sentence of two countries names none.
        Assert.Equal(
            [("迟浩田", "部长", "国防部")],
            Find("应美国防长科恩邀请，国防部长迟浩田访美。", (EntityKind.Place, "美国"), (EntityKind.Organization, "国防部"), (EntityKind.Person, "迟浩田")));
        Assert.Equal(
            [("欧阳建国", "部长", "外交部")],
            Find("应美国防长科恩邀请，外交部长欧阳建国访美。", (EntityKind.Place, "美国"), (EntityKind.Organization, "外交部"), (EntityKind.Person, "欧阳建国")));
        Assert.Equal(
            [("普里马科夫", "部长", "外交部")],
            Find("美国和俄罗斯会谈，外交部长普里马科夫说。", (EntityKind.Place, "美国"), (EntityKind.Place, "俄罗斯"), (EntityKind.Organization, "外交部"), (EntityKind.Person, "普里马科夫")));
    }

    [Fact]
    public void A_transliterated_name_that_opens_with_a_surname_is_foreign_and_a_chinese_ministers_name_is_not()
    {
        // 莫迪凯, 罗斯, 米切尔 open with the surnames 莫, 罗, 米, but their characters are those of transliterations
        // (name-characters.tsv): their bare ministry is of the foreign country the sentence named.
        foreach (var name in new[] { "莫迪凯", "罗斯", "米切尔", "安雷" })
        {
            Assert.Equal(
                [(name, "部长", "以色列国防部")],
                Find($"以色列内阁会议上，国防部长{name}说。", (EntityKind.Place, "以色列"), (EntityKind.Organization, "国防部"), (EntityKind.Person, name)));
        }

        // Chinese ministers keep China's body beside a foreign country, 吉佩定 though 吉 opens transliterations too.
        foreach (var name in new[] { "唐家璇", "钱其琛", "吉佩定", "杨洁篪", "迟浩田", "韦钰", "龙永图" })
        {
            Assert.Equal(
                [(name, "部长", "外交部")],
                Find($"应美国国务卿邀请，外交部长{name}访美。", (EntityKind.Place, "美国"), (EntityKind.Organization, "外交部"), (EntityKind.Person, name)));
        }
    }

    [Fact]
    public void A_bare_state_body_is_of_the_foreign_country_the_article_gives_its_holder_or_the_list_or_the_sentences_persons()
    {
        // 鲁宾 is 美国财政部长 elsewhere in the article; 雷诺 is listed after 美国财政部长鲁宾; 内塔尼亚胡, of the same
        // sentence as 莫迪卡夫, is 以色列总理 in the article.
        Assert.Equal(
            [("鲁宾", "部长", "美国财政部"), ("鲁宾", "部长", "美国财政部")],
            Find("财政部长鲁宾说。美国财政部长鲁宾抵达。", (EntityKind.Organization, "财政部"), (EntityKind.Person, "鲁宾"), (EntityKind.Organization, "美国财政部"), (EntityKind.Person, "鲁宾")));
        Assert.Equal(
            [("鲁宾", "部长", "美国财政部"), ("雷诺", "部长", "美国司法部")],
            Find("美国财政部长鲁宾和司法部长雷诺说。", (EntityKind.Organization, "美国财政部"), (EntityKind.Person, "鲁宾"), (EntityKind.Organization, "司法部"), (EntityKind.Person, "雷诺")));
        Assert.Equal(
            [("内塔尼亚胡", "总理", "以色列"), ("莫迪卡夫", "部长", "以色列国防部")],
            Find("以色列总理内塔尼亚胡表示。国防部长莫迪卡夫要求内塔尼亚胡签署。", (EntityKind.Place, "以色列"), (EntityKind.Person, "内塔尼亚胡"),
                (EntityKind.Organization, "国防部"), (EntityKind.Person, "莫迪卡夫"), (EntityKind.Person, "内塔尼亚胡")));

        // A Chinese name beside a foreign office holder keeps China's body; a list that does not open with a foreign
        // body, and China's body printed after 中国 (the resolver names it 国务院), stay China's.
        Assert.Equal(
            [("内塔尼亚胡", "总理", "以色列"), ("迟浩田", "部长", "国防部")],
            Find("以色列总理内塔尼亚胡表示。国防部长迟浩田会见内塔尼亚胡。", (EntityKind.Place, "以色列"), (EntityKind.Person, "内塔尼亚胡"),
                (EntityKind.Organization, "国防部"), (EntityKind.Person, "迟浩田"), (EntityKind.Person, "内塔尼亚胡")));
        Assert.Equal(
            [("唐家璇", "部长", "外交部"), ("迟浩田", "部长", "国防部")],
            Find("外交部长唐家璇和国防部长迟浩田说。", (EntityKind.Organization, "外交部"), (EntityKind.Person, "唐家璇"), (EntityKind.Organization, "国防部"), (EntityKind.Person, "迟浩田")));
    }

    [Fact]
    public void A_permanent_representative_to_the_un_is_of_the_country_printed_before()
    {
        const string Text = "中国常驻联合国代表傅聪表示，美国常驻联合国副代表伍德说。";
        Assert.Equal(
            [("傅聪", "常驻联合国代表", "中国"), ("伍德", "常驻联合国副代表", "美国")],
            Find(Text, (EntityKind.Place, "中国"), (EntityKind.Person, "傅聪"), (EntityKind.Place, "美国"), (EntityKind.Person, "伍德")));
    }

    [Fact]
    public void A_bare_company_office_is_of_the_company_the_sentence_named_before_it()
    {
        const string Text = "腾讯控股有限公司昨日公布业绩，总裁刘炽平表示，广告收入增长。";
        Assert.Equal([("刘炽平", "总裁", "腾讯控股有限公司")], Find(Text, (EntityKind.Organization, "腾讯控股有限公司"), (EntityKind.Person, "刘炽平")));

        // A government body is no company, and a company of another sentence is not taken.
        Assert.Equal([("王五", "总裁", (string?)null)], Find("市商务局昨日发布通知，总裁王五表示。", (EntityKind.Organization, "市商务局"), (EntityKind.Person, "王五")));
        Assert.Equal([("王五", "总裁", (string?)null)], Find("腾讯控股有限公司公布业绩。总裁王五表示。", (EntityKind.Organization, "腾讯控股有限公司"), (EntityKind.Person, "王五")));
    }

    [Fact]
    public void Gongsi_before_an_office_is_the_company_of_this_sentence_or_the_one_before_and_none_farther_back()
    {
        // 贵州茅台 has no company ending but is the organisation of the sentence; 康佳, two sentences back, is not read.
        Assert.Equal(
            [("王莉", "总经理", "贵州茅台")],
            Find("贵州茅台发布公告称，公司总经理王莉表示。", (EntityKind.Organization, "贵州茅台"), (EntityKind.Person, "王莉")));
        Assert.Equal(
            [("冯建湘", "董事长", (string?)null)],
            Find("产品销往康佳等企业。这种做法很有远见。公司董事长冯建湘认为，竞争就是科技竞争。", (EntityKind.Organization, "康佳"), (EntityKind.Person, "冯建湘")));
        Assert.Equal(
            [("王五", "总经理", "贵州茅台")],
            Find("贵州茅台发布公告称，本公司总经理王五表示。", (EntityKind.Organization, "贵州茅台"), (EntityKind.Person, "王五")));
        Assert.Equal(
            [("冯建湘", "董事长", "义乌华统肉制品有限公司")],
            Find("义乌华统肉制品有限公司扩产。公司董事长冯建湘认为，竞争就是科技竞争。", (EntityKind.Organization, "义乌华统肉制品有限公司"), (EntityKind.Person, "冯建湘")));
    }

    [Fact]
    public void A_determined_head_before_an_office_is_the_organisation_of_this_sentence_or_the_one_before_ending_with_it()
    {
        Assert.Equal(
            [("谢辛", "主席", "柬埔寨人民党")],
            Find("柬埔寨人民党在金边总部举行了万人集会，该党主席谢辛讲话。", (EntityKind.Organization, "柬埔寨人民党"), (EntityKind.Person, "谢辛")));
        Assert.Equal(
            [("王五", "主席", "中国足球协会")],
            Find("中国足球协会昨天开会。该协会主席王五说，要重视青训。", (EntityKind.Organization, "中国足球协会"), (EntityKind.Person, "王五")));
        Assert.Equal(
            [("杨乐中", "校长", "廊坊师专")],
            Find("廊坊师专出版了画册。最近，该校校长杨乐中说。", (EntityKind.Organization, "廊坊师专"), (EntityKind.Person, "杨乐中")));

        // 安理会 does not end with 委员会, and a body two sentences back is not read: the office stays without one.
        Assert.Equal(
            [("赵六", "主席", (string?)null)],
            Find("联合国安理会今天开会，该委员会主席赵六发言。", (EntityKind.Organization, "联合国安理会"), (EntityKind.Person, "赵六")));
        Assert.Equal(
            [("王五", "主席", (string?)null)],
            Find("中国足球协会昨天开会。会议很成功。该协会主席王五说。", (EntityKind.Organization, "中国足球协会"), (EntityKind.Person, "王五")));
    }

    [Fact]
    public void An_organisation_whose_last_character_opens_the_title_holds_the_office()
    {
        // 美国财政部|长: 部 ends the organisation and opens 部长; 常州市公安局党委|书记: 党委 opens 党委书记.
        Assert.Equal(
            [("贝森特", "部长", "美国财政部")],
            Find("何立峰与美国财政部长贝森特举行会谈。", (EntityKind.Organization, "美国财政部"), (EntityKind.Person, "贝森特")));
        Assert.Equal(
            [("周顺安", "党委书记", "常州市公安局党委")],
            Find("常州市公安局党委书记周顺安说。", (EntityKind.Organization, "常州市公安局党委"), (EntityKind.Person, "周顺安")));
        Assert.Equal(
            [("李明亮", "高级分析师", "海通证券")],
            Find("海通证券高级分析师李明亮说。", (EntityKind.Organization, "海通证券"), (EntityKind.Person, "李明亮")));
    }

    [Fact]
    public void An_office_printed_bare_after_an_office_of_an_organ_is_of_the_body_the_organ_belongs_to()
    {
        Assert.Equal(
            [("蒋玉林", "副总经理", "中铁电气化局集团"), ("蒋玉林", "主席", "中铁电气化局集团工会")],
            Find("图为中铁电气化局集团工会主席、副总经理蒋玉林。", (EntityKind.Organization, "中铁电气化局集团工会"), (EntityKind.Person, "蒋玉林")));
        Assert.Equal(
            [("金人庆", "局长", "国家税务总局"), ("金人庆", "党组书记", "国家税务总局党组")],
            Find("国家税务总局党组书记、局长金人庆在会上要求。", (EntityKind.Organization, "国家税务总局党组"), (EntityKind.Person, "金人庆")));

        // The other way round, an organ's office printed bare after a body's office is of that body's organ.
        Assert.Equal(
            [("伍绍祖", "党组书记", "国家体育总局党组"), ("伍绍祖", "局长", "国家体育总局")],
            Find("国家体育总局局长、党组书记伍绍祖在会上说。", (EntityKind.Organization, "国家体育总局"), (EntityKind.Person, "伍绍祖")));

        // 总工会 is a body of its own, not the organ 工会 of 义乌市总: the second office stays without an organisation.
        Assert.Equal(
            [("钱七", "副主任", (string?)null), ("钱七", "主席", "义乌市总工会")],
            Find("义乌市总工会主席、副主任钱七出席。", (EntityKind.Organization, "义乌市总工会"), (EntityKind.Person, "钱七")));
    }

    [Fact]
    public void A_state_form_between_a_country_and_an_office_leaves_the_office_the_countrys()
    {
        // The recognizer reads 保加利亚 (the gazetteer's name), 共和国 stands between it and the office.
        Assert.Equal(
            [("斯托扬诺夫", "总统", "保加利亚")],
            Find("俞晓松和保加利亚共和国总统斯托扬诺夫会谈。", (EntityKind.Place, "保加利亚"), (EntityKind.Person, "斯托扬诺夫")));
        Assert.Equal(
            [("科蒂", "主席", "瑞士")],
            Find("瑞士联邦主席科蒂说。", (EntityKind.Place, "瑞士"), (EntityKind.Person, "科蒂")));

        // Not for an occupation: a place is no employer.
        Assert.Equal(
            [("王五", "律师", (string?)null)],
            Find("保加利亚共和国律师王五说。", (EntityKind.Place, "保加利亚"), (EntityKind.Person, "王五")));
    }

    [Fact]
    public void A_bare_governor_is_of_the_province_the_sentence_named_before()
    {
        Assert.Equal(
            [("阮成发", "书记", "云南省委"), ("王予波", "省长", "云南省")],
            Find("云南省委书记阮成发、省长王予波率工作组赶赴灾区。", (EntityKind.Organization, "云南省委"), (EntityKind.Person, "阮成发"), (EntityKind.Person, "王予波")));
    }

    [Fact]
    public void A_field_noun_before_a_head_title_joins_the_title_and_the_organisation_is_read_across_it()
    {
        // 市场|总监: the field (jieba nouns) is part of the title; 育碧 before it holds the office.
        Assert.Equal(
            [("JohnParkes", "市场总监", "育碧")],
            Find("育碧市场总监JohnParkes说，新作将在年底发售。", (EntityKind.Organization, "育碧"), (EntityKind.Person, "JohnParkes")));
        Assert.Equal(
            [("许少玲", "品牌管理总监", "飞利浦电子中国集团")],
            Find("飞利浦电子中国集团品牌管理总监许少玲说。", (EntityKind.Organization, "飞利浦电子中国集团"), (EntityKind.Person, "许少玲")));

        // With no organisation, a field printed after 的 or punctuation still joins the title, which stays without one.
        Assert.Equal([("许俊杰", "艺术总监", (string?)null)], Find("图为索维娅国际艺术村的艺术总监许俊杰。", (EntityKind.Person, "许俊杰")));
        Assert.Equal([("张晓岚", "营销战略专家", (string?)null)], Find("董事长江南春，著名营销战略专家张晓岚出席。", (EntityKind.Person, "张晓岚")));

        // A field is not read before a title that takes none (书记), nor from a time word (当时).
        Assert.Equal([("王五", "经理", (string?)null)], Find("他当时经理王五不在。", (EntityKind.Person, "王五")));
    }

    [Fact]
    public void Words_between_an_organisation_and_its_title_are_skipped()
    {
        Assert.Equal(
            [("王小骞", "主持人", "中央电视台")],
            Find("图为中央电视台著名主持人王小骞。", (EntityKind.Organization, "中央电视台"), (EntityKind.Person, "王小骞")));
        Assert.Equal(
            [("陈浩", "业务员", "广发银行")],
            Find("广发银行一位业务员陈浩告诉记者。", (EntityKind.Organization, "广发银行"), (EntityKind.Person, "陈浩")));
        Assert.Equal(
            [("马尔科维奇", "主教练", "梅塔利斯特")],
            Find("梅塔利斯特57岁的主教练马尔科维奇是执教场次最多的教练。", (EntityKind.Organization, "梅塔利斯特"), (EntityKind.Person, "马尔科维奇")));
        Assert.Equal(
            [("张照新", "大豆专家", "农业部农村经济研究中心")],
            Find("农业部农村经济研究中心的大豆专家张照新认为。", (EntityKind.Organization, "农业部农村经济研究中心"), (EntityKind.Person, "张照新")));
    }

    [Fact]
    public void A_clause_of_charge_closed_by_de_lies_between_an_organisation_and_its_office()
    {
        Assert.Equal(
            [("布里坦", "副主席", "欧盟委员会")],
            Find("欧盟委员会负责贸易事务的副主席布里坦说。", (EntityKind.Organization, "欧盟委员会"), (EntityKind.Person, "布里坦")));

        // Without 的 the words are no clause of charge.
        Assert.Equal(
            [("布里坦", "副主席", (string?)null)],
            Find("欧盟委员会负责贸易事务副主席布里坦说。", (EntityKind.Organization, "欧盟委员会"), (EntityKind.Person, "布里坦")));
    }

    [Fact]
    public void An_unnamed_unit_between_the_organisation_and_the_office_joins_the_organisation()
    {
        Assert.Equal(
            [("周望军", "副司长", "国家发改委价格司")],
            Find("7月22日国家发改委价格司副司长周望军公开表示。", (EntityKind.Organization, "国家发改委"), (EntityKind.Person, "周望军")));

        // Other words between them are no unit: the office stays without an organisation.
        Assert.Equal(
            [("周望军", "副司长", (string?)null)],
            Find("国家发改委今天说副司长周望军表示。", (EntityKind.Organization, "国家发改委"), (EntityKind.Person, "周望军")));
    }

    [Fact]
    public void An_occupation_is_held_at_the_organisation_printed_before_it_and_is_a_title_otherwise()
    {
        Assert.Equal(
            [("董浩", "律师", "重庆君融律师事务所")],
            Find("被访人：重庆君融律师事务所律师董浩。", (EntityKind.Organization, "重庆君融律师事务所"), (EntityKind.Person, "董浩")));
        Assert.Equal([("陈逸飞", "画家", (string?)null)], Find("却卖不过画家陈逸飞。", (EntityKind.Person, "陈逸飞")));

        // A place is no employer: 美国收藏家申德 collects in America, he holds no office of it.
        Assert.Equal(
            [("申德", "收藏家", (string?)null)],
            Find("被美国收藏家申德拍得。", (EntityKind.Place, "美国"), (EntityKind.Person, "申德")));

        // Nor is a country the tagger read as an organisation: 德国教练 is a German coach.
        Assert.Equal(
            [("施密特", "教练", (string?)null)],
            Find("德国教练施密特能够将球队带入十六强。", (EntityKind.Organization, "德国"), (EntityKind.Person, "施密特")));

        // A role word (村民, 游客) is no position at all.
        Assert.Empty(Find("义乌市江东街道村民王五说。", (EntityKind.Organization, "义乌市江东街道"), (EntityKind.Person, "王五")));
    }

    [Fact]
    public void A_reporter_works_for_the_organisation_printed_right_before_the_credit_and_no_other()
    {
        Assert.Equal(
            [("王黎", "记者", "新华社")],
            Find("新华社记者王黎报道。", (EntityKind.Organization, "新华社"), (EntityKind.Person, "王黎")));

        // 驻 names the post, not the employer; and a credit without an organisation before it names none.
        Assert.Equal(
            [("符福渊", "记者", (string?)null)],
            Find("本报驻联合国记者符福渊报道。", (EntityKind.Organization, "联合国"), (EntityKind.Person, "符福渊")));
        Assert.Equal(
            [("高晨", "记者", (string?)null)],
            Find("本报讯（记者高晨）央行副行长苏宁强调。", (EntityKind.Person, "高晨"), (EntityKind.Organization, "央行")));
    }

    [Fact]
    public void Fu_makes_a_deputy_of_an_office_that_has_no_deputy_form_of_its_own()
    {
        // 副教授 is not listed: 副 is a modifier kept with the title, so the school printed before it holds the office.
        Assert.Equal(
            [("李飞", "副教授", "北京商业管理干部学院")],
            Find("北京商业管理干部学院副教授李飞认为。", (EntityKind.Organization, "北京商业管理干部学院"), (EntityKind.Person, "李飞")));
        Assert.Equal(
            [("戴维·沃伦", "法学教授", "美国杜克大学")],
            Find("半年前，美国杜克大学的法学教授戴维·沃伦说。", (EntityKind.Organization, "美国杜克大学"), (EntityKind.Person, "戴维·沃伦")));
    }

    [Fact]
    public void A_bare_team_office_is_of_the_one_team_the_sentence_named_before_it()
    {
        Assert.Equal(
            [("基冈", "主教练", "纽卡斯尔")],
            Find("纽卡斯尔本赛季的开局令人鼓舞，不过主教练基冈突然下课。", (EntityKind.Organization, "纽卡斯尔"), (EntityKind.Person, "基冈")));

        // With two teams in the sentence the coach may be either's; a team of another sentence is not taken.
        Assert.Equal(
            [("戈麦斯", "教练", (string?)null)],
            Find("哥伦比亚队以１∶０战胜突尼斯队，教练戈麦斯却不满意。", (EntityKind.Organization, "哥伦比亚队"), (EntityKind.Organization, "突尼斯队"), (EntityKind.Person, "戈麦斯")));
        Assert.Equal(
            [("戈麦斯", "教练", (string?)null)],
            Find("哥伦比亚队以１∶０取胜。教练戈麦斯却不满意。", (EntityKind.Organization, "哥伦比亚队"), (EntityKind.Person, "戈麦斯")));
    }

    [Fact]
    public void A_player_position_is_held_at_the_team_printed_before_it_or_the_one_team_of_the_sentence()
    {
        Assert.Equal(
            [("张岩", "前锋", "大连队")],
            Find("第十分钟，大连队前锋张岩头球破网。", (EntityKind.Organization, "大连队"), (EntityKind.Person, "张岩")));
        Assert.Equal(
            [("布拉基玛", "门将", "敖东队")],
            Find("敖东队则采取密集防守的战术，门将布拉基玛更是表现出色。", (EntityKind.Organization, "敖东队"), (EntityKind.Person, "布拉基玛")));

        // A country is no team (德国前锋 is a German forward), and with two teams the keeper may be either's.
        Assert.Equal([("克洛泽", "前锋", (string?)null)], Find("德国前锋克洛泽破门。", (EntityKind.Place, "德国"), (EntityKind.Person, "克洛泽")));
        Assert.Equal(
            [("江洪", "门将", (string?)null)],
            Find("八一队以２∶１战胜天津泰达队，其中门将江洪功不可没。", (EntityKind.Organization, "八一队"), (EntityKind.Organization, "天津泰达队"), (EntityKind.Person, "江洪")));
    }

    [Fact]
    public void An_envoy_posted_with_zhu_is_of_the_country_printed_before_zhu_and_of_none_without_one()
    {
        Assert.Equal(
            [("尚慕杰", "大使", "美国")],
            Find("美国驻华大使尚慕杰今天说。", (EntityKind.Place, "美国"), (EntityKind.Place, "华"), (EntityKind.Person, "尚慕杰")));
        Assert.Equal(
            [("王学贤", "大使", "中国")],
            Find("中国首任驻南非大使王学贤递交国书。", (EntityKind.Place, "中国"), (EntityKind.Place, "南非"), (EntityKind.Person, "王学贤")));
        Assert.Equal(
            [("朱启桂", "总领事", (string?)null)],
            Find("驻佛罗伦萨总领事朱启桂说。", (EntityKind.Place, "佛罗伦萨"), (EntityKind.Person, "朱启桂")));
    }

    [Fact]
    public void An_office_printed_bare_after_an_office_in_a_bodys_party_organ_is_of_the_body()
    {
        // The recognizer read the title's modifier and organ with the body (兰州市国资委原党委).
        Assert.Equal(
            [("杨红心", "主任", "兰州市国资委"), ("杨红心", "原党委书记", "兰州市国资委")],
            Find("兰州市国资委原党委书记、主任杨红心涉嫌受贿。", (EntityKind.Organization, "兰州市国资委原党委"), (EntityKind.Person, "杨红心")));
        Assert.Equal(
            [("张镇城", "副主任", "漳州市人大常委会"), ("张镇城", "原党组成员", "漳州市人大常委会")],
            Find("漳州市人大常委会原党组成员、副主任张镇城被立案审查。", (EntityKind.Organization, "漳州市人大常委会"), (EntityKind.Person, "张镇城")));

        // The body read with its organ (中国记协党组) holds the office after it without the organ word.
        Assert.Equal(
            [("郑梦熊", "常务副主席", "中国记协"), ("郑梦熊", "党组书记", "中国记协党组")],
            Find("中国记协党组书记、常务副主席郑梦熊说。", (EntityKind.Organization, "中国记协党组"), (EntityKind.Person, "郑梦熊")));
    }

    [Fact]
    public void Offices_joined_by_jian_share_the_organisation_unless_the_second_heads_a_place()
    {
        Assert.Equal(
            [("许塞尔", "外长", "奥地利"), ("许塞尔", "副总理", "奥地利")],
            Find("奥地利副总理兼外长许塞尔访问中国。", (EntityKind.Place, "奥地利"), (EntityKind.Person, "许塞尔")));
        Assert.Equal(
            [("维尔普拉兹", "行长", "国际清算银行"), ("维尔普拉兹", "董事长", "国际清算银行")],
            Find("国际清算银行董事长兼行长维尔普拉兹说。", (EntityKind.Organization, "国际清算银行"), (EntityKind.Person, "维尔普拉兹")));
        Assert.Equal(
            [("王五", "市长", "温州市"), ("王五", "书记", "温州市委")],
            Find("温州市委书记兼市长王五说。", (EntityKind.Organization, "温州市委"), (EntityKind.Person, "王五")));
    }

    [Fact]
    public void A_company_printed_in_latin_letters_before_a_company_office_holds_it()
    {
        Assert.Equal(
            [("亚当·诺伊曼", "首席执行官", "WeWork")],
            Find("近日，WeWork首席执行官亚当·诺伊曼决定辞职。", (EntityKind.Person, "亚当·诺伊曼")));
        Assert.Equal(
            [("Devin Wenig", "首席执行官", "eBay")],
            Find("eBay 首席执行官Devin Wenig辞职。", (EntityKind.Person, "Devin Wenig")));
        Assert.Equal(
            [("张三", "CEO", "Morgan Stanley")],
            Find("据报道，Morgan Stanley CEO张三表示。", (EntityKind.Person, "张三")));

        // Digits are no name, a title is no company, and a Latin word before an office of government is not read.
        Assert.Equal([("周鸿祎", "董事长", (string?)null)], Find("今天360董事长周鸿祎出席。", (EntityKind.Person, "周鸿祎")));
        Assert.Equal([("张三", "总裁", (string?)null)], Find("他是CEO总裁张三。", (EntityKind.Person, "张三")));
        Assert.Equal([("张三", "局长", (string?)null)], Find("据ABC局长张三说。", (EntityKind.Person, "张三")));
    }

    [Fact]
    public void A_place_between_a_company_and_its_office_is_the_offices_region()
    {
        Assert.Equal(
            [("梁念坚", "中国区总裁", "微软")],
            Find("微软中国区总裁梁念坚表示。", (EntityKind.Organization, "微软"), (EntityKind.Place, "中国"), (EntityKind.Person, "梁念坚")));
        Assert.Equal(
            [("罗伯特·曼宁", "亚洲主任", "美国对外关系委员会")],
            Find("美国对外关系委员会亚洲主任罗伯特·曼宁说。", (EntityKind.Organization, "美国对外关系委员会"), (EntityKind.Place, "亚洲"), (EntityKind.Person, "罗伯特·曼宁")));
        Assert.Equal(
            [("邓祖琴", "中国区总经理", "JVC")],
            Find("JVC中国区总经理邓祖琴表示。", (EntityKind.Place, "中国"), (EntityKind.Person, "邓祖琴")));

        // A company office is no office of the place itself: the company before it was not read.
        Assert.Equal(
            [("水野泰秀", "总经理", (string?)null)],
            Find("本田中国总经理水野泰秀表示。", (EntityKind.Place, "中国"), (EntityKind.Person, "水野泰秀")));
    }

    [Fact]
    public void A_latin_company_name_holds_a_company_office_across_a_field()
    {
        Assert.Equal(
            [("JohnKoller", "市场总监", "SCEA")],
            Find("SCEA市场总监JohnKoller透露。", (EntityKind.Person, "JohnKoller")));
    }

    [Fact]
    public void Modifiers_stack_before_a_title()
    {
        Assert.Equal(
            [("杨力舟", "常务副馆长", "中国美术馆")],
            Find("中国美术馆常务副馆长杨力舟说。", (EntityKind.Organization, "中国美术馆"), (EntityKind.Person, "杨力舟")));
        Assert.Equal(
            [("罗斯", "助理国务卿", "美国国务院")],
            Find("美国国务院负责东亚事务的助理国务卿罗斯说。", (EntityKind.Organization, "美国国务院"), (EntityKind.Person, "罗斯")));
        Assert.Equal(
            [("沙拉拉", "第一副主席", "国际乒联")],
            Find("国际乒联第一副主席沙拉拉介绍。", (EntityKind.Organization, "国际乒联"), (EntityKind.Person, "沙拉拉")));

        // 代 alone is no modifier: names end with it.
        Assert.Equal(
            [("曾毓群", "董事长", "宁德时代")],
            Find("宁德时代董事长曾毓群说。", (EntityKind.Organization, "宁德时代"), (EntityKind.Person, "曾毓群")));
    }

    [Fact]
    public void A_city_head_after_that_citys_committee_is_of_the_city_on_a_page_of_no_home_city()
    {
        Assert.Equal(
            [("郭金龙", "市长", "北京市"), ("郭金龙", "副书记", "北京市委")],
            Find("北京市委副书记、市长郭金龙说。", (EntityKind.Organization, "北京市委"), (EntityKind.Person, "郭金龙")));
    }

    [Fact]
    public void A_company_or_team_office_with_modifiers_is_read_as_the_office_without_them()
    {
        Assert.Equal(
            [("切萨雷·罗米蒂", "现任董事长", "菲亚特集团")],
            Find("菲亚特集团宣布，费雷斯科将接替现任董事长切萨雷·罗米蒂。", (EntityKind.Organization, "菲亚特集团"), (EntityKind.Person, "切萨雷·罗米蒂")));
        Assert.Equal(
            [("苏维萨雷塔", "守门员", "西班牙队"), ("苏维萨雷塔", "队长", "西班牙队")],
            Find("唯有西班牙队队长、守门员苏维萨雷塔抱头。", (EntityKind.Organization, "西班牙队"), (EntityKind.Person, "苏维萨雷塔")));
    }

    [Fact]
    public void An_office_or_occupation_after_a_name_is_of_the_organisation_printed_right_before_the_name()
    {
        Assert.Equal(
            [("叶翔锋", "律师", "湖南一星律师事务所")],
            Find("湖南一星律师事务所叶翔锋律师表示，", (EntityKind.Organization, "湖南一星律师事务所"), (EntityKind.Person, "叶翔锋")));
        Assert.Equal(
            [("李栓科", "社长", "中国国家地理杂志社")],
            Find("以及中国国家地理杂志社的李栓科社长，", (EntityKind.Organization, "中国国家地理杂志社"), (EntityKind.Person, "李栓科")));

        // With no organisation before the name the office is read bare.
        Assert.Equal([("樊富珉", "教授", (string?)null)], Find("我们请樊富珉教授介绍。", (EntityKind.Person, "樊富珉")));
    }

    [Fact]
    public void No_office_is_read_after_a_name_where_it_credits_the_next_name_or_runs_into_a_longer_word()
    {
        // 记者 and 实习生 credit the name printed after them, not the one before.
        Assert.Equal(
            [("王东升", "通讯员", (string?)null), ("蔡早勤", "记者", (string?)null)],
            Find("本报讯（通讯员王东升记者蔡早勤）", (EntityKind.Person, "王东升"), (EntityKind.Person, "蔡早勤")));
        Assert.Equal(
            [("李强", "记者", (string?)null), ("费永璐", "实习生", (string?)null)],
            Find("记者李强实习生费永璐", (EntityKind.Person, "李强"), (EntityKind.Person, "费永璐")));

        // 书|记录: jieba ends no word after 书记.
        Assert.Empty(Find("李四书记录了会议。", (EntityKind.Person, "李四")));
    }

    [Fact]
    public void A_credit_role_is_held_at_the_news_organisation_printed_right_before_it_and_at_none_otherwise()
    {
        Assert.Equal(
            [("马菁华", "实习记者", "理财周报")],
            Find("理财周报实习记者马菁华/文", (EntityKind.Organization, "理财周报"), (EntityKind.Person, "马菁华")));
        Assert.Equal(
            [("李雪琴", "实习生", (string?)null)],
            Find("北京晨报讯（实习生李雪琴）", (EntityKind.Organization, "北京晨报"), (EntityKind.Person, "李雪琴")));
    }

    [Fact]
    public void A_latin_office_is_read_in_either_case_and_an_occupation_takes_modifiers()
    {
        Assert.Equal(
            [("曹国伟", "ceo", "新浪")],
            Find("最后引用新浪ceo曹国伟的一句话。", (EntityKind.Organization, "新浪"), (EntityKind.Person, "曹国伟")));
        Assert.Equal(
            [("杨红旭", "高级评论员", "易居房地产研究院")],
            Find("易居房地产研究院高级评论员杨红旭认为，", (EntityKind.Organization, "易居房地产研究院"), (EntityKind.Person, "杨红旭")));
    }
}
