using YiwuGraph.Extraction.Recognition;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>
/// Article-level propagation after the arbiter: a name found with confidence labels its other occurrences in the
/// same text that no mention covers (<see cref="MentionPropagation"/>), so that every sighting is evidence.
/// </summary>
public sealed class PropagationStage : INewsStage
{
    public string Name => "propagation";

    public NewsAnnotation Needs => NewsAnnotation.Mentions;

    public NewsAnnotation Adds => NewsAnnotation.Mentions;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Mentions = MentionPropagation.Propagate(document.Text, document.Mentions);
    }
}
