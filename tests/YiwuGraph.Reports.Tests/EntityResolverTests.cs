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
}
