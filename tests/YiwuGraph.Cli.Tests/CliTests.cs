using System.Text.Json;

namespace YiwuGraph.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("yiwugraph-cli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public async Task Build_on_the_seeds_writes_the_same_graph_bytes_every_time()
    {
        var (code1, out1, err1) = await Run("build", RepoPaths.Seeds, "--out", Path.Combine(dir, "a"));
        var (code2, _, _) = await Run("build", RepoPaths.Seeds, "--out", Path.Combine(dir, "b"), "--quiet");
        Assert.Equal(0, code1);
        Assert.Equal(0, code2);
        Assert.Equal(string.Empty, err1);
        var a = await File.ReadAllBytesAsync(Path.Combine(dir, "a", "graph.jsonl"), TestContext.Current.CancellationToken);
        var b = await File.ReadAllBytesAsync(Path.Combine(dir, "b", "graph.jsonl"), TestContext.Current.CancellationToken);
        Assert.Equal(a, b);
        Assert.Contains("articles          27", out1, StringComparison.Ordinal);
        Assert.Contains("Article", out1, StringComparison.Ordinal);
        Assert.Contains("WROTE", out1, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_names_the_city_that_bare_levels_refer_to_and_the_inferred_home_gives_the_same_graph()
    {
        var page = Directory.GetFiles(RepoPaths.Seeds, "000_*.txt").Single();
        var (inferred, _, _) = await Run("build", page, "--out", Path.Combine(dir, "inferred"), "--quiet");
        var (yiwu, _, _) = await Run("build", page, "--out", Path.Combine(dir, "yiwu"), "--quiet", "--home", "义乌市");
        var (jinhua, _, _) = await Run("build", page, "--out", Path.Combine(dir, "jinhua"), "--quiet", "--home", "金华");
        Assert.Equal([0, 0, 0], new[] { inferred, yiwu, jinhua });
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(dir, "inferred", "graph.jsonl"), ct), await File.ReadAllBytesAsync(Path.Combine(dir, "yiwu", "graph.jsonl"), ct));
        var jinhuaGraph = await File.ReadAllTextAsync(Path.Combine(dir, "jinhua", "graph.jsonl"), ct);
        Assert.Contains("\"key\":\"org:金华市经信局\"", jinhuaGraph, StringComparison.Ordinal);
        Assert.DoesNotContain("\"key\":\"org:义乌市经信局\"", jinhuaGraph, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("火星市")]
    [InlineData("浙江省")]
    public async Task An_unknown_home_is_a_usage_error_that_names_the_value(string place)
    {
        var (code, _, error) = await Run("build", RepoPaths.Seeds, "--out", Path.Combine(dir, "x"), "--home", place);
        Assert.Equal(2, code);
        Assert.StartsWith("yiwugraph: --home: ", error, StringComparison.Ordinal);
        Assert.Contains(place, error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir, "x", "graph.jsonl")));
    }

    [Fact]
    public async Task A_bad_file_is_reported_and_skipped_the_rest_is_built_and_the_exit_code_says_so()
    {
        var input = Path.Combine(dir, "in");
        Directory.CreateDirectory(input);
        File.Copy(Directory.GetFiles(RepoPaths.Seeds, "000_*.txt").Single(), Path.Combine(input, "000.txt"));
        await File.WriteAllBytesAsync(Path.Combine(input, "broken.txt"), [0x00, 0x01, 0x02, 0xFF], TestContext.Current.CancellationToken);
        var (code, output, error) = await Run("build", input, "--out", Path.Combine(dir, "out"));
        Assert.Equal(1, code);
        Assert.Contains("broken.txt", error, StringComparison.Ordinal);
        Assert.Contains("binary", error, StringComparison.Ordinal);
        Assert.Contains("articles          5", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "out", "graph.jsonl")));
    }

    [Fact]
    public async Task A_page_of_only_furniture_is_reported_by_name_with_the_reason_and_fails_the_build()
    {
        var input = Path.Combine(dir, "in");
        Directory.CreateDirectory(input);
        var ct = TestContext.Current.CancellationToken;
        File.Copy(Directory.GetFiles(RepoPaths.Seeds, "000_*.txt").Single(), Path.Combine(input, "000.txt"));
        await File.WriteAllTextAsync(Path.Combine(input, "advert.txt"), "义乌博览会\n倒计时 8 天\n咨询热线: 0579-85415888\n\n（广告）\n", ct);
        var (code, output, error) = await Run("build", input, "--out", Path.Combine(dir, "out"));
        Assert.Equal(1, code);
        const string Reason = "advert.txt: no article: all 4 lines were page furniture";
        Assert.Contains(Reason, error, StringComparison.Ordinal);
        Assert.DoesNotContain("000.txt", error, StringComparison.Ordinal);
        var summary = await File.ReadAllTextAsync(Path.Combine(dir, "out", "summary.txt"), ct);
        Assert.Equal(summary, output);
        Assert.Contains(Reason, summary, StringComparison.Ordinal);
        // Page 000's advert box (4 lines) and the whole advert page (4 lines).
        Assert.Contains("\n8 lines dropped as page furniture\n", summary, StringComparison.Ordinal);
        Assert.Contains("articles          5", summary, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "out", "graph.jsonl")));
    }

    [Fact]
    public async Task Articles_prints_one_json_line_per_article_with_its_source_ranges()
    {
        var (code, output, _) = await Run("articles", Directory.GetFiles(RepoPaths.Seeds, "000_*.txt").Single());
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal("000_08f442eee56299ef.txt", root.GetProperty("source").GetString());
        Assert.Equal(0, root.GetProperty("index").GetInt32());
        Assert.Equal("我市召开“义乌发展经验”提出20年系列活动动员部署会", root.GetProperty("title").GetString());
        Assert.Equal("谭祉潇", root.GetProperty("reporters")[0].GetString());
        Assert.Equal("昨日", root.GetProperty("dateline").GetString());
        Assert.True(root.GetProperty("sourceRanges").GetArrayLength() > 0);
    }

    [Fact]
    public async Task A_saved_web_page_is_read_as_its_story_and_a_page_of_links_is_skipped_with_its_path()
    {
        var pages = Directory.CreateDirectory(Path.Combine(dir, "web")).FullName;
        await File.WriteAllTextAsync(Path.Combine(pages, "story.html"), """
            <html><head><title>义乌召开安全生产工作会议_新闻中心</title><meta name="source" content="义乌商报">
            <meta property="article:published_time" content="2026-12-03T16:20:00+08:00"></head>
            <body><nav><a href="/">首页</a></nav><h1>义乌召开安全生产工作会议</h1>
            <div class="content"><p>12月3日下午，义乌市召开全市安全生产工作会议。市委副书记、市长温建飞出席会议并讲话。</p></div>
            <footer>版权所有</footer></body></html>
            """, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(pages, "links.htm"), "<html><body><ul><li><a href='/1'>新闻</a></li></ul></body></html>", TestContext.Current.CancellationToken);

        var (code, output, error) = await Run("articles", pages);

        Assert.Equal(1, code);
        Assert.Contains("links.htm", error, StringComparison.Ordinal);
        using var article = JsonDocument.Parse(Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        var root = article.RootElement;
        Assert.Equal("story.html", root.GetProperty("source").GetString());
        Assert.Equal("义乌召开安全生产工作会议", root.GetProperty("title").GetString());
        Assert.Equal("2026-12-03 16:20:00 来源：义乌商报", root.GetProperty("attribution").GetString());
        Assert.DoesNotContain("首页", root.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("no-such-verb")]
    [InlineData("build", "seeds", "--no-such-flag")]
    [InlineData("train-ner", "--train", "no-such-file", "--out", "no-model", "--prune", "-1")]
    [InlineData("train-ner", "--train", "no-such-file", "--out", "no-model", "--prune", "NaN")]
    public async Task Usage_errors_exit_with_2_and_one_clear_line(params string[] args)
    {
        var (code, _, error) = await Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith("yiwugraph: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_input_is_an_input_failure_not_a_crash()
    {
        var (code, _, error) = await Run("articles", Path.Combine(dir, "nothing-here"));
        Assert.Equal(1, code);
        Assert.Contains("nothing-here", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_character_class_file_fails_before_any_training_data_is_read()
    {
        var (code, _, error) = await Run("train-ner", "--train", Path.Combine(dir, "no-train-file"), "--out", Path.Combine(dir, "m.model"), "--char-classes", Path.Combine(dir, "no-classes.tsv"));
        Assert.Equal(1, code);
        Assert.Contains("no-classes.tsv", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--char-class-levels", "3")]
    [InlineData("--char-class-levels", "0")]
    public async Task Char_class_levels_outside_the_file_are_usage_errors_before_any_training_data_is_read(string option, string value)
    {
        var classes = Path.Combine(RepoPaths.Root, "src", "YiwuGraph.Extraction", "Ner", "Data", "lac-char-classes.tsv");
        var (code, _, error) = await Run("train-ner", "--train", Path.Combine(dir, "no-train-file"), "--out", Path.Combine(dir, "m.model"), "--char-classes", classes, option, value);
        Assert.Equal(2, code);
        Assert.Contains("--char-class-levels", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Char_class_templates_without_a_class_file_are_a_usage_error()
    {
        var (code, _, error) = await Run("train-ner", "--train", Path.Combine(dir, "no-train-file"), "--out", Path.Combine(dir, "m.model"), "--char-class-templates", "M1", "C0");
        Assert.Equal(2, code);
        Assert.Contains("need --char-classes", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Char_classes_shared_only_without_own_features_or_a_class_file_is_a_usage_error(bool withClassFile)
    {
        var classes = Path.Combine(RepoPaths.Root, "src", "YiwuGraph.Extraction", "Ner", "Data", "lac-char-classes.tsv");
        string[] args = ["train-ner", "--train", Path.Combine(dir, "no-train-file"), "--out", Path.Combine(dir, "m.model"), "--char-classes-shared-only"];
        var (code, _, error) = await Run(withClassFile ? [.. args, "--char-classes", classes] : [.. args, "--cluener-own-features"]);
        Assert.Equal(2, code);
        Assert.Contains("--char-classes-shared-only needs", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Char_classes_msra_only_without_a_class_file_or_with_shared_only_is_a_usage_error(bool withClassFile)
    {
        var classes = Path.Combine(RepoPaths.Root, "src", "YiwuGraph.Extraction", "Ner", "Data", "lac-char-classes.tsv");
        string[] args = ["train-ner", "--train", Path.Combine(dir, "no-train-file"), "--out", Path.Combine(dir, "m.model"), "--char-classes-msra-only", "--cluener-own-features"];
        var (code, _, error) = await Run(withClassFile ? [.. args, "--char-classes", classes, "--char-classes-shared-only"] : args);
        Assert.Equal(2, code);
        Assert.Contains("--char-classes-msra-only needs", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_build_says_so_and_leaves_no_graph_behind()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var outDir = Path.Combine(dir, "cancelled");
        var code = await CliApp.RunAsync(["build", RepoPaths.Seeds, "--out", outDir], output, error, cancelled.Token);
        Assert.Equal(CliApp.ExitCancelled, code);
        Assert.Equal($"yiwugraph: cancelled: nothing written; {Path.Combine(outDir, "graph.jsonl")} not created", error.ToString().Trim());
        Assert.False(File.Exists(Path.Combine(outDir, "graph.jsonl")));
    }

    [Fact]
    public async Task Lexicons_replaces_a_list_by_file_name_and_the_graph_follows_it()
    {
        var page = Path.Combine(dir, "page");
        Directory.CreateDirectory(page);
        await File.WriteAllTextAsync(Path.Combine(page, "a.txt"), "义乌市商务局召开会议。\n", TestContext.Current.CancellationToken);
        var lists = Path.Combine(dir, "lists");
        Directory.CreateDirectory(lists);
        await File.WriteAllTextAsync(Path.Combine(lists, "organization-types.tsv"), "# test\n局\tcompany\n", TestContext.Current.CancellationToken);

        var (embedded, _, _) = await Run("build", page, "--out", Path.Combine(dir, "embedded"), "--quiet", "--home", "义乌市");
        var (overridden, _, error) = await Run("build", page, "--out", Path.Combine(dir, "overridden"), "--quiet", "--home", "义乌市", "--lexicons", lists);

        Assert.Equal((0, 0, string.Empty), (embedded, overridden, error));
        var ct = TestContext.Current.CancellationToken;
        Assert.Contains("\"type\":\"government\"", await File.ReadAllTextAsync(Path.Combine(dir, "embedded", "graph.jsonl"), ct), StringComparison.Ordinal);
        Assert.Contains("\"type\":\"company\"", await File.ReadAllTextAsync(Path.Combine(dir, "overridden", "graph.jsonl"), ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_entities_tagger_only_scores_the_bare_tagger_and_refuses_lexicons()
    {
        var gold = Path.Combine(dir, "gold.txt");
        var lines = "国务院总理李鹏在北京会见了美国总统克林顿。".Select(c => c + "\tO").ToList();
        await File.WriteAllLinesAsync(gold, [.. lines.Take(5), "李\tB-PER", "鹏\tI-PER", .. lines.Skip(7)], TestContext.Current.CancellationToken);

        var (code, output, error) = await Run("eval-entities", "--gold", gold, "--tagger-only");
        Assert.Equal((0, string.Empty), (code, error));
        Assert.Matches(@"PER\s+1\s+\d+\s+1\s+1\s", output);

        var lists = Path.Combine(dir, "lists");
        Directory.CreateDirectory(lists);
        (code, _, _) = await Run("eval-entities", "--gold", gold, "--tagger-only", "--lexicons", lists);
        Assert.Equal(2, code);
    }

    [Fact]
    public async Task Lexicons_with_a_malformed_line_fails_naming_file_and_line_and_writes_nothing()
    {
        var lists = Path.Combine(dir, "lists");
        Directory.CreateDirectory(lists);
        var titles = Path.Combine(lists, "titles.tsv");
        await File.WriteAllTextAsync(titles, "# test\n书记\toffice\n市长\tmayor\n", TestContext.Current.CancellationToken);

        foreach (var args in new[]
        {
            new[] { "build", RepoPaths.Seeds, "--out", Path.Combine(dir, "x"), "--lexicons", lists },
            ["eval-entities", "--gold", Path.Combine(dir, "none.txt"), "--lexicons", lists],
            ["ner", "--news", "--input", Path.Combine(dir, "none.txt"), "--lexicons", lists],
        })
        {
            if (args[0] != "build")
            {
                await File.WriteAllTextAsync(Path.Combine(dir, "none.txt"), "义\tB-LOC\n乌\tI-LOC\n", TestContext.Current.CancellationToken);
            }

            var (code, _, error) = await Run(args);
            Assert.Equal(1, code);
            Assert.Contains($"{titles}:3:", error, StringComparison.Ordinal);
            Assert.Contains("mayor", error, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(Path.Combine(dir, "x", "graph.jsonl")));
    }

    [Theory]
    [InlineData("title.tsv", "开业\tlaunch", 1, "not a lexicon this version reads")]
    [InlineData("event-types.tsv", "竞赛行为-胜负\tsports", 2, "cannot be replaced yet")]
    public async Task Lexicons_refuses_a_file_no_list_of_build_is_read_from(string name, string line, int exitCode, string reason)
    {
        var lists = Path.Combine(dir, "lists");
        Directory.CreateDirectory(lists);
        await File.WriteAllTextAsync(Path.Combine(lists, name), "# test\n" + line + "\n", TestContext.Current.CancellationToken);

        var (code, _, error) = await Run("build", RepoPaths.Seeds, "--out", Path.Combine(dir, "x"), "--lexicons", lists);

        Assert.Equal(exitCode, code);
        Assert.Contains(Path.Combine(lists, name), error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir, "x", "graph.jsonl")));
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }
}
