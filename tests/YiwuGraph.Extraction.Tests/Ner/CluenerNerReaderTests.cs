using YiwuGraph.Core;
using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner;

public sealed class CluenerNerReaderTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("yiwugraph-cluener-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Ranges_are_inclusive_and_types_map_to_PER_LOC_ORG_while_other_and_unknown_types_stay_O()
    {
        const string line = """
            {"text": "中消协消指部主任王前虎在杭州谈《围城》", "label": {"government": {"中消协消指部": [[0, 5]]}, "position": {"主任": [[6, 7]]}, "name": {"王前虎": [[8, 10]]}, "address": {"杭州": [[12, 13]]}, "book": {"《围城》": [[15, 18]]}, "weapon": {"谈": [[14, 14]]}}}
            """;
        var sentence = Assert.Single(CluenerNerReader.Read(new StringReader(line), "one.jsonl"));
        Assert.Equal("中消协消指部主任王前虎在杭州谈《围城》", sentence.Text);
        Assert.Equal(
            [new NerSpan(0, 6, NerEntityKind.Organization), new NerSpan(8, 11, NerEntityKind.Person), new NerSpan(12, 14, NerEntityKind.Location)],
            sentence.Spans);
    }

    [Fact]
    public void Nested_spans_keep_the_longer_one_and_a_sentence_without_labels_has_no_spans()
    {
        const string lines = """
            {"text": "招商银行总部", "label": {"company": {"招商银行": [[0, 3]], "招商银行总部": [[0, 5]]}}}
            {"text": "今天天气很好"}
            """;
        var sentences = CluenerNerReader.Read(new StringReader(lines), "two.jsonl");
        Assert.Equal([new NerSpan(0, 6, NerEntityKind.Organization)], sentences[0].Spans);
        Assert.Empty(sentences[1].Spans);
    }

    [Theory]
    [InlineData("{\"text\": \"北京\", \"label\": {\"address\": {\"北京\": [[0, 1]]}}}\n{\"text\": \"王五\", \"label\": ", "not a CLUENER line")]
    [InlineData("{\"text\": \"北京\", \"label\": {\"address\": {\"北京\": [[0, 1]]}}}\n{\"text\": \"王五\", \"label\": {\"name\": {\"王五\": [[0, 2]]}}}", "outside the text")]
    [InlineData("{\"text\": \"北京\", \"label\": {\"address\": {\"北京\": [[0, 1]]}}}\n{\"text\": \"王五\", \"label\": {\"name\": {\"王六\": [[0, 1]]}}}", "'王六' is not at [0, 1]")]
    public void A_line_that_does_not_parse_names_the_file_and_the_line(string text, string reason)
    {
        var ex = Assert.Throws<DataFormatException>(() => CluenerNerReader.Read(new StringReader(text), "bad.jsonl"));
        Assert.Equal("bad.jsonl", ex.Path);
        Assert.Equal(2, ex.Line);
        Assert.Contains(reason, ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_addresses_are_cut_at_administrative_ends_and_place_names_like_MSRA()
    {
        const string line = """{"text": "住在北京市海淀区中关村和印度阿拉比娜", "label": {"address": {"北京市海淀区中关村": [[2, 10]], "印度阿拉比娜": [[12, 17]]}}}""";
        var whole = Assert.Single(CluenerNerReader.Read(new StringReader(line), "a.jsonl"));
        Assert.Equal([new NerSpan(2, 11, NerEntityKind.Location), new NerSpan(12, 18, NerEntityKind.Location)], whole.Spans);

        var split = Assert.Single(CluenerNerReader.Read(new StringReader(line), "a.jsonl", CluenerAddresses.Split, name => name == "印度"));
        Assert.Equal(
            [
                new NerSpan(2, 5, NerEntityKind.Location), new NerSpan(5, 8, NerEntityKind.Location), new NerSpan(8, 11, NerEntityKind.Location),
                new NerSpan(12, 14, NerEntityKind.Location), new NerSpan(14, 18, NerEntityKind.Location),
            ],
            split.Spans);
    }

    [Fact]
    public void The_corpus_reader_tells_the_formats_apart_and_skips_the_last_CLUENER_lines_only()
    {
        var jsonl = Path.Combine(dir, "c.jsonl");
        File.WriteAllText(jsonl, """
            {"text": "王五来了", "label": {"name": {"王五": [[0, 1]]}}}
            {"text": "李四来了", "label": {"name": {"李四": [[0, 1]]}}}
            {"text": "赵六来了", "label": {"name": {"赵六": [[0, 1]]}}}

            """);
        var conll = Path.Combine(dir, "c.txt");
        File.WriteAllText(conll, "王\tB-PER\n五\tI-PER\n\n李\tB-PER\n四\tI-PER\n\n");
        var options = new NerCorpusOptions { SkipLastCluener = 1 };

        Assert.Equal(["王五来了", "李四来了"], NerCorpusReader.ReadAnnotatedFile(jsonl, options).Select(s => s.Text));
        Assert.Equal(3, NerCorpusReader.ReadAnnotatedFile(jsonl).Count);
        Assert.Equal(2, NerCorpusReader.ReadAnnotatedFile(conll, options).Count);
        Assert.Contains("not more than the 3", Assert.Throws<InputFileException>(() => NerCorpusReader.ReadAnnotatedFile(jsonl, options with { SkipLastCluener = 3 })).Reason, StringComparison.Ordinal);
    }
}
