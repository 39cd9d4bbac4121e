using BenchmarkDotNet.Attributes;
using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Benchmarks.Ner;

/// <summary>
/// Single-thread throughput of NER in characters per second = <c>Characters</c> / mean time:
/// <c>Tag</c> is the trained tagger including jieba segmentation and POS tagging (which its features need),
/// <c>Recognize</c> the whole news layer. The text is the MSRA dev set when ../shared/data/ner/dev.txt
/// is found, else the seed pages. Run:
/// <c>dotnet run -c Release --project bench/YiwuGraph.Benchmarks -- --filter '*NerBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    private string[] lines = [];
    private NerTagger tagger = null!;
    private NewsEntityRecognizer recognizer = null!;

    /// <summary>The number of characters one operation tags.</summary>
    public long Characters { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        recognizer = NewsEntityRecognizer.Default;
        tagger = recognizer.Tagger;
        var root = FindRoot();
        var dev = Path.Combine(root.Parent?.FullName ?? root.FullName, "shared", "data", "ner", "dev.txt");
        lines = File.Exists(dev)
            ? [.. ConllNerReader.ReadFile(dev).Select(s => s.Text)]
            : [.. Directory.GetFiles(Path.Combine(root.FullName, "seeds"), "*.txt").Order(StringComparer.Ordinal).SelectMany(File.ReadAllLines).Where(l => l.Length > 0)];
        Characters = lines.Sum(l => (long)l.Length);
        Console.WriteLine($"// {lines.Length} lines, {Characters} characters per operation ({(File.Exists(dev) ? "MSRA dev" : "seed pages")})");
    }

    [Benchmark(Baseline = true)]
    public int Tag()
    {
        var count = 0;
        foreach (var line in lines)
        {
            count += tagger.Tag(line).Count;
        }

        return count;
    }

    [Benchmark]
    public int Recognize()
    {
        var count = 0;
        foreach (var line in lines)
        {
            count += recognizer.Recognize(line).Count;
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
