using System.Text;

namespace YiwuGraph.Cli.Tests;

/// <summary>
/// The verbs that read text other than pages (ner, eval-ner, segment) read it as build does and refuse input
/// in the wrong format with the file and line, exit 1, instead of producing output from it.
/// </summary>
public sealed class TextInputCommandTests : IDisposable
{
    private const string Sentences = "义乌市委书记叶帮锐在会上强调。\n市长温建飞主持会议。\n";
    private readonly string dir = Directory.CreateTempSubdirectory("yiwugraph-text-cli-").FullName;

    static TextInputCommandTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public async Task Ner_on_a_plain_page_is_an_error_naming_the_line_and_writes_nothing()
    {
        var page = RepoPaths.Seed("000_");
        var output = Path.Combine(dir, "tags.txt");

        var (code, stdout, error) = await Cli.Run("ner", "--input", page, "--output", output);

        Assert.Equal(1, code);
        Assert.Equal($"yiwugraph: {page}:5: expected CHAR<TAB>TAG, got a line of 31 characters (for plain text, one sentence a line, use --format text)", error.Trim());
        Assert.Equal(string.Empty, stdout);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Ner_reads_GBK_text_as_build_does()
    {
        var utf8 = Write("utf8.txt", Encoding.UTF8.GetBytes(Sentences));
        var gbk = Write("gbk.txt", Encoding.GetEncoding("GBK").GetBytes(Sentences));

        var (code1, _, _) = await Cli.Run("ner", "--format", "text", "--input", utf8, "--output", Path.Combine(dir, "a.txt"));
        var (code2, _, _) = await Cli.Run("ner", "--format", "text", "--input", gbk, "--output", Path.Combine(dir, "b.txt"));

        Assert.Equal([0, 0], new[] { code1, code2 });
        var expected = await File.ReadAllTextAsync(Path.Combine(dir, "a.txt"), TestContext.Current.CancellationToken);
        Assert.StartsWith("义\t", expected, StringComparison.Ordinal);
        Assert.Equal(expected, await File.ReadAllTextAsync(Path.Combine(dir, "b.txt"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Eval_ner_on_random_text_is_an_error_naming_the_line_not_a_table_of_zeros()
    {
        var random = new Random(13);
        var text = string.Join('\n', Enumerable.Range(0, 20).Select(_ => new string([.. Enumerable.Range(0, 38).Select(_ => (char)random.Next('a', 'z' + 1))])));
        var gold = Write("dev.txt", Encoding.UTF8.GetBytes(text));

        var (code, stdout, error) = await Cli.Run("eval-ner", "--gold", gold);

        Assert.Equal(1, code);
        Assert.Equal($"yiwugraph: {gold}:1: expected CHAR<TAB>TAG, got a line of 38 characters", error.Trim());
        Assert.Equal(string.Empty, stdout);
    }

    [Fact]
    public async Task Eval_ner_on_gold_data_without_entities_is_an_error()
    {
        var gold = Write("all-o.txt", Encoding.UTF8.GetBytes("中\tO\n国\tO\n\n人\tO\n\n"));

        var (code, stdout, error) = await Cli.Run("eval-ner", "--gold", gold);

        Assert.Equal(1, code);
        Assert.Equal($"yiwugraph: {gold}: no entities: every tag of its 2 sentences is O", error.Trim());
        Assert.Equal(string.Empty, stdout);
    }

    [Fact]
    public async Task Eval_ner_scores_CLUENER_gold_directly_and_names_the_line_that_does_not_parse()
    {
        var gold = Write("dev.jsonl", Encoding.UTF8.GetBytes("""
            {"text": "王前虎在杭州", "label": {"name": {"王前虎": [[0, 2]]}, "address": {"杭州": [[4, 5]]}, "position": {"在": [[3, 3]]}}}

            """));

        var (code, stdout, error) = await Cli.Run("eval-ner", "--gold", gold);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Matches(@"PER\s+1\s", stdout);
        Assert.Matches(@"LOC\s+1\s", stdout);
        Assert.Matches(@"overall\s+2\s", stdout);

        var bad = Write("bad.jsonl", Encoding.UTF8.GetBytes("{\"text\": \"王五\", \"label\": {\"name\": {\"王五\": [[0, 1]]}}}\n{\"text\": \"王五\"\n"));
        (code, stdout, error) = await Cli.Run("eval-ner", "--gold", bad);
        Assert.Equal(1, code);
        Assert.StartsWith($"yiwugraph: {bad}:2: not a CLUENER line", error.Trim(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, stdout);
    }

    [Fact]
    public async Task Segment_reads_a_GBK_file_as_build_does()
    {
        var utf8 = Write("utf8.txt", Encoding.UTF8.GetBytes(Sentences));
        var gbk = Write("gbk.txt", Encoding.GetEncoding("GBK").GetBytes(Sentences));

        var (code1, _, _) = await Cli.Run("segment", "--input", utf8, "--output", Path.Combine(dir, "a.txt"));
        var (code2, _, error) = await Cli.Run("segment", "--input", gbk, "--output", Path.Combine(dir, "b.txt"));

        Assert.Equal([0, 0], new[] { code1, code2 });
        Assert.Equal(string.Empty, error);
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal("义乌 市委书记 叶帮锐 在 会上 强调 。\n市长 温建飞 主持会议 。\n", await File.ReadAllTextAsync(Path.Combine(dir, "b.txt"), ct));
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(dir, "a.txt"), ct), await File.ReadAllTextAsync(Path.Combine(dir, "b.txt"), ct));
    }

    [Fact]
    public async Task Segment_refuses_a_binary_file_naming_it_and_writes_nothing()
    {
        // The head of an ELF executable such as /bin/ls, then code bytes.
        byte[] elf = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x3E, 0x00, 0x48, 0x89, 0xE5, 0xC3];
        var binary = Write("ls", elf);
        var output = Path.Combine(dir, "ls.seg");

        var (code, _, error) = await Cli.Run("segment", "--input", binary, "--output", output);

        Assert.Equal(1, code);
        Assert.Equal($"yiwugraph: {binary}: binary file (NUL or control bytes), not a text page", error.Trim());
        Assert.False(File.Exists(output));
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
