using YiwuGraph.Neo4j.Export;

namespace YiwuGraph.Neo4j.Tests.Export;

public sealed class CypherLiteralTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("O'Neil", @"'O\'Neil'")]
    [InlineData(@"back\slash", @"'back\\slash'")]
    [InlineData("line\nbreak\r\ttab", @"'line\nbreak\r\ttab'")]
    [InlineData("bell\u0007", @"'bell\u0007'")]
    [InlineData("叶帮锐", "'叶帮锐'")]
    public void Strings_are_quoted_and_escaped(string value, string expected)
    {
        Assert.Equal(expected, CypherLiteral.Format(value));
    }

    [Fact]
    public void Numbers_keep_their_type()
    {
        Assert.Equal("1.0", CypherLiteral.Format(1.0));
        Assert.Equal("0.9", CypherLiteral.Format(0.9));
        Assert.Equal("1E20", CypherLiteral.Format(1e20));
        Assert.Equal("42", CypherLiteral.Format(42L));
        Assert.Equal("(-9223372036854775807 - 1)", CypherLiteral.Format(long.MinValue));
    }

    [Fact]
    public void Maps_quote_names_that_are_not_identifiers()
    {
        var map = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["a b"] = 1L, ["ok_1"] = new[] { true, false }, ["x`y"] = null };

        Assert.Equal("{`a b`: 1, ok_1: [true, false], `x``y`: null}", CypherLiteral.Format(map));
    }
}
