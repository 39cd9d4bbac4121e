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
}
