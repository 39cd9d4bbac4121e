using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using YiwuGraph.Extraction.Pipeline;

namespace YiwuGraph.Cli.Commands;

/// <summary>
/// Progress of a merge on stderr, in the style of <see cref="BuildProgress"/>: megabytes of shard graphs read,
/// megabytes per second, and the time left. A merge reads every shard graph once, node sections then
/// relationship sections, and writes graph.jsonl as it reads, so the bytes read measure the work done.
/// </summary>
internal static class MergeProgress
{
    /// <summary>
    /// Shard graphs this large take some seconds to merge, enough for a bar: 334 MB of them merged in 6.6 s on the
    /// shared 2-core machine, 682 MB in 72 s under a heavier load.
    /// </summary>
    private const long BarBytes = 256L << 20;

    private static readonly TimeSpan LineEvery = TimeSpan.FromSeconds(10);

    /// <summary>Runs <paramref name="merge"/> on <paramref name="shards"/>, whose sections then report the bytes read.</summary>
    /// <param name="lines">Where <see cref="ProgressMode.Lines"/> go (the command's stderr).</param>
    public static T Run<T>(IReadOnlyList<ShardGraph> shards, ProgressMode mode, TextWriter lines, Func<IReadOnlyList<ShardGraph>, T> merge)
    {
        ArgumentNullException.ThrowIfNull(shards);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(merge);
        var total = shards.Sum(s => Math.Max(new FileInfo(s.Path).Length - s.Nodes.Offset, 0));
        if (mode == ProgressMode.None || (mode == ProgressMode.Bar && total < BarBytes))
        {
            return merge(shards);
        }

        var inv = CultureInfo.InvariantCulture;
        var clock = Stopwatch.StartNew();
        if (mode == ProgressMode.Lines)
        {
            var done = 0L;

            // The first report gives the first line at once; then one line every LineEvery.
            var last = -LineEvery;
            var reporter = new SynchronousProgress<long>(n =>
            {
                done += n;
                var now = clock.Elapsed;
                if (now - last >= LineEvery)
                {
                    last = now;
                    lines.WriteLine(Describe(shards.Count, done, total, now));
                }
            });
            var result = merge(Reporting(shards, reporter));
            lines.WriteLine(string.Create(inv, $"yiwugraph: {shards.Count} shard graphs ({done / 1e6:0.0} MB) merged and the output written in {clock.Elapsed:hh\\:mm\\:ss}"));
            return result;
        }

        var console = CommonOptions.ConsoleFor(Console.Error);
        T? outcome = default;
        CommonOptions.BytesProgress(console)
            .Start(ctx =>
            {
                var task = ctx.AddTask(string.Create(inv, $"Merging {shards.Count} shard graphs"), maxValue: Math.Max(total, 1));
                outcome = merge(Reporting(shards, new SynchronousProgress<long>(n => task.Increment(n))));
                task.Value = task.MaxValue;
            });
        return outcome!;
    }

    /// <summary>One progress line: shard graphs, megabytes read, the rate and the time left.</summary>
    internal static string Describe(int shards, long bytes, long total, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        var rate = bytes / seconds;
        var left = rate > 0 ? TimeSpan.FromSeconds(Math.Min(Math.Max(total - bytes, 0) / rate, TimeSpan.MaxValue.TotalSeconds / 2)) : (TimeSpan?)null;
        var eta = left is { } l ? l.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "?";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"yiwugraph: merging {shards} shard graphs, {bytes / 1e6:0.0}/{total / 1e6:0.0} MB read, {rate / 1e6:0.00} MB/s, ETA {eta}");
    }

    private static List<ShardGraph> Reporting(IReadOnlyList<ShardGraph> shards, IProgress<long> bytesRead) =>
        shards.Select(s => s with
        {
            Nodes = s.Nodes with { BytesRead = bytesRead },
            Relationships = s.Relationships with { BytesRead = bytesRead },
        }).ToList();
}
