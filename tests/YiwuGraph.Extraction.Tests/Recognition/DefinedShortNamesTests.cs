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
    public void A_short_name_in_brackets_after_a_full_name_is_defined_for_it(string text, string full, string shortName)
    {
        var at = text.IndexOf(full, StringComparison.Ordinal);

        var defined = DefinedShortNames.Find(text, [new TextRange(at, at + full.Length)]);

        Assert.Equal(full, defined[shortName]);
    }

    [Theory]
    [InlineData("捷安特有限公司（上海）宣布", "捷安特有限公司")]
    [InlineData("义乌市商务局（筹）成立", "义乌市商务局")]
    [InlineData("义乌市商务局（局长王建国）表示", "义乌市商务局")]
    public void A_place_a_note_or_an_aside_in_brackets_is_no_definition(string text, string full)
    {
        var at = text.IndexOf(full, StringComparison.Ordinal);
        Assert.Empty(DefinedShortNames.Find(text, [new TextRange(at, at + full.Length)]));
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

        var result = DefinedShortNames.Apply(text, [full, secretariat]);

        Assert.Equal([new TextRange(0, 7), new TextRange(8, 10), new TextRange(12, 17)], result.Select(m => m.Range));
    }
}
