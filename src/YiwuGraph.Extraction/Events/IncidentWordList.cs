using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Events;

/// <summary>
/// The incident words of <c>Lexicons/incident-words.tsv</c> (地震, 海啸, 车祸, 骚乱 …) with their classes, looked up
/// by the trigger labeller's features: a listed word the training data never marks shares the features of the listed
/// words it does mark. Immutable.
/// </summary>
public sealed class IncidentWordList
{
    /// <summary>Longest word looked up.</summary>
    public const int MaxLength = 6;

    private static readonly Lazy<IncidentWordList> DefaultList = new(() => new IncidentWordList(LexiconSet.Default.IncidentWords), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly System.Buffers.SearchValues<char> firstCharacters;
    private readonly IReadOnlyList<string> classes;

    public IncidentWordList(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        classes = LexiconSet.Kinds[lexicon.Name];
        var entries = new Dictionary<string, uint>(StringComparer.Ordinal);
        foreach (var entry in lexicon.Entries)
        {
            if (entry.Word.Length <= MaxLength && entry.Class is not null)
            {
                // Class ids from 1, in the order LexiconSet.Kinds lists them: fixed for a given version.
                entries.TryAdd(entry.Word, (uint)IndexOf(classes, entry.Class) + 1);
            }
        }

        Count = entries.Count;
        lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        firstCharacters = System.Buffers.SearchValues.Create(entries.Keys.Select(w => w[0]).Distinct().Order().ToArray());
    }

    /// <summary>The embedded list (the one the shipped events model was trained with).</summary>
    public static IncidentWordList Default => DefaultList.Value;

    public int Count { get; }

    /// <summary>Whether some word starts with <paramref name="c"/> (a cheap test before the lookups).</summary>
    public bool MayStartWith(char c) => firstCharacters.Contains(c);

    /// <summary>The first place at or after <paramref name="from"/> where a listed word may start, -1 when none.</summary>
    public int NextPossibleStart(ReadOnlySpan<char> text, int from)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var at = text[from..].IndexOfAny(firstCharacters);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>The class id (from 1) of <paramref name="word"/>, 0 when it is not listed.</summary>
    public uint ClassOf(ReadOnlySpan<char> word) => lookup.TryGetValue(word, out var id) ? id : 0u;

    /// <summary>The class of <paramref name="word"/> (<c>disaster</c>, <c>attack</c> …), null when it is not listed.</summary>
    public string? ClassNameOf(ReadOnlySpan<char> word) => ClassOf(word) is var id and > 0 ? classes[(int)id - 1] : null;

    /// <summary>Whether a listed word occurs in <paramref name="text"/>.</summary>
    public bool OccursIn(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!MayStartWith(text[i]))
            {
                continue;
            }

            for (var n = Math.Min(MaxLength, text.Length - i); n >= 1; n--)
            {
                if (ClassOf(text.Slice(i, n)) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int IndexOf(IReadOnlyList<string> classes, string wordClass)
    {
        for (var i = 0; i < classes.Count; i++)
        {
            if (string.Equals(classes[i], wordClass, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"unknown class '{wordClass}'", nameof(wordClass));
    }
}
