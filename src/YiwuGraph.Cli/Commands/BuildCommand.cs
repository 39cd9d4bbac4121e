using System.CommandLine;
using System.Globalization;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Graph.Storage;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Cli.Commands;

/// <summary>
/// <c>yiwugraph build PATHS… [--out DIR] [--home PLACE] [--lexicons DIR] [--shard I/N [--skip-existing]] [--progress] [--quiet]</c>:
/// run the pipeline and write DIR/graph.jsonl, or with <c>--shard</c> the shard graph DIR/shard-I-of-N.ygshard
/// that <c>yiwugraph merge</c> combines. Memory stays bounded: contributions spill in sorted runs to a scratch folder
/// inside DIR, removed at the end.
/// </summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.InputPaths();
        var outDir = new Option<string>("--out", "-o") { Description = "Output folder.", DefaultValueFactory = _ => "out" };
        var home = new Option<string?>("--home")
        {
            Description = "Home city or county (e.g. 义乌市) that 我市, 市X and 省X refer to; inferred from the pages when not given.",
        };
        var lexicons = CommonOptions.Lexicons();
        var shard = new Option<string?>("--shard")
        {
            Description = "Build only shard I of N (e.g. 3/8: the pages whose relative path hashes to 3 modulo 8) into OUT/shard-I-of-N.ygshard, for 'yiwugraph merge'.",
        };
        var skipExisting = new Option<bool>("--skip-existing")
        {
            Description = "With --shard: do nothing when OUT already holds this shard's complete graph of the same corpus (to resume an interrupted sharded run).",
        };
        var progress = CommonOptions.Progress();
        var quiet = CommonOptions.Quiet();
        var command = new Command("build", "Build the knowledge graph from pages and write OUT/graph.jsonl (or a shard graph with --shard).")
        {
            paths, outDir, home, lexicons, shard, skipExisting, progress, quiet,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var inputs = parse.GetValue(paths)!;
            var dir = OutputPaths.Folder("--out", parse.GetValue(outDir)!);
            var isQuiet = parse.GetValue(quiet);
            var shardSpec = ShardOption(parse.GetValue(shard));
            if (parse.GetValue(skipExisting) && shardSpec is null)
            {
                throw new UsageException("--skip-existing: only with --shard (a whole build always writes its graph)");
            }

            var builder = new CorpusGraphBuilder(HomeOption(parse.GetValue(home)), lexicons: CommonOptions.LoadLexicons(parse.GetValue(lexicons)));
            var show = BuildProgress.Mode(isQuiet, parse.GetValue(progress));
            var scratch = Path.Combine(dir, $".yiwugraph-runs-{Guid.NewGuid():N}");
            if (shardSpec is { } spec)
            {
                return await BuildShardAsync(builder, inputs, spec, dir, scratch, parse.GetValue(skipExisting), isQuiet, show, output, error, cancellationToken).ConfigureAwait(false);
            }

            var graphPath = Path.Combine(dir, "graph.jsonl");
            var summaryPath = Path.Combine(dir, "summary.txt");
            var dirExisted = Directory.Exists(dir);
            var reader = new CorpusReader(inputs);
            if (reader.FileCount == 0)
            {
                // Writing now would replace a good graph with an empty one because of a typo in a path.
                return await NothingReadAsync(reader.ListingSkipped, inputs, graphPath, error).ConfigureAwait(false);
            }

            // graph.jsonl is renamed into place only when whole: a failed or cancelled run leaves the earlier one as it was.
            var (tally, counts) = Cancellation.Keeping(
                $"nothing written; {Cancellation.Unchanged(graphPath)}",
                cancellationToken,
                () => BuildProgress.Run(reader, show, error, (bytes, pages) => StreamingBuild.BuildGraph(builder, reader, graphPath, scratch, bytes, cancellationToken, pages)));
            if (tally.Files == 0)
            {
                // The scratch runs' folder made --out; leave no trace of a run that wrote nothing.
                if (!dirExisted && Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any())
                {
                    Directory.Delete(dir);
                }

                return await NothingReadAsync(tally.Skipped, inputs, graphPath, error).ConfigureAwait(false);
            }

            var text = BuildSummaryText.Render(tally, counts, graphPath);
            AtomicFile.WriteAllText(summaryPath, text);
            if (!isQuiet)
            {
                await output.WriteAsync(text).ConfigureAwait(false);
            }

            return await SkippedReport.WriteAsync(tally.Skipped, tally.PagesWithoutArticles.Select(p => p.Input).ToList(), error).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> BuildShardAsync(
        CorpusGraphBuilder builder,
        string[] inputs,
        ShardSpec spec,
        string dir,
        string scratch,
        bool skipExisting,
        bool quiet,
        ProgressMode show,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        var shardPath = Path.Combine(dir, spec.FileName);
        var reader = new CorpusReader(inputs, spec.Contains);
        var corpus = BuildTally.Fingerprint(reader.ListedNames);
        if (skipExisting && ShardGraphFile.IsComplete(shardPath, spec, corpus))
        {
            if (!quiet)
            {
                await output.WriteLineAsync($"{shardPath} is complete for this corpus: skipped").ConfigureAwait(false);
            }

            return CliApp.ExitOk;
        }

        if (reader.ListedCount == 0)
        {
            return await NothingReadAsync(reader.ListingSkipped, inputs, shardPath, error).ConfigureAwait(false);
        }

        // A shard may hold no page at all (more shards than pages): its graph is then empty, and the merge needs it all the same.
        var tally = Cancellation.Keeping(
            $"nothing written; {Cancellation.Unchanged(shardPath)}",
            cancellationToken,
            () => BuildProgress.Run(reader, show, error, (bytes, pages) => StreamingBuild.BuildShard(builder, reader, spec, shardPath, scratch, bytes, cancellationToken, pages)));
        if (!quiet)
        {
            var inv = CultureInfo.InvariantCulture;
            await output.WriteLineAsync(string.Create(inv, $"Wrote {shardPath}")).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(inv, $"shard             {spec} of {reader.ListedCount} files listed")).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(inv, $"files read        {tally.Files}")).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(inv, $"articles          {tally.Articles}")).ConfigureAwait(false);
        }

        return await SkippedReport.WriteAsync(tally.ReadSkipped.Select(s => s.Input).ToList(), tally.PagesWithoutArticles.Select(p => p.Input).ToList(), error).ConfigureAwait(false);
    }

    private static async Task<int> NothingReadAsync(IReadOnlyList<SkippedInput> skipped, string[] inputs, string path, TextWriter error)
    {
        await SkippedReport.WriteAsync(skipped, error).ConfigureAwait(false);
        await error.WriteLineAsync($"yiwugraph: no page could be read from {string.Join(' ', inputs)}; nothing written, {Cancellation.Unchanged(path)}").ConfigureAwait(false);
        return CliApp.ExitInputFailed;
    }

    private static ShardSpec? ShardOption(string? value)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return ShardSpec.Parse(value);
        }
        catch (FormatException ex)
        {
            throw new UsageException($"--shard: {ex.Message}");
        }
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
}

/// <summary>The short plain-text summary a build prints and writes beside the graph.</summary>
internal static class BuildSummaryText
{
    public static string Render(BuildTally tally, GraphCounts counts, string graphPath)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(counts);
        var inv = CultureInfo.InvariantCulture;
        var sb = new System.Text.StringBuilder();
        sb.AppendLine(string.Create(inv, $"Wrote {graphPath}"));
        sb.AppendLine(string.Create(inv, $"files read        {tally.Files}"));
        sb.AppendLine(string.Create(inv, $"files skipped     {tally.Skipped.Count}"));
        sb.AppendLine(string.Create(inv, $"articles          {tally.Articles}"));
        foreach (var paper in tally.Homes)
        {
            var place = paper.Home.City is null && paper.Home.Province is null
                ? "unknown"
                : string.Join(", ", new[] { paper.Home.City, paper.Home.Province }.OfType<string>());
            sb.AppendLine(string.Create(inv, $"home              {place} for {PaperName(paper.Paper)}: {paper.Reason}"));
        }

        sb.AppendLine(string.Create(inv, $"{tally.FurnitureLines} lines dropped as page furniture"));
        sb.AppendLine(string.Create(inv, $"nodes             {counts.Nodes}"));
        foreach (var (label, count) in counts.NodesByLabel)
        {
            sb.AppendLine(string.Create(inv, $"  {label,-16}{count}"));
        }

        sb.AppendLine(string.Create(inv, $"relationships     {counts.Relationships}"));
        foreach (var (type, count) in counts.RelationshipsByType)
        {
            sb.AppendLine(string.Create(inv, $"  {type,-16}{count}"));
        }

        foreach (var skipped in tally.Skipped)
        {
            sb.AppendLine(string.Create(inv, $"skipped {skipped.Path}: {skipped.Reason}"));
        }

        foreach (var page in tally.PagesWithoutArticles.Select(p => p.Input))
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
