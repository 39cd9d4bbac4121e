using YiwuGraph.Core;

namespace YiwuGraph.Core.Tests;

public sealed class BracketPairsTests
{
    [Theory]
    [InlineData("武汉钢铁（集团）公司", -1)]
    [InlineData("《集邮》杂志", -1)]
    [InlineData("星展银行（中国）有限公司（“星展中国”）", -1)]
    [InlineData("荷兰女排青年军（二队参三队", 7)]
    [InlineData("（信息高速公路", 0)]
    [InlineData("爱尚昌吉”旅游节开幕式", 4)]
    [InlineData("永定区教字垭人）抓获", 7)]
    [InlineData("（“星展中国）”", 6)]
    [InlineData("a(b[c]d)e", -1)]
    [InlineData("国际机场(机场", 4)]
    [InlineData("", -1)]
    public void FirstUnpaired_finds_the_first_mark_without_its_partner(string text, int expected) =>
        Assert.Equal(expected, BracketPairs.FirstUnpaired(text));

    [Fact]
    public void Every_opener_has_one_closer_and_back()
    {
        foreach (var opener in "（(《〈【[［〔「『“‘｛{")
        {
            Assert.True(BracketPairs.IsOpener(opener));
            var closer = BracketPairs.CloserOf(opener);
            Assert.NotNull(closer);
            Assert.True(BracketPairs.IsCloser(closer.Value));
            Assert.Equal(opener, BracketPairs.OpenerOf(closer.Value));
        }

        Assert.Null(BracketPairs.CloserOf('"'));
        Assert.Null(BracketPairs.OpenerOf('a'));
    }

    [Fact]
    public void Deep_nesting_grows_past_the_stack_buffer()
    {
        var text = new string('（', 20) + "名" + new string('）', 20);
        Assert.True(BracketPairs.AreBalanced(text));
        Assert.Equal(0, BracketPairs.FirstUnpaired(text.AsSpan(0, text.Length - 1)));
    }

    /// <summary>Invariant: a text is balanced exactly when removing innermost adjacent pairs again and again empties its marks.</summary>
    [Fact]
    public void Agrees_with_pair_removal_on_random_texts()
    {
        var random = new Random(20261205);
        const string alphabet = "（）《》“”(a名";
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 12)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var marks = new string(text.Where(c => BracketPairs.IsOpener(c) || BracketPairs.IsCloser(c)).ToArray());
            string before;
            do
            {
                before = marks;
                marks = marks.Replace("（）", string.Empty, StringComparison.Ordinal).Replace("《》", string.Empty, StringComparison.Ordinal)
                    .Replace("“”", string.Empty, StringComparison.Ordinal).Replace("()", string.Empty, StringComparison.Ordinal);
            }
            while (marks != before);

            Assert.Equal(marks.Length == 0, BracketPairs.AreBalanced(text));
        }
    }
}
