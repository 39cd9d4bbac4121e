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
    /// <summary>Every one of a level's eight feature templates (see <see cref="ClassTemplates"/>).</summary>
    public const byte AllTemplates = 0xFF;

    private readonly ushort[][] byLevel;
    private readonly byte[] templates;

    /// <param name="classCounts">The number of classes at each level.</param>
    /// <param name="entries">Each clustered character with its class per level.</param>
    /// <param name="templates">Per level, which of the eight class feature templates fire (bits of
    /// <see cref="ClassTemplates"/>); null for all of them at every level.</param>
    public CharClusters(IReadOnlyList<int> classCounts, IReadOnlyList<KeyValuePair<char, ushort[]>> entries, IReadOnlyList<byte>? templates = null)
    {
        ArgumentNullException.ThrowIfNull(classCounts);
        ArgumentNullException.ThrowIfNull(entries);
        ClassCounts = [.. classCounts];
        if (templates is not null && (templates.Count != ClassCounts.Count || templates.Any(t => t == 0)))
        {
            throw new ArgumentException($"expected {ClassCounts.Count} non-empty template sets", nameof(templates));
        }

        this.templates = templates is null ? [.. Enumerable.Repeat(AllTemplates, ClassCounts.Count)] : [.. templates];
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

    /// <summary>Per level, the bits of <see cref="ClassTemplates"/> whose features fire.</summary>
    public IReadOnlyList<byte> Templates => templates;

    /// <summary>True when every level uses all eight templates (the models before template sets existed).</summary>
    public bool HasAllTemplates => templates.All(t => t == AllTemplates);

    /// <summary>The template bits of <paramref name="level"/> (hot path of the feature extractor).</summary>
    public byte TemplatesOf(int level) => templates[level];

    /// <summary>Every clustered character with its class per level, in character order.</summary>
    public IReadOnlyList<KeyValuePair<char, ushort[]>> Entries { get; }

    /// <summary>The class of normalised character <paramref name="c"/> at <paramref name="level"/>, 0 when it has none.</summary>
    public uint Of(int level, uint c) => c <= char.MaxValue ? byLevel[level][c] : 0u;

    /// <summary>
    /// Only the given levels (0-based, in the order given): <c>train-ner --char-class-levels</c> trains with some
    /// columns of a class file, since every level costs up to eight more weight lookups per character when tagging.
    /// A character whose class is 0 at every kept level is left out.
    /// </summary>
    public CharClusters SelectLevels(IReadOnlyList<int> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        foreach (var level in levels)
        {
            if (level < 0 || level >= Levels)
            {
                throw new ArgumentOutOfRangeException(nameof(levels), level, $"these classes have levels 0..{Levels - 1}");
            }
        }

        if (levels.Distinct().Count() != levels.Count)
        {
            throw new ArgumentException("a level is selected twice", nameof(levels));
        }

        var entries = new List<KeyValuePair<char, ushort[]>>();
        foreach (var (c, classes) in Entries)
        {
            var row = levels.Select(level => classes[level]).ToArray();
            if (row.Any(cls => cls != 0))
            {
                entries.Add(new(c, row));
            }
        }

        return levels.Count == 0 ? Empty : new CharClusters([.. levels.Select(level => ClassCounts[level])], entries, [.. levels.Select(level => templates[level])]);
    }

    /// <summary>The same classes with the template set <paramref name="mask"/> (bits of <see cref="ClassTemplates"/>) at every level.</summary>
    public CharClusters WithTemplates(byte mask)
    {
        if (mask == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(mask), "at least one template");
        }

        return Levels == 0 ? this : new CharClusters(ClassCounts, Entries, [.. Enumerable.Repeat(mask, Levels)]);
    }

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

        return new CharClusters([.. ClassCounts, .. other.ClassCounts], [.. merged], [.. templates, .. other.templates]);
    }
}

/// <summary>
/// The eight feature templates of a class level, as bits of <see cref="CharClusters.Templates"/>: the classes of the
/// characters at −2 … +2, the class bigrams −1 0 and 0 +1, and the class trigram −1 0 +1.
/// </summary>
[Flags]
public enum ClassTemplates : byte
{
    None = 0,
    M2 = 1,
    M1 = 2,
    C0 = 4,
    P1 = 8,
    P2 = 16,
    M1C0 = 32,
    C0P1 = 64,
    M1C0P1 = 128,
}
