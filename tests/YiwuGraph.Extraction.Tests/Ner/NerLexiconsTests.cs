using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner;

public sealed class NerLexiconsTests
{
    private static readonly NerLexicons Surnames = new(LexiconSet.Default);

    [Theory]
    [InlineData("傅晓东")]
    [InlineData("赖明华")]
    [InlineData("常建国")]
    [InlineData("欧阳修")]
    [InlineData("司马光")]
    public void Common_single_and_double_surnames_start_a_name(string name) => Assert.True(Surnames.IsSurnameStart(name), name);

    [Theory]
    [InlineData("原创")]
    [InlineData("时隔")]
    [InlineData("家里")]
    [InlineData("")]
    public void Everyday_words_do_not_start_a_name_for_the_rules(string text) => Assert.False(Surnames.IsSurnameStart(text), text);

    [Fact]
    public void Everyday_surnames_stay_in_the_list_the_model_sees()
    {
        var single = string.Concat(Surnames.SingleSurnames);
        Assert.All(Surnames.EverydaySurnames, c => Assert.Contains(c, single));
        Assert.Contains(NerLexicons.BuiltInWords(LexiconSet.Default), w => w.Key == "原" && w.Value == 1 << (int)LexiconClass.Surname);
        Assert.Equal(single.Length, single.Distinct().Count());
    }
}
