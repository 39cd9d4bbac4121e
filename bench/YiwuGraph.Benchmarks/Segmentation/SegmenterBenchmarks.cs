using BenchmarkDotNet.Attributes;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Benchmarks.Segmentation;

/// <summary>
/// In-process throughput of the jieba-compatible segmenter on the seed pages (one call per line, like the CLI),
/// in characters per second = <c>Characters</c> / mean time. Run:
/// <c>dotnet run -c Release --project bench/YiwuGraph.Benchmarks -- --filter '*SegmenterBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
public class SegmenterBenchmarks
{
    private readonly List<Token> tokens = new(4096);
    private string[] lines = [];
    private JiebaSegmenter segmenter = null!;

    /// <summary>The number of characters one operation segments.</summary>
    public long Characters { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        segmenter = JiebaSegmenter.CreateDefault();
        var seeds = FindSeeds();
        lines = [.. Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).SelectMany(File.ReadAllLines)];
        Characters = lines.Sum(l => (long)l.Length);
        Console.WriteLine($"// {lines.Length} lines, {Characters} characters per operation");
    }

    [Benchmark(Baseline = true)]
    public int Cut()
    {
        var count = 0;
        foreach (var line in lines)
        {
            tokens.Clear();
            segmenter.Cut(line, tokens);
            count += tokens.Count;
        }

        return count;
    }

    [Benchmark]
    public int CutNoHmm()
    {
        var count = 0;
        foreach (var line in lines)
        {
            tokens.Clear();
            segmenter.Cut(line, tokens, hmm: false);
            count += tokens.Count;
        }

        return count;
    }

    [Benchmark]
    public int CutWithPos()
    {
        var count = 0;
        foreach (var line in lines)
        {
            tokens.Clear();
            segmenter.CutWithPos(line, tokens);
            count += tokens.Count;
        }

        return count;
    }

    [Benchmark]
    public int CutForSearch()
    {
        var count = 0;
        foreach (var line in lines)
        {
            tokens.Clear();
            segmenter.CutForSearch(line, tokens);
            count += tokens.Count;
        }

        return count;
    }

    /// <summary>Loading the embedded dictionary (decompress, rebuild the trie, precompute log frequencies).</summary>
    [Benchmark]
    public int LoadDictionary()
    {
        using var stream = JiebaSegmenter.OpenResource("jieba.dict.bin");
        return JiebaDictionary.Load(stream).NodeCount;
    }

    private static string FindSeeds()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "seeds")))
        {
            dir = dir.Parent;
        }

        return dir is null ? throw new DirectoryNotFoundException("seeds/ above " + AppContext.BaseDirectory) : Path.Combine(dir.FullName, "seeds");
    }
}
