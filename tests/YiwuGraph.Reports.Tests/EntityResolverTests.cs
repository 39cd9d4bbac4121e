using YiwuGraph.Graph;

namespace YiwuGraph.Reports.Tests;

public sealed class EntityResolverTests
{
    private readonly EntityResolver resolver = new(FixtureGraph.Create());

    [Theory]
    [InlineData("叶帮锐")]
    [InlineData("叶书记")]
    [InlineData(" 叶帮锐 ")]
    [InlineData("Ｙｅ Bangrui")]
    [InlineData("person:叶帮锐")]
    public void Finds_a_person_by_name_alias_or_key(string text) =>
        Assert.Equal(FixtureGraph.Ye, Assert.Single(resolver.Resolve(text)).Key);

    [Fact]
    public void Returns_every_candidate_of_an_ambiguous_name_in_key_order() =>
        Assert.Equal(["person:王伟#1", "person:王伟#2"], resolver.Resolve("王伟").Select(n => n.Key));

    [Fact]
    public void Prefers_a_name_to_an_alias_and_never_returns_articles()
    {
        Assert.Equal(FixtureGraph.Yiwu, Assert.Single(resolver.Resolve("义乌")).Key);
        Assert.Empty(resolver.Resolve(FixtureGraph.Article1));
        Assert.Empty(resolver.Resolve("不存在"));
    }

    [Fact]
    public void Suggests_the_entity_a_misspelled_name_or_alias_comes_closest_to()
    {
        var byName = Assert.Single(resolver.Suggest("叶邦锐"));
        Assert.Equal((FixtureGraph.Ye, "叶帮锐", false), (byName.Node.Key, byName.MatchedName, byName.IsAlias));
        var byAlias = Assert.Single(resolver.Suggest("叶书计"));
        Assert.Equal((FixtureGraph.Ye, "叶书记", true), (byAlias.Node.Key, byAlias.MatchedName, byAlias.IsAlias));
    }

    [Fact]
    public void Suggests_names_a_longer_or_shorter_text_contains_or_is_part_of()
    {
        Assert.Equal([FixtureGraph.Yiwu, FixtureGraph.Government], resolver.Suggest("义乌市政府").Select(s => s.Node.Key));
        Assert.Equal([FixtureGraph.Meeting], resolver.Suggest("动员部署会召").Select(s => s.Node.Key));
    }

    [Fact]
    public void Suggestions_come_closest_first_then_names_before_aliases_then_in_ordinal_order_and_stop_at_the_limit()
    {
        Assert.Equal(
            [FixtureGraph.Yiwu, FixtureGraph.Jinhua, FixtureGraph.Government, FixtureGraph.Wen],
            resolver.Suggest("市", max: 4).Select(s => s.Node.Key));
        Assert.Equal([FixtureGraph.Yiwu, FixtureGraph.Jinhua], resolver.Suggest("市", max: 2).Select(s => s.Node.Key));
        Assert.Empty(resolver.Suggest("不存在"));
        Assert.Empty(resolver.Suggest("  "));
    }
}
