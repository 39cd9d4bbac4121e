using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;
using YiwuGraph.Extraction.Tests.Facts;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Recognition;

/// <summary>Mentions that hold half a bracket or quotation-mark pair.</summary>
public sealed class UnpairedBracketsTests
{
    private static string? Trimmed(string text, string mention)
    {
        var at = text.IndexOf(mention, StringComparison.Ordinal);
        List<FactMention> mentions = [new(new TextRange(at, at + mention.Length), EntityKind.Organization, 0.75)];
        return UnpairedBrackets.Trim(text, mentions).Select(m => m.GetText(text)).SingleOrDefault();
    }

    [Theory]
    [InlineData("面对荷兰女排青年军（二队参三队）当然也是势在必得。", "荷兰女排青年军（二队参三队", "荷兰女排青年军")]
    [InlineData("在香港国际机场(机场)的严重暴力行为。", "香港国际机场(机场", "香港国际机场")]
    [InlineData("提出“全国信息基础设施”（信息高速公路）等政策。", "（信息高速公路", "信息高速公路")]
    [InlineData("由武汉钢铁（集团）公司主办。", "集团）公司", "公司")]
    [InlineData("承办的“人在旅途，爱尚昌吉”旅游节。", "爱尚昌吉”", "爱尚昌吉")]
    public void A_mention_holding_half_a_pair_is_its_part_outside_the_bracket(string text, string mention, string expected) =>
        Assert.Equal(expected, Trimmed(text, mention));

    [Theory]
    [InlineData("由武汉钢铁（集团）公司主办。", "武汉钢铁（集团）公司")]
    [InlineData("在《集邮》杂志发表。", "《集邮》杂志")]
    [InlineData("星展银行（中国）有限公司（“星展中国”）宣布。", "星展银行（中国）有限公司（“星展中国”）")]
    public void Pairs_stay_and_the_list_is_the_same(string text, string mention)
    {
        var at = text.IndexOf(mention, StringComparison.Ordinal);
        List<FactMention> mentions = [new(new TextRange(at, at + mention.Length), EntityKind.Organization, 0.75)];
        Assert.Same(mentions, UnpairedBrackets.Trim(text, mentions));
    }

    [Fact]
    public void A_mention_left_with_less_than_two_characters_is_dropped_and_the_others_stay()
    {
        const string text = "（甲）乙丙丁戊。";
        List<FactMention> mentions = [new(new TextRange(1, 3), EntityKind.Place, 0.7), new(new TextRange(3, 5), EntityKind.Person, 0.9)];
        Assert.Equal(["乙丙"], UnpairedBrackets.Trim(text, mentions).Select(m => m.GetText(text)));
    }

    /// <summary>Invariant: on random texts and spans, what is left lies inside the span, holds no half pair, and an already balanced span is untouched.</summary>
    [Fact]
    public void What_is_left_is_inside_and_balanced_on_random_spans()
    {
        var random = new Random(1205);
        const string alphabet = "名字（）()《》“”";
        for (var n = 0; n < 3000; n++)
        {
            var chars = new char[random.Next(1, 14)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var start = random.Next(text.Length);
            var range = new TextRange(start, random.Next(start + 1, text.Length + 1));
            var outside = UnpairedBrackets.Outside(text, range);
            Assert.True(range.Contains(outside));
            Assert.True(Brackets.AreBalanced(text.AsSpan(outside.Start, outside.Length)));
            if (Brackets.AreBalanced(text.AsSpan(range.Start, range.Length)))
            {
                Assert.Equal(range, outside);
            }
        }
    }

    [Fact]
    public void The_build_names_a_team_without_the_gloss_it_ran_into()
    {
        var graph = OnePageBuild.Build("本报讯 这场比赛面对荷兰女排青年军（二队参三队）当然也是势在必得。");
        var entities = graph.Nodes.Where(n => n.Label is NodeLabel.Organization or NodeLabel.Place or NodeLabel.Person).ToList();
        Assert.Contains(entities, n => n.Name == "荷兰女排青年军");
        Assert.DoesNotContain(entities, n => n.Name.Contains('（', StringComparison.Ordinal));
    }
}
