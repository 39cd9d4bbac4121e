using YiwuGraph.Extraction.Events;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Ner;
using YiwuGraph.Extraction.Pipeline.Stages;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Pipeline;

/// <summary>
/// The pipelines <c>build</c>, <c>ner --news</c> and the evaluation verbs run, assembled in one place so that they
/// cannot drift apart: recognition (the trained recognizer and the rules side by side, the arbiter between them),
/// then linking, then the facts.
/// </summary>
public static class NewsPipelines
{
    /// <summary>
    /// <c>tokenizer → recognizer → rules → arbiter → propagation → linker → positions → personnel-changes → events → trained-events → event-arguments → event-figures → relations</c>: what
    /// <c>build</c> runs over every article body.
    /// </summary>
    public static NewsPipeline Standard(IMentionSource recognizer, IMentionSource rules, HomeContext home, PlaceDirectory? places) =>
        new([.. Recognition(recognizer, rules), .. Facts(home, places)]);

    /// <summary>
    /// What <c>build</c> runs for one home: <see cref="Standard"/> with the shipped recognizer (its one-character
    /// persons and places included, which the linker ties to a full name of the article or drops) and the rules of
    /// that home, both reading the default segmenter's tokens.
    /// </summary>
    public static NewsPipeline ForBuild(HomeContext home, PlaceDirectory places) =>
        Standard(
            new RecognizerMentionSource(NewsEntityRecognizer.Default, oneCharacterShortForms: true),
            new PatternMentionSource(JiebaSegmenter.CreateDefault(), home, places),
            home,
            places);

    /// <summary>The same facts read from one mention source that decides alone (a plugged-in recognizer).</summary>
    public static NewsPipeline WithMentions(IMentionSource mentions, HomeContext home, PlaceDirectory? places) =>
        new([new MentionSourceStage(mentions), .. Facts(home, places)]);

    /// <summary>Recognition alone (<c>ner --news</c>): the mentions <c>build</c> would link, before linking.</summary>
    public static NewsPipeline RecognitionOnly(IMentionSource recognizer, IMentionSource rules) => new(Recognition(recognizer, rules));

    /// <summary>
    /// The recognizer and the rules with the arbiter after them, and before them the tokenizer when either reads
    /// tokens (the rules' segmenter; a recognizer with another one segments for itself).
    /// </summary>
    private static INewsStage[] Recognition(IMentionSource recognizer, IMentionSource rules)
    {
        var segmenter = (rules as ITokenMentionSource)?.Segmenter ?? (recognizer as ITokenMentionSource)?.Segmenter;
        INewsStage[] recognition = [new RecognizerStage(recognizer), new RuleStage(rules), new ArbiterStage(), new PropagationStage()];
        return segmenter is null ? recognition : [new TokenizerStage(segmenter), .. recognition];
    }

    private static INewsStage[] Facts(HomeContext home, PlaceDirectory? places) =>
    [
        new LinkerStage(new EntityResolver(home, places)),
        new PositionStage(new PositionExtractor(home)),
        new PersonnelChangeStage(PersonnelChangeReader.Default),
        new EventStage(new EventExtractor()),
        new TrainedEventStage(TrainedEventLayer.Default),
        new EventArgumentStage(),
        new EventFigureStage(EventFigureReader.Default),
        new RelationStage(places),
    ];
}
