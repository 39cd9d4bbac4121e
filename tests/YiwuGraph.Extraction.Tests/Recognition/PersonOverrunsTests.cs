using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Recognition;

/// <summary>Person mentions that took in the first character of the next word.</summary>
public sealed class PersonOverrunsTests
{
    private static readonly JiebaSegmenter Segmenter = JiebaSegmenter.CreateDefault();
    private static readonly PersonOverruns Overruns = new(RuleLexicons.Default);

    private static string Trimmed(string text, string mention)
    {
        var at = text.IndexOf(mention, StringComparison.Ordinal);
        var trimmed = Overruns.Trim(text, [new FactMention(new TextRange(at, at + mention.Length), EntityKind.Person, 0.75)], Segmenter.CutWithPos(text));
        return Assert.Single(trimmed).GetText(text);
    }

    [Theory]
    [InlineData("因工作安排原因，王颖申请辞去公司总会计师职务。王颖表示感谢。", "王颖申", "王颖")]
    [InlineData("阿根廷国家队队长梅西施行3个月的禁赛。梅西此前批评南美足联。", "梅西施", "梅西")]
    [InlineData("对国大党主席索尼亚·甘地来说，现在出面为时尚早。索尼亚·甘地一直拒绝从政。", "索尼亚·甘地来", "索尼亚·甘地")]
    public void A_name_the_article_prints_alone_gives_back_the_first_character_of_the_next_word(string text, string mention, string name) =>
        Assert.Equal(name, Trimmed(text, mention));

    [Fact]
    public void A_name_the_article_prints_alone_gives_back_a_function_word_jieba_cuts_alone() =>
        Assert.Equal("彭澎", Trimmed("公司收到副董事长彭澎和董事的辞职报告。彭澎辞职后不再任职。", "彭澎和"));

    [Fact]
    public void A_one_character_verb_after_a_name_stays_in_it() =>
        Assert.Equal("德罗赞", Trimmed("利拉德和德罗赞也不打世界杯。德罗今天说", "德罗赞"));

    [Theory]
    [InlineData("高鸿股份总经理王芊辞职 2018年薪酬为", "王芊辞", "王芊")]
    [InlineData("美国华裔选手张安逆转意外出局。", "张安逆", "张安")]
    public void A_name_before_a_headline_verb_gives_back_its_first_character(string text, string mention, string name) =>
        Assert.Equal(name, Trimmed(text, mention));

    [Theory]
    [InlineData("中心主任钟添发说，小球中心此次参展。", "钟添发")]
    [InlineData("胡亚美、沈治平等专家向家长介绍。", "沈治平")]
    [InlineData("医者仁心。栾远航却没想到，", "栾远航")]
    public void A_name_printed_only_with_the_character_stays_whole(string text, string mention) =>
        Assert.Equal(mention, Trimmed(text, mention));

    [Theory]
    [InlineData("中国驻波兰大使陈棣在答词中说，两国人民的友谊源远流长。", "陈棣在", "陈棣")]
    [InlineData("外经贸部副部长刘山在和埃塞俄比亚贸工部长签订协定。", "刘山在", "刘山")]
    [InlineData("特蕾莎·梅将辞职 英保守党领导权争夺战6月开始", "特蕾莎·梅将", "特蕾莎·梅")]
    public void A_name_gives_back_a_preposition_no_name_ends_with(string text, string mention, string name) =>
        Assert.Equal(name, Trimmed(text, mention));

    [Theory]
    [InlineData("外交部部长助理武东和参加了会谈。", "武东和")]
    [InlineData("叶锦福与老搭档陈金和配对。", "陈金和")]
    [InlineData("记得当金冲及教授称赞这本书。", "金冲及")]
    public void A_conjunction_that_ends_the_given_name_stays_where_no_person_follows(string text, string mention) =>
        Assert.Equal(mention, Trimmed(text, mention));

    [Fact]
    public void A_conjunction_before_another_person_is_given_back() =>
        Assert.Equal(["黄渤", "梁家辉"], TrimmedAll("电影同时集结了黄渤和梁家辉两位知名演员。", "黄渤和", "梁家辉"));

    [Fact]
    public void A_name_ending_with_a_conjunction_inside_a_list_printed_without_pauses_stays_whole() =>
        Assert.Equal(["梁庆庭", "谢后和", "甄瑞文"], TrimmedAll("委员梁庆庭谢后和甄瑞文出席。", "梁庆庭", "谢后和", "甄瑞文"));

    /// <summary>The mentions' strings after trimming; each mention is the next occurrence of its string after the one before.</summary>
    private static string[] TrimmedAll(string text, params string[] mentions)
    {
        var list = new List<FactMention>();
        var from = 0;
        foreach (var m in mentions)
        {
            var at = text.IndexOf(m, from, StringComparison.Ordinal);
            list.Add(new FactMention(new TextRange(at, at + m.Length), EntityKind.Person, 0.75));
            from = at + m.Length;
        }

        return [.. Overruns.Trim(text, list, Segmenter.CutWithPos(text)).Select(m => m.GetText(text))];
    }

    [Theory]
    [InlineData("王火的小说很有名。王火写《战争和人》用了十年。", "王火", "王火写", "王火", "王火")]
    [InlineData("范冰冰李晨微博宣布分手。李晨此前否认。", "李晨微", "李晨", "李晨", "李晨")]
    [InlineData("此前张鹭醉驾被天津交警查获。张鹭被禁赛一年。", "张鹭醉", "张鹭", "张鹭", "张鹭")]
    public void A_name_the_article_names_shorter_gives_back_a_character_no_name_ends_with(string text, string first, string second, string firstName, string secondName) =>
        Assert.Equal([firstName, secondName], TrimmedAll(text, first, second));

    [Fact]
    public void A_character_names_end_with_stays_though_the_article_names_the_shorter_string() =>
        Assert.Equal(["王明", "王明胜"], TrimmedAll("王明到场。技术总监王明胜递交辞职报告。", "王明", "王明胜"));

    [Fact]
    public void A_name_printed_whole_more_often_than_short_stays_whole() =>
        Assert.Equal(["马伊", "马伊琍", "马伊琍"], TrimmedAll("马伊受邀参加话剧。马伊琍宣布离婚。马伊琍很坚强。", "马伊", "马伊琍", "马伊琍"));

    [Fact]
    public void A_name_of_four_characters_whose_first_three_the_article_names_loses_the_fourth() =>
        Assert.Equal(["方敬文", "方敬文"], TrimmedAll("董事长方敬文生在南京，长在台湾。方敬文说，", "方敬文生", "方敬文"));

    [Fact]
    public void A_japanese_name_of_four_characters_stays_whole() =>
        Assert.Equal(["石川佳", "石川佳纯"], TrimmedAll("石川佳表示满意。日本选手石川佳纯获得冠军。", "石川佳", "石川佳纯"));

    [Theory]
    [InlineData("李立群、常戎、刘蓓等参加该剧演出。", "刘蓓等", "刘蓓")]
    [InlineData("以李拔、石丹、华芸为代表的一批演员", "华芸为", "华芸")]
    public void The_last_name_of_a_list_gives_back_the_word_that_closes_the_list(string text, string mention, string name) =>
        Assert.Equal([name], TrimmedAll(text, mention));

    [Fact]
    public void A_name_outside_a_list_keeps_a_closing_character() =>
        Assert.Equal(["李有为"], TrimmedAll("会上由李有为代表公司发言。", "李有为"));

    [Fact]
    public void Without_tokens_the_word_tests_trim_nothing()
    {
        const string text = "王颖申请辞去职务。王颖表示感谢。";
        IReadOnlyList<FactMention> mentions = [new FactMention(new TextRange(0, 3), EntityKind.Person, 0.75)];

        Assert.Same(mentions, Overruns.Trim(text, mentions, null));
    }

    [Fact]
    public void A_name_run_into_an_idiom_gives_back_the_idioms_first_character() =>
        Assert.Equal("吴曦", Trimmed("国足与缅甸队进行了一场封闭热身赛，吴曦梅开二度，冯劲和杨旭分别进球", "吴曦梅"));

    [Fact]
    public void A_longer_word_after_a_transliterated_name_is_no_idiom() =>
        Assert.Equal("万比萨卡", Trimmed("转会费买进了马奎尔和万比萨卡两大新援，但是球队在", "万比萨卡"));
}
