using YiwuGraph.Graph;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Extraction.Pipeline;

/// <summary>What a build did: counts for the summary and the files it had to skip.</summary>
public sealed record BuildSummary(int Files, int Articles, IReadOnlyList<SkippedInput> Skipped, KnowledgeGraph Graph);

/// <summary>
/// Runs the pipeline over a corpus: read pages one at a time, split them into articles, and merge each article's
/// facts into one graph. Pages stream through; only the graph grows.
/// </summary>
public sealed class CorpusGraphBuilder
{
    public BuildSummary Build(IEnumerable<string> paths, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var reader = new CorpusReader(paths);
        var splitter = new ArticleSplitter(reader.DetectBanners());
        var graph = new KnowledgeGraph();
        var files = 0;
        var articles = 0;
        foreach (var document in reader.ReadAll())
        {
            cancellationToken.ThrowIfCancellationRequested();
            files++;
            foreach (var article in splitter.Split(document))
            {
                ArticleGraphMapper.AddArticle(graph, article);
                articles++;
            }

            progress?.Report(files);
        }

        return new BuildSummary(files, articles, reader.Skipped, graph);
    }

    /// <summary>How many input files a build over these paths will read (for progress bars).</summary>
    public static int CountFiles(IEnumerable<string> paths) => SourceReader.Enumerate(paths, []).Count;
}
