using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Cli.Commands;

/// <summary>How a long run shows its progress on stderr.</summary>
internal enum ProgressMode
{
    None,

    /// <summary>A live bar, on a terminal.</summary>
    Bar,

    /// <summary>A plain line every few seconds, for logs (<c>--progress</c> when stderr is not a terminal).</summary>
    Lines,
}

/// <summary>
/// Progress of a build on stderr (stdout carries the summary that scripts read): pages and bytes done, pages and
/// bytes per second, and the time left, estimated from the bytes per second so far.
/// </summary>
internal static class BuildProgress
{
    private const int BarFiles = 20;

    /// <summary>A page this large takes long enough alone to deserve a progress bar.</summary>
    private const long BarBytes = 1 << 20;

    private static readonly TimeSpan LineEvery = TimeSpan.FromSeconds(10);

    /// <summary>The mode for these flags: a bar only on a terminal unless <c>--progress</c> asks for lines anyway.</summary>
    public static ProgressMode Mode(bool quiet, bool forced)
    {
        if (quiet)
        {
            return ProgressMode.None;
        }

        if (!Console.IsErrorRedirected)
        {
            return ProgressMode.Bar;
        }

        return forced ? ProgressMode.Lines : ProgressMode.None;
    }

    /// <summary>Runs <paramref name="work"/> with progress reporters for bytes and pages done (null when nothing is shown).</summary>
    /// <param name="lines">Where <see cref="ProgressMode.Lines"/> go (the command's stderr).</param>
    public static T Run<T>(CorpusReader reader, ProgressMode mode, TextWriter lines, Func<IProgress<long>?, IProgress<int>?, T> work)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(work);
        var total = reader.TotalBytes;
        var files = reader.FileCount;
        var inv = CultureInfo.InvariantCulture;
        if (mode == ProgressMode.None || (mode == ProgressMode.Bar && files < BarFiles && total < BarBytes))
        {
            return work(null, null);
        }

        var clock = Stopwatch.StartNew();
        if (mode == ProgressMode.Lines)
        {
            var bytesDone = 0L;
            var pagesDone = 0;
            // The first page done gives the first line at once; then one line every LineEvery.
            var last = -LineEvery;
            var gate = new object();
            void Line()
            {
                lock (gate)
                {
                    var now = clock.Elapsed;
                    if (now - last < LineEvery)
                    {
                        return;
                    }

                    last = now;
                    lines.WriteLine(Describe(pagesDone, files, Interlocked.Read(ref bytesDone), total, now));
                }
            }

            var result = work(
                new SynchronousProgress<long>(n => { Interlocked.Exchange(ref bytesDone, n); Line(); }),
                new SynchronousProgress<int>(n => { pagesDone = n; Line(); }));
            lines.WriteLine(string.Create(inv, $"yiwugraph: {pagesDone}/{files} pages read and the output written in {clock.Elapsed:hh\\:mm\\:ss}"));
            return result;
        }

        var console = CommonOptions.ConsoleFor(Console.Error);
        T? outcome = default;
        CommonOptions.BytesProgress(console)
            .Start(ctx =>
            {
                var task = ctx.AddTask(string.Create(inv, $"Reading {files} files"), maxValue: Math.Max(total, 1));
                outcome = work(
                    new Progress<long>(n => task.Value = n),
                    new SynchronousProgress<int>(n =>
                    {
                        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                        task.Description = string.Create(inv, $"{n}/{files} pages, {n / seconds:0.0} pages/s");
                    }));
                task.Value = task.MaxValue;
            });
        return outcome!;
    }

    /// <summary>One progress line: pages, bytes, rates and the time left.</summary>
    internal static string Describe(int pages, int files, long bytes, long total, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        var rate = bytes / seconds;
        var left = rate > 0 ? TimeSpan.FromSeconds(Math.Min((total - bytes) / rate, TimeSpan.MaxValue.TotalSeconds / 2)) : (TimeSpan?)null;
        var eta = left is { } l ? l.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "?";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"yiwugraph: {pages}/{files} pages, {bytes / 1e6:0.0}/{total / 1e6:0.0} MB, {pages / seconds:0.0} pages/s, {rate / 1e6:0.00} MB/s, ETA {eta}");
    }
}

/// <summary>
/// Reports on the caller's thread: <see cref="Progress{T}"/> would post to the thread pool, out of order and
/// possibly after the run, when the writer is gone.
/// </summary>
internal sealed class SynchronousProgress<TValue>(Action<TValue> report) : IProgress<TValue>
{
    public void Report(TValue value) => report(value);
}
