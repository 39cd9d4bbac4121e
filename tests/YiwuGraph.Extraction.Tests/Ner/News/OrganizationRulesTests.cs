using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner.News;

/// <summary>The news layer's organisations read from an ending (OrganizationRules): kinds of bodies are no names.</summary>
public sealed class OrganizationRulesTests
{
    private static List<string> Organizations(string text) =>
        NewsEntityRecognizer.Default.Recognize(text).Where(m => m.Type == MentionType.Organization)
            .Select(m => text.Substring(m.Range.Start, m.Range.Length)).ToList();

    [Fact]
    public void A_name_after_a_quantity_is_a_kind_of_body()
    {
        var text = "成立于一九六八年的香港公益金是一个慈善机构，目前拥有一百四十个福利机构。";
        Assert.DoesNotContain(Organizations(text), o => o.Contains("福利机构", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("首映式的那天，重庆市中心的国泰影院座无虚席。", "中心")]
    [InlineData("４月１８日上午，武汉市人大常委会办公楼９楼会议厅成了庄严的考场。", "会议厅")]
    public void An_ending_that_closes_an_ordinary_word_closes_no_name(string text, string ending)
    {
        Assert.DoesNotContain(Organizations(text), o => o.EndsWith(ending, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("珊瑚礁虽然在全球海洋系统中所占的比重很小。", "中所")]
    [InlineData("李长云报道：富士世界车队卫冕冠军麦克雷在比赛中领先。", "冠军")]
    [InlineData("提起美国中南部的俄克拉荷马州，人们就想到石油。", "中南部")]
    public void An_ending_inside_an_ordinary_word_jieba_glued_closes_no_name(string text, string word)
    {
        Assert.DoesNotContain(Organizations(text), o => o.EndsWith(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("中美两军关系也在发展。", "两军")]
    [InlineData("只好关闭美国三大汽车公司。", "三大")]
    public void A_name_that_counts_its_bodies_is_no_name(string text, string counting)
    {
        Assert.DoesNotContain(Organizations(text), o => o.Contains(counting, StringComparison.Ordinal));
    }

    [Fact]
    public void A_locative_ending_written_alone_is_a_place_where_but_a_unit_after_an_organisation_is_a_name()
    {
        Assert.DoesNotContain(Organizations("他们在过街天桥处等候。"), o => o.EndsWith("处", StringComparison.Ordinal));
        Assert.Contains("美国驻华使馆文化处", Organizations("８日上午，美国驻华使馆文化处里喜气洋洋。"));
    }

    [Fact]
    public void A_one_character_ending_that_opens_a_phrase_closes_no_name()
    {
        var text = "全面加强中直机关党的思想建设、组织建设和作风建设。";
        Assert.DoesNotContain("中直机关党", Organizations(text));
    }

    [Theory]
    [InlineData("此外，外国保险公司在我国几个大城市设有代表机构近２００个。", "外国保险公司")]
    [InlineData("暑期款款走来，都市商场的空调柜台却早已热闹起来。", "都市商场")]
    public void A_common_word_tagged_as_a_place_makes_no_name_of_a_generic_ending(string text, string kind)
    {
        Assert.DoesNotContain(kind, Organizations(text));
    }

    [Theory]
    [InlineData("华泰财产保险作为家具城房屋的承保者，请来香港评估机构对事故损失进行评估理算。", "机构")]
    [InlineData("“资产重组”正在成为中国证券市场的一出重头戏。", "市场")]
    public void An_ending_that_names_a_kind_or_an_economy_closes_no_name(string text, string ending)
    {
        Assert.DoesNotContain(Organizations(text), o => o.EndsWith(ending, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("霍顿还认为，中国球队的技术和意识都有提高。", "中国球队")]
    [InlineData("本届世锦赛上亚洲球队间首次碰面。", "亚洲球队")]
    public void A_place_and_a_head_it_has_many_of_is_a_kind_of_body(string text, string kind)
    {
        Assert.DoesNotContain(kind, Organizations(text));
    }

    [Fact]
    public void A_head_after_a_word_that_makes_it_a_kind_is_no_name()
    {
        // 普通/nz: jieba tags ordinary as a proper noun.
        Assert.DoesNotContain(Organizations("作为普通学校，不具备直接服务于下岗职工的条件。"), o => o.EndsWith("学校", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_and_its_one_government_is_a_name()
    {
        Assert.Contains("以色列政府", Organizations("尼亚胡重申，以色列政府将一如既往。"));
    }

    [Theory]
    [InlineData("在北京城市建设中，受北京市政府的委托做了大量工作。", "北京市政府")]
    [InlineData("让全国的孩子都能像育英学校的孩子一样享受教育。", "育英学校")]
    public void A_name_read_from_its_ending_stays(string text, string name)
    {
        Assert.Contains(name, Organizations(text));
    }

    [Fact]
    public void An_ending_that_begins_inside_the_word_before_it_closes_no_name()
    {
        Assert.DoesNotContain("通用汽车工人大", Organizations("现实版《美国工厂》：近5万通用汽车工人大罢工，十年来最大规模"));
    }
}
