namespace YiwuGraph.Core.Tests;

public sealed class HanScriptTests
{
    [Theory]
    [InlineData('一')]
    [InlineData('龥')]
    [InlineData('\u9FFF')]
    [InlineData('㐀')]
    [InlineData('䶵')]
    [InlineData('〇')]
    public void Unified_ideographs_extension_a_and_the_ideographic_zero_are_han(char c) => Assert.True(HanScript.IsHan(c));

    [Theory]
    [InlineData('A')]
    [InlineData('１')]
    [InlineData('，')]
    [InlineData('。')]
    [InlineData('·')]
    [InlineData('ア')]
    [InlineData('\uA000')]
    [InlineData('\u33FF')]
    [InlineData('\uD840')]
    public void Letters_digits_punctuation_kana_and_surrogates_are_not(char c) => Assert.False(HanScript.IsHan(c));

    [Fact]
    public void Span_tests_agree_with_the_character_test()
    {
        Assert.True(HanScript.IsAllHan("二〇〇八年王㐀"));
        Assert.True(HanScript.IsAllHan(""));
        Assert.False(HanScript.IsAllHan("王A"));
        Assert.True(HanScript.ContainsHan("ABC王"));
        Assert.False(HanScript.ContainsHan("ABC，"));
        Assert.Equal(3, HanScript.CountHan("A王，李〇"));
    }
}
