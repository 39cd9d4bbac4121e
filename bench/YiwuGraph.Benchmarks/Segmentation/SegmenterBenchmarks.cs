using BenchmarkDotNet.Attributes;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Benchmarks.Segmentation;

/// <summary>
/// In-process throughput of the jieba-compatible segmenter on the seed pages (one call per line, like the CLI),
/// in characters per second = <c>Characters</c> / mean time, beside the peer jieba.NET 0.42.2 doing the same work in
/// the same run (<see cref="JiebaNetCut"/>, <see cref="JiebaNetPosseg"/>). Run:
/// <c>dotnet run -c Release --project bench/YiwuGraph.Benchmarks -- --filter '*SegmenterBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
public class SegmenterBenchmarks
{
    private readonly List<Token> tokens = new(4096);
    private readonly List<string> peerTokens = new(4096);
    private string[] lines = [];
    private JiebaSegmenter segmenter = null!;
    private JiebaNetPeer peer = null!;

    /// <summary>The number of characters one operation segments.</summary>
    public long Characters { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        segmenter = JiebaSegmenter.CreateDefault();
        peer = new JiebaNetPeer();
        // jieba.NET loads its dictionary on first use; do it here so no iteration pays for it.
        peer.Cut("义乌", peerTokens);
        peer.CutWithPos("义乌", peerTokens);
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

    /// <summary>The peer's cut (HMM on), the counterpart of <see cref="Cut"/>.</summary>
    [Benchmark]
    public int JiebaNetCut()
    {
        var count = 0;
        foreach (var line in lines)
        {
            peerTokens.Clear();
            count += peer.Cut(line, peerTokens);
        }

        return count;
    }

    /// <summary>The peer's posseg (HMM on), the counterpart of <see cref="CutWithPos"/>.</summary>
    [Benchmark]
    public int JiebaNetPosseg()
    {
        var count = 0;
        foreach (var line in lines)
        {
            peerTokens.Clear();
            count += peer.CutWithPos(line, peerTokens);
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
