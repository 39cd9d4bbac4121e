using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>The organisation a bare 公司 or 该公司 printed before an office stands for.</summary>
public sealed class CompanyReferenceTests
{
    private static readonly CompanyReference References = new(RuleLexicons.Default);

    private static string? AntecedentOf(string text, string reference, params (EntityKind, string)[] names) =>
        References.Antecedent(text, text.IndexOf(reference, StringComparison.Ordinal), reference, PrintedEntities.At(text, names))?.Name;

    [Fact]
    public void The_medium_a_report_is_credited_to_is_no_antecedent()
    {
        Assert.Null(AntecedentOf("关西电力丑闻发酵，据NHK周三报道，该公司董事长将辞职。", "该公司", (EntityKind.Organization, "NHK")));
        Assert.Equal(
            "关西电力公司",
            AntecedentOf("关西电力公司丑闻发酵，据NHK周三报道，该公司董事长将辞职。", "该公司", (EntityKind.Organization, "关西电力公司"), (EntityKind.Organization, "NHK")));

        // A company printed after 据 without 报道 is the source of its own announcement, and stays the antecedent.
        Assert.Equal("贵州茅台", AntecedentOf("据贵州茅台公告，公司总经理王莉辞职。", "公司", (EntityKind.Organization, "贵州茅台")));
    }
}
