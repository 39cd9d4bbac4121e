using YiwuGraph.Extraction.Recognition;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>
/// After the arbiter, the edges of every mention at brackets and quotation marks: a mention that holds half a pair is
/// the part outside the bracket (<see cref="UnpairedBrackets"/>: <c>荷兰女排青年军（二队参三队</c> is 荷兰女排青年军).
/// </summary>
public sealed class BracketEdgeStage : INewsStage
{
    public string Name => "bracket-edges";

    public NewsAnnotation Needs => NewsAnnotation.Mentions;

    public NewsAnnotation Adds => NewsAnnotation.Mentions;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Mentions = UnpairedBrackets.Trim(document.Text, document.Mentions);
    }
}
