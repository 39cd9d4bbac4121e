using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner;

/// <summary>A short, real training run on a slice of the MSRA data (skipped when the shared data is absent).</summary>
public sealed class NerTrainingTests
{
    [Fact]
    public void Training_on_3000_sentences_reaches_55_F1_on_1000_dev_sentences_and_is_deterministic_at_any_thread_count()
    {
        var trainPath = TestData.File("data", "ner", "train.txt");
        var devPath = TestData.File("data", "ner", "dev.txt");
        Skips.When(trainPath is null || devPath is null, "shared/data/ner is not available beside the repository");
        var train = ConllNerReader.ReadFile(trainPath!).Take(3000).ToList();
        var dev = ConllNerReader.ReadFile(devPath!).Take(1000).ToList();
        var options = new NerTrainerOptions { Epochs = 3, Runs = 2, DictionaryFolds = 2, PruneThreshold = 0.05f };
        // The built-in lists only (the shipped model adds the gazetteer's 50,000 names): quicker to build.
        var lexicon = NerLexicons.BuiltInWords().ToList();

        var model = new NerTrainer(options).Train(train, dev, lexicon);
        var score = NerTrainer.Evaluate(new NerTagger(model), dev).Overall;
        Assert.True(score.F1 >= 0.55, $"F1 {score.F1:P2}");
        TestContext.Current.SendDiagnosticMessage($"3,000-sentence model: dev[..1000] F1 {score.F1:P2}");

        // Same data and options, same bytes, whether the mixed runs train one after the other or side by side
        // (checked on a smaller run to keep the suite quick).
        var small = options with { Epochs = 1, Runs = 3 };
        model = new NerTrainer(small with { Threads = 1 }).Train(train.Take(500).ToList(), null, lexicon);
        var again = new NerTrainer(small with { Threads = 3 }).Train(train.Take(500).ToList(), null, lexicon);
        var a = new MemoryStream();
        var b = new MemoryStream();
        model.Save(a);
        again.Save(b);
        Assert.Equal(a.ToArray(), b.ToArray());
    }
}
