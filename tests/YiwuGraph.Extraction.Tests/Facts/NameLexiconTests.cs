using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Tests.Facts;

public sealed class NameLexiconTests
{
    [Fact]
    public void The_embedded_place_short_forms_give_full_names_and_ambiguous_characters_several()
    {
        var names = new NameLexicon(LexiconSet.Default);
        Assert.Equal(["香港"], names.PlaceShortForms['港'].Select(f => f.Name));
        Assert.Equal(["澳门", "澳大利亚"], names.PlaceShortForms['澳'].Select(f => f.Name));
        Assert.Equal(["巴西", "巴基斯坦"], names.PlaceShortForms['巴'].Select(f => f.Name));
        Assert.Contains('在', names.ShortFormCuesBefore);
        Assert.Contains('方', names.ShortFormCuesAfter);
        Assert.False(names.PlaceShortForms.ContainsKey('在'));
    }

    [Theory]
    [InlineData("公司", true)]
    [InlineData("该公司", true)]
    [InlineData("公司董事会", true)]
    [InlineData("集团公司", true)]
    [InlineData("该", false)]
    [InlineData("华统公司", false)]
    [InlineData("公司法", false)]
    public void A_generic_organisation_is_only_a_determiner_generic_heads_and_boards(string surface, bool generic) =>
        Assert.Equal(generic, new NameLexicon(LexiconSet.Default).IsGenericOrganization(surface));

    [Fact]
    public void Organisation_short_forms_are_read_only_as_whole_words_and_named_by_their_full_names()
    {
        var names = new NameLexicon(LexiconSet.Default);
        const string text = "央行宣布降息，银保监会和工行跟进；中央行政机关不在此列。";
        var segmenter = YiwuGraph.Segmentation.JiebaSegmenter.CreateDefault();
        var found = PatternMentionSource.ListedShortForms(text, segmenter.CutWithPos(text), names);
        Assert.Equal([("央行", "government"), ("银保监会", "government"), ("工行", "company")], found.Select(m => (m.GetText(text), m.FineType)));
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, found);
        Assert.Equal(["中国人民银行", "中国银行保险监督管理委员会", "中国工商银行"], resolved.Select(r => r.Name));
        Assert.Equal(["央行", "银保监会", "工行"], resolved.Select(r => r.Surface));
    }

    [Fact]
    public void A_countrys_armed_forces_by_its_short_form_are_a_government_body_and_a_name_is_not()
    {
        var names = new NameLexicon(LexiconSet.Default);
        const string text = "以军炮击加沙后，美军随即进入戒备，演员韩军表示关注；他以军人身份发言。";
        var segmenter = YiwuGraph.Segmentation.JiebaSegmenter.CreateDefault();
        var found = PatternMentionSource.ListedShortForms(text, segmenter.CutWithPos(text), names);
        Assert.Equal([("以军", "government"), ("美军", "government")], found.Select(m => (m.GetText(text), m.FineType)));
        Assert.Equal(["以色列国防军", "美国军队"], new EntityResolver(HomeContext.None).Resolve(text, found).Select(r => r.Name));
    }

    [Fact]
    public void A_company_listed_without_a_note_goes_by_the_listed_name_and_stays_a_short_form_of_a_longer_one()
    {
        var names = new NameLexicon(LexiconSet.Default);
        const string text = "华为与中国移动签署合作协议。";
        var segmenter = YiwuGraph.Segmentation.JiebaSegmenter.CreateDefault();
        var found = PatternMentionSource.ListedShortForms(text, segmenter.CutWithPos(text), names);
        Assert.Equal([("华为", "company"), ("中国移动", "company")], found.Select(m => (m.GetText(text), m.FineType)));
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, found);
        Assert.Equal(["华为", "中国移动通信集团有限公司"], resolved.Select(r => r.Name));
        Assert.False(names.IsListedOrganization("华为"));
        Assert.True(names.IsListedOrganization("中国移动通信集团有限公司"));
    }

    [Fact]
    public void Companies_named_by_their_brand_alone_are_the_parties_of_the_graph_not_places()
    {
        var graph = OnePageBuild.Build("华为与中国移动签署合作协议。");
        var organizations = graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Organization).Select(n => n.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["中国移动通信集团有限公司", "华为"], organizations);
        Assert.DoesNotContain(graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Place), p => p.Name == "中国");
    }

    [Theory]
    // Brands of modern web news the trained tagger reads as persons or places (DuEE pages).
    [InlineData("近日，特斯拉电动车频频发生自燃事件。", "特斯拉")]
    [InlineData("近期，在某车展上玛莎拉蒂levante首次亮相。", "玛莎拉蒂")]
    [InlineData("他将不被允许参加接下来的所有卡普空活动。", "卡普空")]
    [InlineData("9月24日，葛兰素史克（GSK）便宣布重磅新药获批。", "葛兰素史克")]
    [InlineData("国家市场监督管理总局网站消息，召回部分进口雷克萨斯汽车。", "雷克萨斯")]
    [InlineData("动辄要2000多元，去年苏富比在香港拍卖一张清代紫檀木雕方桌。", "苏富比")] // CLUENER's pages
    // Chip makers and app platforms the tagger misses (DuEE's non-dev pages).
    [InlineData("台积电董事长魏哲家表示，公司将扩大在日本的投资。", "台积电")]
    [InlineData("交通部门约谈滴滴：6月底前全面清退无证车辆。", "滴滴")]
    [InlineData("有用户发现小红书APP在多家安卓应用商店下架。", "小红书")]
    public void A_listed_brand_is_a_company_of_the_graph(string text, string brand)
    {
        var graph = OnePageBuild.Build(text);
        Assert.Contains(graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Organization), o => o.Name == brand);
        Assert.DoesNotContain(graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Person), p => p.Name == brand);
        Assert.DoesNotContain(graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Place), p => p.Name == brand);
    }

    [Fact]
    public void A_listed_chip_maker_holds_the_office_printed_after_its_brand()
    {
        var graph = OnePageBuild.Build("英伟达CEO黄仁勋本周将访问北京，与小米集团创始人雷军会面。");
        var positions = graph.Relationships.Where(r => r.Type == YiwuGraph.Graph.RelationshipTypes.HoldsPosition)
            .Select(r => $"{graph.GetNode(r.Source).Name}:{r.Properties.GetString("title")}:{graph.GetNode(r.Target).Name}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(["雷军:创始人:小米集团", "黄仁勋:CEO:英伟达"], positions);
    }

    [Theory]
    [InlineData("央行\tgovernment\n", 1)]
    [InlineData("华为\tcompany\n央行\tgovernment\n", 2)]
    [InlineData("央行\tgovernment\t中国人民银行\n工行\tcompany\t工\n", 2)]
    [InlineData("路透社\tmedia\n证监会\tgovernment\n", 2)]
    public void An_organisation_short_form_without_a_longer_full_name_is_an_error_naming_file_and_line(string text, int line)
    {
        var dir = Directory.CreateTempSubdirectory("yiwugraph-org-short-forms-");
        try
        {
            var path = Path.Combine(dir.FullName, "organization-short-forms.tsv");
            File.WriteAllText(path, text);
            var error = Assert.Throws<DataFormatException>(() => new NameLexicon(LexiconSet.Load(dir.FullName)));
            Assert.Equal((path, line), (error.Path, error.Line));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("港\tprovince\t香港\n北京\tprovince\t北京\n", 2, "one character")]
    [InlineData("港\tprovince\t香港\n沪\tprovince\n", 2, "needs the full name")]
    [InlineData("在\tcue-before\n于是\tcue-before\n", 2, "one character")]
    public void A_malformed_short_form_override_is_an_error_naming_file_and_line(string text, int line, string reason)
    {
        var dir = Directory.CreateTempSubdirectory("yiwugraph-short-forms-");
        try
        {
            var path = Path.Combine(dir.FullName, "place-short-forms.tsv");
            File.WriteAllText(path, text);
            var set = LexiconSet.Load(dir.FullName);
            var error = Assert.Throws<DataFormatException>(() => new NameLexicon(set));
            Assert.Equal((path, line), (error.Path, error.Line));
            Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_listed_name_jieba_glued_to_a_conjunction_before_it_is_read_with_the_dictionary()
    {
        // jieba cuts 谷歌|和雅虎/nr: the name stands inside a word that opens with the conjunction 和.
        var names = new NameLexicon(LexiconSet.Default);
        const string text = "谷歌和雅虎在互联网搜索市场占据了太多的份额。";
        var segmenter = YiwuGraph.Segmentation.JiebaSegmenter.CreateDefault();
        var tokens = segmenter.CutWithPos(text);
        Assert.Equal(["谷歌"], PatternMentionSource.ListedShortForms(text, tokens, names).Select(m => m.GetText(text)));
        var found = PatternMentionSource.ListedShortForms(text, tokens, names, segmenter.Dictionary);
        Assert.Equal([("谷歌", "company"), ("雅虎", "company")], found.Select(m => (m.GetText(text), m.FineType)));
    }

    [Fact]
    public void A_word_that_opens_with_a_conjunction_and_goes_on_with_no_listed_name_is_none()
    {
        var names = new NameLexicon(LexiconSet.Default);
        const string text = "他和雅琪一起去了公园。";
        var segmenter = YiwuGraph.Segmentation.JiebaSegmenter.CreateDefault();
        Assert.Empty(PatternMentionSource.ListedShortForms(text, segmenter.CutWithPos(text), names, segmenter.Dictionary));
    }

    [Fact]
    public void Football_leagues_and_bookmakers_are_listed_organisations_named_in_full()
    {
        var names = new NameLexicon(LexiconSet.Default);
        const string text = "本轮意甲豪门球队大多可以放心，立博相同赔率下主队占优。";
        var segmenter = YiwuGraph.Segmentation.JiebaSegmenter.CreateDefault();
        var found = PatternMentionSource.ListedShortForms(text, segmenter.CutWithPos(text), names);
        Assert.Equal([("意甲", "other"), ("立博", "company")], found.Select(m => (m.GetText(text), m.FineType)));
        Assert.Equal(["意大利足球甲级联赛", "立博"], new EntityResolver(HomeContext.None).Resolve(text, found).Select(r => r.Name));
    }

    [Fact]
    public void Neither_威廉_a_given_name_nor_暴雪_a_snowstorm_is_listed_alone()
    {
        var names = new NameLexicon(LexiconSet.Default);
        Assert.False(names.TryGetOrganizationShortForm("威廉", out _));
        Assert.False(names.TryGetOrganizationShortForm("暴雪", out _));
        Assert.True(names.TryGetOrganizationShortForm("暴雪娱乐", out var blizzard));
        Assert.Equal("company", blizzard.Type);
    }
}
