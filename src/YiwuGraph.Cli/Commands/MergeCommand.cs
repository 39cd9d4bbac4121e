using System.CommandLine;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Pipeline;

namespace YiwuGraph.Cli.Commands;

/// <summary>
/// <c>yiwugraph merge SHARD_GRAPHS… [--out DIR] [--progress] [--quiet]</c>: combine the shard graphs of one partition (files
/// <c>shard-I-of-N.ygshard</c>, or folders holding them) into DIR/graph.jsonl and DIR/summary.txt, byte for byte
/// what a single <c>build</c> of the whole corpus writes. Streams: memory does not grow with the corpus. Shows its
/// progress on stderr as <c>build</c> does (<see cref="MergeProgress"/>).
/// </summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var shards = new Argument<string[]>("shard-graphs")
        {
            Description = "Shard graphs written by 'build --shard I/N' (.ygshard files, or folders holding them): every shard of one partition.",
            Arity = ArgumentArity.OneOrMore,
        };
        var outDir = new Option<string>("--out", "-o") { Description = "Output folder.", DefaultValueFactory = _ => "out" };
        var progress = CommonOptions.Progress();
        progress.Description = "Show progress on stderr even when it is not a terminal (a line every 10 s: MB of shard graphs read, MB/s, ETA), e.g. for batch logs.";
        var quiet = CommonOptions.Quiet();
        var command = new Command("merge", "Merge shard graphs into OUT/graph.jsonl, the same bytes as a single build.") { shards, outDir, progress, quiet };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var dir = OutputPaths.Folder("--out", parse.GetValue(outDir)!);
            var graphPath = Path.Combine(dir, "graph.jsonl");
            var files = ShardFiles(parse.GetValue(shards)!);
            var read = files.Select(ShardGraphFile.Read).ToList();
            var show = BuildProgress.Mode(parse.GetValue(quiet), parse.GetValue(progress));
            (BuildTally Tally, Graph.Storage.GraphCounts Counts) merged;
            try
            {
                merged = Cancellation.Keeping(
                    $"nothing written; {Cancellation.Unchanged(graphPath)}",
                    cancellationToken,
                    () => MergeProgress.Run(read, show, error, shardGraphs => StreamingBuild.Merge(shardGraphs, graphPath)));
            }
            catch (InvalidDataException ex)
            {
                throw new UsageException(ex.Message);
            }

            var text = BuildSummaryText.Render(merged.Tally, merged.Counts, graphPath);
            AtomicFile.WriteAllText(Path.Combine(dir, "summary.txt"), text);
            if (!parse.GetValue(quiet))
            {
                await output.WriteAsync(text).ConfigureAwait(false);
            }

            return await SkippedReport.WriteAsync(merged.Tally.Skipped, merged.Tally.PagesWithoutArticles.Select(p => p.Input).ToList(), error).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>The shard graph files named, folders expanded to the .ygshard files directly inside them (ordinal order).</summary>
    private static List<string> ShardFiles(string[] arguments)
    {
        var files = new List<string>();
        foreach (var a in arguments)
        {
            if (Directory.Exists(a))
            {
                var inside = Directory.EnumerateFiles(a, "*" + ShardGraphFile.Extension).Order(StringComparer.Ordinal).ToList();
                if (inside.Count == 0)
                {
                    throw new UsageException($"{a}: no shard graph (*{ShardGraphFile.Extension}) in this folder");
                }

                files.AddRange(inside);
            }
            else if (File.Exists(a))
            {
                files.Add(a);
            }
            else
            {
                throw new UsageException($"{a}: no such shard graph or folder");
            }
        }

        return files;
    }
}
