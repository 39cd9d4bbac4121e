namespace YiwuGraph.Extraction.Events;

/// <summary>
/// The trained argument role labeller: a multiclass averaged perceptron over <see cref="EventRoleFeatures"/> whose
/// classes are <see cref="None"/> and the graph's roles (<c>place</c>, <c>victim</c>, <c>subject</c>, …; DuEE's roles
/// mapped by <c>Lexicons/event-roles.tsv</c>). Sparse: one row per feature, only the roles it moved. Stored inside
/// the event model file (<see cref="EventTriggerModel"/>).
/// </summary>
public sealed class EventRoleModel
{
    /// <summary>The class of a candidate that is no argument of the trigger.</summary>
    public const string None = "none";

    private readonly FeatureIndex index;

    public EventRoleModel(string[] labels, ulong[] keys, int[] offsets, byte[] classes, float[] weights, float bias)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(offsets);
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(weights);
        if (labels.Length == 0 || labels[0] != None || labels.Length > byte.MaxValue || offsets.Length != keys.Length + 1
            || classes.Length != weights.Length || offsets[^1] != classes.Length || classes.Any(c => c >= labels.Length))
        {
            throw new ArgumentException("Inconsistent role model tables.");
        }

        Labels = labels;
        Keys = keys;
        Offsets = offsets;
        Classes = classes;
        Weights = weights;
        Bias = bias;
        index = new FeatureIndex(keys);
    }

    /// <summary>The classes, <see cref="None"/> first, then the graph roles in ordinal order.</summary>
    public string[] Labels { get; }

    public ulong[] Keys { get; }

    public int[] Offsets { get; }

    public byte[] Classes { get; }

    public float[] Weights { get; }

    /// <summary>
    /// How far below "no argument" a role may score and still be taken (<see cref="EventTriggerTrainerOptions.RoleBias"/>):
    /// set at training, as it depends on the scale of the weights.
    /// </summary>
    public float Bias { get; }

    /// <summary>The best class of a candidate with features <paramref name="keys"/> and its lead over the second best.</summary>
    public (int Label, float Margin) Classify(List<ulong> keys, Span<float> scores)
    {
        ArgumentNullException.ThrowIfNull(keys);
        scores.Clear();
        foreach (var key in keys)
        {
            var row = index.RowOf(key);
            if (row >= 0)
            {
                for (var j = Offsets[row]; j < Offsets[row + 1]; j++)
                {
                    scores[Classes[j]] += Weights[j];
                }
            }
        }

        var best = 0;
        for (var c = 1; c < Labels.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        var second = float.NegativeInfinity;
        for (var c = 0; c < Labels.Length; c++)
        {
            if (c != best && scores[c] > second)
            {
                second = scores[c];
            }
        }

        return (best, Labels.Length > 1 ? scores[best] - second : 0);
    }
}
