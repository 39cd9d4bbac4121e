using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using YiwuGraph.Graph;
using YiwuGraph.Graph.Storage;
using YiwuGraph.Reports;

namespace YiwuGraph.Benchmarks.Reports;

/// <summary>
/// <c>report --all</c> on a generated 100,000-node graph (target: under a minute, under 2 GB). One cold run per
/// launch: the operation takes seconds, so statistics over many iterations add nothing. In process, because on a
/// busy machine BenchmarkDotNet's two-minute limit for building a separate runner was not enough. The graph is also
/// written as JSON lines beside the artifacts so the CLI can be timed end to end with <c>/usr/bin/time -v</c>.
/// Run: <c>dotnet run -c Release --project bench/YiwuGraph.Benchmarks -- --filter '*ReportAll*'</c>
/// </summary>
[Config(typeof(OneColdRun))]
[MemoryDiagnoser]
public class ReportAllBenchmarks
{
    private KnowledgeGraph graph = null!;
    private string outDirectory = null!;

    [Params(100_000)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        graph = SyntheticGraph.Create(Nodes);
        var folder = Path.Combine(Path.GetTempPath(), "yiwugraph-report-bench");
        Directory.CreateDirectory(folder);
        GraphJsonlWriter.Write(graph, Path.Combine(folder, $"graph-{Nodes}.jsonl"));
        outDirectory = Path.Combine(folder, "report");
        Console.WriteLine($"// generated {graph.NodeCount} nodes, {graph.RelationshipCount} relationships; jsonl in {folder}");
    }

    [Benchmark]
    public int ReportAll()
    {
        var summary = ReportWriter.WriteAll(graph, outDirectory);
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"// peak working set {self.PeakWorkingSet64 / (1024 * 1024)} MB after {summary.EntityPages} pages");
        return summary.EntityPages;
    }

    private sealed class OneColdRun : ManualConfig
    {
        public OneColdRun() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(0).WithIterationCount(1)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }
}
