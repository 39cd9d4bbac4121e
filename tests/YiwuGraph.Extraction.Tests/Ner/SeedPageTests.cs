using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner;

/// <summary>The two annotated seed pages: persons / organisations / places F1 at least 0.95 / 0.90 / 0.90.</summary>
public sealed class SeedPageTests(ITestOutputHelper output)
{
    [Fact]
    public void Seed_pages_reach_the_target_F1_per_type()
    {
        var seeds = TestData.Shared is null ? null : Path.Combine(TestData.Shared, "seeds");
        var gold = TestData.Shared is null ? null : Path.Combine(TestData.Shared, "data", "seed-gold");
        Skips.When(seeds is null || !Directory.Exists(gold), "shared seeds and seed-gold are not available");
        var totals = new Dictionary<MentionType, (int Gold, int Found, int Predicted, int Correct)>();
        foreach (var goldFile in Directory.GetFiles(gold!, "*.json").Order(StringComparer.Ordinal))
        {
            var page = Path.Combine(seeds!, Path.GetFileNameWithoutExtension(goldFile) + ".txt");
            var text = SeedScorer.JoinLayoutBreaks(File.ReadAllText(page));
            var scores = SeedScorer.Score(goldFile, text, NewsEntityRecognizer.Default.Recognize(text));
            output.WriteLine(Path.GetFileName(page));
            output.WriteLine(SeedScorer.Format(scores));
            foreach (var (type, s) in scores)
            {
                var t = totals.GetValueOrDefault(type);
                totals[type] = (t.Gold + s.Gold, t.Found + s.Found, t.Predicted + s.Predicted, t.Correct + s.Correct);
            }
        }

        foreach (var (type, minimum) in new[] { (MentionType.Person, 0.95), (MentionType.Organization, 0.90), (MentionType.Place, 0.90) })
        {
            var t = totals[type];
            var precision = (double)t.Correct / t.Predicted;
            var recall = (double)t.Found / t.Gold;
            var f1 = 2 * precision * recall / (precision + recall);
            output.WriteLine($"{type}: P {precision:F3} R {recall:F3} F1 {f1:F3}");
            Assert.True(f1 >= minimum, $"{type} F1 {f1:F3} < {minimum}");
        }
    }
}
