using System.Globalization;

namespace YiwuGraph.Extraction.Ner;

/// <summary>
/// Structured averaged perceptron over the BIOES tags with constrained Viterbi decoding. Training is
/// single-threaded with a fixed seed and ordinal orderings everywhere, so the same data and options give
/// the same model bytes. The training-set entity dictionary is jack-knifed: each sentence sees only the
/// entities of the other folds, so the model learns how far to trust a dictionary hit on unseen text.
/// </summary>
public sealed class NerTrainer
{
    private const int T = NerTagSet.Count;
    private readonly NerTrainerOptions options;
    private readonly Lock logLock = new();

    public NerTrainer(NerTrainerOptions? options = null)
    {
        this.options = options ?? new NerTrainerOptions();
    }

    /// <summary>Trains on <paramref name="train"/>; prints dev F1 per epoch when <paramref name="dev"/> is given.</summary>
    public NerModel Train(
        IReadOnlyList<NerSentence> train,
        IReadOnlyList<NerSentence>? dev,
        IEnumerable<KeyValuePair<string, ushort>> baseLexicon)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(baseLexicon);
        if (train.Count == 0)
        {
            throw new ArgumentException("No training sentences.", nameof(train));
        }

        var baseWords = baseLexicon.ToList();
        var folds = Math.Max(0, options.DictionaryFolds);
        var foldOf = new int[train.Count];
        for (var s = 0; s < train.Count; s++)
        {
            foldOf[s] = folds == 0 ? 0 : (int)((long)s * folds / train.Count);
        }

        var fullLexicon = CharLexicon.Build(baseWords.Concat(folds == 0 ? [] : DictionaryWords(train, foldOf, -1)));
        var foldLexicons = new CharLexicon[Math.Max(folds, 1)];
        for (var k = 0; k < foldLexicons.Length; k++)
        {
            foldLexicons[k] = folds == 0 ? fullLexicon : CharLexicon.Build(baseWords.Concat(DictionaryWords(train, foldOf, k)));
        }

        var learned = options.Clusters is null
            ? CharClusters.Empty
            : CharClusterBuilder.Build(train.Select(s => s.Text).Concat(options.UnlabelledText), options.Clusters);
        var clusters = options.PretrainedClasses is null ? learned : learned.Concat(options.PretrainedClasses);
        // The classes the corpus-own copies are built from when they leave the pretrained levels out; null when
        // the copies are the features themselves (the shipped model's way).
        var ownClusters = options.CorpusOwnFeatures && options.PretrainedClassesSharedOnly && options.PretrainedClasses is { Levels: > 0 }
            ? learned
            : null;

        // The classes a partial sentence is featurized with when the pretrained levels fire on complete sentences
        // only (PretrainedClassesCompleteOnly); the same classes as every other sentence otherwise.
        var partialClusters = options.PretrainedClassesCompleteOnly && options.PretrainedClasses is { Levels: > 0 }
            ? learned
            : clusters;

        Log($"character classes: {clusters.Entries.Count} characters in {string.Join(" / ", clusters.ClassCounts)} classes");
        Log($"lexicon: {fullLexicon.WordCount} words; featurizing {train.Count} sentences");
        var featureIds = new Dictionary<ulong, int>();
        var counts = new List<int>();
        var trainData = new Instance[train.Count];
        var matches = new LexiconMatches();
        var words = new WordAnnotations();
        var buffer = new FeatureBuffer();
        var ownBuffer = new FeatureBuffer();
        var ownKeys = new HashSet<ulong>();
        for (var s = 0; s < train.Count; s++)
        {
            Featurize(train[s].Text, foldLexicons[foldOf[s]], train[s].Partial ? partialClusters : clusters, matches, words, buffer);
            ulong[] keys;
            int[] offsets;
            if (train[s].Partial && ownClusters is not null)
            {
                // The corpus-own copies come from the features without the pretrained levels (see
                // PretrainedClassesSharedOnly): each position has its shared features, then its own copies.
                Featurize(train[s].Text, foldLexicons[foldOf[s]], ownClusters, matches, words, ownBuffer);
                (keys, offsets) = SharedThenOwnKeys(buffer, ownBuffer, ownKeys);
            }
            else
            {
                // A partial sentence's features come in pairs, shared and corpus-own (see CorpusOwnFeatures).
                var copies = train[s].Partial && options.CorpusOwnFeatures ? 2 : 1;
                keys = new ulong[buffer.Count * copies];
                for (var j = 0; j < keys.Length; j++)
                {
                    keys[j] = copies == 1 ? buffer.Keys[j] : CorpusOwnKey(buffer.Keys[j / 2], j % 2 == 1, ownKeys);
                }

                offsets = buffer.Offsets.AsSpan(0, buffer.Positions + 1).ToArray();
                for (var i = 0; i < offsets.Length && copies > 1; i++)
                {
                    offsets[i] *= copies;
                }
            }

            var ids = new int[keys.Length];
            for (var j = 0; j < ids.Length; j++)
            {
                var key = keys[j];
                if (!featureIds.TryGetValue(key, out var id))
                {
                    id = counts.Count;
                    featureIds.Add(key, id);
                    counts.Add(0);
                }

                counts[id]++;
                ids[j] = id;
            }

            var gold = new int[train[s].Text.Length];
            NerTagSet.Encode(train[s].Spans, gold);
            trainData[s] = new Instance(ids, offsets, gold) { Partial = train[s].Partial && options.PartialOutside };
        }

        // Drop rare features and renumber the rest in key order (deterministic layout).
        var keptKeys = featureIds.Where(p => counts[p.Value] >= options.MinFeatureCount).Select(p => p.Key).Order().ToArray();
        var remap = new int[counts.Count];
        Array.Fill(remap, -1);
        for (var i = 0; i < keptKeys.Length; i++)
        {
            remap[featureIds[keptKeys[i]]] = i;
        }

        foreach (var instance in trainData)
        {
            instance.Compact(remap);
        }

        Log($"features: {counts.Count} seen, {keptKeys.Length} kept (count >= {options.MinFeatureCount})");
        var keptIndex = new Dictionary<ulong, int>(keptKeys.Length);
        for (var i = 0; i < keptKeys.Length; i++)
        {
            keptIndex.Add(keptKeys[i], i);
        }

        featureIds.Clear();
        var devData = dev is null ? [] : dev.Select(sentence =>
        {
            Featurize(sentence.Text, fullLexicon, clusters, matches, words, buffer);
            var ids = new int[buffer.Count];
            for (var j = 0; j < buffer.Count; j++)
            {
                ids[j] = keptIndex.TryGetValue(buffer.Keys[j], out var id) ? id : -1;
            }

            var gold = new int[sentence.Text.Length];
            NerTagSet.Encode(sentence.Spans, gold);
            var instance = new Instance(ids, buffer.Offsets.AsSpan(0, buffer.Positions + 1).ToArray(), gold);
            instance.Compact(null);
            return instance;
        }).ToArray();

        // Several perceptrons over different shuffles, averaged into one (parameter mixing). The dev F1 of a
        // single run moves by more than a point with the shuffle alone (84.8 to 86.3 seen); the mixture of five
        // scored 86.03 against their mean of 85.61 and tags as fast, since it is still one linear model.
        var runs = Math.Max(1, options.Runs);
        var results = new (float[] Weights, float[] Transitions)[runs];
        Parallel.For(
            0,
            runs,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads), CancellationToken = options.Cancellation },
            r => results[r] = TrainRun(r, runs, trainData, devData, keptKeys.Length));
        var averaged = results[0].Weights;
        var averagedTrans = results[0].Transitions;
        for (var r = 1; r < runs; r++)
        {
            Accumulate(averaged, results[r].Weights);
            Accumulate(averagedTrans, results[r].Transitions);
        }

        if (runs > 1)
        {
            Scale(averaged, 1f / runs);
            Scale(averagedTrans, 1f / runs);
            if (devData.Length > 0)
            {
                Log($"mixture of {runs} runs: {DevScores(devData, averaged, averagedTrans, new ViterbiScratch())}");
            }
        }

        return Quantize(keptKeys, averaged, averagedTrans, fullLexicon, clusters, ownKeys);
    }

    /// <summary>One averaged perceptron over the shuffles of seed <c>Seed + run</c>; returns the averaged weights.</summary>
    private (float[] Weights, float[] Transitions) TrainRun(int run, int runs, Instance[] trainData, Instance[] devData, int featureCount)
    {
        var weights = new float[featureCount * T];
        var totals = new double[featureCount * T];
        var trans = new float[ViterbiDecoder.TransitionSize];
        var transTotals = new double[ViterbiDecoder.TransitionSize];
        var order = Enumerable.Range(0, trainData.Length).ToArray();
        var random = new Random(options.Seed + run);
        var scratch = new ViterbiScratch();
        var step = 1d;
        // Filled in place after every epoch: a fresh 90 MB array per epoch and run piled up on the large-object heap.
        var averaged = new float[weights.Length];
        var averagedTrans = new float[trans.Length];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var s in order)
            {
                // A run takes minutes: a signal must stop it between sentences, not after the last epoch.
                options.Cancellation.ThrowIfCancellationRequested();
                var instance = trainData[s];
                var predicted = Decode(instance, weights, trans, scratch);
                var gold = instance.Partial ? AcceptUnmarked(instance.Gold, predicted) : instance.Gold;
                var previousGold = -1;
                var previousPred = -1;
                for (var i = 0; i < gold.Length; i++)
                {
                    var g = gold[i];
                    var p = predicted[i];
                    if (g != p)
                    {
                        mistakes++;
                        for (var j = instance.Offsets[i]; j < instance.Offsets[i + 1]; j++)
                        {
                            var f = instance.Ids[j] * T;
                            weights[f + g] += 1;
                            totals[f + g] += step;
                            weights[f + p] -= 1;
                            totals[f + p] -= step;
                        }
                    }

                    if (g != p || previousGold != previousPred)
                    {
                        var gi = ((previousGold + 1) * T) + g;
                        var pi = ((previousPred + 1) * T) + p;
                        trans[gi] += 1;
                        transTotals[gi] += step;
                        trans[pi] -= 1;
                        transTotals[pi] -= step;
                    }

                    previousGold = g;
                    previousPred = p;
                }

                step++;
            }

            Average(weights, totals, step, averaged);
            Average(trans, transTotals, step, averagedTrans);
            var line = string.Create(CultureInfo.InvariantCulture, $"{(runs > 1 ? $"run {run + 1}/{runs} " : string.Empty)}epoch {epoch,2}: {mistakes} training tag errors");
            if (devData.Length > 0)
            {
                line += ", " + DevScores(devData, averaged, averagedTrans, scratch);
            }

            Log(line);
        }

        return (averaged, averagedTrans);
    }

    private static string DevScores(Instance[] devData, float[] weights, float[] transitions, ViterbiScratch scratch)
    {
        var evaluator = new NerEvaluator();
        foreach (var instance in devData)
        {
            var predicted = Decode(instance, weights, transitions, scratch);
            evaluator.Add(NerTagSet.Decode(instance.Gold), NerTagSet.Decode(predicted));
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"dev F1 {evaluator.Overall.F1 * 100:F2} (PER {evaluator.For(NerEntityKind.Person).F1 * 100:F2}, LOC {evaluator.For(NerEntityKind.Location).F1 * 100:F2}, ORG {evaluator.For(NerEntityKind.Organization).F1 * 100:F2})");
    }

    private static void Accumulate(float[] sum, float[] add)
    {
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] += add[i];
        }
    }

    private static void Scale(float[] values, float factor)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] *= factor;
        }
    }

    private NerModel Quantize(ulong[] keys, float[] averaged, float[] averagedTrans, CharLexicon lexicon, CharClusters clusters, HashSet<ulong> dropped)
    {
        var maxAbs = 1e-6f;
        for (var i = 0; i < averaged.Length; i++)
        {
            if (!dropped.Contains(keys[i / T]))
            {
                maxAbs = Math.Max(maxAbs, Math.Abs(averaged[i]));
            }
        }

        foreach (var w in averagedTrans)
        {
            maxAbs = Math.Max(maxAbs, Math.Abs(w));
        }

        var scale = maxAbs / 32000f;
        var keptKeys = new List<ulong>();
        var keptWeights = new List<short>();
        for (var f = 0; f < keys.Length; f++)
        {
            var largest = 0f;
            for (var t = 0; t < T; t++)
            {
                largest = Math.Max(largest, Math.Abs(averaged[(f * T) + t]));
            }

            if (largest < options.PruneThreshold || dropped.Contains(keys[f]))
            {
                continue;
            }

            keptKeys.Add(keys[f]);
            for (var t = 0; t < T; t++)
            {
                keptWeights.Add((short)Math.Round(averaged[(f * T) + t] / scale, MidpointRounding.ToEven));
            }
        }

        var qt = averagedTrans.Select(w => (short)Math.Round(w / scale, MidpointRounding.ToEven)).ToArray();
        Log($"model: {keptKeys.Count} features after pruning (|w| >= {options.PruneThreshold.ToString(CultureInfo.InvariantCulture)})");
        return new NerModel(
            NerFeatureExtractor.TemplateVersion,
            options.WordAnnotator?.Name ?? string.Empty,
            scale,
            qt,
            [.. keptKeys],
            [.. keptWeights],
            lexicon.Words().ToList(),
            clusters);
    }

    /// <summary>Scores every sentence of <paramref name="sentences"/> with <paramref name="tagger"/>.</summary>
    public static NerEvaluator Evaluate(NerTagger tagger, IEnumerable<NerSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        var evaluator = new NerEvaluator();
        foreach (var sentence in sentences)
        {
            evaluator.Add(sentence.Spans, tagger.Tag(sentence.Text));
        }

        return evaluator;
    }

    /// <summary>Training-set entities (2+ characters) outside fold <paramref name="excludedFold"/>, as lexicon words.</summary>
    private static IEnumerable<KeyValuePair<string, ushort>> DictionaryWords(IReadOnlyList<NerSentence> train, int[] foldOf, int excludedFold)
    {
        for (var s = 0; s < train.Count; s++)
        {
            if (foldOf[s] == excludedFold)
            {
                continue;
            }

            foreach (var span in train[s].Spans)
            {
                if (span.Length < 2)
                {
                    continue;
                }

                var cls = span.Kind switch
                {
                    NerEntityKind.Person => LexiconClass.KnownPerson,
                    NerEntityKind.Location => LexiconClass.KnownLocation,
                    _ => LexiconClass.KnownOrganization,
                };
                yield return new(train[s].Text.Substring(span.Start, span.Length), (ushort)(1 << (int)cls));
            }
        }
    }

    private void Featurize(string text, CharLexicon lexicon, CharClusters clusters, LexiconMatches matches, WordAnnotations words, FeatureBuffer buffer)
    {
        matches.Reset(text.Length);
        lexicon.Annotate(text, matches);
        WordAnnotations? w = null;
        if (options.WordAnnotator is not null)
        {
            words.Reset(text.Length);
            options.WordAnnotator.Annotate(text, words);
            w = words;
        }

        NerFeatureExtractor.Extract(text, matches, clusters, w, buffer);
    }

    private static int[] Decode(Instance instance, float[] weights, float[] trans, ViterbiScratch scratch)
    {
        var n = instance.Gold.Length;
        var emissions = new float[n * T];
        for (var i = 0; i < n; i++)
        {
            var row = i * T;
            for (var j = instance.Offsets[i]; j < instance.Offsets[i + 1]; j++)
            {
                var f = instance.Ids[j] * T;
                for (var t = 0; t < T; t++)
                {
                    emissions[row + t] += weights[f + t];
                }
            }
        }

        var tags = new int[n];
        ViterbiDecoder.Decode(emissions, trans, tags, scratch);
        return tags;
    }

    /// <summary>
    /// The key of a feature's corpus-own copy (a fixed bijection of the shared key, recorded in
    /// <paramref name="ownKeys"/> so that the model leaves it out), or the shared key itself.
    /// </summary>
    internal static ulong CorpusOwnKey(ulong key, bool own, HashSet<ulong> ownKeys)
    {
        if (!own)
        {
            return key;
        }

        var ownKey = (key ^ 0x9E3779B97F4A7C15UL) * 0xBF58476D1CE4E5B9UL;
        ownKeys.Add(ownKey);
        return ownKey;
    }

    /// <summary>
    /// The keys of a partial sentence when its corpus-own copies are a subset of its features: at each position the
    /// shared features of <paramref name="shared"/>, then the own copies of <paramref name="own"/>'s (same positions).
    /// </summary>
    internal static (ulong[] Keys, int[] Offsets) SharedThenOwnKeys(FeatureBuffer shared, FeatureBuffer own, HashSet<ulong> ownKeys)
    {
        var keys = new ulong[shared.Count + own.Count];
        var offsets = new int[shared.Positions + 1];
        var k = 0;
        for (var i = 0; i < shared.Positions; i++)
        {
            offsets[i] = k;
            foreach (var key in shared.At(i))
            {
                keys[k++] = key;
            }

            foreach (var key in own.At(i))
            {
                keys[k++] = CorpusOwnKey(key, true, ownKeys);
            }
        }

        offsets[^1] = k;
        return (keys, offsets);
    }

    /// <summary>
    /// The gold tags of a partially annotated sentence with every predicted entity that lies wholly on gold O
    /// characters taken in, so that the update neither rewards nor punishes what the annotators left unmarked.
    /// </summary>
    internal static int[] AcceptUnmarked(int[] gold, int[] predicted)
    {
        int[]? target = null;
        foreach (var span in NerTagSet.Decode(predicted))
        {
            if (gold.AsSpan(span.Start, span.Length).ContainsAnyExcept(NerTagSet.Outside))
            {
                continue;
            }

            target ??= (int[])gold.Clone();
            predicted.AsSpan(span.Start, span.Length).CopyTo(target.AsSpan(span.Start));
        }

        return target ?? gold;
    }

    private static void Average(float[] weights, double[] totals, double step, float[] result)
    {
        for (var i = 0; i < weights.Length; i++)
        {
            result[i] = (float)(weights[i] - (totals[i] / step));
        }
    }

    private void Log(string line)
    {
        // Runs train in parallel; one line at a time.
        lock (logLock)
        {
            options.Log?.WriteLine(line);
        }
    }

    private sealed class Instance(int[] ids, int[] offsets, int[] gold)
    {
        public int[] Ids { get; private set; } = ids;

        public int[] Offsets { get; } = offsets;

        public int[] Gold { get; } = gold;

        /// <summary>Whether predicted entities on its O characters go unpunished (<see cref="NerTrainerOptions.PartialOutside"/>).</summary>
        public bool Partial { get; init; }

        /// <summary>Renumbers ids through <paramref name="remap"/> (null = keep) and drops the negative ones.</summary>
        public void Compact(int[]? remap)
        {
            var kept = new List<int>(Ids.Length);
            var start = 0;
            for (var i = 0; i + 1 < Offsets.Length; i++)
            {
                var end = Offsets[i + 1];
                Offsets[i] = kept.Count;
                for (var j = start; j < end; j++)
                {
                    var id = remap is null ? Ids[j] : remap[Ids[j]];
                    if (id >= 0)
                    {
                        kept.Add(id);
                    }
                }

                start = end;
            }

            Offsets[^1] = kept.Count;
            Ids = [.. kept];
        }
    }
}
