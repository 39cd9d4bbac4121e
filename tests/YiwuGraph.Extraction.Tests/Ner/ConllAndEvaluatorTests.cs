using YiwuGraph.Core;
using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner;

public sealed class ConllAndEvaluatorTests : IDisposable
{
    private const string Sample = "中\tB-ORG\n共\tI-ORG\n致\tO\n\n王\tB-PER\n五\tI-PER\n在\tO\n京\tB-LOC\n\n";
    private const string PlainPage = "\n\n## 我市召开动员部署会\n\n本报讯 昨日,我市召开“义乌发展经验”提出20年系列活动动员部署会。\n";
    private readonly string dir = Directory.CreateTempSubdirectory("yiwugraph-conll-").FullName;

    static ConllAndEvaluatorTests()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Reader_builds_sentences_and_maximal_spans()
    {
        var sentences = ConllNerReader.Read(new StringReader(Sample), "sample");
        Assert.Equal(2, sentences.Count);
        Assert.Equal("中共致", sentences[0].Text);
        Assert.Equal([new NerSpan(0, 2, NerEntityKind.Organization)], sentences[0].Spans);
        Assert.Equal([new NerSpan(0, 2, NerEntityKind.Person), new NerSpan(3, 4, NerEntityKind.Location)], sentences[1].Spans);
    }

    [Fact]
    public void Reader_rejects_unknown_tags_with_the_line_number()
    {
        var ex = Assert.Throws<DataFormatException>(() => ConllNerReader.Read(new StringReader("中\tB-ORG\n共\tX-ORG\n"), "bad.txt"));
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void Evaluator_counts_exact_span_matches_only()
    {
        var evaluator = new NerEvaluator();
        evaluator.Add(
            [new NerSpan(0, 2, NerEntityKind.Person), new NerSpan(3, 5, NerEntityKind.Location)],
            [new NerSpan(0, 2, NerEntityKind.Person), new NerSpan(3, 4, NerEntityKind.Location), new NerSpan(6, 8, NerEntityKind.Organization)]);
        Assert.Equal(new NerScore(1, 1, 1), evaluator.For(NerEntityKind.Person));
        Assert.Equal(new NerScore(1, 1, 0), evaluator.For(NerEntityKind.Location));
        Assert.Equal(new NerScore(2, 3, 1), evaluator.Overall);
        Assert.Equal(0.4, evaluator.Overall.F1, 6);
        Assert.Contains("overall", evaluator.FormatTable(), StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_round_trips_through_the_reader()
    {
        var sentences = ConllSentenceIO.ReadTokens(new StringReader(Sample), "sample").ToList();
        var writer = new StringWriter();
        ConllSentenceIO.Write(writer, sentences[1], [new NerSpan(0, 2, NerEntityKind.Person), new NerSpan(3, 4, NerEntityKind.Location)]);
        Assert.Equal("王\tB-PER\n五\tI-PER\n在\tO\n京\tB-LOC\n\n", writer.ToString());
    }

    [Fact]
    public void Reader_rejects_a_plain_page_naming_the_line_instead_of_reading_each_line_as_a_character()
    {
        var ex = Assert.Throws<DataFormatException>(() => ConllNerReader.Read(new StringReader(PlainPage), "page.txt"));
        Assert.Equal(3, ex.Line);
        Assert.Equal("page.txt:3: expected CHAR<TAB>TAG, got a line of 12 characters", ex.Message);
    }

    [Theory]
    [InlineData("中\tO\n中共\tB-ORG\n", 2, "expected one character before the TAB, got '中共'")]
    [InlineData("中\tO\n\tO\n", 2, "expected one character before the TAB, got ''")]
    [InlineData("中\tB-ORG\t1\n", 1, "unknown tag 'B-ORG\t1'")]
    [InlineData("中\tB-GPE\n", 1, "unknown tag 'B-GPE'")]
    public void Reader_rejects_lines_that_are_not_one_character_and_a_known_tag(string text, int line, string reason)
    {
        var ex = Assert.Throws<DataFormatException>(() => ConllNerReader.Read(new StringReader(text), "bad.txt"));
        Assert.Equal(line, ex.Line);
        Assert.StartsWith(reason, ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Token_reader_of_the_ner_command_rejects_a_plain_page_with_its_line_too()
    {
        var ex = Assert.Throws<DataFormatException>(() => ConllSentenceIO.ReadTokens(new StringReader(PlainPage), "page.txt").ToList());
        Assert.Equal(3, ex.Line);
        Assert.Equal("page.txt", ex.Path);
    }

    [Fact]
    public void Reader_takes_BIOES_as_well_as_BIO_and_a_character_without_a_tag_as_O()
    {
        var sentences = ConllNerReader.Read(new StringReader("王\tB-PER\n五\tE-PER\n京\tS-LOC\n沪\tS-LOC\n在\n𠀀\tS-PER\n"), "bioes");
        Assert.Equal("王五京沪在𠀀", Assert.Single(sentences).Text);
        Assert.Equal(
            [new NerSpan(0, 2, NerEntityKind.Person), new NerSpan(2, 3, NerEntityKind.Location), new NerSpan(3, 4, NerEntityKind.Location), new NerSpan(5, 7, NerEntityKind.Person)],
            sentences[0].Spans);
    }

    [Fact]
    public void Files_are_read_like_pages_so_GBK_gold_data_reads_right_and_binary_is_refused()
    {
        var gbk = Path.Combine(dir, "gbk.txt");
        File.WriteAllBytes(gbk, System.Text.Encoding.GetEncoding("GBK").GetBytes(Sample));
        Assert.Equal(ConllNerReader.Read(new StringReader(Sample), "sample"), ConllNerReader.ReadFile(gbk), new SentenceComparer());
        var binary = Path.Combine(dir, "model.bin");
        File.WriteAllBytes(binary, [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00]);
        Assert.Equal(binary, Assert.Throws<InputFileException>(() => ConllNerReader.ReadFile(binary)).Path);
    }

    [Fact]
    public void Gold_data_without_a_single_entity_is_an_error_naming_the_file()
    {
        var path = Path.Combine(dir, "all-o.txt");
        File.WriteAllText(path, "中\tO\n国\tO\n\n人\tO\n");
        Assert.Equal(2, ConllNerReader.ReadFile(path).Count);
        var ex = Assert.Throws<InputFileException>(() => ConllNerReader.ReadAnnotatedFile(path));
        Assert.Equal($"{path}: no entities: every tag of its 2 sentences is O", ex.Message);
        File.WriteAllText(path, "\n\n");
        Assert.Contains("no sentences", Assert.Throws<InputFileException>(() => ConllNerReader.ReadAnnotatedFile(path)).Reason, StringComparison.Ordinal);
        Assert.Equal(2, ConllNerReader.ReadAnnotatedFile(WriteSample()).Count);
    }

    private string WriteSample()
    {
        var path = Path.Combine(dir, "sample.txt");
        File.WriteAllText(path, Sample);
        return path;
    }

    private sealed class SentenceComparer : IEqualityComparer<NerSentence>
    {
        public bool Equals(NerSentence? x, NerSentence? y) =>
            x is not null && y is not null && x.Text == y.Text && x.Spans.SequenceEqual(y.Spans);

        public int GetHashCode(NerSentence obj) => obj.Text.GetHashCode(StringComparison.Ordinal);
    }
}
