using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Ner;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>
/// Builds the graph of the annotated seed pages and prints precision, recall and F1 per category against
/// <c>../shared/data/seed-gold</c>; also writes the report and every miss and false positive to
/// <c>$TMPDIR/yiwugraph-seed-gold-score.txt</c>.
/// </summary>
public sealed class SeedGoldScoreTests(ITestOutputHelper output)
{
    [Fact]
    public void Seed_gold_scores_with_the_recognizer_are_printed()
    {
        var home = new HomeContext("义乌市", "浙江省");
        NewsEntityRecognizer recognizer;
        try
        {
            recognizer = NewsEntityRecognizer.Default;
        }
        catch (YiwuGraph.Core.YiwuGraphException ex)
        {
            Assert.Skip("The recognizer does not load: " + ex.Message);
            return;
        }

        var source = new RecognizerMentionSource(recognizer, new PatternMentionSource(JiebaSegmenter.CreateDefault(), home));
        Run(new CorpusGraphBuilder(home, source), "yiwugraph-seed-gold-score-ner.txt");
    }

    [Fact]
    public void Seed_gold_scores_are_printed_and_above_floors()
    {
        var total = Run(new CorpusGraphBuilder(), "yiwugraph-seed-gold-score.txt");
        var byName = total.ToDictionary(s => s.Category);
        Assert.True(byName["persons"].F1 >= 0.5, byName["persons"].ToString());
    }

    private Score[] Run(CorpusGraphBuilder builder, string reportName)
    {
        var goldDir = RepoPaths.SeedGold;
        if (goldDir is null)
        {
            Assert.Skip("../shared/data/seed-gold is not beside the repository.");
            return [];
        }

        var goldFiles = Directory.GetFiles(goldDir, "*.json").Order(StringComparer.Ordinal).ToList();
        var seeds = goldFiles.Select(f => Path.Combine(RepoPaths.Seeds, Path.GetFileNameWithoutExtension(f) + ".txt")).Where(File.Exists).ToList();
        var summary = builder.Build(seeds, cancellationToken: TestContext.Current.CancellationToken);
        Score[]? total = null;
        var report = new List<string>();
        foreach (var goldFile in goldFiles)
        {
            var scorer = new SeedGoldScorer(goldFile, summary.Graph);
            var scores = scorer.ScoreAll().ToArray();
            total = total is null ? scores : total.Zip(scores, (a, b) => a.Add(b)).ToArray();
            report.Add($"== {Path.GetFileName(goldFile)}");
            report.AddRange(scores.Select(s => s.ToString()));
            report.AddRange(scorer.Notes.Select(n => "   " + n));
        }

        report.Insert(0, "== total (micro)");
        report.InsertRange(1, total!.Select(s => s.ToString()));
        foreach (var line in report)
        {
            output.WriteLine(line);
        }

        File.WriteAllLines(Path.Combine(Path.GetTempPath(), reportName), report);
        return total!;
    }
}
