using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;

namespace YiwuGraph.Extraction.Tests.Recognition;

/// <summary>A name read as a person right before 主场 or 客场 names a team.</summary>
public sealed class HomeGroundTeamsTests
{
    private static readonly HomeGroundTeams Teams = new(RuleLexicons.Default);

    private static FactMention Person(string text, string name, int from = 0)
    {
        var at = text.IndexOf(name, from, StringComparison.Ordinal);
        return new FactMention(new TextRange(at, at + name.Length), EntityKind.Person, 0.75);
    }

    [Fact]
    public void A_person_before_a_ground_word_and_its_other_mentions_are_the_team()
    {
        const string text = "伊蒂哈德主场2-1逆转扎巴汉，伊蒂哈德暂列第一，阿卜杜拉破门。";
        var decided = Teams.Apply(text, [Person(text, "伊蒂哈德"), Person(text, "伊蒂哈德", 5), Person(text, "阿卜杜拉")]);
        Assert.Equal([EntityKind.Organization, EntityKind.Organization, EntityKind.Person], decided.Select(m => m.Kind));
    }

    [Fact]
    public void A_person_after_a_ground_word_stays_a_person()
    {
        const string text = "今日，主场作战的王立哲8：4击败冀鸿月。";
        Assert.Equal(EntityKind.Person, Assert.Single(Teams.Apply(text, [Person(text, "王立哲")])).Kind);
    }
}
