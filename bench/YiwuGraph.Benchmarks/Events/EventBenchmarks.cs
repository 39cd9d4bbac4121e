using BenchmarkDotNet.Attributes;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Events;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Ner;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Benchmarks.Events;

/// <summary>
/// Single-thread cost of the trained trigger labeller over the seed pages, one article at a time as the pipeline
/// reads them (its tokens cut beforehand, as the tokenizer stage gives them). <c>Find</c> runs the labeller alone,
/// so its tables stay in cache from one article to the next; <c>NerThenFind</c> runs the news NER recognizer on
/// each article before the labeller, as <c>build</c> does, which evicts the labeller's tables, and <c>Ner</c> is
/// the recognizer alone: <c>NerThenFind − Ner</c> is what the labeller costs inside <c>build</c>. Run:
/// <c>dotnet run -c Release --project bench/YiwuGraph.Benchmarks -- --filter '*EventBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
public class EventBenchmarks
{
    private readonly List<(string Text, IReadOnlyList<TextRange> Sentences, List<Token> Tokens)> articles = [];
    private EventTriggerLabeller labeller = null!;
    private NewsEntityRecognizer recognizer = null!;

    [GlobalSetup]
    public void Setup()
    {
        labeller = EventModelStore.DefaultLabellerInstance;
        recognizer = NewsEntityRecognizer.Default;
        foreach (var path in Directory.GetFiles(Path.Combine(FindRoot().FullName, "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path);
            var tokens = new List<Token>();
            labeller.Segmenter.CutWithPos(text, tokens);
            articles.Add((text, TextSpans.Sentences(text), tokens));
        }

        Console.WriteLine($"// {articles.Count} seed pages, {articles.Sum(a => a.Text.Length)} characters per operation");
    }

    [Benchmark(Baseline = true)]
    public int Find()
    {
        var count = 0;
        foreach (var (text, sentences, tokens) in articles)
        {
            count += labeller.Find(text, sentences, tokens).Count;
        }

        return count;
    }

    [Benchmark]
    public int Ner()
    {
        var count = 0;
        foreach (var (text, _, _) in articles)
        {
            count += recognizer.Recognize(text).Count;
        }

        return count;
    }

    [Benchmark]
    public int NerThenFind()
    {
        var count = 0;
        foreach (var (text, sentences, tokens) in articles)
        {
            count += recognizer.Recognize(text).Count;
            count += labeller.Find(text, sentences, tokens).Count;
        }

        return count;
    }

    private static DirectoryInfo FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "YiwuGraph.sln")))
        {
            dir = dir.Parent;
        }

        return dir ?? throw new DirectoryNotFoundException("YiwuGraph.sln above " + AppContext.BaseDirectory);
    }
}
