using YiwuGraph.Core;
using YiwuGraph.Extraction.Gazetteer;

namespace YiwuGraph.Extraction.Tests.Gazetteer;

public sealed class PlaceGazetteerTests
{
    private static readonly PlaceGazetteer Gazetteer = PlaceGazetteer.Default;

    [Fact]
    public void Yiwu_hangs_under_Jinhua_under_Zhejiang()
    {
        var yiwu = Gazetteer.Find("义乌市").Single();
        Assert.Equal(PlaceLevel.County, yiwu.Level);
        var jinhua = Gazetteer.Parent(yiwu)!;
        Assert.Equal("金华市", jinhua.Name);
        Assert.Equal("浙江省", Gazetteer.Parent(jinhua)!.Name);
        Assert.True(Gazetteer.IsUnder(yiwu, "33"));
    }

    [Theory]
    [InlineData("浙江", PlaceLevel.Province)]
    [InlineData("义乌", PlaceLevel.County)]
    [InlineData("赤岸镇", PlaceLevel.Town)]
    [InlineData("廿三里街道", PlaceLevel.Street)]
    [InlineData("东莲塘村", PlaceLevel.Village)]
    [InlineData("日本", PlaceLevel.Country)]
    [InlineData("东京", PlaceLevel.Foreign)]
    [InlineData("香港", PlaceLevel.Province)]
    public void Names_and_short_forms_resolve(string name, PlaceLevel level)
    {
        Assert.Equal(level, Gazetteer.Find(name, "330782")[0].Level);
    }

    [Fact]
    public void States_of_the_time_and_smaller_countries_news_names_are_countries_and_the_ids_before_them_stay()
    {
        foreach (var name in new[] { "南斯拉夫", "苏联", "南联盟", "捷克斯洛伐克", "民主德国", "阿尔巴尼亚", "几内亚比绍", "卢森堡" })
        {
            Assert.Equal(PlaceLevel.Country, Assert.Single(Gazetteer.Find(name), p => p.Level == PlaceLevel.Country).Level);
        }

        Assert.Equal("几内亚比绍", Gazetteer.Parent(Gazetteer.Find("比绍").Single())!.Name);
        Assert.Equal("德国", Gazetteer.Parent(Gazetteer.Find("波恩").Single())!.Name);

        // The rows added after the first list kept its ids (F001 美国); strings that are mostly something else are left out.
        Assert.Equal("美国", Gazetteer.FindById("F001")!.Name);
        Assert.Empty(Gazetteer.Find("东德"));
        Assert.DoesNotContain(Gazetteer.Find("马里"), p => p.Level == PlaceLevel.Country);
    }

    [Fact]
    public void Ambiguous_names_prefer_the_home_region()
    {
        // Several 城西街道 exist; near 义乌 the local one comes first.
        var local = Gazetteer.Find("城西街道", "330782");
        Assert.True(local.Count > 1);
        Assert.Equal("330782", local[0].ParentId);
    }

    [Fact]
    public void Save_and_Load_round_trip()
    {
        GazetteerPlace[] places = [new("33", "浙江省", PlaceLevel.Province, null), new("3307", "金华市", PlaceLevel.City, "33")];
        var stream = new MemoryStream();
        PlaceGazetteer.Save(places, stream);
        var loaded = PlaceGazetteer.Load(new MemoryStream(stream.ToArray()));
        Assert.Equal(places, loaded.Places);
        Assert.Equal("3307", loaded.Find("金华")[0].Id);
    }

    [Fact]
    public void Malformed_lines_name_the_line()
    {
        var stream = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(stream, System.IO.Compression.CompressionLevel.Fastest, true))
        {
            brotli.Write("33\t\tprovince\t浙江省\nbroken line\n"u8);
        }

        var ex = Assert.Throws<DataFormatException>(() => PlaceGazetteer.Load(new MemoryStream(stream.ToArray()), "test"));
        Assert.Equal(2, ex.Line);
    }
}
