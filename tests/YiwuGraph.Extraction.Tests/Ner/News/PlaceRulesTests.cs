using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner.News;

public sealed class PlaceRulesTests
{
    private static List<string> Places(string text) =>
        NewsEntityRecognizer.Default.Recognize(text).Where(m => m.Type == MentionType.Place)
            .Select(m => text.Substring(m.Range.Start, m.Range.Length)).ToList();

    [Theory]
    [InlineData("同时，要搞好城镇绿化，改善卫生条件，改观城镇风貌，提高文化品位。", "观城镇")]
    [InlineData("王孟奇的作品造型朴实古拙，喜画文人高士、渔翁村夫。", "翁村")]
    [InlineData("集体资金村有乡管制度落实到位。", "金村")]
    public void A_gazetteer_name_that_cuts_a_jieba_word_is_no_place(string text, string cut)
    {
        Assert.DoesNotContain(cut, Places(text));
    }

    [Fact]
    public void A_gazetteer_name_that_holds_a_conjunction_is_no_place()
    {
        Assert.DoesNotContain("和村", Places("他同时也是一个懂技术的青年星火带头人和村科技副主任。"));
    }

    [Fact]
    public void A_gazetteer_town_on_word_edges_is_still_a_place()
    {
        Assert.Contains("苏溪镇", Places("会议在苏溪镇举行。"));
    }

    [Theory]
    [InlineData("这些年来，人大的威信在逐年提高。", "威信")]
    [InlineData("去年全县工农业总产值突破２５亿元大关。", "大关")]
    [InlineData("为纪念中日和平友好条约缔结二十周年。", "和平")]
    public void A_county_short_name_that_is_an_ordinary_word_needs_place_context(string text, string word)
    {
        Assert.DoesNotContain(word, Places(text));
    }

    [Fact]
    public void A_county_short_name_that_is_an_ordinary_word_is_a_place_where_the_text_goes_there()
    {
        Assert.Contains("凤凰", Places("如果你是自己开车来凤凰，想自己开车去体验苗家风情。"));
    }

    [Theory]
    [InlineData("便是田东县的一个贫困乡。", "贫困乡")]
    [InlineData("从市审计局对各乡镇财政年度审计得知。", "各乡镇")]
    [InlineData("五品贪官吕全深告老还乡，却深宅大院。", "告老还乡")]
    [InlineData("又安排行政村为其服务。", "行政村")]
    public void A_kind_of_settlement_with_no_proper_noun_is_no_place(string text, string kind)
    {
        Assert.DoesNotContain(kind, Places(text));
    }

    [Fact]
    public void A_venue_does_not_take_in_the_verb_before_the_taggers_name()
    {
        var places = Places("中央批示投资１０亿多元，建设中国科技馆二期工程。");
        Assert.DoesNotContain("建设中国科技馆", places);
    }

    [Fact]
    public void A_village_after_a_proper_noun_is_still_a_place()
    {
        Assert.Contains("东莲塘村", Places("活动在廿三里街道东莲塘村共富大楼广场举行。"));
    }

    [Theory]
    [InlineData("第三加强社会面防控，省内所有机场、车站、码头都要严格检查。", "所有机场")]
    [InlineData("整个博物馆的藏品都已清点完毕。", "整个博物馆")]
    public void A_venue_does_not_take_in_a_determiner_before_it(string text, string taken)
    {
        Assert.DoesNotContain(taken, Places(text));
    }

    [Theory]
    [InlineData("我努力学习图书馆专业知识，并很快用所学知识为读者服务。", "努力学习图书馆")]
    [InlineData("胶济铁路和济青高速公路横贯东西，万吨级泊位。", "和济青高速公路")]
    public void A_venue_does_not_take_in_a_name_jieba_guessed_for_a_phrase(string text, string taken)
    {
        Assert.DoesNotContain(taken, Places(text));
    }

    [Fact]
    public void A_venue_named_after_a_known_person_keeps_the_name()
    {
        Assert.Contains("鲁迅公园", Places("市民在鲁迅公园晨练。"));
    }

    [Theory]
    [InlineData("加快小城镇建设，是农村发展的一条路子。", "小城镇")]
    [InlineData("陇穷村部才通了电，许多自然村还没有通电。", "自然村")]
    [InlineData("各地纷纷兴办开发区，有的地方一个县就有好几个。", "开发区")]
    public void A_local_unit_named_by_a_common_word_is_no_place_without_the_tagger(string text, string generic)
    {
        Assert.DoesNotContain(generic, Places(text));
    }

    [Theory]
    [InlineData("这些炸弹被安放在马德里通向外地的5条高速公路出入口的加油站。", "条高速公路")]
    [InlineData("刚刚开通不久的西(安)至汉(中)高速公路八日发生重大交通事故。", ")高速公路")]
    public void A_zone_does_not_take_in_a_measure_word_or_open_with_a_closing_bracket(string text, string taken)
    {
        Assert.DoesNotContain(taken, Places(text));
    }

    [Theory]
    [InlineData("震中位于新西兰北岛北部海滨城镇瓦卡塔尼东北７０５公里处海域。", "瓦卡塔尼")]
    [InlineData("震中位于新西兰莱斯佩朗斯礁东南方向１９２公里处海域。", "莱斯佩朗斯礁")]
    public void A_bearing_from_a_place_is_no_part_of_its_name(string text, string place)
    {
        var places = Places(text);
        Assert.Contains(place, places);
        Assert.DoesNotContain(places, p => p.StartsWith(place, StringComparison.Ordinal) && p.Length > place.Length);
    }
}
