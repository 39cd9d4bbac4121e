namespace YiwuGraph.Cli.Tests;

/// <summary>
/// Nothing a user has is lost: a build that reads no page leaves --out as it was, an --out that cannot be written
/// is a usage error before any work, and a cancelled run says what it kept.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("yiwugraph-output-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Theory]
    [InlineData("mistyped")]
    [InlineData("empty")]
    [InlineData("binary")]
    public async Task A_build_that_reads_no_page_fails_and_leaves_the_earlier_graph_byte_for_byte(string input)
    {
        var outDir = Path.Combine(dir, "out");
        Assert.Equal(0, (await Cli.Run("build", RepoPaths.Seed("000"), "--out", outDir, "--quiet")).Code);
        var graph = await File.ReadAllBytesAsync(Path.Combine(outDir, "graph.jsonl"), TestContext.Current.CancellationToken);
        var summary = await File.ReadAllBytesAsync(Path.Combine(outDir, "summary.txt"), TestContext.Current.CancellationToken);
        var inputPath = Path.Combine(dir, input);
        if (input != "mistyped")
        {
            Directory.CreateDirectory(inputPath);
        }

        if (input == "binary")
        {
            await File.WriteAllBytesAsync(Path.Combine(inputPath, "page.txt"), [0x00, 0x01, 0x02, 0xFF], TestContext.Current.CancellationToken);
        }

        var (code, output, error) = await Cli.Run("build", inputPath, "--out", outDir);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"yiwugraph: no page could be read from {inputPath}; nothing written, {Path.Combine(outDir, "graph.jsonl")} unchanged", error, StringComparison.Ordinal);
        Assert.Equal(graph, await File.ReadAllBytesAsync(Path.Combine(outDir, "graph.jsonl"), TestContext.Current.CancellationToken));
        Assert.Equal(summary, await File.ReadAllBytesAsync(Path.Combine(outDir, "summary.txt"), TestContext.Current.CancellationToken));
        Assert.Equal(2, Directory.GetFiles(outDir).Length);
    }

    [Fact]
    public async Task A_build_that_reads_no_page_does_not_create_the_out_folder()
    {
        var outDir = Path.Combine(dir, "new", "out");

        var (code, _, error) = await Cli.Run("build", Path.Combine(dir, "seedz"), "--out", outDir);

        Assert.Equal(1, code);
        Assert.Contains("graph.jsonl not created", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir, "new")));
    }

    [Theory]
    [InlineData("build", "SEED", "--out", "FILE")]
    [InlineData("build", "SEED", "--out", "UNDER_FILE")]
    [InlineData("build", "SEED", "--out", "/proc/nope")]
    [InlineData("export", "GRAPH", "--format", "cypher", "--out", "/proc/nope")]
    [InlineData("export", "GRAPH", "--format", "graphml", "--out", "DIR")]
    [InlineData("export", "GRAPH", "--format", "neo4j-admin", "--out", "FILE")]
    [InlineData("report", "--graph", "GRAPH", "--all", "--out", "FILE")]
    [InlineData("report", "--graph", "GRAPH", "--all", "--out", "/proc/nope")]
    [InlineData("segment", "--input", "SEED", "--output", "DIR")]
    [InlineData("segment", "--input", "SEED", "--output", "/proc/nope/x.txt")]
    [InlineData("ner", "--input", "SEED", "--output", "UNDER_FILE")]
    [InlineData("train-ner", "--train", "SEED", "--out", "/proc/nope")]
    public async Task An_out_that_cannot_be_written_is_a_usage_error_naming_the_flag_before_any_work(params string[] args)
    {
        Assert.SkipWhen(args.Contains("/proc/nope") && !OperatingSystem.IsLinux(), "/proc is Linux's");
        var file = Path.Combine(dir, "a-file");
        await File.WriteAllTextAsync(file, "mine", TestContext.Current.CancellationToken);
        var graph = Path.Combine(dir, "no-graph-needed.jsonl");
        string[] resolved = [.. args.Select(a => a switch
        {
            "SEED" => RepoPaths.Seed("000"),
            "FILE" => file,
            "UNDER_FILE" => Path.Combine(file, "sub"),
            "DIR" => dir,
            "GRAPH" => graph,
            _ => a,
        })];
        var flag = args[Array.FindIndex(args, a => a is "--out" or "--output")];
        var value = resolved[Array.FindIndex(args, a => a is "--out" or "--output") + 1];

        var (code, output, error) = await Cli.Run(resolved);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"yiwugraph: {flag} {value}: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("Could not", error, StringComparison.Ordinal);
        Assert.Equal("mine", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_cancelled_build_exits_130_and_says_the_graph_is_unchanged()
    {
        var outDir = Path.Combine(dir, "out");
        Assert.Equal(0, (await Cli.Run("build", RepoPaths.Seed("000"), "--out", outDir, "--quiet")).Code);
        var graph = await File.ReadAllBytesAsync(Path.Combine(outDir, "graph.jsonl"), TestContext.Current.CancellationToken);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CliApp.RunAsync(["build", RepoPaths.Seeds, "--out", outDir], output, error, cancel.Token);

        Assert.Equal(130, code);
        Assert.Equal($"yiwugraph: cancelled: nothing written; {Path.Combine(outDir, "graph.jsonl")} unchanged", error.ToString().Trim());
        Assert.Equal(graph, await File.ReadAllBytesAsync(Path.Combine(outDir, "graph.jsonl"), TestContext.Current.CancellationToken));
        Assert.Equal(2, Directory.GetFiles(outDir).Length);
    }
}
