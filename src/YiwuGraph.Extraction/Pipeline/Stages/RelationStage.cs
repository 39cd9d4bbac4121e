using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>Relations between entities: <c>LOCATED_IN</c>, <c>PART_OF</c>, <c>SIGNED_WITH</c> (<see cref="RelationExtractor"/>).</summary>
public sealed class RelationStage(PlaceDirectory? places, RelationExtractor extractor) : INewsStage
{
    /// <summary>The stage with the rules over the embedded lists.</summary>
    public RelationStage(PlaceDirectory? places)
        : this(places, RelationExtractor.Default)
    {
    }

    public string Name => "relations";

    public NewsAnnotation Needs => NewsAnnotation.Entities | NewsAnnotation.EventArguments;

    public NewsAnnotation Adds => NewsAnnotation.Relations;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Relations = extractor.Find(document.Text, document.Entities, document.Events, places, document.Sentences, document.PlaceAnchors);
    }
}
