using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Extraction.Ner;
using YiwuGraph.Extraction.Ner.News;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Graph;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Lexicons;

/// <summary>The rules, the news layer and build read the lists they are given, not the embedded ones.</summary>
public sealed class LexiconOverrideTests : IDisposable
{
    private static readonly HomeContext Yiwu = new("义乌市", "浙江省");

    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("yiwugraph-lexicon-override-");

    public void Dispose() => dir.Delete(recursive: true);

    [Fact]
    public void The_rules_read_titles_from_the_set_they_are_given()
    {
        const string Text = "据介绍，护林员张晓明每天巡山。";
        var lexicons = Override("titles.tsv", "# test\n护林员\toffice\n");
        var segmenter = JiebaSegmenter.CreateDefault();

        var embedded = new PatternMentionSource(segmenter, Yiwu).Find(Text);
        var overridden = new PatternMentionSource(segmenter, Yiwu, lexicons: new RuleLexicons(lexicons)).Find(Text);

        Assert.DoesNotContain(embedded, m => m.Kind == EntityKind.Person);
        Assert.Contains(overridden, m => m.Kind == EntityKind.Person && m.GetText(Text) == "张晓明");
    }

    [Fact]
    public void The_news_layer_reads_organisation_types_from_the_set_it_is_given()
    {
        const string Text = "义乌市商务局召开会议。";
        var lexicons = Override("organization-types.tsv", "# test\n局\tcompany\n");

        var embedded = NewsEntityRecognizer.Default.Recognize(Text).Single(m => m.Type == MentionType.Organization);
        var overridden = NewsEntityRecognizer.Default.WithLexicons(lexicons).Recognize(Text).Single(m => m.Type == MentionType.Organization);

        Assert.Equal(("义乌市商务局", "government"), (Text[embedded.Range.Start..embedded.Range.End], embedded.FineType));
        Assert.Equal(("义乌市商务局", "company"), (Text[overridden.Range.Start..overridden.Range.End], overridden.FineType));
    }

    [Fact]
    public void Build_with_an_override_set_writes_what_those_lists_say()
    {
        var pages = Directory.CreateDirectory(Path.Combine(dir.FullName, "pages"));
        File.WriteAllText(Path.Combine(pages.FullName, "a.txt"), "义乌市商务局召开会议。\n");
        var lexicons = Override("organization-types.tsv", "# test\n局\tcompany\n");

        string TypeOf(CorpusGraphBuilder builder) =>
            (string)builder.Build([pages.FullName], cancellationToken: TestContext.Current.CancellationToken).Graph
                .GetNode(NodeKeys.Create(NodeLabel.Organization, "义乌市商务局")).Properties["type"];

        Assert.Equal("government", TypeOf(new CorpusGraphBuilder(Yiwu)));
        Assert.Equal("company", TypeOf(new CorpusGraphBuilder(Yiwu, lexicons: lexicons)));
    }

    [Fact]
    public void The_company_patterns_read_industry_words_from_the_set_they_are_given()
    {
        const string Text = "本地的蓝海玩具等企业纷纷扩产。";
        // The embedded endings with one more industry word.
        var endings = string.Concat(LexiconSet.Default.OrganizationEndings.Entries.Select(e => $"{e.Word}\t{e.Class}\n"));
        var lexicons = Override("organization-endings.tsv", endings + "玩具\tindustry\n");
        var segmenter = JiebaSegmenter.CreateDefault();

        var embedded = new PatternMentionSource(segmenter, Yiwu).Find(Text);
        var overridden = new PatternMentionSource(segmenter, Yiwu, lexicons: new RuleLexicons(lexicons)).Find(Text);

        Assert.DoesNotContain(embedded, m => m.FineType == "company");
        Assert.Contains(overridden, m => m.FineType == "company" && m.GetText(Text) == "蓝海玩具");
    }

    [Fact]
    public void One_set_has_one_organisation_types_for_every_reader_and_another_set_its_own()
    {
        var lexicons = Override("organization-types.tsv", "# test\n局\tcompany\n");

        Assert.Same(OrganizationTypes.Of(lexicons), new RuleLexicons(lexicons).OrganizationTypes);
        Assert.Same(OrganizationUnits.Of(lexicons), new RuleLexicons(lexicons).OrganizationUnits);
        Assert.Same(NerLexicons.Of(lexicons), new RuleLexicons(lexicons).Surnames);
        Assert.NotSame(NerLexicons.Of(LexiconSet.Default), NerLexicons.Of(lexicons));
        Assert.Same(OrganizationTypes.Default, RuleLexicons.Default.OrganizationTypes);
        Assert.NotSame(OrganizationTypes.Default, OrganizationTypes.Of(lexicons));
        Assert.Equal("company", OrganizationTypes.Of(lexicons).Classify("义乌市商务局"));
        Assert.Equal("government", OrganizationTypes.Default.Classify("义乌市商务局"));
    }

    private LexiconSet Override(string name, string text)
    {
        var folder = dir.CreateSubdirectory(Path.GetFileNameWithoutExtension(name) + "-" + Guid.NewGuid().ToString("N")[..8]);
        File.WriteAllText(Path.Combine(folder.FullName, name), text);
        return LexiconSet.Load(folder.FullName);
    }
}
