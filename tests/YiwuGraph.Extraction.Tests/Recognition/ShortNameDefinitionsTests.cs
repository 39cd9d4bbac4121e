using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Extraction.Recognition;

namespace YiwuGraph.Extraction.Tests.Recognition;

public sealed class ShortNameDefinitionsTests
{
    [Theory]
    [InlineData("义乌市海内外高层次人才联谊会（以下简称“海高会”）成立大会", "义乌市海内外高层次人才联谊会成立大会")]
    [InlineData("关于印发《义乌市人才新政》（以下简称《新政》）的通知", "关于印发《义乌市人才新政》的通知")]
    [InlineData("台湾积体电路制造股份有限公司（台积电）年会", "台湾积体电路制造股份有限公司（台积电）年会")]
    [InlineData("义乌国际商贸城（简称商城）（一区）开业", "义乌国际商贸城（一区）开业")]
    public void A_phrase_drops_the_brackets_that_open_with_a_defining_word_only(string phrase, string expected)
    {
        Assert.Equal(expected, ShortNameDefinitions.Default.WithoutDefinitions(phrase));
    }

    [Fact]
    public void The_words_are_those_of_the_given_lists()
    {
        const string text = "义乌市海内外高层次人才联谊会（又称海高会）昨日成立";
        Assert.Empty(ShortNameDefinitions.Default.In(text).Stated);
        Assert.Equal(text, ShortNameDefinitions.Default.WithoutDefinitions(text));

        var dir = Directory.CreateTempSubdirectory("yiwugraph-lists-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "short-name-definitions.tsv"), "# test\n又称\tdefining\n");
            var definitions = ShortNameDefinitions.For(LexiconSet.Load(dir.FullName));

            Assert.Equal("义乌市海内外高层次人才联谊会", definitions.In(text).Stated["海高会"]);
            Assert.Equal("义乌市海内外高层次人才联谊会昨日成立", definitions.WithoutDefinitions(text));
            Assert.Empty(definitions.In("宁德时代新能源科技股份有限公司（以下简称“宁德时代”）").Stated);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_embedded_lists_share_one_instance()
    {
        Assert.Same(ShortNameDefinitions.Default, ShortNameDefinitions.For(LexiconSet.Default));
    }
}
