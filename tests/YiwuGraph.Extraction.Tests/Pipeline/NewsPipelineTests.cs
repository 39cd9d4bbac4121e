using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Extraction.Pipeline.Stages;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Pipeline;

public sealed class NewsPipelineTests
{
    private const string Text = "市委书记叶帮锐在义乌市调研。";

    [Fact]
    public void A_stage_whose_needs_no_earlier_stage_adds_is_refused_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => new NewsPipeline([new ArbiterStage(), new RecognizerStage(new FixedMentions([]))]));

        Assert.Contains("'arbiter'", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(NewsAnnotation.RecognizerMentions), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_an_annotation_no_stage_has_added_throws()
    {
        var document = new NewsDocument(Text);

        Assert.Throws<InvalidOperationException>(() => document.Mentions);
        Assert.Equal(NewsAnnotation.None, document.Annotations);
    }

    [Fact]
    public void Build_runs_recognition_then_linking_then_the_facts()
    {
        var pipeline = NewsPipelines.Standard(new FixedMentions([]), new FixedMentions([]), HomeContext.None, null);
        var withTokens = NewsPipelines.Standard(
            new FixedMentions([]), new PatternMentionSource(YiwuGraph.Segmentation.JiebaSegmenter.CreateDefault()), HomeContext.None, null);

        Assert.StartsWith("tokenizer → recognizer → rules → arbiter → bracket-edges → place-edges → person-edges → work-titles → latin-names → teams → wire-outlets → propagation → short-names → linker", withTokens.ToString(), StringComparison.Ordinal);
        Assert.Equal(
            "recognizer → rules → arbiter → bracket-edges → place-edges → person-edges → work-titles → latin-names → teams → wire-outlets → propagation → linker → positions → personnel-changes → events → trained-events → event-arguments → event-sources → event-figures → relations → organization-units",
            pipeline.ToString());
    }

    [Fact]
    public void The_arbiter_stage_decides_between_the_recognizer_and_the_rules()
    {
        // The recognizer reads 霍尔果斯 alone; the rules read the zone whole from there, so their reading wins.
        const string text = "企业落户霍尔果斯综保区。";
        var model = new FixedMentions([new FactMention(new TextRange(4, 8), EntityKind.Place, 0.8)]);
        var rules = new FixedMentions([new FactMention(new TextRange(4, 11), EntityKind.Place, 0.9, "venue")]);
        var pipeline = NewsPipelines.RecognitionOnly(model, rules);

        var document = pipeline.Run(new NewsDocument(text), NewsAnnotation.Mentions);

        Assert.Equal(MentionArbiterOf(text, model, rules), document.Mentions);
        Assert.Equal(["霍尔果斯综保区"], document.Mentions.Select(m => m.GetText(text)));
    }

    [Fact]
    public void Running_until_an_annotation_stops_after_the_last_stage_that_adds_it()
    {
        var counting = new CountingStage();
        var pipeline = new NewsPipeline([new MentionSourceStage(new FixedMentions([])), counting, new LinkerStage(new EntityResolver(HomeContext.None))]);

        var document = pipeline.Run(new NewsDocument(Text), NewsAnnotation.Mentions);

        // The counting stage rewrites the mentions, so it runs; the linker does not.
        Assert.Equal(1, counting.Runs);
        Assert.Equal(NewsAnnotation.Mentions, document.Annotations);
        Assert.Throws<InvalidOperationException>(() => document.Entities);
        Assert.Throws<ArgumentException>(() => pipeline.Run(new NewsDocument(Text), NewsAnnotation.Events));
    }

    [Fact]
    public void The_relations_between_places_read_shared_names_by_the_places_the_linker_resolved_by()
    {
        // Tianjin's 和平区 comes first without context; the article's 沈阳 makes it Shenyang's, for the linker and the relations alike.
        const string text = "记者来到沈阳。在和平区，市民排队购票。";
        var places = new PlaceDirectory(Extraction.Gazetteer.PlaceGazetteer.Default, HomeContext.None);
        var mentions = new FixedMentions([
            new FactMention(new TextRange(text.IndexOf("沈阳", StringComparison.Ordinal), text.IndexOf("沈阳", StringComparison.Ordinal) + 2), EntityKind.Place, 0.9),
            new FactMention(new TextRange(text.IndexOf("和平区", StringComparison.Ordinal), text.IndexOf("和平区", StringComparison.Ordinal) + 3), EntityKind.Place, 0.9),
        ]);
        var pipeline = NewsPipelines.Standard(mentions, new FixedMentions([]), HomeContext.None, places);

        var document = pipeline.Run(new NewsDocument(text));

        Assert.Equal(places.Anchors(["沈阳"]), document.PlaceAnchors);
        Assert.NotEmpty(document.PlaceAnchors);
        Assert.Contains(document.Relations, r => r.Type == RelationshipTypes.PartOf && r.Head.Name == "和平区" && r.Tail.Name == "沈阳市");
    }

    [Fact]
    public void The_fact_extractor_refuses_a_pipeline_that_reads_no_facts()
    {
        var recognition = NewsPipelines.RecognitionOnly(new FixedMentions([]), new FixedMentions([]));

        var error = Assert.Throws<ArgumentException>(() => new ArticleFactExtractor(recognition, HomeContext.None));

        Assert.Contains(nameof(NewsAnnotation.Entities), error.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<FactMention> MentionArbiterOf(string text, IMentionSource model, IMentionSource rules) =>
        YiwuGraph.Extraction.Recognition.MentionArbiter.Decide(text, model.Find(text), rules.Find(text));

    [Fact]
    public void A_document_splits_its_sentences_once_for_every_stage()
    {
        var document = new NewsDocument("义乌召开会议。会议要求落实！\n下一段");
        var first = document.Sentences;
        Assert.Same(first, document.Sentences);
        Assert.Equal(TextSpans.Sentences(document.Text), first);
        Assert.Equal(["义乌召开会议。", "会议要求落实！", "下一段"], first.Select(r => document.Text[r.Start..r.End].Trim()));
    }

    private sealed class FixedMentions(IReadOnlyList<FactMention> mentions) : IMentionSource
    {
        public IReadOnlyList<FactMention> Find(string text) => mentions;
    }

    /// <summary>A stage that rewrites the mentions (as propagation does) and counts its runs.</summary>
    private sealed class CountingStage : INewsStage
    {
        public int Runs { get; private set; }

        public string Name => "counting";

        public NewsAnnotation Needs => NewsAnnotation.Mentions;

        public NewsAnnotation Adds => NewsAnnotation.Mentions;

        public void Annotate(NewsDocument document)
        {
            Runs++;
            document.Mentions = [.. document.Mentions];
        }
    }
}
