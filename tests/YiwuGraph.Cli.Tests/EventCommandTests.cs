namespace YiwuGraph.Cli.Tests;

public sealed class EventCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("yiwugraph-cli-events-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private const string Lines = """
        {"text": "昨晚湖人队以102比98击败勇士队。", "id": "a", "event_list": [{"event_type": "竞赛行为-胜负", "trigger": "击败", "trigger_start_index": 12, "arguments": [{"argument_start_index": 0, "role": "时间", "argument": "昨晚", "alias": []}, {"argument_start_index": 2, "role": "胜者", "argument": "湖人队", "alias": []}], "class": "竞赛行为"}]}
        {"text": "雀巢公司宣布裁员4000人", "id": "b", "event_list": [{"event_type": "组织关系-裁员", "trigger": "裁员", "trigger_start_index": 6, "arguments": [{"argument_start_index": 0, "role": "裁员方", "argument": "雀巢公司", "alias": []}], "class": "组织关系"}, {"event_type": "组织关系-裁员", "trigger": "宣布裁员", "trigger_start_index": 4, "arguments": [], "class": "组织关系"}]}
        """;

    [Fact]
    public async Task Eval_events_reads_the_gold_part_asked_for_and_prints_the_counts()
    {
        var gold = Path.Combine(dir, "gold.jsonl");
        await File.WriteAllTextAsync(gold, Lines + "\n", TestContext.Current.CancellationToken);
        var (code, output, error) = await Run("eval-events", "--gold", gold, "--part", "all");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        // --errors writes the false and missed events and leaves the table as it is.
        var errors = Path.Combine(dir, "errors.tsv");
        var (errorsCode, withErrors, _) = await Run("eval-events", "--gold", gold, "--part", "all", "--errors", errors);
        Assert.Equal(0, errorsCode);
        Assert.Equal(output, withErrors);
        var errorLines = await File.ReadAllLinesAsync(errors, TestContext.Current.CancellationToken);
        Assert.StartsWith("# document\tFP|FN", errorLines[0], StringComparison.Ordinal);
        Assert.All(errorLines.Skip(1), line => Assert.Matches(@"^[ab]\t(FP|FN)\t[^\t]+\t[^\t]*\t.*【.+】", line));
        // --argument-errors writes the found events' arguments that differ from the gold, gold and predicted side by side.
        var argumentErrors = Path.Combine(dir, "argument-errors.tsv");
        var (argumentCode, withArgumentErrors, _) = await Run("eval-events", "--gold", gold, "--part", "all", "--argument-errors", argumentErrors);
        Assert.Equal(0, argumentCode);
        Assert.Equal(output, withArgumentErrors);
        var argumentLines = await File.ReadAllLinesAsync(argumentErrors, TestContext.Current.CancellationToken);
        Assert.Equal("# document\targument\ttrigger\tgold\tpredicted\tsentence", argumentLines[0]);
        Assert.All(argumentLines.Skip(1), line => Assert.Matches(@"^[ab]\t(time|place|participant)\t[^\t]+\t[^\t]+\t[^\t]+\t.*【.+】", line));
        Assert.Contains("2 documents, 3 annotated events (duee, all part)", output, StringComparison.Ordinal);
        // Three gold triggers; the arguments of found events are judged on the time, place and participants.
        Assert.Matches(@"trigger\s+3\s", output);
        Assert.Contains("participant", output, StringComparison.Ordinal);
        // Two lines are fewer than eight: the dev part is empty, which is an input error, not a score of zero.
        var (devCode, dev, devError) = await Run("eval-events", "--gold", gold);
        Assert.Equal(1, devCode);
        Assert.Equal(string.Empty, dev);
        Assert.Contains("no annotated duee document in the dev part", devError, StringComparison.Ordinal);
        // A folder with no CEC XML in it (the corpus root instead of its xml/ folder) is refused the same way.
        var (cecCode, _, cecError) = await Run("eval-events", "--gold", dir, "--format", "cec", "--part", "all");
        Assert.Equal(1, cecCode);
        Assert.Contains("CEC's *.xml files", cecError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_events_writes_the_same_model_bytes_twice_and_refuses_bad_options()
    {
        var gold = Path.Combine(dir, "gold.jsonl");
        await File.WriteAllTextAsync(gold, Lines + "\n", TestContext.Current.CancellationToken);
        var (code1, out1, _) = await Run("train-events", "--duee", gold, "--dev-every", "0", "--epochs", "2", "--out", Path.Combine(dir, "a.model"));
        var (code2, _, _) = await Run("train-events", "--duee", gold, "--dev-every", "0", "--epochs", "2", "--out", Path.Combine(dir, "b.model"));
        Assert.Equal([0, 0], new[] { code1, code2 });
        Assert.Contains("model written to", out1, StringComparison.Ordinal);
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(dir, "a.model"), ct), await File.ReadAllBytesAsync(Path.Combine(dir, "b.model"), ct));
        var (bad, _, error) = await Run("train-events", "--duee", gold, "--epochs", "0", "--out", Path.Combine(dir, "c.model"));
        Assert.Equal(2, bad);
        Assert.Contains("--epochs", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }
}
