using YiwuGraph.Extraction.Events;
using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>
/// Fills in each event's date (resolved against the publication date), signatories, organiser and the roles
/// people play (<see cref="EventArgumentReader"/>); no reporter the article credits nor a wire before its dateline
/// (<see cref="ReportCredits"/>) is a party.
/// </summary>
public sealed class EventArgumentStage(EventArgumentReader reader) : INewsStage
{
    /// <summary>The stage with the reader of the embedded lists.</summary>
    public EventArgumentStage()
        : this(EventArgumentReader.Default)
    {
    }

    public string Name => "event-arguments";

    public NewsAnnotation Needs => NewsAnnotation.Entities | NewsAnnotation.Positions | NewsAnnotation.Events;

    public NewsAnnotation Adds => NewsAnnotation.EventArguments;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        reader.Read(document.Text, document.Dateline, document.Entities, document.Positions, document.Events, document.PublicationDate, document.Sentences);

        // The reporters the article credits report its events and take part in none, whatever the rules read of the
        // clause that names them (本报东京电记者张祝基、于青报道：… made them attendees of the congress reported); nor
        // does the wire whose dateline opens the clause (新华社北京５月１４日电外交部发言人… made 新华社 a speaker).
        var credited = document.CreditedReporters;
        foreach (var e in document.Events)
        {
            e.Participants.RemoveAll(p => ReportCredits.IsCredited(p.Entity, credited) || ReportCredits.IsWireCredit(document.Text, p.Entity));
        }

        document.MarkAnnotated(NewsAnnotation.EventArguments);
    }
}
