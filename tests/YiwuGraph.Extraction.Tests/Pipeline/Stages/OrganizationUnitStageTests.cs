using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Extraction.Pipeline.Stages;
using YiwuGraph.Graph;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Pipeline.Stages;

public sealed class OrganizationUnitStageTests
{
    [Fact]
    public void A_unit_is_part_of_the_body_the_article_names_on_its_own()
    {
        const string Text = "招行表示，招商银行现金管理部总经理助理季剑平告诉记者。";
        var relations = Run(Text, segment: true, ("招行", "招商银行"), ("招商银行现金管理部", "招商银行现金管理部"));

        var partOf = Assert.Single(relations);
        Assert.Equal(RelationshipTypes.PartOf, partOf.Type);
        Assert.Equal("招商银行现金管理部", partOf.Head.Name);
        Assert.Equal("招商银行", partOf.Tail.Name);
        Assert.Equal("招商银行现金管理部", Text[partOf.Evidence.Start..partOf.Evidence.End]);
    }

    [Fact]
    public void A_body_printed_only_inside_the_units_name_makes_no_relation()
    {
        const string Text = "清华大学心理学系的樊富珉教授作为主讲。";

        Assert.Empty(Run(Text, segment: true, ("清华大学心理学系", "清华大学心理学系")));
    }

    [Fact]
    public void A_chain_of_units_is_read_body_by_body()
    {
        const string Text = "央行和人民银行成都分行表示，人民银行成都分行征信管理处相关负责人说。";
        var relations = Run(Text, segment: true, ("央行", "中国人民银行"), ("人民银行成都分行", "人民银行成都分行"), ("人民银行成都分行征信管理处", "人民银行成都分行征信管理处"));

        Assert.Equal(
            ["人民银行成都分行→中国人民银行", "人民银行成都分行征信管理处→人民银行成都分行"],
            relations.Select(r => $"{r.Head.Name}→{r.Tail.Name}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_body_follows_the_canonical_name_the_linker_gave_the_unit()
    {
        const string Text = "市委和市委宣传部召开会议。";
        var relations = Run(Text, segment: true, ("市委", "义乌市委"), ("市委宣传部", "义乌市委宣传部"));

        var partOf = Assert.Single(relations);
        Assert.Equal(("义乌市委宣传部", "义乌市委"), (partOf.Head.Name, partOf.Tail.Name));
    }

    [Fact]
    public void A_split_inside_a_word_is_no_unit_when_the_document_has_tokens()
    {
        // 中国|银行业|监督|处: no word ends after 中国银行, so the unit is no branch of that bank.
        const string Text = "中国银行和中国银行业监督处都表示。";
        var mentions = new[] { ("中国银行", "中国银行"), ("中国银行业监督处", "中国银行业监督处") };

        Assert.Empty(Run(Text, segment: true, mentions));
        Assert.Single(Run(Text, segment: false, mentions));
    }

    private static IReadOnlyList<RelationFact> Run(string text, bool segment, params (string Surface, string Name)[] organizations)
    {
        var document = new NewsDocument(text);
        if (segment)
        {
            var segmenter = JiebaSegmenter.CreateDefault();
            document.SetTokens(segmenter, segmenter.CutWithPos(text));
        }

        var entities = new List<EntityRef>();
        var from = 0;
        foreach (var (surface, name) in organizations)
        {
            var at = text.IndexOf(surface, from, StringComparison.Ordinal);
            entities.Add(new EntityRef(EntityKind.Organization, name, surface, new TextRange(at, at + surface.Length)));
            from = at + surface.Length;
        }

        document.Entities = entities;
        document.Relations = [];
        new OrganizationUnitStage(RuleLexicons.Default).Annotate(document);
        return document.Relations;
    }
}
