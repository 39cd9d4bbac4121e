using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Recognition;

/// <summary>The edges of person mentions: left-off last characters, hyphenated names.</summary>
public sealed class PersonEdgeTests
{
    private static readonly TransliterationTails Tails = new(RuleLexicons.Default);
    private static readonly JiebaSegmenter Segmenter = JiebaSegmenter.CreateDefault();

    private static IEnumerable<string> Joined(string text, params string[] mentions) =>
        Tails.JoinHyphenated(
                text,
                [.. mentions.Select(m => text.IndexOf(m, StringComparison.Ordinal)).Zip(mentions, (at, m) => new FactMention(new TextRange(at, at + m.Length), EntityKind.Person, 0.75)).OrderBy(m => m.Range.Start)],
                Segmenter.CutWithPos(text))
            .Select(m => m.GetText(text));

    [Theory]
    [InlineData("萨蒂希表示，印度海军已经下令调查。", "萨蒂", "萨蒂希")]
    [InlineData("发言人梅赫曼帕拉斯特说，伊朗并未测试。", "梅赫曼帕拉斯", "梅赫曼帕拉斯特")]
    [InlineData("的女配角朱利叶特·", "朱利叶", "朱利叶特")]
    public void A_transliterated_name_gets_back_a_left_off_ending_before_punctuation_or_a_speech_verb(string text, string mention, string name)
    {
        var at = text.IndexOf(mention, StringComparison.Ordinal);
        var extended = Tails.Extend(text, [new FactMention(new TextRange(at, at + mention.Length), EntityKind.Person, 0.75)]);

        Assert.Equal(name, Assert.Single(extended).GetText(text));
    }

    [Theory]
    [InlineData("萨蒂希望和平。", "萨蒂")]
    [InlineData("王强特别指出", "王强")]
    public void An_ending_character_that_starts_the_next_word_stays_outside(string text, string mention)
    {
        var at = text.IndexOf(mention, StringComparison.Ordinal);
        var extended = Tails.Extend(text, [new FactMention(new TextRange(at, at + mention.Length), EntityKind.Person, 0.75)]);

        Assert.Equal(mention, Assert.Single(extended).GetText(text));
    }

    [Fact]
    public void A_dotted_name_cut_around_its_ending_runs_on_into_the_person_after_it()
    {
        const string text = "为拍克林特·伊斯特伍德大师的马屁";
        var extended = Tails.Extend(text, [
            new FactMention(new TextRange(2, 8), EntityKind.Person, 0.75),
            new FactMention(new TextRange(9, 11), EntityKind.Person, 0.75),
        ]);

        Assert.Equal("克林特·伊斯特伍德", Assert.Single(extended).GetText(text));
    }

    [Fact]
    public void Two_persons_joined_by_a_hyphen_are_one_name()
    {
        const string text = "主帅巴托洛梅-马克斯成为第4位下课的主教练";
        var joined = Tails.JoinHyphenated(text, [
            new FactMention(new TextRange(2, 6), EntityKind.Person, 0.75),
            new FactMention(new TextRange(7, 10), EntityKind.Person, 0.8),
        ]);

        Assert.Equal("巴托洛梅-马克斯", Assert.Single(joined).GetText(text));
    }

    [Fact]
    public void A_doubles_pair_of_two_chinese_names_stays_two_persons()
    {
        const string text = "女双张宁-王仪涵夺冠";
        var joined = Tails.JoinHyphenated(text, [
            new FactMention(new TextRange(2, 4), EntityKind.Person, 0.75),
            new FactMention(new TextRange(5, 8), EntityKind.Person, 0.75),
        ]);

        Assert.Equal(["张宁", "王仪涵"], joined.Select(m => m.GetText(text)));
    }

    [Fact]
    public void Two_transliterated_halves_that_start_with_surnames_are_one_name() =>
        Assert.Equal(["安东尼-戴维斯"], Joined("詹姆斯和安东尼-戴维斯都有出场", "安东尼", "戴维斯"));

    [Theory]
    [InlineData("今夏莱昂纳德携手保罗-乔治加盟快船", "保罗", "保罗-乔治")]
    [InlineData("正式签约自由球员特雷-伯克，伯克将作为替补", "伯克", "特雷-伯克")]
    [InlineData("主教练萨沙-约尔杰维奇宣布辞职", "萨沙", "萨沙-约尔杰维奇")]
    [InlineData("裁掉了33岁控卫肖恩-利文斯顿，而利文斯顿并不", "肖恩", "肖恩-利文斯顿")]
    [InlineData("官方：尼克斯裁掉前锋扎克-欧文", "扎克", "扎克-欧文")] // 欧文/nz after a transliterated half
    [InlineData("凯里-欧文在比赛中受伤。", "凯里", "凯里-欧文")]
    public void A_person_takes_in_the_other_half_jieba_reads_as_a_name(string text, string mention, string name) =>
        Assert.Equal(name, Assert.Single(Joined(text, mention)));

    [Theory]
    [InlineData("红牛世锦赛单手冠军-李开隆、七阶魔方中国冠军", "李开隆")]
    [InlineData("梅西-巴萨，C罗-皇马。", "梅西")] // a place (巴萨/ns) after the hyphen is no half of the name
    [InlineData("西甲-梅西向南美足协道歉", "梅西")]
    public void A_word_of_another_kind_across_a_hyphen_is_no_half_of_the_name(string text, string mention) =>
        Assert.Equal(mention, Assert.Single(Joined(text, mention)));

    [Fact]
    public void A_doubles_pair_with_one_half_tagged_stays_one_person() =>
        Assert.Equal(["王仪涵"], Joined("女双张宁-王仪涵夺冠", "王仪涵"));
}
