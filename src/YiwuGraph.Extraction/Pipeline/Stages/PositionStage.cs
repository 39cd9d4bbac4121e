using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>Offices printed around a person's name (<see cref="PositionExtractor"/>).</summary>
public sealed class PositionStage(PositionExtractor positions) : INewsStage
{
    private readonly PositionExtractor positions = positions ?? throw new ArgumentNullException(nameof(positions));

    public string Name => "positions";

    public NewsAnnotation Needs => NewsAnnotation.Entities;

    public NewsAnnotation Adds => NewsAnnotation.Positions;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Positions = positions.Find(document.Text, document.Entities);
    }
}
