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

    [Fact]
    public void A_name_of_one_place_is_that_place_and_not_shared()
    {
        Assert.Equal(new ResolvedPlace("330782", SharedName: false), Places.Locate("义乌市", []));
        Assert.Null(Places.Locate("麻雀瓦舍", []));
    }

    [Fact]
    public void A_division_the_gazetteer_lists_again_under_itself_is_one_place_the_upper()
    {
        // 东莞市 is a city and, with no counties, its own county-level entry.
        Assert.Equal(new ResolvedPlace("4419", SharedName: false), Places.Locate("东莞市", []));
    }

    [Theory]
    [InlineData("北京市", "110105")]
    [InlineData("长春市", "220104")]
    [InlineData("海淀区", "110105")]
    public void A_shared_name_is_the_place_that_shares_the_deepest_division_with_an_anchor(string anchor, string expected)
    {
        Assert.Equal(new ResolvedPlace(expected, SharedName: true), Places.Locate("朝阳区", Places.Anchors([anchor])));
    }

    [Fact]
    public void A_shared_name_that_no_anchor_or_two_alike_decide_is_no_place()
    {
        Assert.Null(Places.Locate("朝阳区", []));
        Assert.Null(Places.Locate("朝阳区", Places.Anchors(["浙江省"])));
        // Beijing's district shares the province-level 北京市, Changchun's the province 吉林省: a tie.
        Assert.Null(Places.Locate("朝阳区", Places.Anchors(["北京市", "吉林省"])));
    }

    [Fact]
    public void A_town_is_decided_by_its_county_not_by_its_city_or_province()
    {
        Assert.Equal("150123100", Places.Locate("城关镇", Places.Anchors(["和林格尔县"]))?.Code);
        Assert.Equal("120114110", Places.Locate("城关镇", Places.Anchors(["武清区"]))?.Code);
        Assert.Null(Places.Locate("城关镇", Places.Anchors(["呼和浩特市"])));
        // 岳池县's own 九龙镇 is not in the gazetteer; 邻水县's, in the same city, is not the one meant.
        Assert.Null(Places.Locate("九龙镇", Places.Anchors(["岳池县"])));
    }

    [Fact]
    public void A_name_printed_inside_a_place_is_one_of_those_under_it_or_none()
    {
        Assert.Equal("220104", Places.Locate("朝阳区", Places.Anchors(["北京市", "长春市"]), printedIn: ["长春市"])?.Code);
        // 临沂市罗庄镇: the gazetteer's 罗庄镇 are elsewhere (临沂's became a street), so none of them.
        Assert.Null(Places.Locate("罗庄镇", Places.Anchors(["临沂市", "邢台市"]), printedIn: ["临沂市"]));
        // A place printed before that the gazetteer does not know (胶南市, merged into a district) says nothing.
        Assert.Equal("220104", Places.Locate("朝阳区", Places.Anchors(["长春市"]), printedIn: ["胶南市"])?.Code);
    }

    [Fact]
    public void A_shared_county_the_article_resolved_is_an_anchor_of_its_own()
    {
        var anchors = Places.Anchors(["北京市"]);

        Assert.Equal(["11", "110105"], Places.WithResolvedDivisions(anchors, [new ResolvedPlace("110105", true)]));
        // A name of one place is among the anchors already where the article names it; a town is no anchor.
        Assert.Same(anchors, Places.WithResolvedDivisions(anchors, [new ResolvedPlace("330782", false), new ResolvedPlace("110105015", true)]));
        Assert.True(Places.IsDivisionName("朝阳区"));
        Assert.False(Places.IsDivisionName("八里庄街道"));
    }

    [Theory]
    [InlineData("北京市", "110105", true)]
    [InlineData("北京", "110105", true)]
    [InlineData("长春市", "110105", false)]
    [InlineData("灯市口", "110105", false)]
    [InlineData("凉山州", "513402", true)]
    [InlineData("余杭", "330110009", true)]
    [InlineData("会理", "513402", false)]
    public void A_place_is_above_a_located_place_where_the_gazetteer_puts_it_above(string parent, string code, bool above)
    {
        Assert.Equal(above, Places.IsAbove(parent, code));
    }

    [Fact]
    public void The_paper_s_home_decides_a_shared_name_that_the_article_leaves_open()
    {
        Assert.Null(Places.Locate("苏溪镇", []));
        Assert.Equal("330782105", Places.Locate("苏溪镇", [], Places.Anchors(["义乌市"]))?.Code);
        Assert.Equal("360826105", Places.Locate("苏溪镇", Places.Anchors(["泰和县"]), Places.Anchors(["义乌市"]))?.Code);
    }

    [Fact]
    public void A_village_of_one_name_is_the_gazetteer_s_only_where_the_article_puts_it_in_its_county()
    {
        // The gazetteer lists Zhejiang's villages, not Anhui's: 庐江县泥河镇洋河村 is not Wenling's 洋河村.
        Assert.Null(Places.Locate("洋河村", Places.Anchors(["庐江县"])));
        Assert.Null(Places.Locate("洋河村", Places.Anchors(["浙江省"])));
        Assert.Equal(new ResolvedPlace("331081002214", SharedName: false), Places.Locate("洋河村", Places.Anchors(["温岭市"])));
        Assert.Equal("110115406", Places.Locate("大兴国际机场", [], printedIn: ["北京市"])?.Code);
        Assert.Null(Places.Locate("大兴国际机场", []));
    }

    [Fact]
    public void A_place_of_one_name_printed_inside_a_place_it_is_not_under_is_not_the_gazetteer_s()
    {
        // 湖北省荆门市东宝区姚河乡: the gazetteer's only 姚河乡 is in Anhui.
        Assert.Null(Places.Locate("姚河乡", Places.Anchors(["东宝区"]), printedIn: ["东宝区"]));
        Assert.Equal(new ResolvedPlace("330782", SharedName: false), Places.Locate("义乌市", [], printedIn: ["浙江省"]));
    }
}
