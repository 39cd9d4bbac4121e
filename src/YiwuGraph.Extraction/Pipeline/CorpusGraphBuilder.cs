using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Extraction.Ner;
using YiwuGraph.Extraction.Ner.News;
using YiwuGraph.Graph;
using YiwuGraph.Graph.Storage;
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
/// (in parallel, on all cores) and merge them in article order, so the output does not depend on scheduling.
/// <see cref="Build(CorpusReader, IProgress{long}?, CancellationToken)"/> merges into one in-memory graph (small
/// corpora, evaluations); <see cref="BuildContributions"/> turns each article's facts into contributions for a
/// bounded-memory build or a shard (<see cref="StreamingBuild"/>), which fold into the same graph.
/// </summary>
public sealed class CorpusGraphBuilder
{
    private readonly HomeContext? home;
    private readonly IMentionSource? mentionSource;
    private readonly LexiconSet? lexiconSet;
    // Other lists than the embedded ones (--lexicons); the embedded ones load when a run is prepared, beside the models.
    private readonly RuleLexicons? customLexicons;
    private readonly AnonymousPersonNames? customAnonymousPersons;

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
            customLexicons = new RuleLexicons(lexicons);
            customAnonymousPersons = new AnonymousPersonNames(lexicons);
        }
    }

    private RuleLexicons Lexicons => customLexicons ?? RuleLexicons.Default;

    private OrganizationTypes OrganizationTypes => Lexicons.OrganizationTypes;

    private AnonymousPersonNames AnonymousPersons => customAnonymousPersons ?? AnonymousPersonNames.Default;

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
        var run = Prepare(reader);
        var graph = new KnowledgeGraph();
        var tally = new Tally();
        foreach (var page in run.ReadPages(reader, (_, facts) => facts, progress, cancellationToken))
        {
            tally.Count(page, reader);
            foreach (var f in page.Payload)
            {
                ArticleGraphMapper.AddArticle(graph, f.Article, page.Document.Text, Lexicons.Titles);
                FactGraphWriter.Write(graph, f, page.Document.Text, OrganizationTypes, AnonymousPersons);
                tally.Articles++;
            }

            page.Done();
        }

        return new BuildSummary(tally.Files, tally.Articles, reader.Skipped, graph)
        {
            Homes = run.Homes, FurnitureLines = tally.FurnitureLines, PagesWithoutArticles = tally.WithoutArticles.Select(p => p.Input).ToList(),
        };
    }

    /// <summary>
    /// Reads the pages <paramref name="reader"/> selects into <paramref name="spill"/> as contributions (each article's
    /// facts written into a journaled graph of their own, tagged with its place in the corpus), for a bounded-memory
    /// build or a shard: the graph itself is never held. What needs the whole corpus (banners, each paper's home) is
    /// decided first from every page listed, selected or not. Returns what a summary reports.
    /// </summary>
    /// <param name="pagesDone">Receives how many pages are done, as each is.</param>
    public BuildTally BuildContributions(
        CorpusReader reader,
        ContributionSpill spill,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default,
        IProgress<int>? pagesDone = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(spill);
        var run = Prepare(reader);
        var tally = new Tally();
        var pages = run.ReadPages(
            reader,
            (document, facts) =>
            {
                // On the worker: each article's own small graph, then its contributions, so the fold work is parallel too.
                var ordinal = reader.OrdinalOf(document);
                var nodes = new List<NodeContribution>();
                var relationships = new List<RelationshipContribution>();
                for (var i = 0; i < facts.Count; i++)
                {
                    var articleGraph = KnowledgeGraph.Journaled();
                    ArticleGraphMapper.AddArticle(articleGraph, facts[i].Article, document.Text, Lexicons.Titles);
                    FactGraphWriter.Write(articleGraph, facts[i], document.Text, OrganizationTypes, AnonymousPersons);
                    var (n, r) = GraphContributions.Of(articleGraph, new ArticleOrder(ordinal, i));
                    nodes.AddRange(n);
                    relationships.AddRange(r);
                }

                return (Articles: facts.Count, Nodes: nodes, Relationships: relationships);
            },
            progress,
            cancellationToken);
        foreach (var page in pages)
        {
            tally.Count(page, reader);
            spill.Add(page.Payload.Nodes, page.Payload.Relationships);
            tally.Articles += page.Payload.Articles;
            page.Done();
            pagesDone?.Report(tally.Files);
        }

        spill.Flush();
        return new BuildTally
        {
            Files = tally.Files,
            Articles = tally.Articles,
            FurnitureLines = tally.FurnitureLines,
            ListingSkipped = reader.ListingSkipped,
            ReadSkipped = reader.Skipped.Skip(reader.ListingSkipped.Count).Select(s => new ListedInput(reader.OrdinalOf(s.Path), s)).ToList(),
            PagesWithoutArticles = tally.WithoutArticles,
            Homes = run.Homes,
            Corpus = BuildTally.Fingerprint(reader.ListedNames),
        };
    }

    /// <summary>The first pass: banners and each paper's home, from every page listed; then one extractor per home.</summary>
    private PreparedRun Prepare(CorpusReader reader)
    {
        // The models and lists load meanwhile: the first pass needs only the gazetteer and the lists.
        var loading = mentionSource is null ? NewsPipelines.LoadDefaultsAsync() : Task.CompletedTask;

        // The first pass reads every page once: banners, and the evidence each paper's home is decided from.
        var inference = new HomeInference(PlaceGazetteer.Default, Lexicons);
        var prescan = reader.Prescan(home is null ? inference.Observe : null);
        var homes = home is null
            ? inference.Decide()
            : [new PaperHome("all pages", home, "--home")];
        loading.GetAwaiter().GetResult();
        return new PreparedRun(new ArticleSplitter(prescan.Banners), home is null ? inference : null, homes, ExtractorsByPaper(homes));
    }

    /// <summary>What every page of a run is read with: the splitter (with the corpus's banners), the homes, the extractors.</summary>
    private sealed record PreparedRun(ArticleSplitter Splitter, HomeInference? Inference, IReadOnlyList<PaperHome> Homes, Dictionary<string, ArticleFactExtractor> Extractors)
    {
        /// <summary>
        /// The pages read, split and their articles' facts read on all cores, then <paramref name="map"/>ped on the
        /// worker too, handed back in input order as each page is done, so the output does not depend on scheduling
        /// and only a few pages are in flight at a time.
        /// </summary>
        public IEnumerable<PageRead<T>> ReadPages<T>(
            CorpusReader reader,
            Func<SourceDocument, IReadOnlyList<ArticleFacts>, T> map,
            IProgress<long>? progress,
            CancellationToken cancellationToken)
        {
            var bytesDone = 0L;
            // A share of a page's bytes per article extracted (by where the article ends in the page), added from the
            // workers as they go; the rest of the page when it is done. Progress only, so order does not matter.
            void Advance(long bytes) => progress?.Report(Interlocked.Add(ref bytesDone, bytes));
            return reader.ReadAll()
                .AsParallel()
                .AsOrdered()
                .WithMergeOptions(ParallelMergeOptions.NotBuffered)
                .WithCancellation(cancellationToken)
                .Select(document =>
                {
                    var split = Splitter.SplitPage(document);
                    var published = PublicationDateResolver.Find(document.Text, split.Articles.Select(a => a.Text)).Date;
                    // A page first read after the first pass (the folder changed meanwhile) is read with no home.
                    var extractor = Extractors.GetValueOrDefault(Inference is null ? Homes[0].Paper : Inference.PaperOf(document)) ?? Extractors[string.Empty];
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
                    var unreported = size - reported;
                    return new PageRead<T>(document, split, map(document, facts), () => Advance(unreported));
                });
        }
    }

    /// <summary>One page read: the document, how it split, what the worker made of its facts; <see cref="Done"/> when merged.</summary>
    private sealed record PageRead<T>(SourceDocument Document, PageSplit Split, T Payload, Action Done);

    /// <summary>The counts a summary reports, kept as pages are merged in input order.</summary>
    private sealed class Tally
    {
        public int Files { get; private set; }

        public int Articles { get; set; }

        public int FurnitureLines { get; private set; }

        public List<ListedInput> WithoutArticles { get; } = [];

        public void Count<T>(PageRead<T> page, CorpusReader reader)
        {
            Files++;
            FurnitureLines += page.Split.FurnitureLines.Count;
            if (page.Split.NoArticleReason is { } reason)
            {
                WithoutArticles.Add(new ListedInput(reader.OrdinalOf(page.Document), new SkippedInput(page.Document.Path, $"no article: {reason}")));
            }
        }
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
                    ? NewsPipelines.ForBuild(home, places, Lexicons, recognizer)
                    : NewsPipelines.WithMentions(mentionSource, home, places, Lexicons);
                extractor = new ArticleFactExtractor(pipeline, home, Lexicons, places);
                byHome.Add((home.City, home.Province), extractor);
            }

            return extractor;
        }

        var result = homes.ToDictionary(paper => paper.Paper, paper => ExtractorFor(paper.Home), StringComparer.Ordinal);
        result[string.Empty] = ExtractorFor(HomeContext.None);
        return result;
    }
}
