using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>How the last step every event name passes through pairs its brackets and quotes and drops glosses.</summary>
public sealed class EventNamesTests
{
    private static string Repair(string text, string name, string trigger)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        var evidence = at >= 0 ? new TextRange(at, at + name.Length) : new TextRange(0, text.Length);
        return EventNames.Repair(text, evidence, name, trigger, EventExtractor.Default.Clean, EventExtractor.Default.GlossHeadMarkers);
    }

    [Theory]
    [InlineData("由昌吉市承办的“人在旅途，爱尚昌吉”旅游节开幕式在昌吉市滨湖广场举行。", "爱尚昌吉”旅游节开幕式", "开幕式", "“人在旅途，爱尚昌吉”旅游节开幕式")]
    [InlineData("第六届“跨越太平洋——中国艺术节”开幕式当地时间8日举行。", "中国艺术节”开幕式", "开幕式", "“跨越太平洋——中国艺术节”开幕式")]
    [InlineData("这款名为《死亡空间：浩劫余生》的游戏发售。", "浩劫余生》", "发售", "《死亡空间：浩劫余生》")]
    public void A_name_that_starts_inside_a_quote_or_title_reaches_back_to_its_opener(string text, string name, string trigger, string expected) =>
        Assert.Equal(expected, Repair(text, name, trigger));

    [Fact]
    public void A_name_that_ends_inside_a_title_reaches_on_to_its_closer() =>
        Assert.Equal("四川人民出版社出版的《脊梁——国有企业的机遇与挑战》", Repair("四川人民出版社出版的《脊梁——国有企业的机遇与挑战》一书。", "四川人民出版社出版的《脊梁——国有企业的机遇与", "出版"));

    [Theory]
    [InlineData("经过侦查，民警一举将盗窃莓茶的嫌疑人熊某（男，40岁，永定区教字垭人）抓获。", "永定区教字垭人）抓获", "民警一举将盗窃莓茶的嫌疑人熊某抓获")]
    [InlineData("经过侦查，民警一举将盗窃莓茶的嫌疑人熊某（男，40岁，永定区教字垭人）抓获。", "民警一举将盗窃莓茶的嫌疑人熊某（男，40岁，永定区教字垭人）抓获", "民警一举将盗窃莓茶的嫌疑人熊某抓获")]
    [InlineData("经过侦查，民警一举将盗窃莓茶的嫌疑人熊某（男，40岁，永定区教字垭人）抓获。", "民警一举将盗窃莓茶的嫌疑人熊某（男，40", "民警一举将盗窃莓茶的嫌疑人熊某")]
    public void A_gloss_in_round_brackets_goes_and_the_words_it_glosses_stay(string text, string name, string expected) =>
        Assert.Equal(expected, Repair(text, name, "抓获"));

    [Fact]
    public void Words_before_a_gloss_that_is_cut_off_at_the_start_are_taken_from_the_clause_when_the_name_is_its_trigger_alone() =>
        Assert.Equal("将潜逃17年的故意伤害致死命案逃犯卢某抓获",
            Repair("在内蒙古呼和浩特市某洗浴中心成功将潜逃17年的故意伤害致死命案逃犯卢某(男， 41岁，山西省朔州人)抓获。", "山西省朔州人)抓获", "抓获"));

    [Theory]
    [InlineData("他说：“目前全省夏粮可产５５亿公斤，秋粮产７５亿公斤，而我省到２０００年粮食增产的目标能够实现，关键在于抓好夏粮收购工作", "“目前全省夏粮可产５５亿公斤", "夏粮", "目前全省夏粮可产５５亿公斤")]
    [InlineData("小张倩说：“我不怕。”小张倩的母亲不久也去世了。", "”小张倩的母亲不久也去世了", "去世", "小张倩的母亲不久也去世了")]
    [InlineData("该局先后被湖北省公安厅授予“全省先进公安局”和“全省公安系统先进集体标兵单位和优秀公安队伍模范单位光荣称号”。", "该局先后被湖北省公安厅授予“全省先进公安局”和“全省公安", "授予",
        "该局先后被湖北省公安厅授予“全省先进公安局”")]
    public void A_mark_whose_partner_is_not_near_is_cut_off_with_what_it_encloses(string text, string name, string trigger, string expected) =>
        Assert.Equal(expected, Repair(text, name, trigger));

    [Theory]
    [InlineData("市委组织部召开部务会（扩大）会议。", "部务会（扩大）会议", "会议")]
    [InlineData("第十七届中国（海南）荔枝龙眼产销对接活动开幕。", "第十七届中国（海南）荔枝龙眼产销对接活动", "开幕")]
    [InlineData("任天堂《实况足球2020（PES 2020）》发售。", "任天堂《实况足球2020（PES 2020）》发售", "发售")]
    [InlineData("（上图为帕斯特拉纳获胜后向支持者示意）", "（上图为帕斯特拉纳获胜后向支持者示意）", "获胜")]
    public void A_name_part_in_brackets_a_bracket_inside_a_title_and_a_gloss_that_holds_the_trigger_stay(string text, string name, string trigger) =>
        Assert.Equal(name, Repair(text, name, trigger));

    /// <summary>
    /// Whatever the text and wherever the name was cut from it, the name returned holds only marks that pair, so every
    /// pair type of <see cref="Brackets.Pairs"/> balances in it; a name of pairing marks and no gloss comes back as it was.
    /// </summary>
    [Fact]
    public void Every_name_returned_is_balanced_whatever_the_text_and_the_cut()
    {
        const string alphabet = "会议开幕式抓获男岁人的在将了中国北京，，、。：（）()《》“”‘’【】「」[]　 ab12";
        var random = new Random(20261205);
        for (var round = 0; round < 5000; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 90)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var start = random.Next(text.Length);
            var length = random.Next(1, text.Length - start + 1);
            var name = text.Substring(start, length);
            var trigger = text.Substring(start + random.Next(length), 1);
            var evidence = new TextRange(Math.Max(0, start - random.Next(5)), Math.Min(text.Length, start + length + random.Next(5)));

            var repaired = EventNames.Repair(text, evidence, name, trigger, EventExtractor.Default.Clean, EventExtractor.Default.GlossHeadMarkers);

            Assert.True(Brackets.AreBalanced(repaired), $"{text} | {name} → {repaired}");
            foreach (var (open, close) in Brackets.Pairs)
            {
                Assert.Equal(repaired.Count(c => c == open), repaired.Count(c => c == close));
            }
        }
    }

    [Fact]
    public void A_balanced_name_without_a_gloss_comes_back_as_it_was_but_for_pauses_at_its_edges()
    {
        var random = new Random(7);
        const string alphabet = "会议开幕式中国北京，（）《》“”ab";
        for (var round = 0; round < 2000; round++)
        {
            var name = new string([.. Enumerable.Range(0, random.Next(1, 30)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var glossFree = Brackets.Match(name).Paired.All(p => !Brackets.IsRound(name[p.Open]) || (p.Close - p.Open - 1 < 5 && !name[(p.Open + 1)..p.Close].Contains('，')));
            if (!Brackets.AreBalanced(name) || !glossFree)
            {
                continue;
            }

            // Pauses at the edges go (unless less than two characters would be left); nothing else changes.
            var inner = name.Trim('，');
            var expected = inner.Length >= 2 ? inner : name;
            Assert.Equal(expected, EventNames.Repair("前文。" + name + "。", new TextRange(3, 3 + name.Length), name, "会"));
        }
    }

    [Fact]
    public void An_event_built_from_a_page_drops_the_gloss_its_clause_holds()
    {
        var graph = OnePageBuild.Build("5月3日，经过连续侦查，民警一举将盗窃莓茶的嫌疑人熊某（男，40岁，永定区教字垭人）抓获。");

        var names = graph.NodesWithLabel(NodeLabel.Event).Select(e => e.Name).ToList();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.True(Brackets.AreBalanced(n) && !n.Contains("永定区", StringComparison.Ordinal), n));
    }

    [Theory]
    [InlineData("上午，“以信息化培育新动能，用新动能推动新发展，以新发展创造新辉煌”为主题的第二届数字中国建设峰会在福州开幕。", "以新发展创造新辉煌”为主题的第二届数字中国建设峰会", "开幕", "第二届数字中国建设峰会")]
    [InlineData("本报讯以《就业———中国与欧洲联盟的共同任务》为主题的国际学术研讨会在北京举行。", "以《就业———中国与欧洲联盟的共同任务》为主题的国际学术研讨会", "举行", "国际学术研讨会")]
    [InlineData("开展以“热爱自己母亲，救助贫困母亲，保卫祖国母亲”为主题的“爱心在国旗下凝聚”活动。", "保卫祖国母亲”为主题的“爱心", "启动", "“爱心在国旗下凝聚”")]
    [InlineData("两公司在杭联手推出以“物联共享、绿色出行”为主题的“e约车4.0”产品。", "两公司在杭联手推出以“物联共享、绿色出行”为主题的“e约车4.0”", "推出", "两公司在杭联手推出“e约车4.0”")]
    [InlineData("国际周活动是中国第一个以高新技术为主题的大型国际盛会。", "国际周活动是中国第一个以高新技术为主题的大型国际盛会", "开幕", "大型国际盛会")]
    public void A_theme_before_the_event_goes_with_any_part_of_it_a_cut_left(string text, string name, string trigger, string expected) =>
        Assert.Equal(expected, Repair(text, name, trigger));

    [Fact]
    public void A_theme_stays_when_what_follows_it_is_too_short_or_lacks_the_trigger()
    {
        Assert.Equal("以“绿色”为主题的活动", Repair("开展以“绿色”为主题的活动。", "以“绿色”为主题的活动", "开展"));
        Assert.Equal("以“开幕”为主题的征文比赛", Repair("举办以“开幕”为主题的征文比赛。", "以“开幕”为主题的征文比赛", "开幕"));
    }

    [Fact]
    public void A_book_title_is_reached_whole_beyond_the_reach_of_other_pairs()
    {
        const string text = "日前共同举行了《纪念真理标准讨论二十周年我国改革开放二十周年·当代书画名家作品展》开幕式。";

        Assert.Equal("《纪念真理标准讨论二十周年我国改革开放二十周年·当代书画名家作品展》开幕式", Repair(text, "当代书画名家作品展》开幕式", "开幕式"));
        Assert.Equal("开幕式", Repair("他们说：“" + new string('甲', EventNames.Reach + 5) + "”开幕式举行。", new string('甲', 3) + "”开幕式", "开幕式"));
    }

    [Theory]
    [InlineData("参加由两校共同主办的“海峡两岸古籍整理与传统文化研讨会”。", "传统文化研讨会", "海峡两岸古籍整理与传统文化研讨会")]
    [InlineData("记者从今天召开的“弘扬藏族文化，支持西藏出版座谈会”上获悉。", "支持西藏出版座谈会", "弘扬藏族文化，支持西藏出版座谈会")]
    [InlineData("他说：“我们明天开研讨会”。", "明天开研讨会", "明天开研讨会")]
    [InlineData("参加“海峡两岸古籍整理与传统文化研讨会的分会”。", "传统文化研讨会", "传统文化研讨会")]
    public void A_name_that_ends_a_quoted_name_is_that_name_whole_but_not_a_piece_of_speech(string text, string name, string expected) =>
        Assert.Equal(expected, Repair(text, name, "研讨会"));

    [Theory]
    [InlineData("黑芝麻将于上海举办“华山系列”芯片发布会。", "芯片发布会", "“华山系列”芯片发布会")]
    [InlineData("记者从今天上午在人民大会堂举行的“爱心献功臣”新闻发布会上获悉。", "新闻发布会", "“爱心献功臣”新闻发布会")]
    [InlineData("他表示：“好，就这样。”新闻发布会随即结束。", "新闻发布会", "新闻发布会")]
    [InlineData("大家都说“真好，真好”新闻发布会结束。", "新闻发布会", "新闻发布会")]
    [InlineData("他答：“好”新闻发布会结束。", "新闻发布会", "新闻发布会")]
    public void A_short_quoted_term_right_before_a_name_is_part_of_it(string text, string name, string expected) =>
        Assert.Equal(expected, Repair(text, name, "发布会"));

    [Theory]
    [InlineData("由王宝强、宋楠惜、静芳共同主演的电影将于7月26日全国上映。", "、宋楠惜、静芳共同主演的电影将于7月26日全国上映", "上映", "宋楠惜、静芳共同主演的电影将于7月26日全国上映")]
    [InlineData("原党组成员、副主席刘殊涉嫌滥用职权、受贿一案开庭。", "副主席刘殊涉嫌滥用职权、", "受贿", "副主席刘殊涉嫌滥用职权")]
    [InlineData("有关部门对该公司负责人进行了约谈：要求整改。", "对该公司负责人进行了约谈：", "约谈", "对该公司负责人进行了约谈")]
    public void A_name_cut_inside_a_list_or_before_a_clause_loses_the_pause_at_its_edge(string text, string name, string trigger, string expected) =>
        Assert.Equal(expected, Repair(text, name, trigger));

    [Fact]
    public void A_name_that_would_be_left_with_less_than_two_characters_stays()
    {
        Assert.Equal("、会", Repair("甲、会。", "、会", "会"));
    }
}
