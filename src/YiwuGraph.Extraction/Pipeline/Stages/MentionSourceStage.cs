using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>
/// One mention source that decides alone (a custom recognizer plugged into <c>CorpusGraphBuilder</c>, or the rules
/// alone), in place of the recognizer, the rules and the arbiter.
/// </summary>
public sealed class MentionSourceStage(IMentionSource source) : INewsStage
{
    private readonly IMentionSource source = source ?? throw new ArgumentNullException(nameof(source));

    public string Name => "mentions";

    public NewsAnnotation Needs => NewsAnnotation.None;

    public NewsAnnotation Adds => NewsAnnotation.Mentions;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Mentions = source.Find(document.Text);
    }
}
