using YiwuGraph.Core;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Tests.Facts;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Gazetteer;

/// <summary>
/// The capitals and main cities appended to tools/GazetteerConverter/foreign-places.tsv (wire and web news print them
/// bare: 马那瓜, 特古西加尔巴, 甘托克), and the world regions of world-places.tsv, on sentences written like the CEC
/// web articles, not copied from them.
/// </summary>
public sealed class ForeignCapitalsTests
{
    private static readonly PlaceGazetteer Gazetteer = PlaceGazetteer.Default;

    [Theory]
    [InlineData("马那瓜", "尼加拉瓜")]
    [InlineData("特古西加尔巴", "洪都拉斯")]
    [InlineData("甘托克", "印度")]
    [InlineData("白沙瓦", "巴基斯坦")]
    [InlineData("坎大哈", "阿富汗")]
    [InlineData("金沙萨", "刚果民主共和国")]
    public void Capitals_and_main_cities_hang_under_their_country(string city, string country)
    {
        var place = Assert.Single(Gazetteer.Find(city), p => p.Level == PlaceLevel.Foreign);
        Assert.Equal(country, Gazetteer.Parent(place)!.Name);
    }

    [Fact]
    public void Cities_appended_for_a_listed_country_take_its_id_and_number_on_so_the_ids_before_stay()
    {
        // 印度 is the 45th country; its first list had five cities (新德里 … 金奈), so 海得拉巴 is the sixth.
        Assert.Equal("印度", Gazetteer.FindById("F045")!.Name);
        Assert.Equal("孟买", Gazetteer.FindById("F045-02")!.Name);
        Assert.Equal("海得拉巴", Gazetteer.FindById("F045-06")!.Name);
        Assert.Single(Gazetteer.Find("印度"), p => p.Level == PlaceLevel.Country);
        Assert.Equal("美国", Gazetteer.FindById("F001")!.Name);
    }

    [Fact]
    public void Names_that_are_mostly_something_else_are_left_out()
    {
        Assert.DoesNotContain(Gazetteer.Find("亚丁"), p => p.Level == PlaceLevel.Foreign);
        Assert.DoesNotContain(Gazetteer.Find("莱昂"), p => p.Level == PlaceLevel.Foreign);
    }

    [Fact]
    public void A_capital_in_a_wire_report_is_a_foreign_place_not_a_person()
    {
        var graph = OnePageBuild.Build("新华社电 尼加拉瓜首都马那瓜附近4日发生6.1级地震，马那瓜多处房屋受损。洪都拉斯首都特古西加尔巴也有震感。");
        Assert.True(graph.TryGetNode("place:马那瓜", out var managua), "places: " + string.Join(", ", graph.NodesWithLabel(NodeLabel.Place).Select(p => p.Name)));
        Assert.Equal("foreign", managua.Properties.GetString("level"));
        Assert.False(graph.TryGetNode("person:马那瓜", out _));
        Assert.True(graph.TryGetNode("place:特古西加尔巴", out _));
    }

    [Fact]
    public void World_regions_are_places()
    {
        var graph = OnePageBuild.Build("新华社电 俄罗斯北高加索地区和西伯利亚南部近日遭遇强降雨，巴尔干半岛也出现洪灾。");
        Assert.Equal("other", Node(graph, "place:西伯利亚").Properties.GetString("level"));
        Assert.True(graph.TryGetNode("place:巴尔干半岛", out _));
    }

    private static GraphNode Node(KnowledgeGraph graph, string key)
    {
        Assert.True(graph.TryGetNode(key, out var node), key + " missing; places: " + string.Join(", ", graph.NodesWithLabel(NodeLabel.Place).Select(p => p.Name)));
        return node;
    }
}
