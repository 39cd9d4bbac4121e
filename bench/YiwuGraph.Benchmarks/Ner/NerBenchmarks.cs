using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using YiwuGraph.Extraction.Ner;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Benchmarks.Ner;

/// <summary>
/// Single-thread NER throughput, in the <c>M chars/s</c> column (characters per operation / median time):
/// <c>Tag</c> is the trained tagger including jieba segmentation and POS tagging (which its features need),
/// <c>Recognize</c> the whole news layer, and <c>Segment</c> jieba's POS segmentation alone, the part of
/// <c>Tag</c> that is not the model (measured in the same run). The text is the MSRA dev set when
/// ../shared/data/ner/dev.txt is found, else the seed pages. Run:
/// <c>dotnet run -c Release --project bench/YiwuGraph.Benchmarks -- --filter '*NerBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class NerBenchmarks
{
    private readonly List<Token> tokens = [];
    private string[] lines = [];
    private NerTagger tagger = null!;
    private NewsEntityRecognizer recognizer = null!;
    private JiebaSegmenter segmenter = null!;

    [GlobalSetup]
    public void Setup()
    {
        recognizer = NewsEntityRecognizer.Default;
        tagger = recognizer.Tagger;
        segmenter = JiebaSegmenter.CreateDefault();
        lines = NerBenchmarkText.Lines;
        Console.WriteLine($"// {lines.Length} lines, {NerBenchmarkText.Characters} characters per operation ({NerBenchmarkText.Source})");
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

    [Benchmark]
    public int Segment()
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

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            AddColumn(StatisticColumn.Median, new CharsPerSecondColumn());
        }
    }

    /// <summary>Millions of characters per second at the median time of one operation.</summary>
    private sealed class CharsPerSecondColumn : IColumn
    {
        public string Id => nameof(CharsPerSecondColumn);

        public string ColumnName => "M chars/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Millions of characters tagged per second (characters per operation / median)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var median = summary[benchmarkCase]?.ResultStatistics?.Median;
            return median is > 0 ? (NerBenchmarkText.Characters / median.Value * 1e3).ToString("F2", System.Globalization.CultureInfo.InvariantCulture) : "-";
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}

/// <summary>The benchmark text, loaded the same way in the host process (for the column) and in the benchmark.</summary>
internal static class NerBenchmarkText
{
    private static readonly Lazy<(string[] Lines, string Source)> Loaded = new(Load);

    public static string[] Lines => Loaded.Value.Lines;

    public static string Source => Loaded.Value.Source;

    public static long Characters => Lines.Sum(l => (long)l.Length);

    private static (string[] Lines, string Source) Load()
    {
        var root = FindRoot();
        var dev = Path.Combine(root.Parent?.FullName ?? root.FullName, "shared", "data", "ner", "dev.txt");
        return File.Exists(dev)
            ? ([.. ConllNerReader.ReadFile(dev).Select(s => s.Text)], "MSRA dev")
            : ([.. Directory.GetFiles(Path.Combine(root.FullName, "seeds"), "*.txt").Order(StringComparer.Ordinal).SelectMany(File.ReadAllLines).Where(l => l.Length > 0)], "seed pages");
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
