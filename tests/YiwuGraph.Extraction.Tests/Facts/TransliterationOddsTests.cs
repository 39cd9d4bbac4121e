using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>Names that open with a surname, read as transliterations or as Chinese names by their characters.</summary>
public sealed class TransliterationOddsTests
{
    private static readonly TransliterationOdds Odds = new(LexiconSet.Default);

    [Theory]
    [InlineData("罗斯")]
    [InlineData("米切尔")]
    [InlineData("莫迪凯")]
    [InlineData("米勒")]
    [InlineData("科尔")]
    public void A_name_of_transliteration_characters_is_likelier_foreign(string name) => Assert.True(Odds.IsLikelierForeign(name));

    [Theory]
    [InlineData("唐家璇")]
    [InlineData("钱其琛")]
    [InlineData("吉佩定")]
    [InlineData("罗庆")]
    [InlineData("王英凡")]
    [InlineData("朱镕基")]
    [InlineData("王")]
    public void A_chinese_name_is_not(string name) => Assert.False(Odds.IsLikelierForeign(name));
}
