using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>Which of the divisions that share a name an article means, from the places it names unambiguously.</summary>
public sealed class PlaceDirectoryTests
{
    private static readonly PlaceDirectory Places = new(PlaceGazetteer.Default, HomeContext.None);

    [Fact]
    public void Only_names_of_one_division_are_anchors()
    {
        // 朝阳区 names a district of Beijing and one of Changchun; 沈阳市 and 辽宁 one division each.
        var anchors = Places.Anchors(["沈阳市", "辽宁", "朝阳区", "沈阳市"]);

        Assert.Equal(["21", "2101"], anchors);
    }

    [Theory]
    [InlineData("朝阳", "北京市", "朝阳区")]
    [InlineData("朝阳", "辽宁", "朝阳市")]
    [InlineData("大埔", "香港", "大埔区")]
    [InlineData("大埔", "广东", "大埔县")]
    [InlineData("嘉义", "嘉义县", "嘉义县")]
    [InlineData("嘉义", "台湾", "嘉义市")]
    [InlineData("吉林", "长春市", "吉林省")]
    [InlineData("抚顺", "辽宁", "抚顺市")]
    public void A_bare_name_is_the_division_nearest_the_places_the_article_names(string surface, string anchor, string expected)
    {
        Assert.Equal(expected, Places.FullNameIn(surface, Places.Anchors([anchor])));
    }

    [Fact]
    public void A_district_name_is_the_district_of_a_city_only_when_the_city_is_printed_right_before_it()
    {
        // 江南区 is Nanning's: 江南 in a weather report that lists 南宁 is the region south of the Yangtze.
        Assert.Null(Places.FullNameIn("江南", Places.Anchors(["南宁"])));
        Assert.Equal("龙岗区", Places.FullNameIn("龙岗", Places.Anchors(["深圳"]), printedBefore: "深圳"));
        Assert.Null(Places.FullNameIn("龙岗", Places.Anchors(["深圳"])));
    }

    [Fact]
    public void Without_anchors_a_bare_name_is_what_the_directory_says_alone()
    {
        Assert.Equal(Places.FullName("朝阳"), Places.FullNameIn("朝阳", []));
        Assert.Equal("大埔县", Places.FullNameIn("大埔", []));
    }

    [Fact]
    public void A_district_name_several_cities_share_is_part_of_the_city_the_article_names()
    {
        // Tianjin's 和平区 comes first without context; beside 沈阳市 it is Shenyang's.
        Assert.False(Places.IsDirectParent("和平区", "沈阳市"));
        Assert.True(Places.IsDirectParent("和平区", "沈阳市", Places.Anchors(["沈阳市"])));
        Assert.False(Places.IsDirectParent("和平区", "天津市", Places.Anchors(["沈阳市"])));
    }

    [Fact]
    public void A_city_the_article_names_outweighs_a_province_level_place_it_names()
    {
        // 南通通州区 on a page that also names 北京: Nantong's 通州区, not Beijing's.
        var anchors = Places.Anchors(["北京", "南通"]);

        Assert.True(Places.IsDirectParent("通州区", "南通市", anchors));
        Assert.False(Places.IsDirectParent("通州区", "北京市", anchors));
        Assert.True(Places.IsDirectParent("通州区", "北京市", Places.Anchors(["北京"])));
    }
}
