using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Recognition;
using YiwuGraph.Extraction.Tests.Facts;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Recognition;

/// <summary>Places that took in the level word of their head's title.</summary>
public sealed class HeadTitleOverrunsTests
{
    private static readonly HeadTitleOverruns Overruns = new(PlaceGazetteer.Default);

    private static IEnumerable<string> Trimmed(string text, string place, string? person)
    {
        var at = text.IndexOf(place, StringComparison.Ordinal);
        List<FactMention> mentions = [new(new TextRange(at, at + place.Length), EntityKind.Place, 0.85, "city")];
        if (person is not null)
        {
            var p = text.IndexOf(person, StringComparison.Ordinal);
            mentions.Add(new(new TextRange(p, p + person.Length), EntityKind.Person, 0.9));
        }

        return Overruns.Trim(text, mentions).Select(m => m.GetText(text));
    }

    [Theory]
    [InlineData("高雄市长韩国瑜出席会议。", "高雄市", "韩国瑜", "高雄")]
    [InlineData("廊坊市长张三出席会议。", "廊坊市", "张三", "廊坊")]
    [InlineData("会见了浙江省长王浩。", "浙江省", "王浩", "浙江")]
    public void A_place_before_its_heads_title_and_name_ends_before_the_level_word(string text, string place, string person, string trimmed) =>
        Assert.Equal([trimmed, person], Trimmed(text, place, person));

    [Theory]
    [InlineData("石家庄市长安区举行活动。", "石家庄市", "长安区")]
    [InlineData("地点：上海市长寿路1118号。", "上海市", null)]
    [InlineData("廊坊市长期以来重视环保。", "廊坊市", null)]
    public void A_place_followed_by_a_place_or_no_person_keeps_its_level_word(string text, string place, string? next)
    {
        var at = text.IndexOf(place, StringComparison.Ordinal);
        List<FactMention> mentions = [new(new TextRange(at, at + place.Length), EntityKind.Place, 0.85, "city")];
        if (next is not null)
        {
            var n = text.IndexOf(next, StringComparison.Ordinal);
            mentions.Add(new(new TextRange(n, n + next.Length), EntityKind.Place, 0.85, "county"));
        }

        Assert.Same(mentions, Overruns.Trim(text, mentions));
    }

    [Fact]
    public void A_village_the_gazetteer_does_not_know_by_a_shorter_name_keeps_its_ending()
    {
        const string text = "李家湾村长李四说。";
        List<FactMention> mentions = [new(new TextRange(0, 4), EntityKind.Place, 0.7, "village"), new(new TextRange(5, 7), EntityKind.Person, 0.9)];
        Assert.Same(mentions, Overruns.Trim(text, mentions));
    }

    [Fact]
    public void The_build_reads_the_office_of_a_city_jieba_reads_as_one_word_before_its_title()
    {
        var graph = OnePageBuild.Build("本报讯 高雄市长韩国瑜昨日出席活动。");
        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.HoldsPosition
            && graph.GetNode(r.Source).Name == "韩国瑜" && graph.GetNode(r.Target).Name == "高雄市" && r.Properties.GetString("title") == "市长");
    }
}
