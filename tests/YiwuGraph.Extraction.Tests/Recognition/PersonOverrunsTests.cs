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

    [Fact]
    public void Without_tokens_nothing_is_trimmed()
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
