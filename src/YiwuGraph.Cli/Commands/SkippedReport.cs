using YiwuGraph.Ingestion;

namespace YiwuGraph.Cli.Commands;

/// <summary>Reports skipped input files, one line each, and turns them into the exit code.</summary>
internal static class SkippedReport
{
    public static async Task<int> WriteAsync(IReadOnlyList<SkippedInput> skipped, TextWriter error)
    {
        foreach (var s in skipped)
        {
            await error.WriteLineAsync($"yiwugraph: skipped {s.Path}: {s.Reason}").ConfigureAwait(false);
        }

        return skipped.Count > 0 ? CliApp.ExitInputFailed : CliApp.ExitOk;
    }

    /// <summary>Also reports pages that were read but gave nothing (e.g. no article), one line each; they fail the run too.</summary>
    public static async Task<int> WriteAsync(IReadOnlyList<SkippedInput> skipped, IReadOnlyList<SkippedInput> empty, TextWriter error)
    {
        var code = await WriteAsync(skipped, error).ConfigureAwait(false);
        foreach (var e in empty)
        {
            await error.WriteLineAsync($"yiwugraph: {e.Path}: {e.Reason}").ConfigureAwait(false);
        }

        return empty.Count > 0 ? CliApp.ExitInputFailed : code;
    }
}
