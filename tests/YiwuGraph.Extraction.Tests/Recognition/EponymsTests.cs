using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;

namespace YiwuGraph.Extraction.Tests.Recognition;

/// <summary>Names that name a cup, not a person.</summary>
public sealed class EponymsTests
{
    private static readonly Eponyms Eponyms = new(RuleLexicons.Default);

    private static IReadOnlyList<FactMention> Apply(string text, string mention, EntityKind kind = EntityKind.Person)
    {
        var at = text.IndexOf(mention, StringComparison.Ordinal);
        return Eponyms.Apply(text, [new FactMention(new TextRange(at, at + mention.Length), kind, 0.75)]);
    }

    [Theory]
    [InlineData("2019年苏迪曼杯开幕式在南宁举行", "苏迪曼")]
    [InlineData("本届汤姆斯杯及尤伯杯分别为", "汤姆斯")]
    public void A_person_before_a_cup_is_no_mention(string text, string mention) => Assert.Empty(Apply(text, mention));

    [Fact]
    public void A_person_before_a_prize_stays() => Assert.Single(Apply("具体到本次茅盾文学奖的四部作品", "茅盾"));

    [Fact]
    public void An_organisation_before_a_cup_stays() => Assert.Single(Apply("足协杯决赛首回合", "足协", EntityKind.Organization));
}
