using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>The graph of the two annotated seed pages, built once for the golden-fact tests.</summary>
public sealed class SeedGraph
{
    public SeedGraph()
    {
        Sources = [RepoPaths.Seed("000"), RepoPaths.Seed("001")];
        Graph = new CorpusGraphBuilder().Build(Sources).Graph;
    }

    public IReadOnlyList<string> Sources { get; }

    public KnowledgeGraph Graph { get; }
}
