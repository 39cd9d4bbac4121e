using YiwuGraph.Extraction.Events;
using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>
/// After the event arguments, who the article says reported each event (<see cref="ReportSources"/>:
/// <c>据新华社消息，…</c>, <c>记者从市公安局获悉，…</c>): <c>REPORTED</c>, never one of its parties.
/// </summary>
public sealed class EventSourceStage(RuleLexicons lexicons) : INewsStage
{
    private readonly ReportSources sources = new(lexicons.Set);

    public string Name => "event-sources";

    public NewsAnnotation Needs => NewsAnnotation.Entities | NewsAnnotation.EventArguments;

    public NewsAnnotation Adds => NewsAnnotation.EventSources;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        sources.Read(document.Text, document.Sentences, document.Entities, document.Events, document.CreditedReporters);
        document.MarkAnnotated(NewsAnnotation.EventSources);
    }
}
