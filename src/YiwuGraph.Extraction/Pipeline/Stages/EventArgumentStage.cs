using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>
/// Fills in each event's date (resolved against the publication date), signatories, organiser and the roles
/// people play (<see cref="EventArgumentReader"/>).
/// </summary>
public sealed class EventArgumentStage : INewsStage
{
    public string Name => "event-arguments";

    public NewsAnnotation Needs => NewsAnnotation.Entities | NewsAnnotation.Positions | NewsAnnotation.Events;

    public NewsAnnotation Adds => NewsAnnotation.EventArguments;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        EventArgumentReader.Read(document.Text, document.Dateline, document.Entities, document.Positions, document.Events, document.PublicationDate, document.Sentences);
        document.MarkAnnotated(NewsAnnotation.EventArguments);
    }
}
