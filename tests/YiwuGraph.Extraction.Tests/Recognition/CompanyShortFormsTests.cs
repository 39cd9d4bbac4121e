using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Recognition;
using YiwuGraph.Extraction.Tests.Facts;
using YiwuGraph.Graph;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Recognition;

public sealed class CompanyShortFormsTests
{
    private static readonly CompanyShortForms Brands = new(RuleLexicons.Default, PlaceGazetteer.Default);

    [Theory]
    [InlineData("比亚迪股份有限公司", "比亚迪")]
    [InlineData("华为技术有限公司", "华为")]
    [InlineData("浙江珊瑚服饰有限公司", "珊瑚")]
    [InlineData("比亚迪电子（国际）有限公司", "比亚迪")]
    [InlineData("深圳市中兴通讯股份有限公司", "中兴通讯")]
    [InlineData("吉利集团", "吉利")]
    public void The_brand_is_the_name_without_legal_form_industry_words_brackets_and_leading_place(string full, string brand) =>
        Assert.Equal(brand, Brands.BrandOf(full));

    [Theory]
    [InlineData("义乌市商务局")]
    [InlineData("通信公司")]
    [InlineData("中国公司")]
    [InlineData("浙江省有限公司")]
    public void A_name_without_legal_form_or_whose_rest_is_a_place_or_an_industry_word_has_no_brand(string full) =>
        Assert.Null(Brands.BrandOf(full));

    [Fact]
    public void Of_two_companies_with_one_brand_the_one_named_by_brand_and_legal_form_owns_it()
    {
        var owners = Brands.Owners(["比亚迪股份有限公司", "比亚迪电子（国际）有限公司"]);

        Assert.Equal("比亚迪股份有限公司", owners["比亚迪"]);
        Assert.Equal("比亚迪电子（国际）有限公司", owners["比亚迪电子"]);
        Assert.False(Brands.Owners(["华为技术有限公司", "华为投资控股有限公司"]).ContainsKey("华为"));
    }

    [Fact]
    public void A_brand_labels_its_whole_word_sightings_and_a_person_read_on_it_gives_way()
    {
        const string text = "比亚迪股份有限公司发布公告。比亚迪董事长王传福说，比亚迪将扩大生产。";
        var full = new FactMention(new TextRange(0, 9), EntityKind.Organization, 0.8, "company");
        var asPerson = new FactMention(new TextRange(14, 17), EntityKind.Person, 0.7);
        var tokens = JiebaSegmenter.CreateDefault().CutWithPos(text);

        var result = Brands.Apply(text, [full, asPerson], tokens);

        var brands = result.Where(m => m.GetText(text) == "比亚迪").ToList();
        Assert.Equal(2, brands.Count);
        Assert.All(brands, m => Assert.Equal(EntityKind.Organization, m.Kind));
        Assert.Equal(result.OrderBy(m => m.Range.Start).Select(m => m.Range), result.Select(m => m.Range));
    }

    [Fact]
    public void In_the_graph_a_brand_is_the_company_named_in_full_and_holds_its_offices()
    {
        var graph = OnePageBuild.Build("本报讯 8月28日晚间，比亚迪股份有限公司发布公告。比亚迪董事长兼总裁王传福表示，此次收购有助于拓展业务。");

        var company = graph.GetNode("org:比亚迪股份有限公司");
        Assert.Contains("比亚迪", company.Properties.GetStrings("aliases"));
        Assert.False(graph.TryGetNode("org:比亚迪", out _));
        Assert.False(graph.TryGetNode("person:比亚迪", out _));
        Assert.Contains(graph.OutRelationships("person:王传福"), r => r.Type == RelationshipTypes.HoldsPosition && r.Target == company.Key);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Mentions_stay_sorted_inside_the_text_and_never_overlap(int seed)
    {
        var random = new Random(seed);
        string[] pieces = ["比亚迪", "股份有限公司", "华为", "技术有限公司", "董事长", "，", "。", "王传福", "发布", "比亚迪电子", "（国际）"];
        var segmenter = JiebaSegmenter.CreateDefault();
        for (var n = 0; n < 200; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var mentions = new List<FactMention>();
            for (var at = 0; at < text.Length; at += random.Next(1, 6))
            {
                var length = Math.Min(random.Next(1, 10), text.Length - at);
                mentions.Add(new FactMention(new TextRange(at, at + length), (EntityKind)random.Next(3), 0.5 + (random.NextDouble() / 2)));
                at += length;
            }

            var result = Brands.Apply(text, mentions, segmenter.CutWithPos(text));

            Assert.All(result, m => Assert.True(m.Range.Start >= 0 && m.Range.End <= text.Length && m.Range.Length > 0));
            Assert.All(result.Zip(result.Skip(1)), p => Assert.True(p.First.Range.End <= p.Second.Range.Start, text));
        }
    }
}
