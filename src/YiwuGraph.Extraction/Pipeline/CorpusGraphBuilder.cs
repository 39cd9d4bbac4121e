using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Graph;
using YiwuGraph.Ingestion;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Pipeline;

/// <summary>What a build did: counts for the summary and the files it had to skip.</summary>
public sealed record BuildSummary(int Files, int Articles, IReadOnlyList<SkippedInput> Skipped, KnowledgeGraph Graph);

/// <summary>
/// Runs the pipeline over a corpus: read pages one at a time, split them into articles, read each article's facts
/// (in parallel, on all cores) and merge them into one graph in article order, so the output does not depend on
/// scheduling. Pages stream through; only the graph grows.
/// </summary>
public sealed class CorpusGraphBuilder
{
    /// <summary>How many pages the home context is inferred from (the first ones read).</summary>
    public const int HomeSamplePages = 64;

    private readonly HomeContext? home;
    private readonly IMentionSource? mentionSource;

    public CorpusGraphBuilder()
    {
    }

    /// <summary>A builder with a fixed home context and, optionally, another mention source (e.g. a statistical recognizer).</summary>
    public CorpusGraphBuilder(HomeContext? home, IMentionSource? mentionSource = null)
    {
        this.home = home;
        this.mentionSource = mentionSource;
    }

    public BuildSummary Build(IEnumerable<string> paths, IProgress<long>? progress = null, CancellationToken cancellationToken = default) =>
        Build(new CorpusReader(paths), progress, cancellationToken);

    /// <summary>
    /// Builds the graph of the pages <paramref name="reader"/> lists. <paramref name="progress"/> receives the bytes
    /// done out of <see cref="CorpusReader.TotalBytes"/>, also within a page, article by article, so that a single
    /// large page moves the bar too.
    /// </summary>
    public BuildSummary Build(CorpusReader reader, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var prescan = reader.Prescan(home is null ? HomeSamplePages : 0);
        var splitter = new ArticleSplitter(prescan.Banners);
        var homeContext = home ?? HomeContext.Infer(prescan.SampleTexts);
        var places = new PlaceDirectory(PlaceGazetteer.Default, homeContext);
        var mentions = mentionSource ?? new PatternMentionSource(JiebaSegmenter.CreateDefault(), homeContext, places);
        var extractor = new ArticleFactExtractor(mentions, homeContext, places);
        var graph = new KnowledgeGraph();
        var files = 0;
        var articles = 0;
        var bytesDone = 0L;
        // A share of a page's bytes per article extracted (by where the article ends in the page), added from the
        // workers as they go; the rest of the page when it is merged. Progress only, so order does not matter.
        void Advance(long bytes) => progress?.Report(Interlocked.Add(ref bytesDone, bytes));
        // Pages are split and read on all cores; their facts are merged into the graph in input order, as each
        // page is done, so the output does not depend on scheduling and only a few pages are in flight at a time.
        var pages = reader.ReadAll()
            .AsParallel()
            .AsOrdered()
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .WithCancellation(cancellationToken)
            .Select(document =>
            {
                var split = splitter.Split(document);
                var published = PublicationDateResolver.Find(document.Text, split.Select(a => a.Text)).Date;
                var size = reader.SizeOf(document);
                var reported = 0L;
                var facts = split.Select(a =>
                {
                    var extracted = extractor.Extract(a, published);
                    var end = a.SourceRanges.Count == 0 || document.Text.Length == 0 ? 0 : size * a.SourceRanges[^1].End / document.Text.Length;
                    if (end > reported)
                    {
                        Advance(end - reported);
                        reported = end;
                    }

                    return extracted;
                }).ToList();
                return (Document: document, Facts: facts, Unreported: size - reported);
            });
        foreach (var (document, facts, unreported) in pages)
        {
            files++;
            foreach (var f in facts)
            {
                ArticleGraphMapper.AddArticle(graph, f.Article, document.Text);
                FactGraphWriter.Write(graph, f, document.Text);
                articles++;
            }

            Advance(unreported);
        }

        return new BuildSummary(files, articles, reader.Skipped, graph);
    }
}
