using System.Globalization;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Events;

/// <summary>A candidate argument of one trigger while training or scoring: its span in the sentence and its class (a graph role or <see cref="EventRoleModel.None"/>).</summary>
internal readonly record struct RoleCandidate(int Start, int End, string Role);

/// <summary>
/// Trains the argument role labeller (<see cref="EventRoleModel"/>): a multiclass averaged perceptron over
/// <see cref="EventRoleFeatures"/>, one example per candidate argument of each annotated trigger. The candidates are
/// the event's arguments (with their graph roles) and, as examples of no argument, the proper nouns jieba tags in
/// the sentence (<c>nr</c>, <c>ns</c>, <c>nt</c>, <c>nz</c>; runs of them joined) and the other events' arguments,
/// when they overlap none of this event's arguments: names such as the pipeline's entities, which are what the
/// labeller judges in <c>build</c>. Single-threaded, a fixed seed, ordinal orders: the same data give the same bytes.
/// </summary>
public sealed class EventRoleTrainer
{
    private readonly EventTriggerTrainerOptions options;

    public EventRoleTrainer(EventTriggerTrainerOptions? options = null)
    {
        this.options = options ?? new EventTriggerTrainerOptions();
    }

    public EventRoleModel Train(IReadOnlyList<RoleSentence> train, JiebaSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(segmenter);
        var labels = train.SelectMany(s => s.Events).SelectMany(e => e.Arguments).Select(a => a.Role).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).Prepend(EventRoleModel.None).ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var words = new TriggerFeatures.Words();
        var keys = new List<ulong>();
        var raw = new List<(ulong[] Keys, int Label)>();
        var counts = new Dictionary<ulong, int>();
        foreach (var sentence in train)
        {
            options.Cancellation.ThrowIfCancellationRequested();
            words.Read(segmenter, sentence.Text);
            foreach (var e in sentence.Events)
            {
                var type = EventRoleFeatures.TypeHash(e.FineType);
                foreach (var c in Candidates(sentence, e, words))
                {
                    EventRoleFeatures.Of(sentence.Text, words, e.TriggerStart, e.TriggerEnd, type, c.Start, c.End, keys);
                    foreach (var k in keys)
                    {
                        counts[k] = counts.GetValueOrDefault(k) + 1;
                    }

                    raw.Add(([.. keys], labelIndex[c.Role]));
                }
            }
        }

        var kept = counts.Where(p => p.Value >= options.MinFeatureCount).Select(p => p.Key).Order().ToArray();
        var id = kept.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i);
        counts.Clear();
        var data = raw.Select(r => (Features: r.Keys.Where(id.ContainsKey).Select(k => id[k]).ToArray(), r.Label)).ToList();
        raw.Clear();
        Log(string.Create(CultureInfo.InvariantCulture,
            $"roles: {data.Count} candidates, {data.Count(d => d.Label != 0)} arguments, {labels.Length - 1} roles; features kept: {kept.Length}"));

        var n = labels.Length;
        var weights = new float[kept.Length * n];
        var updates = new double[kept.Length * n];
        var clock = 1;
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(options.Seed);
        var scores = new float[n];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            foreach (var index in order)
            {
                var (features, label) = data[index];
                Array.Clear(scores);
                foreach (var f in features)
                {
                    for (var c = 0; c < n; c++)
                    {
                        scores[c] += weights[(f * n) + c];
                    }
                }

                var best = 0;
                for (var c = 1; c < n; c++)
                {
                    if (scores[c] > scores[best])
                    {
                        best = c;
                    }
                }

                if (best != label)
                {
                    errors++;
                    foreach (var f in features)
                    {
                        weights[(f * n) + label] += 1;
                        updates[(f * n) + label] += clock;
                        weights[(f * n) + best] -= 1;
                        updates[(f * n) + best] -= clock;
                    }
                }

                clock++;
            }

            Log(string.Create(CultureInfo.InvariantCulture, $"roles epoch {epoch}: errors {errors}/{data.Count}"));
        }

        var keptKeys = new List<ulong>();
        var offsets = new List<int> { 0 };
        var classes = new List<byte>();
        var values = new List<float>();
        for (var f = 0; f < kept.Length; f++)
        {
            var before = classes.Count;
            for (var c = 0; c < n; c++)
            {
                var w = (float)(weights[(f * n) + c] - (updates[(f * n) + c] / clock));
                if (w != 0)
                {
                    classes.Add((byte)c);
                    values.Add(w);
                }
            }

            if (classes.Count > before)
            {
                keptKeys.Add(kept[f]);
                offsets.Add(classes.Count);
            }
        }

        Log($"roles model: {keptKeys.Count} features ({values.Count} weights)");
        return new EventRoleModel(labels, [.. keptKeys], [.. offsets], [.. classes], [.. values], options.RoleBias);
    }

    /// <summary>
    /// The candidates of one event: its arguments, then the proper-noun runs and other events' arguments that overlap
    /// neither the trigger nor any argument or ignored span of the event, as no argument.
    /// </summary>
    internal static List<RoleCandidate> Candidates(RoleSentence sentence, RoleEvent e, TriggerFeatures.Words words)
    {
        var result = e.Arguments.Select(a => new RoleCandidate(a.Start, a.End, a.Role)).ToList();
        bool Free(int start, int end) =>
            !(start < e.TriggerEnd && e.TriggerStart < end)
            && !result.Any(c => c.Start < end && start < c.End)
            && !e.Ignored.Any(r => r.Start < end && start < r.End);

        var tokens = words.Tokens;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (!tokens[t].Tag.IsProperNoun)
            {
                continue;
            }

            var end = t;
            while (end + 1 < tokens.Count && tokens[end + 1].Tag.IsProperNoun)
            {
                end++;
            }

            var span = (tokens[t].Start, tokens[end].End);
            if (Free(span.Item1, span.Item2))
            {
                result.Add(new RoleCandidate(span.Item1, span.Item2, EventRoleModel.None));
            }

            t = end;
        }

        foreach (var other in sentence.Events.Where(o => !ReferenceEquals(o, e)).SelectMany(o => o.Arguments))
        {
            if (Free(other.Start, other.End))
            {
                result.Add(new RoleCandidate(other.Start, other.End, EventRoleModel.None));
            }
        }

        return result;
    }

    private void Log(string message) => options.Log?.WriteLine(message);
}

/// <summary>Scores of the role labeller on annotated sentences: arguments among the candidates, exact span, role right.</summary>
public sealed record RoleScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Classifies every candidate of <paramref name="sentences"/> (gold triggers) with <paramref name="model"/>.</summary>
    public static RoleScore Of(EventRoleModel model, IReadOnlyList<RoleSentence> sentences, JiebaSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(segmenter);
        int gold = 0, predicted = 0, correct = 0;
        var words = new TriggerFeatures.Words();
        var keys = new List<ulong>();
        var scores = new float[model.Labels.Length];
        foreach (var sentence in sentences)
        {
            words.Read(segmenter, sentence.Text);
            foreach (var e in sentence.Events)
            {
                var type = EventRoleFeatures.TypeHash(e.FineType);
                foreach (var c in EventRoleTrainer.Candidates(sentence, e, words))
                {
                    EventRoleFeatures.Of(sentence.Text, words, e.TriggerStart, e.TriggerEnd, type, c.Start, c.End, keys);
                    var label = model.Labels[model.Classify(keys, scores).Label];
                    gold += c.Role != EventRoleModel.None ? 1 : 0;
                    predicted += label != EventRoleModel.None ? 1 : 0;
                    correct += label != EventRoleModel.None && label == c.Role ? 1 : 0;
                }
            }
        }

        return new RoleScore(gold, predicted, correct);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"gold {Gold}, predicted {Predicted}, right {Correct} (P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000})");
}
