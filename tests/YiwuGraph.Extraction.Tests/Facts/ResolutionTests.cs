using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Graph;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>Home context, canonical names, and the cases that must never be merged.</summary>
public sealed class ResolutionTests
{
    private static readonly HomeContext Yiwu = new("义乌市", "浙江省");

    [Fact]
    public void A_one_character_person_or_place_takes_the_one_full_name_of_its_kind_that_starts_with_it_or_is_dropped()
    {
        // 侯 → 侯祥麟, 中 → 中国; 日 has no place of the article to stand for, no cue word and no country beside it,
        // 王 two persons, 乙 no name at all: all three are dropped.
        const string text = "侯祥麟与王五、王六访问中国。侯老说，中、日王友好。乙";
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [
            At(text, "侯祥麟", 0, EntityKind.Person), At(text, "王五", 0, EntityKind.Person), At(text, "王六", 0, EntityKind.Person),
            At(text, "中国", 0, EntityKind.Place), At(text, "侯", 1, EntityKind.Person), At(text, "中", 1, EntityKind.Place),
            At(text, "日", 0, EntityKind.Place), At(text, "王", 2, EntityKind.Person), At(text, "乙", 0, EntityKind.Place),
        ]);
        Assert.Equal(
            new[] { ("侯祥麟", "侯祥麟"), ("王五", "王五"), ("王六", "王六"), ("中国", "中国"), ("侯", "侯祥麟"), ("中", "中国") },
            resolved.Select(r => (r.Surface, r.Name)));
    }

    [Fact]
    public void A_foreign_surname_after_a_name_dot_is_the_one_person_of_the_article_named_so_in_full()
    {
        // 安南 → 科菲·安南 and 阿尤布·汗 → 古哈尔·阿尤布·汗; 布朗 has two full names to stand for, and 科维奇 ends
        // 德约科维奇 without a dot: both stay as printed.
        const string text = "科菲·安南会见古哈尔·阿尤布·汗。安南说，阿尤布·汗表示。戈登·布朗和马丁·布朗说，布朗。德约科维奇胜科维奇。";
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [
            At(text, "科菲·安南", 0, EntityKind.Person), At(text, "古哈尔·阿尤布·汗", 0, EntityKind.Person),
            At(text, "安南", 1, EntityKind.Person), At(text, "阿尤布·汗", 1, EntityKind.Person),
            At(text, "戈登·布朗", 0, EntityKind.Person), At(text, "马丁·布朗", 0, EntityKind.Person), At(text, "布朗", 2, EntityKind.Person),
            At(text, "德约科维奇", 0, EntityKind.Person), At(text, "科维奇", 1, EntityKind.Person),
        ]);

        Assert.Equal(
            ["科菲·安南", "古哈尔·阿尤布·汗", "科菲·安南", "古哈尔·阿尤布·汗", "戈登·布朗", "马丁·布朗", "布朗", "德约科维奇", "科维奇"],
            resolved.Select(r => r.Name));
    }

    [Fact]
    public void A_listed_bodys_full_name_is_no_short_form_of_a_longer_name_of_the_article()
    {
        // 中行 names 中国银行, which keeps 中国, 银行 and its order inside 中国农业银行 (the full name of 农行): still two banks.
        const string text = "以农行、中行、光大为代表。";
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [
            At(text, "农行", 0, EntityKind.Organization), At(text, "中行", 0, EntityKind.Organization),
        ]);

        Assert.Equal(new[] { ("农行", "中国农业银行"), ("中行", "中国银行") }, resolved.Select(r => (r.Surface, r.Name)));
    }

    [Fact]
    public void A_unit_named_after_a_body_is_no_full_name_of_that_body()
    {
        // 太平洋保险公司 keeps its first two characters and its head inside the branch's name, yet the branch is a part of it.
        const string text = "太平洋保险公司桂林分公司成立后，太平洋保险公司表示。";
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [
            At(text, "太平洋保险公司桂林分公司", 0, EntityKind.Organization), At(text, "太平洋保险公司", 1, EntityKind.Organization),
        ]);

        Assert.Equal(["太平洋保险公司桂林分公司", "太平洋保险公司"], resolved.Select(r => r.Name));
    }

    [Theory]
    [InlineData("一辆货车在沪昆高速金华段发生侧翻。", null)] // 在 binds the route, not 沪
    [InlineData("京沪高铁今天恢复通行。", null)]
    [InlineData("他在沪工作多年。", "上海市")]
    public void A_short_form_that_opens_a_routes_name_is_no_place(string text, string? expected)
    {
        var at = text.IndexOfAny(['沪', '京']);
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [new FactMention(new TextRange(at, at + 1), EntityKind.Place, 0.75)]);

        Assert.Equal(expected, resolved.SingleOrDefault()?.Name);
    }

    [Fact]
    public void A_home_reference_is_the_home_city_when_known_and_no_place_when_not()
    {
        const string text = "我市与本市、我区";
        FactMention[] mentions =
        [
            new(new TextRange(0, 2), EntityKind.Place, 0.9, "home"),
            new(new TextRange(3, 5), EntityKind.Place, 0.9, "home"),
            new(new TextRange(6, 8), EntityKind.Place, 0.6),
        ];

        Assert.Equal(["义乌市", "义乌市"], new EntityResolver(Yiwu).Resolve(text, mentions).Select(r => r.Name));
        Assert.Empty(new EntityResolver(HomeContext.None).Resolve(text, mentions));
    }

    [Fact]
    public void A_listed_short_form_the_article_does_not_name_in_full_needs_a_cue_word()
    {
        // 京 after the cue 在 and 港 before the cue 商 are linked; 港 in 陆港 (a port) and 港澳台侨 (a term) are not;
        // 澳 after 访 is 澳门 or 澳大利亚, so it is dropped.
        const string text = "他在京工作。港商来访。建设陆港。港澳台侨。总理访澳。";
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [
            At(text, "京", 0, EntityKind.Place), At(text, "港", 0, EntityKind.Place), At(text, "港", 1, EntityKind.Place),
            At(text, "港", 2, EntityKind.Place), At(text, "澳", 0, EntityKind.Place), At(text, "台", 0, EntityKind.Place),
            At(text, "澳", 1, EntityKind.Place),
        ]);
        var names = resolved.Select(r => (r.Surface, r.Range.Start, r.Name)).ToList();
        Assert.Equal(2, names.Count);
        Assert.Equal(("京", 2), (names[0].Surface, names[0].Start));
        Assert.StartsWith("北京", names[0].Name, StringComparison.Ordinal);
        Assert.Equal(("港", 6), (names[1].Surface, names[1].Start));
        Assert.StartsWith("香港", names[1].Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_one_character_countries_side_by_side_name_each_other_but_provinces_do_not()
    {
        // 中英 and 中澳 are bilateral phrases: 英 → 英国, and 澳 beside 中 is 澳大利亚, not 澳门. 港澳 are provinces, and
        // 港 and 澳 stay unread when the article names neither in full. 英 alone has no pair and no cue.
        const string text = "中英联合声明。港澳合作。中澳关系。英超。";
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [
            At(text, "中", 0, EntityKind.Place), At(text, "英", 0, EntityKind.Place), At(text, "港", 0, EntityKind.Place),
            At(text, "澳", 0, EntityKind.Place), At(text, "中", 1, EntityKind.Place), At(text, "澳", 1, EntityKind.Place),
            At(text, "英", 1, EntityKind.Place),
        ]);
        Assert.Equal(
            new[] { (0, "中国"), (1, "英国"), (12, "中国"), (13, "澳大利亚") },
            resolved.Select(r => (r.Range.Start, r.Name)));
    }

    [Fact]
    public void A_generic_reference_to_an_organisation_makes_no_entity_and_a_board_before_an_office_is_cut_off()
    {
        // 公司董事会 and 该集团 are references; 阿里巴巴集团董事会 before 主席 is the company (董事会主席 is the office);
        // 阿里巴巴集团董事会 before 同意 stays the board it names.
        const string text = "公司董事会同意。该集团表示。阿里巴巴集团董事会主席张勇。阿里巴巴集团董事会同意。";
        FactMention Org(string surface, int occurrence) => At(text, surface, occurrence, EntityKind.Organization);
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [
            Org("公司董事会", 0), Org("该集团", 0), Org("阿里巴巴集团董事会", 0), Org("阿里巴巴集团董事会", 1),
        ]);
        Assert.Equal(["阿里巴巴集团", "阿里巴巴集团董事会"], resolved.Select(r => r.Name));
        Assert.Equal("阿里巴巴集团", resolved[0].Surface);
    }

    [Fact]
    public void A_name_defined_as_a_short_form_keeps_its_own_name_and_the_short_form_takes_it()
    {
        // The full name holds the short one (宁德时代), so it is not expanded again; 下称 defines as 以下简称 does.
        const string text = "宁德时代新能源科技股份有限公司（以下简称“宁德时代”）发布公告。宁德时代表示。杭州银行（下称杭银）同意，杭银称。";
        FactMention Org(string surface, int occurrence) => At(text, surface, occurrence, EntityKind.Organization);
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [
            Org("宁德时代新能源科技股份有限公司", 0), Org("宁德时代", 2), Org("杭州银行", 0), Org("杭银", 1),
        ]);
        Assert.Equal(["宁德时代新能源科技股份有限公司", "宁德时代新能源科技股份有限公司", "杭州银行", "杭州银行"], resolved.Select(r => r.Name));
    }

    [Fact]
    public void A_stated_short_name_takes_the_name_of_the_organisation_before_its_bracket_not_the_words_before_that()
    {
        // The Han run before the bracket reads 平台由广州易联商业服务有限公司: the organisation read there names it. Where
        // none is read (关税及贸易总协定), the Han run still does.
        const string text = "“银联手机支付”平台由广州易联商业服务有限公司（以下简称“易联公司”）。易联公司表示。关税及贸易总协定（简称关贸总协定）成立，关贸总协定称。";
        FactMention Org(string surface, int occurrence) => At(text, surface, occurrence, EntityKind.Organization);
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [
            Org("广州易联商业服务有限公司", 0), Org("易联公司", 1), Org("关贸总协定", 1),
        ]);
        Assert.Equal(["广州易联商业服务有限公司", "广州易联商业服务有限公司", "关税及贸易总协定"], resolved.Select(r => r.Name));
    }

    [Fact]
    public void A_title_modifier_at_the_end_of_an_organisation_goes_with_the_office_after_it()
    {
        const string text = "华为轮值董事长徐直军发布新品。";
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [At(text, "华为轮值", 0, EntityKind.Organization)]);
        Assert.Equal(("华为", "华为"), (resolved[0].Name, resolved[0].Surface));
    }

    [Fact]
    public void A_bare_central_body_of_china_stays_chinas_beside_a_foreign_one_and_other_bodies_take_the_longer_name()
    {
        const string text = "国防部长迟浩田会见越南国防部长范文茶。奥地利自由党主席海德说，自由党将参选。";
        FactMention Org(string surface, int occurrence) => At(text, surface, occurrence, EntityKind.Organization);
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [
            Org("国防部", 0), Org("越南国防部", 0), Org("奥地利自由党", 0), Org("自由党", 1),
        ]);
        Assert.Equal(["国防部", "越南国防部", "奥地利自由党", "奥地利自由党"], resolved.Select(r => r.Name));
    }

    [Fact]
    public void A_states_body_is_named_by_the_country_printed_before_it_and_chinas_by_its_bare_name()
    {
        // 美国前国防部长, 马来西亚副总理兼财政部长, 奥地利政府司法部长: the country's; 国防部长迟浩田 printed bare stays
        // China's; 俄外交部 and 美国务院 are named by the full country, 中国外交部 by the bare name China's goes by.
        const string text = "美国前国防部长佩里与马来西亚副总理兼财政部长安瓦尔会见国防部长迟浩田。俄外交部、美国务院和中国外交部发表声明，外交部表示欢迎。奥地利政府司法部长说。";
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [
            At(text, "美国", 0, EntityKind.Place), At(text, "国防部", 0, EntityKind.Organization),
            At(text, "马来西亚", 0, EntityKind.Place), At(text, "财政部", 0, EntityKind.Organization),
            At(text, "国防部", 1, EntityKind.Organization), At(text, "俄外交部", 0, EntityKind.Organization),
            At(text, "美国务院", 0, EntityKind.Organization), At(text, "中国外交部", 0, EntityKind.Organization),
            At(text, "外交部", 2, EntityKind.Organization), At(text, "奥地利", 0, EntityKind.Place),
            At(text, "司法部", 0, EntityKind.Organization),
        ]);
        Assert.Equal(
            ["美国", "美国国防部", "马来西亚", "马来西亚财政部", "国防部", "俄罗斯外交部", "美国国务院", "外交部", "外交部", "奥地利", "奥地利司法部"],
            resolved.Select(r => r.Name));
    }

    [Fact]
    public void A_states_body_after_a_short_form_of_a_country_is_named_by_the_full_country()
    {
        // 土, 孟 and 埃塞 stand for the one country of the article that starts with them; 阿 starts two countries of the
        // article and 沪 is Shanghai's, and 联邦 (Brazil's 联邦卫生部) starts no country of the article: they stay as printed.
        const string text = "土耳其、埃塞俄比亚和孟加拉国代表团抵达。土外交部、孟外交部、埃塞外交部发表声明。阿根廷与阿尔巴尼亚会谈，阿外交部说。沪财政部与联邦卫生部";
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [
            At(text, "土耳其", 0, EntityKind.Place), At(text, "埃塞俄比亚", 0, EntityKind.Place), At(text, "孟加拉国", 0, EntityKind.Place),
            At(text, "土外交部", 0, EntityKind.Organization), At(text, "孟外交部", 0, EntityKind.Organization),
            At(text, "埃塞外交部", 0, EntityKind.Organization), At(text, "阿根廷", 0, EntityKind.Place),
            At(text, "阿尔巴尼亚", 0, EntityKind.Place), At(text, "阿外交部", 0, EntityKind.Organization),
            At(text, "沪财政部", 0, EntityKind.Organization), At(text, "联邦卫生部", 0, EntityKind.Organization),
        ]);
        Assert.Equal(
            ["土耳其", "埃塞俄比亚", "孟加拉国", "土耳其外交部", "孟加拉国外交部", "埃塞俄比亚外交部", "阿根廷", "阿尔巴尼亚", "阿外交部", "沪财政部", "联邦卫生部"],
            resolved.Select(r => r.Name));
    }

    [Fact]
    public void A_legislature_cabinet_or_top_court_is_named_by_the_country_printed_before_it()
    {
        // news-organizations.tsv, state-body: 泰国会 is Thailand's parliament, 英国下院 Britain's, and a bare 议会 with
        // no country printed before it stays as printed (in a sentence of its own: one that names 柬埔寨国民议会 would
        // make it that, A_bare_body_is_the_one_organisation_its_sentence_names_in_full_and_else_keeps_its_name).
        const string text = "泰国会通过法案。英国下院和柬埔寨国民议会表示欢迎。议会将讨论。";
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [
            At(text, "泰国会", 0, EntityKind.Organization), At(text, "英国", 0, EntityKind.Place), At(text, "下院", 0, EntityKind.Organization),
            At(text, "柬埔寨", 0, EntityKind.Place), At(text, "国民议会", 0, EntityKind.Organization), At(text, "议会", 1, EntityKind.Organization),
        ]);
        Assert.Equal(["泰国国会", "英国", "英国下院", "柬埔寨", "柬埔寨国民议会", "议会"], resolved.Select(r => r.Name));
    }

    [Theory]
    [InlineData("巴基斯坦首都发生爆炸。总统在国会发表演讲。", new[] { "巴基斯坦" }, "巴基斯坦国会")]
    [InlineData("中国代表团访问泰国。国会通过了法案。", new[] { "中国", "泰国" }, "泰国国会")]
    [InlineData("泰国和柬埔寨举行会谈。国会通过了法案。", new[] { "泰国", "柬埔寨" }, "国会")]
    [InlineData("代表团抵达北京。国会通过了法案。", new[] { "北京" }, "国会")]
    public void A_bare_body_china_has_not_is_the_one_foreign_country_of_the_article(string text, string[] places, string expected)
    {
        // 国会 (news-organizations.tsv, state-body) is no body of China's: printed bare, it is the body of the one foreign
        // country the article names; with two, or none, it stays as printed.
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [
            .. places.Select(p => At(text, p, 0, EntityKind.Place)), At(text, "国会", 0, EntityKind.Organization),
        ]);
        Assert.Equal(expected, resolved.Single(r => r.Kind == EntityKind.Organization).Name);
    }

    [Fact]
    public void A_central_body_of_china_printed_after_a_name_of_china_is_the_body_of_its_bare_name()
    {
        // 中国全国政协 and 中华人民共和国中央军委 are 全国政协 and 中央军委 (news-organizations.tsv, china-name and china-body);
        // 中国足球协会 is no central body and keeps its name.
        const string text = "中国全国政协和中华人民共和国中央军委致电，中国足球协会表示祝贺。";
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [
            At(text, "中国全国政协", 0, EntityKind.Organization), At(text, "中华人民共和国中央军委", 0, EntityKind.Organization),
            At(text, "中国足球协会", 0, EntityKind.Organization),
        ]);
        Assert.Equal(["全国政协", "中央军委", "中国足球协会"], resolved.Select(r => r.Name));
    }

    [Fact]
    public void A_bare_level_no_sentence_names_is_of_the_one_place_of_that_level_the_article_prints_twice()
    {
        // 平顶山市 is the article's one city, printed twice: its 市委 and 市政府. 沛县 is its one county: 县职教中心.
        const string text = "河南省平顶山市开展活动。平顶山的军嫂就业。市委、市政府决定。沛县农业发展，沛县建成了县职教中心。";
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [
            At(text, "平顶山市", 0, EntityKind.Place), At(text, "市委", 0, EntityKind.Organization), At(text, "市政府", 0, EntityKind.Organization),
            At(text, "沛县", 0, EntityKind.Place), At(text, "县职教中心", 0, EntityKind.Organization),
        ]);
        Assert.Equal(["平顶山市", "平顶山市委", "平顶山市政府", "沛县", "沛县职教中心"], resolved.Select(r => r.Name));

        // A committee of another city (廊坊市委 beside 东莞市), two cities, or a city printed once leave 市委 as printed.
        string[] unread = ["东莞市参观。东莞市的村。廊坊市委确定战略。市委决定。", "东莞市参观。东莞市和深圳市的村。市委决定。", "空客在北京市宣布。市委决定。"];
        foreach (var page in unread)
        {
            var mentions = new List<FactMention>();
            foreach (var place in new[] { "东莞市", "深圳市", "北京市" }.Where(p => page.Contains(p, StringComparison.Ordinal)))
            {
                mentions.Add(At(page, place, 0, EntityKind.Place));
            }

            if (page.Contains("廊坊市委", StringComparison.Ordinal))
            {
                mentions.Add(At(page, "廊坊市委", 0, EntityKind.Organization));
            }

            mentions.Add(At(page, "市委", page.Contains("廊坊市委", StringComparison.Ordinal) ? 1 : 0, EntityKind.Organization));
            var names = new EntityResolver(HomeContext.None).Resolve(page, [.. mentions.OrderBy(m => m.Range.Start)]).Select(r => r.Name);
            Assert.Contains("市委", names);
        }
    }

    [Fact]
    public void A_bare_level_no_home_expands_is_of_the_place_of_that_level_its_sentence_named_before_it()
    {
        // 齐齐哈尔市…市委 and 开封县…县委 in one sentence; 市委 of the next sentence names no city before it and stays.
        const string text = "给予齐齐哈尔市原市委书记王树斌处分，开封县县委表示支持。市委召开会议。";
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [
            At(text, "齐齐哈尔市", 0, EntityKind.Place), At(text, "市委", 0, EntityKind.Organization),
            At(text, "开封县", 0, EntityKind.Place), At(text, "县委", 0, EntityKind.Organization), At(text, "市委", 1, EntityKind.Organization),
        ]);
        Assert.Equal(["齐齐哈尔市", "齐齐哈尔市委", "开封县", "开封县委", "市委"], resolved.Select(r => r.Name));

        // A home city expands 市委 itself, and a county's committee on its pages is not read from the sentence.
        var home = new EntityResolver(Yiwu).Resolve(text, [
            At(text, "齐齐哈尔市", 0, EntityKind.Place), At(text, "市委", 1, EntityKind.Organization),
            At(text, "开封县", 0, EntityKind.Place), At(text, "县委", 0, EntityKind.Organization),
        ]);
        Assert.Equal(["齐齐哈尔市", "义乌市委", "开封县", "县委"], home.Select(r => r.Name));
    }

    [Fact]
    public void An_organisation_read_with_an_office_and_jian_is_the_organisation_before_the_office()
    {
        const string text = "摩恩电气董事兼总经理唐崇健辞职。";
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [At(text, "摩恩电气董事兼", 0, EntityKind.Organization)]);
        Assert.Equal(("摩恩电气", "摩恩电气"), (resolved[0].Name, resolved[0].Surface));
    }

    [Fact]
    public void A_short_form_takes_the_listed_full_name_the_article_prints_even_when_the_name_does_not_start_with_it()
    {
        // 澳 alone is ambiguous, but the article names 澳门; 港 is no first character of 香港.
        const string text = "澳门与香港的港澳合作。";
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [
            At(text, "澳门", 0, EntityKind.Place), At(text, "香港", 0, EntityKind.Place),
            At(text, "港", 1, EntityKind.Place), At(text, "澳", 1, EntityKind.Place),
        ]);
        var byStart = resolved.ToDictionary(r => r.Range.Start, r => r.Name);
        Assert.Equal(byStart[3], byStart[6]);
        Assert.Equal(byStart[0], byStart[7]);
    }

    [Fact]
    public void The_last_place_of_an_address_printed_in_one_piece_takes_the_whole_address_as_printed()
    {
        // 江西省余干县: the county lies in the province; 北京麻雀瓦舍: a venue the gazetteer does not know, after a
        // place it knows; 中美 (one-character forms) and 天津、长春 (a list) are no addresses.
        const string text = "江西省余干县人王胜川在北京麻雀瓦舍演出，中美双方在天津、长春会谈。";
        var places = new PlaceDirectory(YiwuGraph.Extraction.Gazetteer.PlaceGazetteer.Default, HomeContext.None);
        var resolved = new EntityResolver(HomeContext.None, places).Resolve(text, [
            At(text, "江西省", 0, EntityKind.Place), At(text, "余干县", 0, EntityKind.Place), At(text, "王胜川", 0, EntityKind.Person),
            At(text, "北京", 0, EntityKind.Place), At(text, "麻雀瓦舍", 0, EntityKind.Place), At(text, "中", 0, EntityKind.Place),
            At(text, "美", 0, EntityKind.Place), At(text, "天津", 0, EntityKind.Place), At(text, "长春", 0, EntityKind.Place),
        ]);

        Assert.Equal(
            [("余干县", "江西省余干县"), ("麻雀瓦舍", "北京麻雀瓦舍")],
            resolved.Where(r => r.CompoundSurface is not null).Select(r => (r.Surface, r.CompoundSurface!)));
    }

    [Fact]
    public void An_organisation_printed_right_after_its_place_takes_the_whole_as_printed()
    {
        // 北京市海淀区|教育局 and 日本|大阪造币厂 keep their names and take the printed whole; 中|日 (one-character forms)
        // and a venue (五棵松体育馆|中国男篮) are no such place, nor is a place with something between (北京的清华大学).
        const string text = "北京市海淀区教育局和日本大阪造币厂致函，中日友好协会在五棵松体育馆中国男篮比赛时访问北京的清华大学。";
        var places = new PlaceDirectory(YiwuGraph.Extraction.Gazetteer.PlaceGazetteer.Default, HomeContext.None);
        FactMention Org(string surface) => At(text, surface, 0, EntityKind.Organization);
        var resolved = new EntityResolver(HomeContext.None, places).Resolve(text, [
            At(text, "北京市", 0, EntityKind.Place), At(text, "海淀区", 0, EntityKind.Place), Org("教育局"),
            At(text, "日本", 0, EntityKind.Place), Org("大阪造币厂"), At(text, "中", 0, EntityKind.Place), Org("日友好协会"),
            new(At(text, "五棵松体育馆", 0, EntityKind.Place).Range, EntityKind.Place, 0.8, "venue"), Org("中国男篮"),
            At(text, "北京", 1, EntityKind.Place), Org("清华大学"),
        ]);

        Assert.Equal(
            [("教育局", "北京市海淀区教育局"), ("大阪造币厂", "日本大阪造币厂")],
            resolved.Where(r => r.Kind == EntityKind.Organization && r.CompoundSurface is not null).Select(r => (r.Surface, r.CompoundSurface!)));
    }

    [Fact]
    public void A_periodical_read_inside_its_title_takes_the_title_and_the_word_after_it_as_printed()
    {
        // 《当代》杂志 and 《科学通报》编辑部 are printed names of the periodicals; 《人民日报》 alone and 《当代》 before
        // a word of no periodical (发表) are not.
        const string text = "《希望工程纪实》在《当代》杂志发表，《科学通报》编辑部来函，《人民日报》报道，《当代》发表评论。";
        FactMention Org(string surface, int occurrence = 0) => At(text, surface, occurrence, EntityKind.Organization);
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [Org("当代"), Org("科学通报"), Org("人民日报"), Org("当代", 1)]);

        Assert.Equal(
            [("当代", "《当代》杂志"), ("科学通报", "《科学通报》编辑部")],
            resolved.Where(r => r.CompoundSurface is not null).Select(r => (r.Surface, r.CompoundSurface!)));
    }

    [Theory]
    [InlineData("北京的社区体育走得靠前。在对朝阳、崇文的采访中", "北京", "朝阳", "朝阳区")]
    [InlineData("辽宁朝阳一个赌局被警方打掉", "辽宁", "朝阳", "朝阳市")]
    [InlineData("广东深圳龙岗警方又抓获10名犯罪嫌疑人", "深圳", "龙岗", "龙岗区")]
    [InlineData("南宁多云，江南大部有小到中雨", "南宁", "江南", "江南")]
    [InlineData("沙孟海老先生在杭州西湖岳飞墓前所写的那副对联", "杭州", "西湖", "西湖")]
    [InlineData("上海宝山宝杨路一出租房内", "上海", "宝山", "宝山区")]
    public void A_bare_place_name_is_read_by_the_places_the_article_names(string text, string anchor, string bare, string expected)
    {
        var places = new PlaceDirectory(YiwuGraph.Extraction.Gazetteer.PlaceGazetteer.Default, HomeContext.None);
        var resolved = new EntityResolver(HomeContext.None, places).Resolve(text, [At(text, anchor, 0, EntityKind.Place), At(text, bare, 0, EntityKind.Place)]);

        Assert.Equal(expected, resolved.Single(r => r.Surface == bare).Name);
    }

    [Fact]
    public void Each_place_carries_the_gazetteer_place_its_name_denotes_in_the_article()
    {
        const string text = "长春市朝阳区和义乌市，还有城关镇。";
        var places = new PlaceDirectory(YiwuGraph.Extraction.Gazetteer.PlaceGazetteer.Default, HomeContext.None);
        var resolved = new EntityResolver(HomeContext.None, places).Resolve(text, [
            At(text, "长春市", 0, EntityKind.Place), At(text, "朝阳区", 0, EntityKind.Place), At(text, "义乌市", 0, EntityKind.Place),
            At(text, "城关镇", 0, EntityKind.Place),
        ]);

        Assert.Equal(
            [new ResolvedPlace("2201", false), new ResolvedPlace("220104", true), new ResolvedPlace("330782", false), null],
            resolved.Select(r => r.Place));
    }

    [Fact]
    public void Each_mention_of_a_shared_name_is_the_place_printed_before_it_and_a_bare_one_is_none_when_those_differ()
    {
        const string text = "北京市朝阳区和长春市朝阳区结为友好城区，朝阳区代表团昨天出发。";
        var places = new PlaceDirectory(YiwuGraph.Extraction.Gazetteer.PlaceGazetteer.Default, HomeContext.None);
        var resolved = new EntityResolver(HomeContext.None, places).Resolve(text, [
            At(text, "北京市", 0, EntityKind.Place), At(text, "朝阳区", 0, EntityKind.Place), At(text, "长春市", 0, EntityKind.Place),
            At(text, "朝阳区", 1, EntityKind.Place), At(text, "朝阳区", 2, EntityKind.Place),
        ]);

        Assert.Equal(
            [new ResolvedPlace("11", false), new ResolvedPlace("110105", true), new ResolvedPlace("2201", false), new ResolvedPlace("220104", true), null],
            resolved.Select(r => r.Place));
    }

    [Fact]
    public void A_bare_mention_of_a_shared_name_is_the_place_its_printed_mentions_agree_on()
    {
        // 长春市 and 北京市 tie as anchors; the one printed before 朝阳区 decides every mention of it.
        const string text = "长春市朝阳区与北京市企业签约，朝阳区代表团昨天出发。";
        var places = new PlaceDirectory(YiwuGraph.Extraction.Gazetteer.PlaceGazetteer.Default, HomeContext.None);
        var resolved = new EntityResolver(HomeContext.None, places).Resolve(text, [
            At(text, "长春市", 0, EntityKind.Place), At(text, "朝阳区", 0, EntityKind.Place), At(text, "北京市", 0, EntityKind.Place),
            At(text, "朝阳区", 1, EntityKind.Place),
        ]);

        Assert.Equal(["220104", "220104"], resolved.Where(r => r.Name == "朝阳区").Select(r => r.Place?.Code));
    }

    [Theory]
    [InlineData("北京市朝阳区今天开会，八里庄街道和双井街道的代表参加。", "110105015", "110105016")]
    [InlineData("北京市今天开会，八里庄街道和双井街道的代表参加。", null, null)]
    public void A_shared_county_the_article_resolves_decides_its_towns_and_streets(string text, string? baliZhuang, string? shuangJing)
    {
        // 八里庄街道 is a street of Beijing's 朝阳区 and of 海淀区, 双井街道 of Beijing's 朝阳区 and of two other cities:
        // 北京市 alone (a city) does not decide a street; the county 朝阳区 it puts the article in does.
        var places = new PlaceDirectory(YiwuGraph.Extraction.Gazetteer.PlaceGazetteer.Default, HomeContext.None);
        List<FactMention> mentions = [At(text, "北京市", 0, EntityKind.Place), At(text, "八里庄街道", 0, EntityKind.Place), At(text, "双井街道", 0, EntityKind.Place)];
        if (text.Contains("朝阳区", StringComparison.Ordinal))
        {
            mentions.Insert(1, At(text, "朝阳区", 0, EntityKind.Place));
        }

        var resolved = new EntityResolver(HomeContext.None, places).Resolve(text, mentions);

        Assert.Equal(baliZhuang, resolved.Single(r => r.Name == "八里庄街道").Place?.Code);
        Assert.Equal(shuangJing, resolved.Single(r => r.Name == "双井街道").Place?.Code);
    }

    [Fact]
    public void A_special_administrative_region_printed_with_te_qu_is_the_region_and_an_economic_zone_is_not()
    {
        const string text = "香港特区和澳门特区的代表参观了深圳特区。";
        var places = new PlaceDirectory(YiwuGraph.Extraction.Gazetteer.PlaceGazetteer.Default, HomeContext.None);
        var resolved = new EntityResolver(HomeContext.None, places).Resolve(text, [
            At(text, "香港特区", 0, EntityKind.Place), At(text, "澳门特区", 0, EntityKind.Place), At(text, "深圳特区", 0, EntityKind.Place),
        ]);

        Assert.Equal(["香港特别行政区", "澳门特别行政区", "深圳特区"], resolved.Select(r => r.Name));
    }

    [Fact]
    public void Two_places_side_by_side_where_the_second_is_no_part_of_the_first_are_no_address()
    {
        // 浙江 holds no 长春: two places the text merely runs together.
        const string text = "浙江长春两地";
        var places = new PlaceDirectory(YiwuGraph.Extraction.Gazetteer.PlaceGazetteer.Default, HomeContext.None);
        var resolved = new EntityResolver(HomeContext.None, places).Resolve(text, [
            At(text, "浙江", 0, EntityKind.Place), At(text, "长春", 0, EntityKind.Place),
        ]);

        Assert.All(resolved, r => Assert.Null(r.CompoundSurface));
    }

    [Fact]
    public void An_address_printed_in_one_piece_is_an_alias_of_its_last_place_in_the_graph()
    {
        var graph = OnePageBuild.Build("1948年12月1日，中国人民银行在河北省石家庄市成立。");

        Assert.Contains("河北省石家庄市", graph.GetNode("place:石家庄市").Properties.GetStrings("aliases"));
        Assert.DoesNotContain("河北省石家庄市", graph.GetNode("place:河北省").Properties.GetStrings("aliases"));
    }

    [Fact]
    public void A_bare_body_is_the_one_organisation_its_sentence_names_in_full_and_else_keeps_its_name()
    {
        // 议会 beside 以色列议会 is Israel's; beside 韩国议会 and 日本议会 it is neither; 工会 a sentence after
        // 澳大利亚海运工会 may be another story's on a page of several, and stays as printed (its node is the article's).
        const string text = "以色列议会29日通过解散议会的提案。韩国议会和日本议会的代表说，议会将加强交流。澳大利亚海运工会宣布罢工。工会表示不会让步。";
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [
            At(text, "以色列议会", 0, EntityKind.Organization), At(text, "议会", 1, EntityKind.Organization),
            At(text, "韩国议会", 0, EntityKind.Organization), At(text, "日本议会", 0, EntityKind.Organization), At(text, "议会", 4, EntityKind.Organization),
            At(text, "澳大利亚海运工会", 0, EntityKind.Organization), At(text, "工会", 1, EntityKind.Organization),
        ]);
        Assert.Equal(
            new[] { ("以色列议会", "以色列议会"), ("议会", "以色列议会"), ("韩国议会", "韩国议会"), ("日本议会", "日本议会"), ("议会", "议会"),
                ("澳大利亚海运工会", "澳大利亚海运工会"), ("工会", "工会") },
            resolved.Select(r => (r.Surface, r.Name)));
    }

    [Fact]
    public void A_bare_body_takes_the_longest_of_the_names_of_one_body_in_its_sentence()
    {
        // 海运工会 and 澳海运工会 both end in 工会 and are one union by their names; the longest names it.
        const string text = "澳海运工会表示，海运工会的会员支持工会的决定。";
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [
            At(text, "澳海运工会", 0, EntityKind.Organization), At(text, "海运工会", 1, EntityKind.Organization), At(text, "工会", 2, EntityKind.Organization),
        ]);

        Assert.Equal("澳海运工会", resolved.Single(r => r.Surface == "工会").Name);
    }

    private static FactMention At(string text, string surface, int occurrence, EntityKind kind)
    {
        var at = -1;
        for (var k = 0; k <= occurrence; k++)
        {
            at = text.IndexOf(surface, at + 1, StringComparison.Ordinal);
        }

        return new FactMention(new TextRange(at, at + surface.Length), kind, 0.75);
    }

    [Fact]
    public void A_person_printed_with_a_look_alike_name_dot_is_named_with_the_middle_dot()
    {
        const string text = "汤姆•克兰西与汤姆·克兰西";
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [
            new FactMention(new TextRange(0, 6), EntityKind.Person, 0.75),
            new FactMention(new TextRange(7, 13), EntityKind.Person, 0.75),
        ]);
        Assert.Equal([("汤姆•克兰西", "汤姆·克兰西"), ("汤姆·克兰西", "汤姆·克兰西")], resolved.Select(r => (r.Surface, r.Name)));
    }

    [Fact]
    public void Only_a_place_before_公安_makes_an_organisation_its_public_security_bureau()
    {
        const string text = "义乌公安和反诈公安联合行动。";
        var resolved = new EntityResolver(Yiwu).Resolve(text, [
            new FactMention(new TextRange(0, 4), EntityKind.Organization, 0.7),
            new FactMention(new TextRange(5, 9), EntityKind.Organization, 0.7),
        ]);
        Assert.Equal(["义乌市公安局", "反诈公安"], resolved.Select(r => r.Name));
    }

    [Fact]
    public void The_home_city_and_province_are_inferred_from_the_pages()
    {
        var pages = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText);
        var home = HomeContext.Infer(pages);
        Assert.Equal("义乌市", home.City);
        Assert.Equal("浙江省", home.Province);
    }

    [Fact]
    public void Too_little_evidence_leaves_the_home_unknown()
    {
        var home = HomeContext.Infer(["杭州市今日晴。"]);
        Assert.Null(home.City);
        Assert.Null(home.Province);
    }

    [Theory]
    [InlineData("市经信局", "义乌市经信局")]
    [InlineData("市委", "义乌市委")]
    [InlineData("省委", "浙江省委")]
    [InlineData("省外汇局", "浙江省外汇局")]
    [InlineData("市场监管局", null)]
    [InlineData("金华市委", null)]
    public void Bare_levels_expand_to_the_home(string name, string? expanded) => Assert.Equal(expanded, Yiwu.Expand(name));

    [Fact]
    public void An_overridden_home_is_used_instead_of_the_inferred_one() =>
        Assert.Equal("金华市经信局", new HomeContext("金华市", "浙江省").Expand("市经信局"));

    [Fact]
    public void People_sharing_a_surname_or_a_title_stay_apart()
    {
        var graph = Build("本报讯 昨日，市委书记张明华主持会议，市长张建国、副市长张明出席。张明华强调，要抓好落实。张建国指出，要加快进度。");
        var persons = graph.NodesWithLabel(NodeLabel.Person).Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("张明华", persons);
        Assert.Contains("张建国", persons);
        Assert.DoesNotContain(persons, p => p.Length < 2 || p.Contains("市长", StringComparison.Ordinal) || p.Contains("书记", StringComparison.Ordinal));
        Assert.True(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.HoldsPosition, "person:张明华", "org:义乌市委", "书记"), out _));
        Assert.False(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.HoldsPosition, "person:张建国", "org:义乌市委", "书记"), out _));
        Assert.True(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.HoldsPosition, "person:张建国", "place:义乌市", "市长"), out _));
    }

    [Fact]
    public void Party_committees_of_different_cities_stay_apart()
    {
        var graph = Build("本报讯 金华市委副书记、义乌市委书记叶帮锐，金华市委书记朱某某出席活动。");
        Assert.True(graph.TryGetNode("org:金华市委", out _));
        Assert.True(graph.TryGetNode("org:义乌市委", out _));
        Assert.False(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.HoldsPosition, "person:叶帮锐", "org:金华市委", "书记"), out _));
    }

    [Fact]
    public void A_bare_mayor_after_another_citys_committee_is_that_citys_mayor()
    {
        var graph = Build("本报讯 4月10日至15日，市长温建飞带队赴新疆霍尔果斯调研。霍尔果斯市委副书记、市长皮履屏等陪同调研。副市长汤振农参加调研。");
        Assert.True(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.HoldsPosition, "person:皮履屏", "place:霍尔果斯市", "市长"), out _));
        Assert.False(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.HoldsPosition, "person:皮履屏", "place:义乌市", "市长"), out _));
        Assert.True(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.HoldsPosition, "person:汤振农", "place:义乌市", "副市长"), out _));
        var visit = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("type") == "visit_inspection");
        Assert.Equal("温建飞带队赴新疆霍尔果斯调研", visit.Name);
        var roles = graph.InRelationships(visit.Key).Where(r => r.Type == RelationshipTypes.ParticipatedIn).Select(r => (r.Source, r.Properties.GetString("role"))).ToHashSet();
        Assert.Contains(("person:温建飞", "leader"), roles);
        Assert.Contains(("person:皮履屏", "attendee"), roles);
    }

    [Fact]
    public void Signed_authors_hold_the_office_they_sign_with()
    {
        var graph = new CorpusGraphBuilder().Build([RepoPaths.Seed("002")], cancellationToken: TestContext.Current.CancellationToken).Graph;
        Assert.True(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.HoldsPosition, "person:程亮", "place:苏溪镇@330782105", "党委书记"), out var r));
        Assert.Contains(r.Evidence, e => e.Snippet.Contains("程亮", StringComparison.Ordinal));
    }

    [Fact]
    public void Titles_never_become_part_of_a_person()
    {
        var source = new PatternMentionSource(JiebaSegmenter.CreateDefault(), Yiwu);
        const string text = "习近平总书记考察浙江。习近平同志指出，要学习义乌经验。";
        var persons = source.Find(text).Where(m => m.Kind == EntityKind.Person).Select(m => m.GetText(text)).Distinct().ToList();
        Assert.Equal(["习近平"], persons);
    }

    [Fact]
    public void A_short_form_of_a_full_name_in_the_same_article_is_one_node_with_both_as_aliases()
    {
        var graph = Build("本报讯 位于赤岸镇的领克汽车义乌工厂满产运行。针对领克工厂产能攀升后的停车难题，赤岸镇改建了停车场。");
        Assert.False(graph.TryGetNode("org:领克工厂", out _));
        var factory = graph.GetNode("org:领克汽车义乌工厂");
        Assert.Contains("领克工厂", factory.Properties.GetStrings("aliases"));
        Assert.Contains("领克汽车义乌工厂", factory.Properties.GetStrings("aliases"));
    }

    [Fact]
    public void The_lynk_factory_and_its_short_form_on_page_003_are_one_node()
    {
        var graph = new CorpusGraphBuilder().Build([RepoPaths.Seed("003")], cancellationToken: TestContext.Current.CancellationToken).Graph;
        Assert.Contains("领克工厂", graph.GetNode("org:领克汽车义乌工厂").Properties.GetStrings("aliases"));
        Assert.False(graph.TryGetNode("org:领克工厂", out _));
    }

    [Theory]
    [InlineData("领克工厂", new[] { "领克汽车义乌工厂" }, "领克汽车义乌工厂")]
    [InlineData("浙江省疾控中心", new[] { "浙江省疾病预防控制中心", "浙江省疾控中心" }, "浙江省疾病预防控制中心")]
    [InlineData("义乌市政府", new[] { "义乌市人民政府" }, "义乌市人民政府")]
    [InlineData("吉利工厂", new[] { "领克汽车义乌工厂" }, null)]
    [InlineData("领克工厂", new[] { "领克汽车义乌工厂", "领克汽车宁波工厂" }, null)]
    [InlineData("继峰座椅义乌工厂", new[] { "领克汽车义乌工厂" }, null)]
    [InlineData("义乌市公安局", new[] { "义乌市公安局情报指挥中心" }, null)]
    [InlineData("义乌市委", new[] { "义乌市委组织部" }, null)]
    public void A_short_form_is_linked_only_to_the_one_full_name_it_abbreviates(string shortName, string[] names, string? full) =>
        Assert.Equal(full, new EntityResolver(HomeContext.None).ShortFormOf(shortName, names));

    [Fact]
    public void Different_companies_sharing_a_head_noun_in_one_article_stay_apart()
    {
        // The tagger reads 继峰座椅|义乌工厂, and the rules' longer name, which runs on to the left of its
        // organisation, gives way (MentionArbiter, measured on the dev corpora); the company 继峰座椅义乌工厂 is lost
        // here, but neither it nor 吉利工厂 becomes a name of 领克汽车义乌工厂.
        var graph = Build("本报讯 继峰座椅义乌工厂跟随领克汽车义乌工厂落户。吉利工厂也在扩产。");
        Assert.True(graph.TryGetNode("org:领克汽车义乌工厂", out _));
        Assert.DoesNotContain("吉利工厂", graph.GetNode("org:领克汽车义乌工厂").Properties.GetStrings("aliases"));
        Assert.DoesNotContain("继峰座椅义乌工厂", graph.GetNode("org:领克汽车义乌工厂").Properties.GetStrings("aliases"));
    }

    private static KnowledgeGraph Build(string body) => OnePageBuild.Build(body);
}
