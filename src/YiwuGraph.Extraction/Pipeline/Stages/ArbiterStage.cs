using YiwuGraph.Extraction.Recognition;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>Decides between the recognizer's and the rules' mentions with <see cref="MentionArbiter"/>'s precedence.</summary>
public sealed class ArbiterStage : INewsStage
{
    public string Name => "arbiter";

    public NewsAnnotation Needs => NewsAnnotation.RecognizerMentions | NewsAnnotation.RuleMentions;

    public NewsAnnotation Adds => NewsAnnotation.Mentions;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Mentions = MentionArbiter.Decide(document.Text, document.RecognizerMentions, document.RuleMentions);
    }
}
