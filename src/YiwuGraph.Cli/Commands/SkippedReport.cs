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
}
