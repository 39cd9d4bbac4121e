using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Recognition;

/// <summary>Person mentions the tagger started inside a word: the tail of the article's longer name, or a word's end.</summary>
public sealed class PersonStartsTests
{
    private static readonly JiebaSegmenter Segmenter = JiebaSegmenter.CreateDefault();
    private static readonly PersonStarts Starts = new(Segmenter);

    /// <summary>The mentions' strings after the rule; each mention is the next occurrence of its string after the one before.</summary>
    private static string[] Applied(string text, params string[] mentions)
    {
        var list = new List<FactMention>();
        var from = 0;
        foreach (var m in mentions)
        {
            var at = text.IndexOf(m, from, StringComparison.Ordinal);
            list.Add(new FactMention(new TextRange(at, at + m.Length), EntityKind.Person, 0.75));
            from = at + m.Length;
        }

        return [.. Starts.Apply(text, list, Segmenter.CutWithPos(text)).Select(m => m.GetText(text))];
    }

    [Theory]
    [InlineData("何鸿燊家族喜事连连。婚照被丢垃圾桶旁何鸿燊家族回应。", "何鸿燊", "鸿燊", "何鸿燊")]
    [InlineData("内马尔受伤了。法国足协宣布对内马尔禁赛3场。", "内马尔", "马尔", "内马尔")]
    [InlineData("格列兹曼加盟巴萨。在5月14日格列兹曼就宣布要离开。", "格列兹曼", "兹曼", "格列兹曼")]
    public void The_tail_of_a_longer_name_of_the_article_starts_where_the_name_does(string text, string full, string tail, string name) =>
        Assert.Equal([full, name], Applied(text, full, tail));

    [Fact]
    public void A_tail_the_article_prints_in_no_longer_name_stays() =>
        Assert.Equal(["鸿燊"], Applied("婚照被丢垃圾桶旁何鸿燊家族回应。", "鸿燊"));

    [Fact]
    public void A_one_character_person_takes_in_nothing() =>
        Assert.Equal(["马列", "列"], Applied("马列是简称。这是违反了马列主义。", "马列", "列"));

    [Fact]
    public void A_person_read_in_the_middle_of_a_word_whose_start_is_a_word_is_dropped() =>
        Assert.Equal(["王补宣"], Applied("清华大学能源与动力工程系教授王补宣同志因病逝世。", "程系", "王补宣"));

    [Fact]
    public void A_person_at_the_end_of_a_word_whose_start_is_no_word_stays() =>
        Assert.Equal(["雷锋"], Applied("先后被评为全军学雷锋先进单位。", "雷锋"));

    [Fact]
    public void Without_a_segmenter_no_person_is_dropped()
    {
        const string text = "清华大学能源与动力工程系教授";
        var at = text.IndexOf("程系", StringComparison.Ordinal);
        IReadOnlyList<FactMention> mentions = [new FactMention(new TextRange(at, at + 2), EntityKind.Person, 0.75)];

        Assert.Same(mentions, new PersonStarts(null).Apply(text, mentions, Segmenter.CutWithPos(text)));
    }
}
