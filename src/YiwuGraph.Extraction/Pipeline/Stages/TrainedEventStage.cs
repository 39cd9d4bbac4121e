using YiwuGraph.Extraction.Events;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>
/// The trained trigger labeller adds the events of every kind of news to those the civic trigger rules found, with
/// the precedence <see cref="TrainedEventLayer"/> documents (the rules keep what they found).
/// </summary>
public sealed class TrainedEventStage(TrainedEventLayer layer) : INewsStage
{
    private readonly TrainedEventLayer layer = layer ?? throw new ArgumentNullException(nameof(layer));

    public string Name => "trained-events";

    public NewsAnnotation Needs => NewsAnnotation.Entities | NewsAnnotation.Events;

    public NewsAnnotation Adds => NewsAnnotation.Events;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // The pipeline's tokens when its tokenizer cut them with the labeller's segmenter: no second cut per article.
        var tokens = document.TokensOf(layer.Labeller.Segmenter);
        document.Events = layer.Add(document.Text, document.Entities, document.Events, tokens, document.Sentences,
            document.CreditedReporters);
    }
}
