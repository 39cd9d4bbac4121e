using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Recognition;

/// <summary>Japanese persons the tagger ended inside the given name.</summary>
public sealed class JapaneseNamesTests
{
    private static readonly JiebaSegmenter Segmenter = JiebaSegmenter.CreateDefault();
    private static readonly JapaneseNames Names = new(RuleLexicons.Default);

    private static string Extended(string text, string mention)
    {
        var at = text.IndexOf(mention, StringComparison.Ordinal);
        var extended = Names.Extend(text, [new FactMention(new TextRange(at, at + mention.Length), EntityKind.Person, 0.75)], Segmenter.CutWithPos(text));
        return Assert.Single(extended).GetText(text);
    }

    [Theory]
    [InlineData("孙闻对阵日乒天才小将张本智和，双方经过一番激战", "张本", "张本智和")]
    [InlineData("孙闻对阵日乒天才小将张本智和，双方经过一番激战", "张本智", "张本智和")]
    [InlineData("刘诗雯、陈梦、孙颖莎出战的中国女队3比0战胜石川佳纯领衔的日本女队摘得女团冠军", "石川", "石川佳纯")]
    [InlineData("而黄宇翔以2比1淘汰了头号种子兼卫冕冠军、日本队的桃田贤斗，成为唯一挺进8强的国羽队员", "桃田贤", "桃田贤斗")]
    public void A_japanese_surname_runs_on_to_a_two_character_given_name(string text, string mention, string name) =>
        Assert.Equal(name, Extended(text, mention));

    [Theory]
    [InlineData("马琳2-1（20-22、21-13、21-18）击败高桥沙也加，打入决赛。", "高桥沙", "高桥沙也加")]
    [InlineData("中国组合杜玥/李茵晖以2比1战胜日本组合松友美佐纪/高桥礼华，晋级四强", "松友美", "松友美佐纪")]
    public void A_surname_and_a_character_run_on_to_a_three_character_given_name_before_punctuation(string text, string mention, string name) =>
        Assert.Equal(name, Extended(text, mention));

    [Theory]
    [InlineData("据日本共同社报道说，桥本建议的内容是：如果俄罗斯承认", "桥本")]
    [InlineData("日本自民党干事长加藤一说，日本和中国是两个大国，", "加藤一")]
    [InlineData("2001年在日本上映，它是宫崎骏最著名的作品没有之一", "宫崎骏")]
    [InlineData("日本著名动画大师宫崎骏的大成之作《千与千寻》在本", "宫崎骏")]
    [InlineData("日本方面除了平野美宇、张本智和外，日本一姐石川佳纯也表示", "张本")]
    [InlineData("日本队的伊藤水谷止步半决赛", "伊藤")]
    [InlineData("日本漫画家森永爱去世，曾创作", "森永爱")]
    public void A_word_the_surname_does_or_a_whole_short_name_stays_outside(string text, string mention) =>
        Assert.Equal(mention, Extended(text, mention));

    [Fact]
    public void A_bare_surname_in_an_article_that_names_no_japan_stays_as_it_is() =>
        Assert.Equal("石川", Extended("中国女队3比0战胜石川佳纯领衔的女队摘得女团冠军", "石川"));

    [Theory]
    [InlineData("日本客人由高山陪同参观了工厂。", "高山")]
    [InlineData("日本代表团在中山市考察，中山先生主持会议。", "中山")]
    public void A_chinese_name_that_starts_like_a_japanese_surname_stays_as_it_is(string text, string mention) =>
        Assert.Equal(mention, Extended(text, mention));
}
