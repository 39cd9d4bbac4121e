using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>
/// Links the decided mentions to canonical entities in one place: canonical names, short forms and aliases within
/// the text, the paper's home (<c>我市</c>, <c>市委</c>) and the gazetteer (<see cref="EntityResolver"/>).
/// </summary>
public sealed class LinkerStage(EntityResolver resolver) : INewsStage
{
    private readonly EntityResolver resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));

    public string Name => "linker";

    public NewsAnnotation Needs => NewsAnnotation.Mentions;

    public NewsAnnotation Adds => NewsAnnotation.Entities;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.PlaceAnchors = resolver.PlaceAnchors(document.Text, document.Mentions);
        document.Entities = resolver.Resolve(document.Text, document.Mentions, document.Source, document.DefinedShortNamesBy(resolver.ShortNameDefinitions), document.PlaceAnchors);
    }
}
