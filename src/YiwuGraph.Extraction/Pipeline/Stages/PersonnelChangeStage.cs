using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>
/// Offices taken up, held and left (<see cref="PersonnelChangeReader"/>), added to the offices printed around names:
/// <c>任命张三为集团总裁</c> beside <c>集团总裁张三</c>. Both may read the same office; the graph keeps it once, with the change.
/// Then every office's title loses the modifiers of time it was printed with (<c>原局长</c>: the office 局长, held before).
/// </summary>
public sealed class PersonnelChangeStage(PersonnelChangeReader changes) : INewsStage
{
    private readonly PersonnelChangeReader changes = changes ?? throw new ArgumentNullException(nameof(changes));

    public string Name => "personnel-changes";

    public NewsAnnotation Needs => NewsAnnotation.Entities | NewsAnnotation.Positions;

    public NewsAnnotation Adds => NewsAnnotation.Positions;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var read = changes.Find(document.Text, document.Entities, document.Positions, document.PublicationDate);
        document.Positions = changes.WithoutTimeModifiers(read.Count > 0 ? [.. document.Positions, .. read] : document.Positions);
    }
}
