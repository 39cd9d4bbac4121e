namespace YiwuGraph.Extraction.Pipeline;

/// <summary>
/// The extraction stage of YiwuGraph: an ordered list of <see cref="INewsStage"/>s run over one
/// <see cref="NewsDocument"/> at a time. The order is checked when the pipeline is made: every stage's needs must
/// be added by a stage before it. Immutable and thread-safe, so one pipeline serves every worker.
/// </summary>
public sealed class NewsPipeline
{
    public NewsPipeline(IEnumerable<INewsStage> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        Stages = [.. stages];
        var added = NewsAnnotation.None;
        foreach (var stage in Stages)
        {
            var missing = stage.Needs & ~added;
            if (missing != NewsAnnotation.None)
            {
                throw new ArgumentException(
                    $"Stage '{stage.Name}' needs {missing}, which no stage before it adds (stages: {string.Join(", ", Stages.Select(s => s.Name))}).",
                    nameof(stages));
            }

            added |= stage.Adds;
        }

        Provides = added;
    }

    public IReadOnlyList<INewsStage> Stages { get; }

    /// <summary>Every annotation a document has after <see cref="Run"/>.</summary>
    public NewsAnnotation Provides { get; }

    /// <summary>Runs every stage over <paramref name="document"/> and returns it.</summary>
    public NewsDocument Run(NewsDocument document) => Run(document, Provides);

    /// <summary>
    /// Runs the stages in order up to the last one that adds any of <paramref name="until"/> (recognition alone for
    /// a headline or for <c>ner --news</c>), so a stage that rewrites an annotation after it was first added runs too.
    /// </summary>
    public NewsDocument Run(NewsDocument document, NewsAnnotation until)
    {
        ArgumentNullException.ThrowIfNull(document);
        if ((until & ~Provides) != NewsAnnotation.None)
        {
            throw new ArgumentException($"No stage of this pipeline adds {until & ~Provides}.", nameof(until));
        }

        var last = -1;
        for (var i = 0; i < Stages.Count; i++)
        {
            if ((Stages[i].Adds & until) != NewsAnnotation.None)
            {
                last = i;
            }
        }

        for (var i = 0; i <= last; i++)
        {
            Stages[i].Annotate(document);
        }

        return document;
    }

    public override string ToString() => string.Join(" → ", Stages.Select(s => s.Name));
}
