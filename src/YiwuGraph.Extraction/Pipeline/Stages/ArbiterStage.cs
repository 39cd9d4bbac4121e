using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>Decides between the recognizer's and the rules' mentions with <see cref="MentionArbiter"/>'s precedence.</summary>
public sealed class ArbiterStage(NameLexicon names) : INewsStage
{
    private readonly NameLexicon names = names ?? throw new ArgumentNullException(nameof(names));

    /// <summary>An arbiter with the embedded name breakers.</summary>
    public ArbiterStage()
        : this(RuleLexicons.Default.Names)
    {
    }

    public string Name => "arbiter";

    public NewsAnnotation Needs => NewsAnnotation.RecognizerMentions | NewsAnnotation.RuleMentions;

    public NewsAnnotation Adds => NewsAnnotation.Mentions;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Mentions = MentionArbiter.Decide(document.Text, document.RecognizerMentions, document.RuleMentions, names);
    }
}
