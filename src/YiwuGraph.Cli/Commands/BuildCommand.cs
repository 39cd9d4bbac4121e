using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Graph.Storage;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Cli.Commands;

/// <summary><c>yiwugraph build PATHS… [--out DIR] [--home PLACE] [--lexicons DIR] [--quiet]</c>: run the pipeline and write DIR/graph.jsonl.</summary>
internal static class BuildCommand
{
    private const int ProgressFiles = 20;

    /// <summary>A page this large takes long enough alone to deserve a progress bar.</summary>
    private const long ProgressBytes = 1 << 20;

    public static Command Create()
    {
        var paths = CommonOptions.InputPaths();
        var outDir = new Option<string>("--out", "-o") { Description = "Output folder.", DefaultValueFactory = _ => "out" };
        var home = new Option<string?>("--home")
        {
            Description = "Home city or county (e.g. 义乌市) that 我市, 市X and 省X refer to; inferred from the pages when not given.",
        };
        var lexicons = CommonOptions.Lexicons();
        var quiet = CommonOptions.Quiet();
        var command = new Command("build", "Build the knowledge graph from pages and write OUT/graph.jsonl.") { paths, outDir, home, lexicons, quiet };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var inputs = parse.GetValue(paths)!;
            var dir = OutputPaths.Folder("--out", parse.GetValue(outDir)!);
            var isQuiet = parse.GetValue(quiet);
            var builder = new CorpusGraphBuilder(HomeOption(parse.GetValue(home)), lexicons: CommonOptions.LoadLexicons(parse.GetValue(lexicons)));
            var graphPath = Path.Combine(dir, "graph.jsonl");
            var summaryPath = Path.Combine(dir, "summary.txt");
            var summary = Cancellation.Keeping(
                $"nothing written; {Cancellation.Unchanged(graphPath)}",
                cancellationToken,
                () => RunWithProgress(builder, inputs, isQuiet, cancellationToken));
            if (summary.Files == 0)
            {
                // Writing now would replace a good graph with an empty one because of a typo in a path.
                await SkippedReport.WriteAsync(summary.Skipped, error).ConfigureAwait(false);
                await error.WriteLineAsync($"yiwugraph: no page could be read from {string.Join(' ', inputs)}; nothing written, {Cancellation.Unchanged(graphPath)}").ConfigureAwait(false);
                return CliApp.ExitInputFailed;
            }

            // Past this point the run is not cancelled: the two files are written whole, each renamed into place.
            GraphJsonlWriter.Write(summary.Graph, graphPath);
            var text = BuildSummaryText.Render(summary, graphPath);
            AtomicFile.WriteAllText(summaryPath, text);
            if (!isQuiet)
            {
                await output.WriteAsync(text).ConfigureAwait(false);
            }

            return await SkippedReport.WriteAsync(summary.Skipped, summary.PagesWithoutArticles, error).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>The home context named by <c>--home</c>, or null to infer it; an unknown place is a usage error.</summary>
    private static HomeContext? HomeOption(string? value)
    {
        if (value is null)
        {
            return null;
        }

        return HomeContext.ForPlace(value, PlaceGazetteer.Default, out var problem)
            ?? throw new UsageException($"--home: {problem}");
    }

    private static BuildSummary RunWithProgress(CorpusGraphBuilder builder, string[] inputs, bool quiet, CancellationToken cancellationToken)
    {
        var reader = new CorpusReader(inputs);
        var total = reader.TotalBytes;

        // Only on a terminal, and on stderr: stdout carries the summary that scripts read.
        if (quiet || (reader.FileCount < ProgressFiles && total < ProgressBytes) || Console.IsErrorRedirected)
        {
            return builder.Build(reader, null, cancellationToken);
        }

        var console = CommonOptions.ConsoleFor(Console.Error);
        BuildSummary? result = null;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn { Culture = CultureInfo.InvariantCulture }, new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(string.Create(CultureInfo.InvariantCulture, $"Reading {reader.FileCount} files"), maxValue: Math.Max(total, 1));
                result = builder.Build(reader, new Progress<long>(n => task.Value = n), cancellationToken);
                task.Value = task.MaxValue;
            });
        return result!;
    }
}

/// <summary>The short plain-text summary a build prints and writes beside the graph.</summary>
internal static class BuildSummaryText
{
    public static string Render(BuildSummary summary, string graphPath)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new System.Text.StringBuilder();
        sb.AppendLine(string.Create(inv, $"Wrote {graphPath}"));
        sb.AppendLine(string.Create(inv, $"files read        {summary.Files}"));
        sb.AppendLine(string.Create(inv, $"files skipped     {summary.Skipped.Count}"));
        sb.AppendLine(string.Create(inv, $"articles          {summary.Articles}"));
        foreach (var paper in summary.Homes)
        {
            var place = paper.Home.City is null && paper.Home.Province is null
                ? "unknown"
                : string.Join(", ", new[] { paper.Home.City, paper.Home.Province }.OfType<string>());
            sb.AppendLine(string.Create(inv, $"home              {place} for {PaperName(paper.Paper)}: {paper.Reason}"));
        }

        sb.AppendLine(string.Create(inv, $"{summary.FurnitureLines} lines dropped as page furniture"));
        sb.AppendLine(string.Create(inv, $"nodes             {summary.Graph.NodeCount}"));
        foreach (var (label, count) in summary.Graph.CountNodesByLabel())
        {
            sb.AppendLine(string.Create(inv, $"  {label,-16}{count}"));
        }

        sb.AppendLine(string.Create(inv, $"relationships     {summary.Graph.RelationshipCount}"));
        foreach (var (type, count) in summary.Graph.CountRelationshipsByType())
        {
            sb.AppendLine(string.Create(inv, $"  {type,-16}{count}"));
        }

        foreach (var skipped in summary.Skipped)
        {
            sb.AppendLine(string.Create(inv, $"skipped {skipped.Path}: {skipped.Reason}"));
        }

        foreach (var page in summary.PagesWithoutArticles)
        {
            sb.AppendLine(string.Create(inv, $"{page.Path}: {page.Reason}"));
        }

        return sb.ToString();
    }

    /// <summary>A paper as a reader knows it: its masthead, or its folder (relative when under the working folder).</summary>
    private static string PaperName(string paper)
    {
        if (paper.StartsWith("masthead:", StringComparison.Ordinal))
        {
            return paper["masthead:".Length..];
        }

        if (!paper.StartsWith("folder:", StringComparison.Ordinal))
        {
            return paper;
        }

        var folder = paper["folder:".Length..];
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder);
        return relative.StartsWith("..", StringComparison.Ordinal) ? folder : relative;
    }
}
