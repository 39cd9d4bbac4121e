using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Recognition;

/// <summary>Places named like a player's position, printed before a player.</summary>
public sealed class TeamTitlePlacesTests
{
    private static readonly TeamTitlePlaces Places = new(RuleLexicons.Default.Titles);

    private static List<FactMention> Mentions(string text, string place, string? person)
    {
        var at = text.IndexOf(place, StringComparison.Ordinal);
        List<FactMention> mentions = [new(new TextRange(at, at + place.Length), EntityKind.Place, 0.85, "city")];
        if (person is not null)
        {
            var p = text.IndexOf(person, StringComparison.Ordinal);
            mentions.Add(new(new TextRange(p, p + person.Length), EntityKind.Person, 0.9));
        }

        return mentions;
    }

    [Theory]
    [InlineData("罗马签下亚特兰大中卫詹卢卡-曼奇尼。", "中卫", "詹卢卡-曼奇尼")]
    [InlineData("巴萨中卫皮克被授予最佳球员奖。", "中卫", "皮克")]
    [InlineData("尼克斯裁掉前锋扎克。", "前锋", "扎克")]
    public void A_place_named_like_a_position_before_a_person_is_the_position(string text, string place, string person) =>
        Assert.Equal([person], Places.Drop(text, Mentions(text, place, person)).Select(m => m.GetText(text)));

    [Theory]
    [InlineData("宁夏中卫举办枸杞节。", "中卫", null)] // no person after it: the city
    [InlineData("中卫的王明出席。", "中卫", "王明")] // a person not right after it
    [InlineData("义乌王明出席。", "义乌", "王明")] // no team office
    public void Other_places_stay(string text, string place, string? person)
    {
        var mentions = Mentions(text, place, person);

        Assert.Same(mentions, Places.Drop(text, mentions));
    }
}
