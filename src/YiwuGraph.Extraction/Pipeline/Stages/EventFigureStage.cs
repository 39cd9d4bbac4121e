using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>Each event's casualties and amount of money, read in the sentences it is reported in (<see cref="EventFigureReader"/>).</summary>
public sealed class EventFigureStage(EventFigureReader figures) : INewsStage
{
    private readonly EventFigureReader figures = figures ?? throw new ArgumentNullException(nameof(figures));

    public string Name => "event-figures";

    public NewsAnnotation Needs => NewsAnnotation.Events;

    public NewsAnnotation Adds => NewsAnnotation.EventFigures;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var e in document.Events)
        {
            e.Figures = figures.Read(document.Text, e.Type, [e.Evidence, .. e.Mentions.Select(m => m.Evidence)]);
        }

        document.MarkAnnotated(NewsAnnotation.EventFigures);
    }
}
