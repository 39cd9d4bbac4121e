using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>The relations read between entities: the sides of a signing (SIGNED_WITH), where an organisation is (LOCATED_IN).</summary>
public sealed class RelationExtractorTests
{
    [Fact]
    public void A_special_administrative_region_is_a_province_level_place_above_its_districts()
    {
        var graph = OnePageBuild.Build("香港特别行政区沙田区昨日举行活动。");

        Assert.Equal("province", graph.GetNode("place:香港特别行政区").Properties.GetString("level"));
        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.PartOf && r.Source == "place:沙田区" && r.Target == "place:香港特别行政区");
    }

    [Theory]
    [InlineData("灯市口", "朝阳", "朝阳区", "110105", true, false)]
    [InlineData("人民大会堂", "辽宁", "辽宁省", "21", false, false)]
    [InlineData("中国", "上海", "上海市", "31", false, true)]
    [InlineData("凉山州", "会理市", "会理市", "513402", false, true)]
    [InlineData("余杭", "仁和街道", "仁和街道", "330110009", false, true)]
    [InlineData("南疆", "和田县", "和田县", "653221", false, true)] // a listed region of Xinjiang
    [InlineData("中原", "郑州", "郑州市", "4101", false, true)] // a listed region of Henan
    [InlineData("鄂南", "通城", "通城县", "421222", false, true)] // 鄂 (湖北) and a compass word
    [InlineData("桂西", "田东县", "田东县", "451022", false, true)]
    [InlineData("鄂南", "郑州", "郑州市", "4101", false, false)] // a region of Hubei is not above Henan's city
    [InlineData("胶东", "通城", "通城县", "421222", false, false)]
    [InlineData("京东", "通州区", "通州区", "110112", false, false)] // east of Beijing, beyond it (news-places.tsv not-region)
    public void A_place_of_no_level_printed_before_a_located_place_is_above_it_only_where_the_gazetteer_puts_it_there(
        string above, string surface, string name, string code, bool shared, bool partOf)
    {
        // 灯市口朝阳胡同: 朝阳 read as Beijing's 朝阳区 is not in 灯市口, a street of 东城区.
        var text = above + surface + "胡同";
        var places = new PlaceDirectory(YiwuGraph.Extraction.Gazetteer.PlaceGazetteer.Default, HomeContext.None);
        var first = new EntityRef(EntityKind.Place, above, above, new TextRange(0, above.Length));
        var second = new EntityRef(EntityKind.Place, name, surface, new TextRange(above.Length, above.Length + surface.Length)) { Place = new ResolvedPlace(code, shared) };

        var relations = RelationExtractor.Default.Find(text, [first, second], [], places);

        Assert.Equal(partOf, relations.Any(r => r.Type == RelationshipTypes.PartOf && r.Head.Name == name && r.Tail.Name == above));
    }

    [Fact]
    public void A_region_of_one_province_is_part_of_it_where_the_article_names_the_province()
    {
        var graph = OnePageBuild.Build("本报讯 我们一行从鄂南通城出发。湖北省的干部介绍了情况。");

        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.PartOf && r.Source == "place:鄂南" && r.Target == "place:湖北省");
        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.PartOf && r.Source == "place:通城县" && r.Target == "place:鄂南");
    }

    [Fact]
    public void A_town_the_article_resolved_is_part_of_its_county_named_elsewhere_in_the_article()
    {
        // 龙港镇 is a town of 阳新县 and of 山西 阳城县; 阳新县 decides it, and is above it though not printed before it.
        var graph = OnePageBuild.Build("本报讯 湖北阳新县是我国著名的革命老区。笔者有缘到这里的龙港镇匆匆一转。");

        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.PartOf && r.Source == "place:龙港镇@420222110" && r.Target == "place:阳新县");
    }

    [Theory]
    [InlineData("西塘", 4)]
    [InlineData("安阳市", 2)]
    [InlineData("阳朔县", 3)]
    public void A_place_read_as_a_bare_town_name_takes_the_level_of_the_division_its_canonical_name_is(string name, int level)
    {
        // 河南安阳: 安阳 was read as a bare town name (some county has an 安阳镇) but is named 安阳市, a city.
        var place = new EntityRef(EntityKind.Place, name, name[..2], new TextRange(0, 2), "town");

        Assert.Equal(level, RelationExtractor.Level(place));
    }

    [Fact]
    public void The_parties_after_yu_signed_with_the_party_before_it_not_with_one_another()
    {
        var graph = OnePageBuild.Build("本报讯 中国化工进出口总公司与美国磷协及嘉吉、海德鲁公司签订了进口价值４亿美元的２００万吨磷肥合同。");

        var signed = Signed(graph);
        Assert.Contains(("org:中国化工进出口总公司", "org:嘉吉"), signed);
        Assert.Contains(("org:中国化工进出口总公司", "org:海德鲁公司"), signed);
        Assert.DoesNotContain(signed, p => p.Item1 != "org:中国化工进出口总公司");
    }

    [Fact]
    public void Countries_listed_after_tong_signed_with_someone_else_not_with_one_another()
    {
        var graph = OnePageBuild.Build("本报讯 中国已经同苏丹、肯尼亚、赤道几内亚、博茨瓦纳等１９个非洲国家签订了政府贴息优惠贷款框架协议。");

        Assert.DoesNotContain(Signed(graph), p => p == ("place:苏丹", "place:肯尼亚"));
    }

    [Fact]
    public void Parties_listed_before_yu_and_a_party_not_read_signed_with_it_not_with_one_another()
    {
        var graph = OnePageBuild.Build("本报讯 同时，女子手球队、男子手球队和女子垒球队都与中心签订了类似的运动成绩风险承包合同。");

        Assert.Empty(Signed(graph));
    }

    [Fact]
    public void Parties_listed_without_a_side_word_signed_one_document_together()
    {
        var graph = OnePageBuild.Build("本报讯 义乌中国小商品城海外投资发展有限公司、义乌市品牌发展促进会与阿根廷 CITYBLANCO S.A. 公司正式签约。");

        var signed = Signed(graph);
        Assert.Contains(("org:义乌中国小商品城海外投资发展有限公司", "org:阿根廷CITYBLANCOS.A.公司"), signed);
        Assert.Contains(("org:义乌市品牌发展促进会", "org:阿根廷CITYBLANCOS.A.公司"), signed);
        Assert.DoesNotContain(("org:义乌中国小商品城海外投资发展有限公司", "org:义乌市品牌发展促进会"), signed);
    }

    [Fact]
    public void A_city_after_zai_and_its_province_is_where_a_signing_happened_not_a_party()
    {
        var graph = OnePageBuild.Build("本报讯 中国东方电气集团公司与马来西亚阿多曼公司关于电站项目合作备忘录日前在四川成都签署。");

        Assert.DoesNotContain(Signed(graph), p => p.Item2.StartsWith("place:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("伦敦有一所闻名遐迩的中学，它就是位于伦敦西北部的哈罗中学。", "org:哈罗中学", "place:伦敦")]
    [InlineData("忠于原政府军的叛乱军人试图抢占位于首都比绍的陆军总司令部。", "org:陆军总司令部", "place:比绍")]
    [InlineData("设在纽约的穆迪投资者服务公司宣布下调评级。", "org:穆迪投资者服务公司", "place:纽约")]
    [InlineData("据介绍，欧洲央行设在法兰克福。", "org:欧洲央行", "place:法兰克福")]
    public void An_organisation_is_located_in_the_place_a_located_verb_puts_it(string sentence, string organisation, string place)
    {
        var graph = OnePageBuild.Build(sentence);

        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.LocatedIn && r.Source == organisation && r.Target == place);
    }

    [Fact]
    public void A_place_far_from_de_locates_no_organisation()
    {
        var graph = OnePageBuild.Build("这座山位于云南西双版纳的勐腊县西部，山上的林场今年扩大了规模。");

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipTypes.LocatedIn);
    }

    private static List<(string, string)> Signed(KnowledgeGraph graph) =>
        [.. graph.Relationships.Where(r => r.Type == RelationshipTypes.SignedWith).Select(r => (r.Source, r.Target))];
}
