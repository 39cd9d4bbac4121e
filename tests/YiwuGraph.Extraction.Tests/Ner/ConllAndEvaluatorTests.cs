using YiwuGraph.Core;
using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner;

public sealed class ConllAndEvaluatorTests
{
    private const string Sample = "中\tB-ORG\n共\tI-ORG\n致\tO\n\n王\tB-PER\n五\tI-PER\n在\tO\n京\tB-LOC\n\n";

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
        var sentences = ConllSentenceIO.ReadTokens(new StringReader(Sample)).ToList();
        var writer = new StringWriter();
        ConllSentenceIO.Write(writer, sentences[1], [new NerSpan(0, 2, NerEntityKind.Person), new NerSpan(3, 4, NerEntityKind.Location)]);
        Assert.Equal("王\tB-PER\n五\tI-PER\n在\tO\n京\tB-LOC\n\n", writer.ToString());
    }
}
