namespace YiwuGraph.Extraction.Ner;

/// <summary>
/// Distributional classes of characters (data only): characters used in similar contexts share a class, so
/// a feature learned for 顿 in 华盛顿 also fires for rarer transliteration characters of the same class.
/// Several granularities (levels) can be stored; class ids start at 1 and 0 means "not clustered" (at that
/// level: levels from different sources, see <see cref="Concat"/>, need not cover the same characters).
/// Characters are the tagger's normalised ones (full-width ASCII folded, digits as '0', upper case).
/// </summary>
public sealed class CharClusters
{
    private readonly ushort[][] byLevel;

    public CharClusters(IReadOnlyList<int> classCounts, IReadOnlyList<KeyValuePair<char, ushort[]>> entries)
    {
        ArgumentNullException.ThrowIfNull(classCounts);
        ArgumentNullException.ThrowIfNull(entries);
        ClassCounts = [.. classCounts];
        Entries = [.. entries.OrderBy(e => e.Key)];
        byLevel = new ushort[ClassCounts.Count][];
        for (var level = 0; level < byLevel.Length; level++)
        {
            byLevel[level] = new ushort[char.MaxValue + 1];
        }

        foreach (var (c, classes) in Entries)
        {
            if (classes.Length != ClassCounts.Count)
            {
                throw new ArgumentException($"character U+{(int)c:X4} has {classes.Length} classes, expected {ClassCounts.Count}", nameof(entries));
            }

            for (var level = 0; level < classes.Length; level++)
            {
                if (classes[level] > ClassCounts[level])
                {
                    throw new ArgumentException($"class {classes[level]} of U+{(int)c:X4} is outside 0..{ClassCounts[level]}", nameof(entries));
                }

                byLevel[level][c] = classes[level];
            }
        }
    }

    /// <summary>No classes: the feature extractor then adds no cluster features.</summary>
    public static CharClusters Empty { get; } = new([], []);

    /// <summary>The number of classes at each level, coarsest first.</summary>
    public IReadOnlyList<int> ClassCounts { get; }

    public int Levels => ClassCounts.Count;

    /// <summary>Every clustered character with its class per level, in character order.</summary>
    public IReadOnlyList<KeyValuePair<char, ushort[]>> Entries { get; }

    /// <summary>The class of normalised character <paramref name="c"/> at <paramref name="level"/>, 0 when it has none.</summary>
    public uint Of(int level, uint c) => c <= char.MaxValue ? byLevel[level][c] : 0u;

    /// <summary>
    /// These levels followed by <paramref name="other"/>'s: a character has class 0 at the levels of the set
    /// that does not cover it. Used to put pretrained classes (<see cref="CharClassFile"/>) beside the ones
    /// learned from the training text.
    /// </summary>
    public CharClusters Concat(CharClusters other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Levels == 0)
        {
            return this;
        }

        if (Levels == 0)
        {
            return other;
        }

        var merged = new SortedDictionary<char, ushort[]>();
        foreach (var (c, classes) in Entries)
        {
            var row = new ushort[Levels + other.Levels];
            classes.CopyTo(row, 0);
            merged[c] = row;
        }

        foreach (var (c, classes) in other.Entries)
        {
            if (!merged.TryGetValue(c, out var row))
            {
                row = new ushort[Levels + other.Levels];
                merged[c] = row;
            }

            classes.CopyTo(row, Levels);
        }

        return new CharClusters([.. ClassCounts, .. other.ClassCounts], [.. merged]);
    }
}
