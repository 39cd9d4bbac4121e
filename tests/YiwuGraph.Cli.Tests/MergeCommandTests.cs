namespace YiwuGraph.Cli.Tests;

public sealed class MergeCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("yiwugraph-merge-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public async Task Shards_built_apart_merge_into_the_graph_and_summary_of_a_single_build()
    {
        var ct = TestContext.Current.CancellationToken;
        var (single, _, _) = await Run("build", RepoPaths.Seeds, "--out", Path.Combine(dir, "single"), "--quiet");
        var shards = Path.Combine(dir, "shards");
        foreach (var i in new[] { 2, 0, 1 })
        {
            var (code, output, _) = await Run("build", RepoPaths.Seeds, "--shard", $"{i}/3", "--out", shards);
            Assert.Equal(0, code);
            Assert.Contains($"shard             {i}/3 of 5 files listed", output, StringComparison.Ordinal);
        }

        var (merged, mergeOutput, error) = await Run("merge", shards, "--out", Path.Combine(dir, "merged"));

        Assert.Equal([0, 0], new[] { single, merged });
        Assert.Equal(string.Empty, error);
        Assert.Equal(3, Directory.GetFiles(shards, "*.ygshard").Length);
        Assert.Empty(Directory.GetFileSystemEntries(shards, ".*"));
        Assert.Equal(
            await File.ReadAllBytesAsync(Path.Combine(dir, "single", "graph.jsonl"), ct),
            await File.ReadAllBytesAsync(Path.Combine(dir, "merged", "graph.jsonl"), ct));
        var singleSummary = await File.ReadAllLinesAsync(Path.Combine(dir, "single", "summary.txt"), ct);
        var mergedSummary = await File.ReadAllLinesAsync(Path.Combine(dir, "merged", "summary.txt"), ct);
        Assert.Equal(singleSummary[1..], mergedSummary[1..]);
        Assert.Contains("articles          27", mergeOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_of_a_merge_asked_for_off_a_terminal_is_plain_lines_on_stderr_and_changes_no_output()
    {
        var ct = TestContext.Current.CancellationToken;
        var shards = Path.Combine(dir, "shards");
        foreach (var i in new[] { 0, 1, 2 })
        {
            Assert.Equal(0, (await Run("build", RepoPaths.Seeds, "--shard", $"{i}/3", "--out", shards, "--quiet")).Code);
        }

        var (plainCode, plainOutput, plainError) = await Run("merge", shards, "--out", Path.Combine(dir, "plain"));
        var (code, output, error) = await Run("merge", shards, "--out", Path.Combine(dir, "shown"), "--progress");

        Assert.Equal([0, 0], new[] { plainCode, code });
        Assert.Equal(string.Empty, plainError);
        var lines = error.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^yiwugraph: merging 3 shard graphs, [0-9.]+/[0-9.]+ MB read, [0-9.]+ MB/s, ETA [0-9:?]+$", lines[0]);
        Assert.Matches(@"^yiwugraph: 3 shard graphs \([0-9.]+ MB\) merged and the output written in [0-9:]+$", lines[^1]);
        Assert.Equal(plainOutput.Replace(Path.Combine(dir, "plain"), "OUT", StringComparison.Ordinal), output.Replace(Path.Combine(dir, "shown"), "OUT", StringComparison.Ordinal));
        Assert.Equal(
            await File.ReadAllBytesAsync(Path.Combine(dir, "plain", "graph.jsonl"), ct),
            await File.ReadAllBytesAsync(Path.Combine(dir, "shown", "graph.jsonl"), ct));
    }

    [Fact]
    public async Task Skip_existing_leaves_a_complete_shard_alone_and_rebuilds_one_of_another_corpus()
    {
        var ct = TestContext.Current.CancellationToken;
        var shards = Path.Combine(dir, "shards");
        var path = Path.Combine(shards, "shard-0001-of-0002.ygshard");
        await Run("build", RepoPaths.Seeds, "--shard", "1/2", "--out", shards, "--quiet");
        var written = File.GetLastWriteTimeUtc(path);

        var (code, output, _) = await Run("build", RepoPaths.Seeds, "--shard", "1/2", "--out", shards, "--skip-existing");
        Assert.Equal(0, code);
        Assert.Contains("skipped", output, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));

        // The same shard of fewer pages is another corpus: rebuilt, not skipped.
        var fewer = Path.Combine(dir, "fewer");
        Directory.CreateDirectory(fewer);
        foreach (var f in Directory.GetFiles(RepoPaths.Seeds).Order(StringComparer.Ordinal).Take(3))
        {
            File.Copy(f, Path.Combine(fewer, Path.GetFileName(f)));
        }

        var (again, againOutput, _) = await Run("build", fewer, "--shard", "1/2", "--out", shards, "--skip-existing");
        Assert.Equal(0, again);
        Assert.Contains("Wrote", againOutput, StringComparison.Ordinal);

        // A damaged shard is never taken for complete either.
        await File.WriteAllBytesAsync(path, (await File.ReadAllBytesAsync(path, ct))[..100], ct);
        var (third, thirdOutput, _) = await Run("build", fewer, "--shard", "1/2", "--out", shards, "--skip-existing");
        Assert.Equal(0, third);
        Assert.Contains("Wrote", thirdOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merge_with_a_shard_missing_is_a_usage_error_and_keeps_the_earlier_graph()
    {
        var ct = TestContext.Current.CancellationToken;
        var shards = Path.Combine(dir, "shards");
        await Run("build", RepoPaths.Seeds, "--shard", "0/2", "--out", shards, "--quiet");
        var outDir = Path.Combine(dir, "out");
        Directory.CreateDirectory(outDir);
        await File.WriteAllTextAsync(Path.Combine(outDir, "graph.jsonl"), "earlier", ct);

        var (code, _, error) = await Run("merge", Path.Combine(shards, "shard-0000-of-0002.ygshard"), "--out", outDir);

        Assert.Equal(2, code);
        Assert.Contains("missing shard 1/2", error, StringComparison.Ordinal);
        Assert.Equal("earlier", await File.ReadAllTextAsync(Path.Combine(outDir, "graph.jsonl"), ct));
    }

    [Theory]
    [InlineData("--shard", "3/3")]
    [InlineData("--shard", "x")]
    [InlineData("--skip-existing")]
    public async Task Bad_shard_flags_are_usage_errors(params string[] flags)
    {
        var (code, _, error) = await Run(["build", RepoPaths.Seeds, "--out", Path.Combine(dir, "x"), .. flags]);
        Assert.Equal(2, code);
        Assert.StartsWith("yiwugraph: --", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_shard_graph_is_an_input_error()
    {
        var fake = Path.Combine(dir, "fake.ygshard");
        await File.WriteAllTextAsync(fake, "not a shard graph at all, but long enough to have a trailer", TestContext.Current.CancellationToken);
        var (code, _, error) = await Run("merge", fake, "--out", Path.Combine(dir, "out"));
        Assert.Equal(1, code);
        Assert.Contains("not a YiwuGraph shard graph", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_asked_for_off_a_terminal_is_plain_lines_on_stderr_with_pages_rates_and_time_left()
    {
        var (code, output, error) = await Run("build", RepoPaths.Seeds, "--out", Path.Combine(dir, "out"), "--progress");

        Assert.Equal(0, code);
        Assert.Matches(@"^yiwugraph: [0-5]/5 pages, [0-9.]+/[0-9.]+ MB, [0-9.]+ pages/s, [0-9.]+ MB/s, ETA [0-9:?]+\n", error.Replace("\r", string.Empty, StringComparison.Ordinal));
        Assert.Contains("yiwugraph: 5/5 pages read and the output written in ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("pages/s", output, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }
}
