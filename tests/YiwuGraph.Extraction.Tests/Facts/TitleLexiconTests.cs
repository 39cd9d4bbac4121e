using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Tests.Facts;

public sealed class TitleLexiconTests
{
    private static TitleLexicon Titles => RuleLexicons.Default.Titles;

    [Theory]
    [InlineData("原党委副书记", "党委副书记", true)]
    [InlineData("前总统", "总统", true)]
    [InlineData("时任市长", "市长", true)]
    [InlineData("前任董事长", "董事长", true)]
    [InlineData("前首席执行官", "首席执行官", true)]
    [InlineData("原教练", "教练", true)]
    [InlineData("现任会长", "会长", false)]
    [InlineData("常务副馆长", "常务副馆长", false)]
    [InlineData("前锋", "前锋", false)]
    [InlineData("局长", "局长", false)]
    public void A_title_loses_its_modifiers_of_time_and_says_whether_the_office_was_held_before(string title, string office, bool former)
    {
        Assert.Equal((office, former), Titles.WithoutTimeModifiers(title));
    }

    [Fact]
    public void The_modifiers_of_time_are_still_modifiers_where_titles_are_found()
    {
        Assert.Contains("原", Titles.Prefixes);
        Assert.Contains("现任", Titles.Prefixes);
        Assert.True(Titles.IsCompanyTitle("前董事长"));
    }

    [Theory]
    [InlineData("叶翔锋律师表示", 3, "律师")]
    [InlineData("颜鲲常务副局长说", 2, "常务副局长")]
    [InlineData("沈立博士等", 2, "博士")]
    [InlineData("张三表示", 2, null)]
    public void The_title_printed_from_a_position_is_the_longest_with_its_modifiers(string text, int start, string? title) =>
        Assert.Equal(title, Titles.MatchStartingAt(text, start));
}
