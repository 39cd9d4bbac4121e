using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>Events found by their trigger words (<see cref="EventExtractor"/>).</summary>
public sealed class EventStage(EventExtractor events) : INewsStage
{
    private readonly EventExtractor events = events ?? throw new ArgumentNullException(nameof(events));

    public string Name => "events";

    public NewsAnnotation Needs => NewsAnnotation.Entities;

    public NewsAnnotation Adds => NewsAnnotation.Events;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Events = events.Find(document.Text, document.Entities, document.Sentences);
    }
}
