namespace YiwuGraph.Extraction.Events;

/// <summary>
/// The trigger words of the training data, each with how often it was a trigger and how often it occurs at all,
/// so that the labeller can learn how far to trust a known word (<c>死亡</c> nearly always reports a death; <c>发布</c>
/// often does not). Training sees it jack-knifed (<see cref="Without"/>): a sentence sees only the counts of the
/// other folds, as text the model has never seen would.
/// </summary>
public sealed class TriggerLexicon
{
    /// <summary>Longest trigger word looked up.</summary>
    public const int MaxLength = 6;

    private readonly Dictionary<string, (int Triggers, int Occurrences)> entries;
    private readonly Dictionary<string, (int Triggers, int Occurrences)>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public TriggerLexicon(IEnumerable<KeyValuePair<string, (int Triggers, int Occurrences)>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        this.entries = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var (word, counts) in entries)
        {
            if (counts.Triggers > 0 && word.Length <= MaxLength)
            {
                this.entries[word] = counts;
            }
        }

        lookup = this.entries.GetAlternateLookup<ReadOnlySpan<char>>();
        firstCharacters = this.entries.Keys.Select(w => w[0]).ToHashSet();
    }

    private readonly HashSet<char> firstCharacters;

    /// <summary>Whether some word starts with <paramref name="c"/> (a cheap test before the lookups).</summary>
    public bool MayStartWith(char c) => firstCharacters.Contains(c);

    public static TriggerLexicon Empty { get; } = new([]);

    /// <summary>The words in ordinal order with their counts (how the model stores them).</summary>
    public IEnumerable<KeyValuePair<string, (int Triggers, int Occurrences)>> Entries =>
        entries.OrderBy(e => e.Key, StringComparer.Ordinal);

    public int Count => entries.Count;

    public bool TryGet(ReadOnlySpan<char> word, out (int Triggers, int Occurrences) counts) => lookup.TryGetValue(word, out counts);

    /// <summary>Counts of <paramref name="sentences"/>: triggers by their text, occurrences of those words anywhere in the texts.</summary>
    public static TriggerLexicon FromSentences(IEnumerable<TriggerSentence> sentences, ISet<string>? words = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var list = sentences as IReadOnlyList<TriggerSentence> ?? sentences.ToList();
        var triggers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in list)
        {
            foreach (var t in s.Triggers)
            {
                var w = s.Text[t.Start..t.End];
                triggers[w] = triggers.GetValueOrDefault(w) + 1;
            }
        }

        var vocabulary = words ?? triggers.Keys.ToHashSet(StringComparer.Ordinal);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var known = new HashSet<string>(vocabulary, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var s in list)
        {
            for (var i = 0; i < s.Text.Length; i++)
            {
                for (var n = 1; n <= MaxLength && i + n <= s.Text.Length; n++)
                {
                    if (known.TryGetValue(s.Text.AsSpan(i, n), out var w))
                    {
                        occurrences[w] = occurrences.GetValueOrDefault(w) + 1;
                    }
                }
            }
        }

        return new TriggerLexicon(vocabulary.Select(w => KeyValuePair.Create(w, (triggers.GetValueOrDefault(w), occurrences.GetValueOrDefault(w)))));
    }

    /// <summary>This lexicon's counts minus <paramref name="part"/>'s: what the rest of the data says.</summary>
    public TriggerLexicon Without(TriggerLexicon part)
    {
        ArgumentNullException.ThrowIfNull(part);
        return new TriggerLexicon(entries.Select(e =>
        {
            part.entries.TryGetValue(e.Key, out var p);
            return KeyValuePair.Create(e.Key, (e.Value.Triggers - p.Triggers, e.Value.Occurrences - p.Occurrences));
        }));
    }

    /// <summary>How often a word with these counts is a trigger, in five bands (0: under 10 %, … 4: 90 % or more).</summary>
    public static uint RateBand((int Triggers, int Occurrences) counts)
    {
        var rate = counts.Occurrences <= 0 ? 1.0 : (double)counts.Triggers / counts.Occurrences;
        return rate < 0.1 ? 0u : rate < 0.3 ? 1u : rate < 0.6 ? 2u : rate < 0.9 ? 3u : 4u;
    }
}
