using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;
using YiwuGraph.Graph;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Facts;

public sealed class OrganizationPatternsTests
{
    [Fact]
    public void A_word_jieba_tags_nt_without_an_ending_is_read_but_weighted_above_the_short_forms()
    {
        // The patterns still read it (they are the fallback when no recognizer is plugged in) ...
        const string text = "可以在监外执行的尽量在监外执行。";
        var found = new PatternMentionSource(JiebaSegmenter.CreateDefault(), OnePageBuild.Yiwu).Find(text);
        var hit = Assert.Single(found, m => m.GetText(text) == "监外执行" && m.Range.Start == 3);
        Assert.True(hit.Confidence > MentionArbiter.ShortFormConfidence);
    }

    [Fact]
    public void A_word_jieba_tags_nt_without_an_ending_is_no_organisation_when_the_recognizer_reads_nothing_there()
    {
        // ... but alone, beside no recognizer mention, the arbiter does not keep it: 监外执行 and 深有体会 are no bodies.
        var graph = OnePageBuild.Build("本报讯 可以在监外执行的尽量在监外执行。他深有体会地说，每去一次都有收获。");
        Assert.Empty(graph.NodesWithLabel(NodeLabel.Organization));
    }

    [Fact]
    public void A_word_jieba_tags_nt_that_the_text_defines_as_a_short_name_fills_a_gap()
    {
        const string text = "近日，浙江省海内外高层次人才联谊会（以下简称“海高会”）成立。";
        var found = new PatternMentionSource(JiebaSegmenter.CreateDefault(), OnePageBuild.Yiwu).Find(text);
        var hit = Assert.Single(found, m => m.GetText(text) == "海高会");
        Assert.True(hit.Confidence <= MentionArbiter.ShortFormConfidence);
    }

    [Fact]
    public void A_verb_that_sets_a_body_up_starts_no_name()
    {
        // 天津|设立|分行: the place is the clause's, the branch is the verb's object; no organisation runs through 设立.
        const string text = "星展银行（中国）有限公司19日又在天津设立分行。";
        var found = new PatternMentionSource(JiebaSegmenter.CreateDefault(), OnePageBuild.Yiwu).Find(text);
        Assert.DoesNotContain(found, m => m.GetText(text).Contains("设立", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_that_ends_in_downtown_is_no_organisation()
    {
        // 特古西加尔巴市中心: 市中心 is downtown, whatever jieba cut (stop-words.tsv).
        const string text = "洪都拉斯首都特古西加尔巴市中心一个市场３０日发生大火。";
        var found = new PatternMentionSource(JiebaSegmenter.CreateDefault(), OnePageBuild.Yiwu).Find(text);
        Assert.DoesNotContain(found, m => m.Kind == EntityKind.Organization && m.GetText(text).EndsWith("市中心", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_and_a_head_it_has_many_of_is_no_organisation_of_the_graph()
    {
        // 美国公司 is one nt word of jieba's: American companies, a kind; the place stays.
        var graph = OnePageBuild.Build("本报讯 但由于美国公司利润第一，它们纷纷裁员。");
        Assert.Empty(graph.NodesWithLabel(NodeLabel.Organization));
    }

    [Fact]
    public void A_name_after_the_aforesaid_starts_after_it_so_the_listed_short_form_stands()
    {
        // 上述/b, 前述/b point back at a body named before (name-breakers.tsv): the pattern's name no longer runs over
        // them (上述工商银行), which hid the listed 工商银行 and which the arbiter drops beside no recognizer mention.
        const string text = "上述工商银行的负责人告诉记者，新业务下月推出。";
        var found = new PatternMentionSource(JiebaSegmenter.CreateDefault(), OnePageBuild.Yiwu).Find(text);
        var bank = Assert.Single(found, m => m.Kind == EntityKind.Organization);
        Assert.Equal(("工商银行", "company"), (bank.GetText(text), bank.FineType));
    }
}
