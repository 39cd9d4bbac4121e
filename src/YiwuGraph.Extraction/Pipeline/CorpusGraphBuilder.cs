using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Extraction.Ner;
using YiwuGraph.Extraction.Ner.News;
using YiwuGraph.Graph;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Extraction.Pipeline;

/// <summary>
/// What a build did: counts for the summary, the files it had to skip, the home each paper was read with, the lines
/// dropped as page furniture and the pages read that gave no article (each with the reason).
/// </summary>
public sealed record BuildSummary(int Files, int Articles, IReadOnlyList<SkippedInput> Skipped, KnowledgeGraph Graph)
{
    /// <summary>The home city and province each paper was read with, and why.</summary>
    public IReadOnlyList<PaperHome> Homes { get; init; } = [];

    public int FurnitureLines { get; init; }

    public IReadOnlyList<SkippedInput> PagesWithoutArticles { get; init; } = [];
}

/// <summary>
/// Runs the pipeline over a corpus: read pages one at a time, split them into articles, read each article's facts
/// (in parallel, on all cores) and merge them into one graph in article order, so the output does not depend on
/// scheduling. Pages stream through; only the graph grows.
/// </summary>
public sealed class CorpusGraphBuilder
{
    private readonly HomeContext? home;
    private readonly IMentionSource? mentionSource;
    private readonly LexiconSet? lexiconSet;
    private readonly RuleLexicons lexicons = RuleLexicons.Default;
    private readonly OrganizationTypes organizationTypes = OrganizationTypes.Default;

    public CorpusGraphBuilder()
    {
    }

    /// <summary>
    /// A builder with a fixed home context and, optionally, another mention source (e.g. a statistical recognizer)
    /// and other word lists than the embedded ones (<c>--lexicons</c>), read by the rules and the recognizer's news layer.
    /// </summary>
    public CorpusGraphBuilder(HomeContext? home, IMentionSource? mentionSource = null, LexiconSet? lexicons = null)
    {
        this.home = home;
        this.mentionSource = mentionSource;
        if (lexicons is not null)
        {
            lexiconSet = lexicons;
            this.lexicons = new RuleLexicons(lexicons);
            organizationTypes = new OrganizationTypes(lexicons);
        }
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
        // The first pass reads every page once: banners, and the evidence each paper's home is decided from.
        var inference = new HomeInference(PlaceGazetteer.Default, lexicons);
        var prescan = reader.Prescan(home is null ? inference.Observe : null);
        var splitter = new ArticleSplitter(prescan.Banners);
        var homes = home is null
            ? inference.Decide()
            : [new PaperHome("all pages", home, "--home")];
        var extractors = ExtractorsByPaper(homes);
        var graph = new KnowledgeGraph();
        var files = 0;
        var articles = 0;
        var furnitureLines = 0;
        var withoutArticles = new List<SkippedInput>();
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
                var split = splitter.SplitPage(document);
                var published = PublicationDateResolver.Find(document.Text, split.Articles.Select(a => a.Text)).Date;
                // A page first read after the first pass (the folder changed meanwhile) is read with no home.
                var extractor = extractors.GetValueOrDefault(home is null ? inference.PaperOf(document) : homes[0].Paper) ?? extractors[string.Empty];
                var size = reader.SizeOf(document);
                var reported = 0L;
                var facts = split.Articles.Select(a =>
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
                return (Document: document, Split: split, Facts: facts, Unreported: size - reported);
            });
        foreach (var (document, split, facts, unreported) in pages)
        {
            files++;
            furnitureLines += split.FurnitureLines.Count;
            if (split.NoArticleReason is { } reason)
            {
                withoutArticles.Add(new SkippedInput(document.Path, $"no article: {reason}"));
            }

            foreach (var f in facts)
            {
                ArticleGraphMapper.AddArticle(graph, f.Article, document.Text, lexicons.Titles);
                FactGraphWriter.Write(graph, f, document.Text, organizationTypes);
                articles++;
            }

            Advance(unreported);
        }

        return new BuildSummary(files, articles, reader.Skipped, graph)
        {
            Homes = homes, FurnitureLines = furnitureLines, PagesWithoutArticles = withoutArticles,
        };
    }

    /// <summary>
    /// One extractor per paper, shared by the papers with the same home (the recognizer and the segmenter by all), and under the key
    /// <see cref="string.Empty"/> the one for pages with no home.
    /// </summary>
    private Dictionary<string, ArticleFactExtractor> ExtractorsByPaper(IReadOnlyList<PaperHome> homes)
    {
        var byHome = new Dictionary<(string?, string?), ArticleFactExtractor>();
        var recognizer = mentionSource is null && lexiconSet is not null ? NewsEntityRecognizer.Default.WithLexicons(lexiconSet) : null;
        ArticleFactExtractor ExtractorFor(HomeContext home)
        {
            if (!byHome.TryGetValue((home.City, home.Province), out var extractor))
            {
                var places = new PlaceDirectory(PlaceGazetteer.Default, home);
                var pipeline = mentionSource is null
                    ? NewsPipelines.ForBuild(home, places, lexicons, recognizer)
                    : NewsPipelines.WithMentions(mentionSource, home, places, lexicons);
                extractor = new ArticleFactExtractor(pipeline, home, lexicons);
                byHome.Add((home.City, home.Province), extractor);
            }

            return extractor;
        }

        var result = homes.ToDictionary(paper => paper.Paper, paper => ExtractorFor(paper.Home), StringComparer.Ordinal);
        result[string.Empty] = ExtractorFor(HomeContext.None);
        return result;
    }
}
