namespace YiwuGraph.Extraction.Pipeline;

/// <summary>
/// A component of <see cref="NewsPipeline"/>: it reads the annotations it <see cref="Needs"/> and adds those it
/// <see cref="Adds"/> (spaCy's and Catalyst's pipeline components). A stage that rewrites an annotation an earlier
/// stage added (propagation over the decided mentions) both needs and adds it. Implementations are immutable and
/// thread-safe; all state of one text lives in its <see cref="NewsDocument"/>.
/// </summary>
public interface INewsStage
{
    /// <summary>A short name for listings and errors (<c>recognizer</c>, <c>arbiter</c>, <c>linker</c>).</summary>
    string Name { get; }

    NewsAnnotation Needs { get; }

    NewsAnnotation Adds { get; }

    void Annotate(NewsDocument document);
}
