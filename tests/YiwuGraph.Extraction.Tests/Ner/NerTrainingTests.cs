using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner;

/// <summary>Short, real training runs on slices of the MSRA and CLUENER data (skipped when the shared data is absent).</summary>
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
        var lexicon = NerLexicons.BuiltInWords(LexiconSet.Default).ToList();

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

    [Fact]
    public void Training_on_a_mixed_MSRA_and_CLUENER_sample_reaches_60_F1_on_CLUENER_dev_sentences_never_trained_on()
    {
        var msraPath = TestData.File("data", "ner", "train.txt");
        var cluenerPath = TestData.File("data", "cluener", "train.jsonl");
        Skips.When(msraPath is null || cluenerPath is null, "shared/data/ner or shared/data/cluener is not available beside the repository");
        // The last 1,000 CLUENER lines are its dev part: read without them for training, alone for scoring.
        var cluenerTrain = NerCorpusReader.ReadAnnotatedFile(cluenerPath!, new NerCorpusOptions { SkipLastCluener = 1000 });
        var cluenerAll = NerCorpusReader.ReadAnnotatedFile(cluenerPath!);
        Assert.Equal(cluenerAll.Count - 1000, cluenerTrain.Count);
        var dev = cluenerAll.TakeLast(500).ToList();
        var train = ConllNerReader.ReadFile(msraPath!).Take(1500).Concat(cluenerTrain.Take(2500)).ToList();
        var options = new NerTrainerOptions { Epochs = 3, Runs = 1, DictionaryFolds = 2, PruneThreshold = 0.05f };
        var lexicon = NerLexicons.BuiltInWords(LexiconSet.Default).ToList();

        var mixed = NerTrainer.Evaluate(new NerTagger(new NerTrainer(options).Train(train, null, lexicon)), dev).Overall;
        TestContext.Current.SendDiagnosticMessage($"1,500 MSRA + 2,500 CLUENER sentences: CLUENER dev[..500] F1 {mixed.F1:P2}");
        Assert.True(mixed.F1 >= 0.60, $"F1 {mixed.F1:P2}");
    }

    [Fact]
    public void A_partial_sentence_takes_in_predicted_entities_that_lie_wholly_on_gold_O_and_nothing_else()
    {
        var gold = new int[8];
        NerTagSet.Encode([new NerSpan(2, 4, NerEntityKind.Person)], gold);
        var predicted = new int[8];
        NerTagSet.Encode(
            [new NerSpan(0, 1, NerEntityKind.Location), new NerSpan(3, 6, NerEntityKind.Organization), new NerSpan(6, 8, NerEntityKind.Organization)],
            predicted);

        var target = NerTrainer.AcceptUnmarked(gold, predicted);
        Assert.Equal(
            [new NerSpan(0, 1, NerEntityKind.Location), new NerSpan(2, 4, NerEntityKind.Person), new NerSpan(6, 8, NerEntityKind.Organization)],
            NerTagSet.Decode(target));
        Assert.Equal([new NerSpan(2, 4, NerEntityKind.Person)], NerTagSet.Decode(gold));

        // Nothing predicted on O: the gold itself, unchanged.
        NerTagSet.Encode([new NerSpan(2, 5, NerEntityKind.Person)], predicted);
        Assert.Same(gold, NerTrainer.AcceptUnmarked(gold, predicted));
    }

    [Fact]
    public void Corpus_own_features_let_the_model_follow_the_complete_corpus_where_the_partial_one_differs_and_stay_out_of_it()
    {
        // The complete corpus marks the parts of an address, the partial one the whole address: the same text,
        // annotated two ways, equally often.
        const string text = "他在北京市海淀区工作";
        var split = new NerSentence(text, [new NerSpan(2, 5, NerEntityKind.Location), new NerSpan(5, 8, NerEntityKind.Location)]);
        var whole = new NerSentence(text, [new NerSpan(2, 8, NerEntityKind.Location)], Partial: true);
        var train = Enumerable.Range(0, 20).SelectMany(_ => new[] { split, whole }).ToList();
        var options = new NerTrainerOptions { Epochs = 5, Runs = 1, DictionaryFolds = 0, Clusters = null, MinFeatureCount = 1, PruneThreshold = 0.01f };

        var shared = new NerTrainer(options).Train(train, null, []);
        var own = new NerTrainer(options with { CorpusOwnFeatures = true }).Train(train, null, []);

        Assert.Equal(split.Spans, new NerTagger(own).Tag(text));
        Assert.NotEqual(split.Spans, new NerTagger(shared).Tag(text));
        Assert.Subset(shared.Keys.ToHashSet(), own.Keys.ToHashSet());
    }

    [Fact]
    public void Pretrained_classes_shared_only_leave_their_features_out_of_the_corpus_own_copies()
    {
        var learned = new CharClusters([2], [new('叶', [1]), new('帮', [2])]);
        var pretrained = new CharClusters([4], [new('叶', [2]), new('帮', [3]), new('锐', [4])]);
        var matches = new LexiconMatches();
        matches.Reset(3);
        var shared = new FeatureBuffer();
        var own = new FeatureBuffer();
        NerFeatureExtractor.Extract("叶帮锐", matches, learned.Concat(pretrained), null, shared);
        NerFeatureExtractor.Extract("叶帮锐", matches, learned, null, own);
        var ownKeys = new HashSet<ulong>();

        var (keys, offsets) = NerTrainer.SharedThenOwnKeys(shared, own, ownKeys);

        Assert.Equal(shared.Count + own.Count, keys.Length);
        for (var i = 0; i < 3; i++)
        {
            var at = keys.AsSpan(offsets[i], offsets[i + 1] - offsets[i]).ToArray();
            var sharedAt = shared.At(i).ToArray();
            var pretrainedOnly = sharedAt.Except(own.At(i).ToArray()).ToList();
            // The pretrained level's eight templates fire in the shared copy and have no own copy.
            Assert.Equal(8, pretrainedOnly.Count);
            Assert.Equal(sharedAt, at[..sharedAt.Length]);
            Assert.Equal(own.At(i).ToArray().Select(k => NerTrainer.CorpusOwnKey(k, true, [])), at[sharedAt.Length..]);
            Assert.Empty(pretrainedOnly.Select(k => NerTrainer.CorpusOwnKey(k, true, [])).Intersect(at));
        }

        Assert.Equal(own.Keys.Take(own.Count).Select(k => NerTrainer.CorpusOwnKey(k, true, [])).ToHashSet(), ownKeys);
    }

    [Fact]
    public void Pretrained_classes_shared_only_drops_the_own_copies_of_class_features_and_nothing_else()
    {
        // The complete corpus marks the parts of an address, the partial one the whole of another address whose
        // characters share the first one's pretrained classes.
        var split = new NerSentence("他在北京市海淀区工作", [new NerSpan(2, 5, NerEntityKind.Location), new NerSpan(5, 8, NerEntityKind.Location)]);
        var whole = new NerSentence("她到南京市玄武区开会", [new NerSpan(2, 8, NerEntityKind.Location)], Partial: true);
        var mixed = Enumerable.Range(0, 20).SelectMany(_ => new[] { split, whole }).ToList();
        var complete = Enumerable.Repeat(split, 20).ToList();
        var pretrained = new CharClusters(
            [3],
            [new('北', [1]), new('南', [1]), new('京', [1]), new('市', [2]), new('区', [2]), new('海', [3]), new('淀', [3]), new('玄', [3]), new('武', [3])]);
        var options = new NerTrainerOptions
        {
            Epochs = 5, Runs = 1, DictionaryFolds = 0, Clusters = null, MinFeatureCount = 1, PruneThreshold = 0.01f,
            CorpusOwnFeatures = true, PretrainedClasses = pretrained,
        };
        (byte[] Bytes, string Log) Train(NerTrainerOptions o, List<NerSentence> train)
        {
            var log = new StringWriter();
            var stream = new MemoryStream();
            new NerTrainer(o with { Log = log }).Train(train, null, []).Save(stream);
            return (stream.ToArray(), log.ToString());
        }

        static int Seen(string log) => int.Parse(System.Text.RegularExpressions.Regex.Match(log, @"features: (\d+) seen").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var sharedOnly = options with { PretrainedClassesSharedOnly = true };
        var allLog = Train(options, mixed).Log;
        var sharedLog = Train(sharedOnly, mixed).Log;
        // Exactly the partial sentence's distinct class features lose their own copies.
        var matches = new LexiconMatches();
        matches.Reset(whole.Text.Length);
        var withClasses = new FeatureBuffer();
        var without = new FeatureBuffer();
        NerFeatureExtractor.Extract(whole.Text, matches, pretrained, null, withClasses);
        NerFeatureExtractor.Extract(whole.Text, matches, CharClusters.Empty, null, without);
        var classFeatures = withClasses.Keys.Take(withClasses.Count).Except(without.Keys.Take(without.Count)).Count();
        Assert.True(classFeatures > 8);
        Assert.Equal(Seen(allLog) - classFeatures, Seen(sharedLog));
        Assert.Equal(Train(options, complete).Bytes, Train(sharedOnly, complete).Bytes);
        Assert.Equal(Train(options with { PretrainedClasses = null }, mixed).Bytes, Train(sharedOnly with { PretrainedClasses = null }, mixed).Bytes);
    }

    [Fact]
    public void Pretrained_classes_on_complete_sentences_only_fire_no_class_feature_on_partial_sentences()
    {
        // The sentences of the shared-only test: most of the partial sentence's characters share the complete one's
        // pretrained classes, so most of its class features also fire on the complete sentence; 会 has a class of its own.
        var split = new NerSentence("他在北京市海淀区工作", [new NerSpan(2, 5, NerEntityKind.Location), new NerSpan(5, 8, NerEntityKind.Location)]);
        var whole = new NerSentence("她到南京市玄武区开会", [new NerSpan(2, 8, NerEntityKind.Location)], Partial: true);
        var mixed = Enumerable.Range(0, 20).SelectMany(_ => new[] { split, whole }).ToList();
        var complete = Enumerable.Repeat(split, 20).ToList();
        var pretrained = new CharClusters(
            [4],
            [new('北', [1]), new('南', [1]), new('京', [1]), new('市', [2]), new('区', [2]), new('海', [3]), new('淀', [3]), new('玄', [3]), new('武', [3]), new('会', [4])]);
        var options = new NerTrainerOptions
        {
            Epochs = 5, Runs = 1, DictionaryFolds = 0, Clusters = null, MinFeatureCount = 1, PruneThreshold = 0.01f,
            CorpusOwnFeatures = true, PretrainedClasses = pretrained,
        };
        (byte[] Bytes, string Log) Train(NerTrainerOptions o, List<NerSentence> train)
        {
            var log = new StringWriter();
            var stream = new MemoryStream();
            new NerTrainer(o with { Log = log }).Train(train, null, []).Save(stream);
            return (stream.ToArray(), log.ToString());
        }

        static int Seen(string log) => int.Parse(System.Text.RegularExpressions.Regex.Match(log, @"features: (\d+) seen").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        HashSet<ulong> ClassFeatures(string text)
        {
            var matches = new LexiconMatches();
            matches.Reset(text.Length);
            var withClasses = new FeatureBuffer();
            var without = new FeatureBuffer();
            NerFeatureExtractor.Extract(text, matches, pretrained, null, withClasses);
            NerFeatureExtractor.Extract(text, matches, CharClusters.Empty, null, without);
            return [.. withClasses.Keys.Take(withClasses.Count).Except(without.Keys.Take(without.Count))];
        }

        var completeOnly = options with { PretrainedClassesCompleteOnly = true };
        var partialClasses = ClassFeatures(whole.Text);
        var sharedWithComplete = partialClasses.Intersect(ClassFeatures(split.Text)).Count();
        Assert.InRange(sharedWithComplete, 1, partialClasses.Count - 1);
        // Every class feature of the partial sentence loses its own copy, and its shared copy unless the complete
        // sentence fires it too.
        Assert.Equal(
            Seen(Train(options, mixed).Log) - partialClasses.Count - (partialClasses.Count - sharedWithComplete),
            Seen(Train(completeOnly, mixed).Log));
        Assert.Equal(
            Seen(Train(options with { CorpusOwnFeatures = false }, mixed).Log) - (partialClasses.Count - sharedWithComplete),
            Seen(Train(completeOnly with { CorpusOwnFeatures = false }, mixed).Log));
        Assert.Equal(Train(options, complete).Bytes, Train(completeOnly, complete).Bytes);
        Assert.Equal(Train(options with { PretrainedClasses = null }, mixed).Bytes, Train(completeOnly with { PretrainedClasses = null }, mixed).Bytes);
        // The model keeps the classes, so tagging fires them on every sentence.
        using var stream = new MemoryStream(Train(completeOnly, mixed).Bytes);
        Assert.Equal(pretrained.ClassCounts, NerModel.Load(stream).Clusters.ClassCounts);
    }

    [Fact]
    public void A_cancelled_token_stops_training()
    {
        var sentence = new NerSentence("王五在北京", [new NerSpan(0, 2, NerEntityKind.Person), new NerSpan(3, 5, NerEntityKind.Location)]);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var options = new NerTrainerOptions { Epochs = 1, Runs = 2, DictionaryFolds = 0, Clusters = null, Cancellation = cancelled.Token };
        Assert.ThrowsAny<OperationCanceledException>(() => new NerTrainer(options).Train([sentence], null, []));
    }
}
