using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;
using YiwuGraph.Extraction.Tests.Facts;

namespace YiwuGraph.Extraction.Tests.Recognition;

public sealed class DefinedShortNamesTests
{
    [Theory]
    [InlineData("阿拉伯国家联盟（阿盟）秘书长表示", "阿拉伯国家联盟", "阿盟")]
    [InlineData("台湾积体电路制造股份有限公司（台积电）董事长", "台湾积体电路制造股份有限公司", "台积电")]
    [InlineData("中国证券监督管理委员会(证监会)发布", "中国证券监督管理委员会", "证监会")]
    [InlineData("宁德时代新能源科技股份有限公司（以下简称“宁德时代”）发布公告", "宁德时代新能源科技股份有限公司", "宁德时代")]
    [InlineData("浙江珊瑚服饰有限公司（下称珊瑚服饰）表示", "浙江珊瑚服饰有限公司", "珊瑚服饰")]
    [InlineData("西安达刚路面机械股份有限公司(证券代码：300103证券简称：达刚路机)发布公告", "西安达刚路面机械股份有限公司", "达刚路机")]
    [InlineData("贵州茅台酒股份有限公司（股票代码：600519，股票简称：贵州茅台）公告", "贵州茅台酒股份有限公司", "贵州茅台")]
    public void A_short_name_in_brackets_after_a_full_name_is_defined_for_it(string text, string full, string shortName)
    {
        var at = text.IndexOf(full, StringComparison.Ordinal);

        var defined = ShortNameDefinitions.Default.In(text).Find([new TextRange(at, at + full.Length)]);

        Assert.Equal(full, defined[shortName]);
    }

    [Theory]
    [InlineData("寧德時代新能源科技股份有限公司（以下簡稱「寧德時代」）發布公告", "寧德時代新能源科技股份有限公司", "寧德時代")]
    [InlineData("台灣高速鐵路股份有限公司（簡稱台灣高鐵）宣布", "台灣高速鐵路股份有限公司", "台灣高鐵")]
    [InlineData("杭州銀行股份有限公司（下稱杭銀）宣布", "杭州銀行股份有限公司", "杭銀")]
    public void A_traditional_article_defines_short_names_in_its_own_words_and_quotes(string text, string full, string shortName)
    {
        var at = text.IndexOf(full, StringComparison.Ordinal);
        var defined = ShortNameDefinitions.Default.In(text);

        Assert.Equal(full, defined.Find([new TextRange(at, at + full.Length)])[shortName]);
        Assert.Equal(full, defined.Stated[shortName]);
    }

    [Fact]
    public void A_name_for_several_bodies_together_is_no_short_name()
    {
        const string text = "义乌农商银行和稠州银行（以下统称“两银行”）";
        var at = text.IndexOf("稠州银行", StringComparison.Ordinal);
        var defined = ShortNameDefinitions.Default.In(text);

        Assert.Empty(defined.Find([new TextRange(at, at + 4)]));
        Assert.Empty(defined.Stated);
    }

    [Theory]
    [InlineData("捷安特有限公司（上海）宣布", "捷安特有限公司")]
    [InlineData("义乌市商务局（筹）成立", "义乌市商务局")]
    [InlineData("义乌市商务局（局长王建国）表示", "义乌市商务局")]
    public void A_place_a_note_or_an_aside_in_brackets_is_no_definition(string text, string full)
    {
        var at = text.IndexOf(full, StringComparison.Ordinal);
        Assert.Empty(ShortNameDefinitions.Default.In(text).Find([new TextRange(at, at + full.Length)]));
    }

    [Fact]
    public void A_short_name_the_article_states_needs_no_letters_of_the_full_name_a_bare_bracket_does()
    {
        // 青民盟 is 青年民主联盟, the party's other name: only the defining word tells the bracket from an aside.
        foreach (var (text, defined) in new[] { ("匈牙利公民党（简称青民盟）在选举中获胜", true), ("匈牙利公民党（青民盟）在选举中获胜", false) })
        {
            var found = ShortNameDefinitions.Default.In(text).Find([new TextRange(0, 6)]);
            Assert.Equal(defined ? ["青民盟"] : [], found.Keys);
        }
    }

    [Fact]
    public void A_bracket_found_once_defines_only_for_an_organisation_that_ends_right_before_it_and_holds_the_short_name()
    {
        const string text = "阿拉伯国家联盟（阿盟）秘书长表示";
        var defined = ShortNameDefinitions.Default.In(text);

        Assert.Empty(defined.Find([new TextRange(3, 7)]));
        Assert.Empty(defined.Find([new TextRange(0, 5)]));
        Assert.Equal("阿拉伯国家联盟", defined.Find([new TextRange(3, 7), new TextRange(0, 7)])["阿盟"]);
    }

    [Theory]
    [InlineData("近日，在义乌市海内外高层次人才联谊会（以下简称“海高会”）成立大会上", "海高会", "义乌市海内外高层次人才联谊会")]
    [InlineData("杭州银行（下称杭银）同意", "杭银", "杭州银行")]
    [InlineData("中国民主促进会（简称民进）中央", "民进", "中国民主促进会")]
    public void A_bracket_that_opens_with_a_defining_word_states_the_han_name_before_it(string text, string shortName, string full)
    {
        Assert.Equal(full, ShortNameDefinitions.Default.In(text).Stated[shortName]);
    }

    [Theory]
    [InlineData("阿拉伯国家联盟（阿盟）秘书长表示")]
    [InlineData("对各种电子元器件增做破坏性物理分析（简称ＤＰＡ）")]
    [InlineData("国务院发布《关于加强管理的办法》（以下简称《办法》）")]
    [InlineData("杭银（下称杭州银行）")]
    public void A_bare_bracket_a_short_name_not_of_han_characters_or_one_no_shorter_than_the_name_before_it_states_nothing(string text)
    {
        Assert.Empty(ShortNameDefinitions.Default.In(text).Stated);
    }

    [Fact]
    public void A_name_printed_right_after_a_stated_definition_reads_its_short_name()
    {
        const string text = "义乌市海内外高层次人才联谊会（以下简称“海高会”）广东分会和阿拉伯国家联盟（阿盟）秘书处";
        var defined = ShortNameDefinitions.Default.In(text);

        Assert.Equal("海高会", defined.StatedEndingAt(text.IndexOf("广东", StringComparison.Ordinal)));
        Assert.Null(defined.StatedEndingAt(text.IndexOf("秘书处", StringComparison.Ordinal)));
        Assert.Null(defined.StatedEndingAt(text.IndexOf("分会", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_linker_refuses_the_short_names_of_another_text()
    {
        var resolver = new EntityResolver(HomeContext.None);
        var other = ShortNameDefinitions.Default.In("阿拉伯国家联盟（阿盟）");

        Assert.Throws<ArgumentException>(() => resolver.Resolve("阿盟秘书长表示", [], definedShortNames: other));
    }

    [Fact]
    public void Sightings_of_a_defined_short_name_are_the_organisation_and_named_by_its_full_name()
    {
        var graph = OnePageBuild.Build("本报讯 阿拉伯国家联盟（阿盟）秘书长昨日表示，阿盟将召开紧急会议。");

        var league = graph.GetNode("org:阿拉伯国家联盟");
        Assert.Contains("阿盟", league.Properties.GetStrings("aliases"));
        Assert.False(graph.TryGetNode("org:阿盟", out _));
        var mentions = graph.OutRelationships(graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Article).Single().Key).Single(r => r.Target == league.Key);
        Assert.Equal(3, mentions.Properties.GetLong("count"));
    }

    [Fact]
    public void Mentions_stay_sorted_and_never_overlap()
    {
        const string text = "阿拉伯国家联盟（阿盟）和阿盟秘书处";
        var full = new FactMention(new TextRange(0, 7), EntityKind.Organization, 0.8);
        var secretariat = new FactMention(new TextRange(12, 17), EntityKind.Organization, 0.8);

        var result = ShortNameDefinitions.Default.In(text).Apply([full, secretariat]);

        Assert.Equal([new TextRange(0, 7), new TextRange(8, 10), new TextRange(12, 17)], result.Select(m => m.Range));
    }

    [Fact]
    public void A_mention_inside_a_sighting_gives_way_to_the_short_name()
    {
        // 宁德 of 宁德时代股价 read as a place; the article defined 宁德时代 for the company.
        const string text = "宁德时代新能源科技股份有限公司（以下简称“宁德时代”）发布公告。宁德时代股价上涨。";
        var full = new FactMention(new TextRange(0, 15), EntityKind.Organization, 0.8);
        var at = text.LastIndexOf("宁德", StringComparison.Ordinal);
        var place = new FactMention(new TextRange(at, at + 2), EntityKind.Place, 0.8);

        var result = ShortNameDefinitions.Default.In(text).Apply([full, place]);

        Assert.Equal([(EntityKind.Organization, "宁德时代新能源科技股份有限公司"), (EntityKind.Organization, "宁德时代"), (EntityKind.Organization, "宁德时代")],
            result.Select(m => (m.Kind, text[m.Range.Start..m.Range.End])));
    }

    [Theory]
    [InlineData("本報訊 台灣高速鐵路股份有限公司（以下簡稱「台灣高鐵」）昨日宣布，春節期間將加開班次。", "台灣高鐵宣布加開班次", "org:台湾高速铁路股份有限公司", "台灣高鐵", "place:台湾省")]
    [InlineData("本報訊 杭州銀行股份有限公司（下稱杭銀）昨日宣布上調存款利率。杭銀稱，此舉旨在吸引存款。", "杭銀上調存款利率", "org:杭州银行股份有限公司", "杭銀", "person:杭银")]
    public void A_traditional_headline_names_the_company_by_the_short_name_its_body_defines(string body, string headline, string company, string shortName, string misread)
    {
        // The headline is matched against the body as printed, in traditional characters and quotes: read alone it
        // takes 台灣 of 台灣高鐵 for a place and 杭銀 for a person.
        var graph = OnePageBuild.Build(body, headline);

        Assert.Contains(shortName, graph.GetNode(company).Properties.GetStrings("aliases"));
        Assert.False(graph.TryGetNode(misread, out _));
    }

    [Fact]
    public void A_headline_names_the_company_by_the_short_name_its_body_defines()
    {
        var graph = OnePageBuild.Build(
            "本报讯 12月3日晚间，宁德时代新能源科技股份有限公司（以下简称“宁德时代”）发布公告称，公司拟在匈牙利建设动力电池工厂。",
            "宁德时代拟在匈牙利建设第二座欧洲工厂");

        Assert.False(graph.TryGetNode("place:宁德市", out _));
        Assert.Contains("宁德时代", graph.GetNode("org:宁德时代新能源科技股份有限公司").Properties.GetStrings("aliases"));
    }
}
