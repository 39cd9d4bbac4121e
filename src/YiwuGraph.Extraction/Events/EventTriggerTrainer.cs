using System.Globalization;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Events;

/// <summary>Settings of <see cref="EventTriggerTrainer"/>.</summary>
public sealed record EventTriggerTrainerOptions
{
    public int Epochs { get; init; } = 10;

    public int Seed { get; init; } = 15;

    /// <summary>Features seen fewer times than this in the training data are dropped (smaller model, less overfitting).</summary>
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>
    /// How far below "no argument" the role labeller's best role may score and still be taken, stored in the model
    /// (<see cref="EventRoleModel.Bias"/>). The perceptron, trained on gold arguments against proper nouns, is shy of
    /// arguments; on the dev parts with the shipped training data (DuEE participant / place F1, CEC place F1), bias 0:
    /// 0.537 / 0.474, 0.375; 10: 0.552 / 0.502, 0.391; 20: 0.563 / 0.510, 0.447; 40: 0.562 / 0.511, 0.431.
    /// </summary>
    public float RoleBias { get; init; } = 20f;

    /// <summary>
    /// Tag rows (character features) whose weights are all below this in absolute value are dropped, as
    /// <see cref="EventTriggerModel.WithoutWeakTagRows"/> does: a smaller table, read faster. On the dev parts with the
    /// shipped training data (tag rows, DuEE trigger F1, CEC trigger F1): 0: 83,069, 0.819, 0.663; 0.5: 72,352, 0.819,
    /// 0.661; 0.75: 62,591, 0.819, 0.663; 1: 43,270, 0.816, 0.673; 1.5: 35,223, 0.814, 0.675; 2: 25,768, 0.815, 0.673;
    /// 3: 14,507, 0.804, 0.655.
    /// </summary>
    public float PruneThreshold { get; init; } = 1f;

    /// <summary>
    /// Every this many sentences with a word of <c>Lexicons/incident-words.tsv</c>, one is also read with those words
    /// unrecognisable (<see cref="TriggerFeatures.OfCharacters"/>), so that the list's features carry weight of their
    /// own; 0: none.
    /// </summary>
    public int HiddenIncidentCopyEvery { get; init; } = 2;

    public TextWriter? Log { get; init; }

    public CancellationToken Cancellation { get; init; }
}

/// <summary>
/// Trains the trigger labeller: a structured averaged perceptron over BIOES character tags (constrained Viterbi),
/// and a multiclass averaged perceptron that types each trigger. Single-threaded, a fixed seed for the shuffles and
/// ordinal orders everywhere, so the same data and options give the same model bytes.
/// </summary>
public sealed class EventTriggerTrainer
{
    private const int T = TriggerTags.Count;

    /// <summary>Folds of the jack-knifed trigger lexicon.</summary>
    private const int LexiconFolds = 10;
    private readonly EventTriggerTrainerOptions options;

    public EventTriggerTrainer(EventTriggerTrainerOptions? options = null)
    {
        this.options = options ?? new EventTriggerTrainerOptions();
    }

    private sealed class Instance
    {
        public required int[] Features { get; init; }

        public required int[] Offsets { get; init; }

        public required int[] Gold { get; init; }

        public required List<(int[] Features, int Label)> Triggers { get; init; }
    }

    public EventTriggerModel Train(IReadOnlyList<TriggerSentence> train, JiebaSegmenter segmenter, string provenance)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(provenance);
        if (train.Count == 0)
        {
            throw new ArgumentException("No training sentences.", nameof(train));
        }

        var labels = train.SelectMany(s => s.Triggers).Select(t => t.FineType).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);

        // The trigger lexicon, jack-knifed: a sentence of fold k sees the counts of the other folds only.
        var lexicon = TriggerLexicon.FromSentences(train);
        var vocabulary = lexicon.Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var folds = new TriggerLexicon[LexiconFolds];
        for (var k = 0; k < LexiconFolds; k++)
        {
            var fold = k;
            folds[k] = lexicon.Without(TriggerLexicon.FromSentences(train.Where((_, s) => s % LexiconFolds == fold), vocabulary));
        }

        // Featurize once; count features so that rare ones can be dropped.
        var words = new TriggerFeatures.Words();
        var keys = new List<ulong>();
        var offsets = new List<int>();
        var spanKeys = new List<ulong>();
        var rawChars = new List<(ulong[] Keys, int[] Offsets, int[] Gold, List<(ulong[] Keys, int Label)> Spans)>(train.Count);
        var tagCounts = new Dictionary<ulong, int>();
        var typeCounts = new Dictionary<ulong, int>();
        var incidentSentences = 0;
        for (var s = 0; s < train.Count; s++)
        {
            var sentence = train[s];
            options.Cancellation.ThrowIfCancellationRequested();
            if (sentence.Text.Length == 0)
            {
                continue;
            }

            words.Read(segmenter, sentence.Text);
            TriggerFeatures.OfCharacters(sentence.Text, words, folds[s % LexiconFolds], IncidentWordList.Default, keys, offsets);
            foreach (var k in keys)
            {
                tagCounts[k] = tagCounts.GetValueOrDefault(k) + 1;
            }

            var gold = new int[sentence.Text.Length];
            TriggerTags.Encode(sentence.Triggers, gold);
            var spans = new List<(ulong[], int)>();
            foreach (var trigger in sentence.Triggers)
            {
                TriggerFeatures.OfSpan(sentence.Text, words, IncidentWordList.Default, trigger.Start, trigger.End, spanKeys);
                foreach (var k in spanKeys)
                {
                    typeCounts[k] = typeCounts.GetValueOrDefault(k) + 1;
                }

                spans.Add(([.. spanKeys], labelIndex[trigger.FineType]));
            }

            rawChars.Add(([.. keys], [.. offsets], gold, spans));
            if (options.HiddenIncidentCopyEvery > 0 && IncidentWordList.Default.OccursIn(sentence.Text) && incidentSentences++ % options.HiddenIncidentCopyEvery == 0)
            {
                // A second reading with the listed incident words unrecognisable, for the list's features to learn
                // from (TriggerFeatures.OfCharacters); its triggers are typed once, in the first reading.
                TriggerFeatures.OfCharacters(sentence.Text, words, folds[s % LexiconFolds], IncidentWordList.Default, keys, offsets, hideIncidentWords: true);
                foreach (var k in keys)
                {
                    tagCounts[k] = tagCounts.GetValueOrDefault(k) + 1;
                }

                rawChars.Add(([.. keys], [.. offsets], gold, []));
            }
        }

        var tagKeys = tagCounts.Where(p => p.Value >= options.MinFeatureCount).Select(p => p.Key).Order().ToArray();
        var typeKeys = typeCounts.Where(p => p.Value >= options.MinFeatureCount).Select(p => p.Key).Order().ToArray();
        var tagId = tagKeys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i);
        var typeId = typeKeys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i);
        tagCounts.Clear();
        typeCounts.Clear();
        var data = rawChars.Select(r => new Instance
        {
            Features = r.Keys.Select(k => tagId.GetValueOrDefault(k, -1)).ToArray(),
            Offsets = r.Offsets,
            Gold = r.Gold,
            Triggers = r.Spans.Select(s => (s.Keys.Where(typeId.ContainsKey).Select(k => typeId[k]).ToArray(), s.Label)).ToList(),
        }).ToList();
        rawChars.Clear();
        Log($"train: {data.Count} sentences, {data.Sum(d => d.Triggers.Count)} triggers, {labels.Length} types, {lexicon.Count} trigger words; features kept: {tagKeys.Length} tag, {typeKeys.Length} type");

        var tag = new Averaged(tagKeys.Length * T);
        var transitions = new Averaged((T + 1) * T);
        var type = new Averaged(typeKeys.Length * labels.Length);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(options.Seed);
        var emissions = new float[256 * T];
        var predicted = new int[256];
        var typeScores = new float[labels.Length];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int tagErrors = 0, typeErrors = 0, triggers = 0;
            foreach (var index in order)
            {
                options.Cancellation.ThrowIfCancellationRequested();
                var d = data[index];
                var n = d.Gold.Length;
                if (emissions.Length < n * T)
                {
                    emissions = new float[n * T * 2];
                    predicted = new int[n * 2];
                }

                Array.Clear(emissions, 0, n * T);
                for (var i = 0; i < n; i++)
                {
                    for (var k = d.Offsets[i]; k < d.Offsets[i + 1]; k++)
                    {
                        var f = d.Features[k];
                        if (f >= 0)
                        {
                            for (var t = 0; t < T; t++)
                            {
                                emissions[(i * T) + t] += tag.Weights[(f * T) + t];
                            }
                        }
                    }
                }

                var tags = predicted.AsSpan(0, n);
                TriggerTags.Viterbi(emissions.AsSpan(0, n * T), transitions.Weights, tags);
                var wrong = false;
                for (var i = 0; i < n; i++)
                {
                    var previousGold = i == 0 ? TriggerTags.Start : d.Gold[i - 1];
                    var previousPredicted = i == 0 ? TriggerTags.Start : tags[i - 1];
                    if (d.Gold[i] != tags[i] || previousGold != previousPredicted)
                    {
                        wrong = true;
                        transitions.Add((previousGold * T) + d.Gold[i], 1);
                        transitions.Add((previousPredicted * T) + tags[i], -1);
                    }

                    if (d.Gold[i] != tags[i])
                    {
                        for (var k = d.Offsets[i]; k < d.Offsets[i + 1]; k++)
                        {
                            var f = d.Features[k];
                            if (f >= 0)
                            {
                                tag.Add((f * T) + d.Gold[i], 1);
                                tag.Add((f * T) + tags[i], -1);
                            }
                        }
                    }
                }

                tagErrors += wrong ? 1 : 0;
                foreach (var (features, label) in d.Triggers)
                {
                    triggers++;
                    Array.Clear(typeScores);
                    foreach (var f in features)
                    {
                        for (var c = 0; c < labels.Length; c++)
                        {
                            typeScores[c] += type.Weights[(f * labels.Length) + c];
                        }
                    }

                    var best = 0;
                    for (var c = 1; c < labels.Length; c++)
                    {
                        if (typeScores[c] > typeScores[best])
                        {
                            best = c;
                        }
                    }

                    if (best != label)
                    {
                        typeErrors++;
                        foreach (var f in features)
                        {
                            type.Add((f * labels.Length) + label, 1);
                            type.Add((f * labels.Length) + best, -1);
                        }
                    }
                }

                tag.Tick();
                transitions.Tick();
                type.Tick();
            }

            Log(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: sentences with a tag error {tagErrors}/{data.Count}, type errors {typeErrors}/{triggers}"));
        }

        var tagWeights = tag.Final();
        var typeWeights = type.Final();
        // Only the types a feature moved are kept, so the type table stays sparse.
        var keptTypeKeys = new List<ulong>();
        var typeOffsets = new List<int> { 0 };
        var classes = new List<byte>();
        var values = new List<float>();
        for (var f = 0; f < typeKeys.Length; f++)
        {
            var before = classes.Count;
            for (var c = 0; c < labels.Length; c++)
            {
                var w = typeWeights[(f * labels.Length) + c];
                if (w != 0)
                {
                    classes.Add((byte)c);
                    values.Add(w);
                }
            }

            if (classes.Count > before)
            {
                keptTypeKeys.Add(typeKeys[f]);
                typeOffsets.Add(classes.Count);
            }
        }

        // Tag rows whose weights are all zero say nothing; they are left out.
        var keptTagKeys = new List<ulong>();
        var keptTagWeights = new List<float>();
        for (var f = 0; f < tagKeys.Length; f++)
        {
            var row = tagWeights.AsSpan(f * T, T);
            if (row.ContainsAnyExcept(0f))
            {
                keptTagKeys.Add(tagKeys[f]);
                keptTagWeights.AddRange(row.ToArray());
            }
        }

        var model = new EventTriggerModel(provenance, lexicon, transitions.Final(), [.. keptTagKeys], [.. keptTagWeights], labels,
            [.. keptTypeKeys], [.. typeOffsets], [.. classes], [.. values]).WithoutWeakTagRows(options.PruneThreshold);
        Log(string.Create(CultureInfo.InvariantCulture,
            $"model: {model.TagKeys.Length} tag features ({keptTagKeys.Count} before pruning below {options.PruneThreshold}), {keptTypeKeys.Count} type features ({values.Count} weights)"));
        return model;
    }

    private void Log(string message) => options.Log?.WriteLine(message);

    /// <summary>Perceptron weights with their running average, kept the lazy way: average = w − u / c.</summary>
    private sealed class Averaged(int size)
    {
        private readonly double[] updates = new double[size];
        private int clock = 1;

        public float[] Weights { get; } = new float[size];

        public void Add(int index, float delta)
        {
            Weights[index] += delta;
            updates[index] += (double)clock * delta;
        }

        public void Tick() => clock++;

        public float[] Final()
        {
            var result = new float[Weights.Length];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = (float)(Weights[i] - (updates[i] / clock));
            }

            return result;
        }
    }
}
