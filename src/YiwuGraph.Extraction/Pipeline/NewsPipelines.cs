using YiwuGraph.Extraction.Events;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Ner;
using YiwuGraph.Extraction.Ner.News;
using YiwuGraph.Extraction.Pipeline.Stages;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Pipeline;

/// <summary>
/// The pipelines <c>build</c>, <c>ner --news</c> and the evaluation verbs run, assembled in one place so that they
/// cannot drift apart: recognition (the trained recognizer and the rules side by side, the arbiter between them),
/// then linking, then the facts. Every rule of a pipeline reads one <see cref="RuleLexicons"/>: the embedded lists
/// unless a caller passes others (<c>--lexicons</c>).
/// </summary>
public static class NewsPipelines
{
    /// <summary>
    /// The lists a pipeline reads from the embedded set whatever it is given: the event types and roles the trained
    /// event model was trained with, which a list cannot change without retraining it. An override of one of them
    /// would be silently ignored, so callers refuse it. Every other list is read from the pipeline's lists.
    /// </summary>
    public static IReadOnlySet<string> EmbeddedOnlyLexicons { get; } = new SortedSet<string>(StringComparer.Ordinal)
    {
        "event-roles.tsv", "event-type-roles.tsv", "event-types.tsv",
    };

    /// <summary>
    /// <c>tokenizer → recognizer → rules → arbiter → bracket-edges → place-edges → person-edges → work-titles → latin-names → teams → wire-outlets → propagation → short-names (with tokens) → linker → positions → personnel-changes → events → trained-events → event-arguments → event-sources → event-figures → relations → organization-units</c>: what
    /// <c>build</c> runs over every article body.
    /// </summary>
    public static NewsPipeline Standard(IMentionSource recognizer, IMentionSource rules, HomeContext home, PlaceDirectory? places, RuleLexicons? lexicons = null)
    {
        lexicons ??= RuleLexicons.Default;
        return new([.. Recognition(recognizer, rules, lexicons), .. Facts(home, places, lexicons)]);
    }

    /// <summary>
    /// What <c>build</c> runs for one home: <see cref="Standard"/> with the shipped recognizer (its one-character
    /// persons and places included, which the linker ties to a full name of the article or drops) and the rules of
    /// that home, both reading the default segmenter's tokens. With <paramref name="lexicons"/>, the rules read
    /// those lists and <paramref name="recognizer"/> should be the recognizer built with the same lists
    /// (<see cref="NewsEntityRecognizer.WithLexicons"/>); without, both use the embedded ones.
    /// </summary>
    public static NewsPipeline ForBuild(HomeContext home, PlaceDirectory places, RuleLexicons? lexicons = null, NewsEntityRecognizer? recognizer = null)
    {
        recognizer ??= NewsEntityRecognizer.Default;
        return Standard(
            new RecognizerMentionSource(recognizer, oneCharacterShortForms: true),
            new PatternMentionSource(recognizer.Segmenter, home, places, lexicons),
            home,
            places,
            lexicons);
    }

    /// <summary>
    /// Loads what <see cref="ForBuild"/> reads by default (the jieba dictionary, the gazetteer, the NER and event
    /// models, the word lists) on the thread pool, each on its own, so that the cores load them side by side (about
    /// a second one after the other) while the caller does other work. Idempotent: each is loaded once per process.
    /// </summary>
    public static Task LoadDefaultsAsync()
    {
        var segmenter = Task.Run(JiebaSegmenter.CreateDefault);
        var gazetteer = Task.Run(() => PlaceGazetteer.Default);
        var nerModel = Task.Run(() => NerModelStore.Default);
        var eventModel = Task.Run(() => EventModelStore.Default);
        var lexicons = Task.Run(() => (RuleLexicons.Default, OrganizationTypes.Default));
        var recognizer = Task.Run(async () =>
        {
            await Task.WhenAll(segmenter, gazetteer, nerModel).ConfigureAwait(false);
            return NewsEntityRecognizer.Default;
        });
        var events = Task.Run(async () =>
        {
            await Task.WhenAll(segmenter, eventModel, lexicons).ConfigureAwait(false);
            return TrainedEventLayer.Default;
        });
        return Task.WhenAll(recognizer, events, lexicons);
    }

    /// <summary>The same facts read from one mention source that decides alone (a plugged-in recognizer).</summary>
    public static NewsPipeline WithMentions(IMentionSource mentions, HomeContext home, PlaceDirectory? places, RuleLexicons? lexicons = null) =>
        new([new MentionSourceStage(mentions), .. Facts(home, places, lexicons ?? RuleLexicons.Default)]);

    /// <summary>Recognition alone (<c>ner --news</c>): the mentions <c>build</c> would link, before linking.</summary>
    public static NewsPipeline RecognitionOnly(IMentionSource recognizer, IMentionSource rules, RuleLexicons? lexicons = null) =>
        new(Recognition(recognizer, rules, lexicons ?? RuleLexicons.Default));

    /// <summary>
    /// The recognizer and the rules with the arbiter after them, and before them the tokenizer when either reads
    /// tokens (the rules' segmenter; a recognizer with another one segments for itself).
    /// </summary>
    private static INewsStage[] Recognition(IMentionSource recognizer, IMentionSource rules, RuleLexicons lexicons)
    {
        var segmenter = (rules as ITokenMentionSource)?.Segmenter ?? (recognizer as ITokenMentionSource)?.Segmenter;
        INewsStage[] recognition = [new RecognizerStage(recognizer), new RuleStage(rules), new ArbiterStage(lexicons.Names), new BracketEdgeStage(), new PlaceEdgeStage(Gazetteer.PlaceGazetteer.Default, lexicons), new PersonEdgeStage(lexicons, segmenter), new WorkTitleStage(lexicons), new LatinNameStage(lexicons), new TeamNameStage(lexicons, Gazetteer.PlaceGazetteer.Default, segmenter), new WireOutletStage(lexicons, Gazetteer.PlaceGazetteer.Default), new PropagationStage()];

        // Company brands are read only where they stand as whole words, so without tokens there are none.
        return segmenter is null
            ? recognition
            : [new TokenizerStage(segmenter), .. recognition, new ShortNameStage(lexicons, Gazetteer.PlaceGazetteer.Default)];
    }

    private static INewsStage[] Facts(HomeContext home, PlaceDirectory? places, RuleLexicons lexicons)
    {
        // One set of event rules per pipeline: the trained layer names its events with them, the argument reader
        // shares their venue and time tests (the embedded lists' are shared by every pipeline).
        var eventRules = EventExtractor.For(lexicons.Set);
        return
        [
            new LinkerStage(new EntityResolver(home, places, lexicons)),
            new PositionStage(new PositionExtractor(home, lexicons)),
            new PersonnelChangeStage(new PersonnelChangeReader(lexicons)),
            new EventStage(eventRules),
            new TrainedEventStage(TrainedEventLayer.For(lexicons.Set, eventRules)),
            new EventArgumentStage(EventArgumentReader.For(lexicons.Set, eventRules)),
            new EventSourceStage(lexicons),
            new EventFigureStage(new EventFigureReader(lexicons.Set.EventFigures)),
            new RelationStage(places, RelationExtractor.For(lexicons.Set)),
            new OrganizationUnitStage(lexicons),
        ];
    }
}
