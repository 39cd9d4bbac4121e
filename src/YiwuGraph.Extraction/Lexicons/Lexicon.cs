namespace YiwuGraph.Extraction.Lexicons;

/// <summary>
/// One line of a lexicon file: the word, its class when the list has classes (<c>office</c>, <c>role</c>, …),
/// an optional free-text note, and the line it came from (so that callers can name it in a message).
/// </summary>
public readonly record struct LexiconEntry(string Word, string? Class, string? Note, int Line);

/// <summary>
/// One word list read from a TSV file (<c>titles.tsv</c>): its entries in file order. File order is kept
/// because some lists are searched first-match-wins (event triggers, title modifiers).
/// </summary>
public sealed class Lexicon
{
    private readonly Dictionary<string, string[]> byClass;

    internal Lexicon(string name, string source, IReadOnlyList<LexiconEntry> entries)
    {
        Name = name;
        Source = source;
        Entries = entries;
        Words = entries.Select(e => e.Word).Distinct(StringComparer.Ordinal).ToArray();
        byClass = entries.Where(e => e.Class is not null)
            .GroupBy(e => e.Class!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Word).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The file name, which is also the name an override file must have (<c>titles.tsv</c>).</summary>
    public string Name { get; }

    /// <summary>Where the entries were read from: the embedded resource or the override file's path.</summary>
    public string Source { get; }

    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Every word once, in file order, whatever its class.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The words of one class in file order; empty when the file has none of that class.</summary>
    public IReadOnlyList<string> WordsOf(string wordClass)
    {
        ArgumentNullException.ThrowIfNull(wordClass);
        return byClass.TryGetValue(wordClass, out var words) ? words : [];
    }
}
