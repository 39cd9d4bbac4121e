using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;

namespace YiwuGraph.Extraction.Tests.Recognition;

/// <summary>Names in quotes after a storm word name the storm, wherever the text prints them.</summary>
public sealed class StormNamesTests
{
    private static readonly StormNames Storms = new(RuleLexicons.Default);

    private static FactMention[] Persons(string text, string name)
    {
        var found = new List<FactMention>();
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            found.Add(new FactMention(new TextRange(at, at + name.Length), EntityKind.Person, 0.75));
        }

        return [.. found];
    }

    [Fact]
    public void A_quoted_name_after_a_storm_word_and_its_other_mentions_are_no_persons()
    {
        const string text = "今年第9号台风“利奇马”10日凌晨正面登陆浙江，受“利奇马”影响，临安区西部山区出现暴雨。";
        Assert.Empty(Storms.Apply(text, Persons(text, "利奇马")));
    }

    [Theory]
    [InlineData("一只名叫“雄欢”的华南虎", "雄欢")]
    [InlineData("台风过后，李明带队抢险。", "李明")]
    public void A_quoted_name_after_another_word_or_a_name_outside_quotes_stays_a_person(string text, string name) =>
        Assert.Single(Storms.Apply(text, Persons(text, name)));
}
