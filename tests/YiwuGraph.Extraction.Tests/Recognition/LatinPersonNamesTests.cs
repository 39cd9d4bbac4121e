using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;

namespace YiwuGraph.Extraction.Tests.Recognition;

public sealed class LatinPersonNamesTests
{
    private static readonly LatinPersonNames Names = new(RuleLexicons.Default);

    [Theory]
    [InlineData("育碧市场总监JohnParkes说，新作即将上市。", "JohnParkes")]
    [InlineData("他的搭档Graham McTavish也来了。", "Graham McTavish")]
    [InlineData("cbre项目相关负责人julia介绍", "julia")]
    [InlineData("制作总监Tom透露了细节", "Tom")]
    public void A_latin_name_from_a_given_name_or_after_a_title_is_a_person(string text, string name)
    {
        var found = Names.Find(text, []);

        Assert.Equal(name, Assert.Single(found).GetText(text));
        Assert.Equal(EntityKind.Person, found[0].Kind);
    }

    [Theory]
    [InlineData("公司首席执行官CEO表示")]
    [InlineData("Grubby在比赛中获胜")]
    [InlineData("他们在WCG上夺冠，John said nothing")]
    [InlineData("登录AppleStore购买")]
    public void Capitals_lone_words_and_words_after_a_given_name_are_no_person(string text)
    {
        Assert.Empty(Names.Find(text, []));
    }

    [Fact]
    public void A_latin_name_in_brackets_after_a_person_is_found_and_linked_to_that_person()
    {
        const string text = "本作主角梅森·阿历克斯(MasonAlex)和队友伍兹。";
        var person = new FactMention(new TextRange(4, 11), EntityKind.Person, 0.75);
        var found = Names.Find(text, [person]);

        Assert.Equal("MasonAlex", Assert.Single(found).GetText(text));
        var resolved = new EntityResolver(HomeContext.None).Resolve(text, [person, found[0]]);
        Assert.Equal(["梅森·阿历克斯", "梅森·阿历克斯"], resolved.Select(r => r.Name));
        Assert.Equal("MasonAlex", resolved[1].Surface);
    }

    [Fact]
    public void A_run_a_mention_already_covers_is_left_to_it()
    {
        const string text = "育碧市场总监JohnParkes说";
        var covering = new FactMention(new TextRange(6, 16), EntityKind.Organization, 0.8);

        Assert.Empty(Names.Find(text, [covering]));
    }
}
