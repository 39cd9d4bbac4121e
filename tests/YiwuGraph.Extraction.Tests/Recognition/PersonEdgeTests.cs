using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;

namespace YiwuGraph.Extraction.Tests.Recognition;

/// <summary>The edges of person mentions: left-off last characters, hyphenated names.</summary>
public sealed class PersonEdgeTests
{
    private static readonly TransliterationTails Tails = new(RuleLexicons.Default);

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
}
