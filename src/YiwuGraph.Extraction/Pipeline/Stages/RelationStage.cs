using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>Relations between entities: <c>LOCATED_IN</c>, <c>PART_OF</c>, <c>SIGNED_WITH</c> (<see cref="RelationExtractor"/>).</summary>
public sealed class RelationStage(PlaceDirectory? places) : INewsStage
{
    public string Name => "relations";

    public NewsAnnotation Needs => NewsAnnotation.Entities | NewsAnnotation.EventArguments;

    public NewsAnnotation Adds => NewsAnnotation.Relations;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Relations = RelationExtractor.Find(document.Text, document.Entities, document.Events, places, document.Sentences);
    }
}
