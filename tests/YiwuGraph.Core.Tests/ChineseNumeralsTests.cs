namespace YiwuGraph.Core.Tests;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData("3", 3)]
    [InlineData("１２", 12)]
    [InlineData("1,200", 1200)]
    [InlineData("2.5", 2.5)]
    [InlineData("３．５", 3.5)]
    [InlineData("三", 3)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("两百零五", 205)]
    [InlineData("一千二百", 1200)]
    [InlineData("二〇〇八", 2008)]
    [InlineData("2.5万", 25000)]
    [InlineData("十二万五千", 125000)]
    [InlineData("3亿2000万", 320000000)]
    [InlineData("1亿", 100000000)]
    [InlineData("3万亿", 3e12)]
    [InlineData("91.04亿", 9104000000)]
    public void Reads_digits_numerals_and_large_units(string text, double expected)
    {
        Assert.True(ChineseNumerals.TryParse(text, out var value));
        Assert.Equal(expected, value, 6);
    }

    [Theory]
    [InlineData("")]
    [InlineData("万")]
    [InlineData("三个")]
    [InlineData("3a")]
    [InlineData("人")]
    public void Refuses_what_is_not_one_number(string text) => Assert.False(ChineseNumerals.TryParse(text, out _));

    [Fact]
    public void Any_run_of_numeral_characters_parses_or_is_refused_without_throwing()
    {
        var random = new Random(15);
        const string Alphabet = "0123456789.一二两三四五六七八九十百千万亿零〇";
        for (var i = 0; i < 5000; i++)
        {
            var chars = new char[random.Next(1, 9)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = Alphabet[random.Next(Alphabet.Length)];
            }

            if (ChineseNumerals.TryParse(new string(chars), out var value))
            {
                Assert.True(value >= 0 && !double.IsNaN(value), new string(chars));
            }

            Assert.All(chars, c => Assert.True(ChineseNumerals.IsNumeralChar(c)));
        }
    }
}
