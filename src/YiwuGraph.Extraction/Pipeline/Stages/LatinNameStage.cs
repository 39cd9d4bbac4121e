using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>
/// After the arbiter, persons printed in Latin letters where no mention lies (<see cref="LatinPersonNames"/>):
/// <c>JohnParkes</c>, <c>负责人julia</c>, and the original name in brackets after a Chinese one.
/// </summary>
public sealed class LatinNameStage(RuleLexicons lexicons) : INewsStage
{
    private readonly LatinPersonNames names = new(lexicons);

    public string Name => "latin-names";

    public NewsAnnotation Needs => NewsAnnotation.Mentions;

    public NewsAnnotation Adds => NewsAnnotation.Mentions;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = names.Find(document.Text, document.Mentions);
        if (found.Count > 0)
        {
            document.Mentions = [.. document.Mentions.Concat(found).OrderBy(m => m.Range.Start)];
        }
    }
}
