using YiwuGraph.Extraction.Events;
using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>
/// Fills in each event's date (resolved against the publication date), signatories, organiser and the roles
/// people play (<see cref="EventArgumentReader"/>); no reporter the article credits (<see cref="ReportCredits"/>) is a party.
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

        // The reporters the article credits report its events and take part in none, whatever the rules read of the
        // clause that names them (本报东京电记者张祝基、于青报道：… made them attendees of the congress reported).
        var credited = document.CreditedReporters;
        foreach (var e in document.Events)
        {
            e.Participants.RemoveAll(p => ReportCredits.IsCredited(p.Entity, credited));
        }

        document.MarkAnnotated(NewsAnnotation.EventArguments);
    }
}
