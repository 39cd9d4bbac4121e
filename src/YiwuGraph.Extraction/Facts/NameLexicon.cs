using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Shapes of Chinese names, read from one <see cref="LexiconSet"/>: the suffixes that close organisation and place
/// names, the provinces, and the words that break names. Immutable.
/// </summary>
public sealed class NameLexicon
{
    public NameLexicon(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        OrganizationSuffixes = Longest([.. lexicons.OrganizationEndings.WordsOf("name")]);
        PlaceSuffixes = Longest([.. lexicons.PlaceEndings.WordsOf("admin")]);
        VenueSuffixes = Longest([.. lexicons.PlaceEndings.WordsOf("venue")]);
        Provinces = lexicons.Provinces.Words;
        NameBreakers = new HashSet<string>(lexicons.NameBreakers.Words, StringComparer.Ordinal);
    }

    /// <summary>Organisation name endings, longest first.</summary>
    public IReadOnlyList<string> OrganizationSuffixes { get; }

    /// <summary>Administrative place endings.</summary>
    public IReadOnlyList<string> PlaceSuffixes { get; }

    /// <summary>Venue endings (named sites).</summary>
    public IReadOnlyList<string> VenueSuffixes { get; }

    /// <summary>Provinces and province-level names; used to tell places from other proper nouns and to infer the home province.</summary>
    public IReadOnlyList<string> Provinces { get; }

    /// <summary>Words a name never starts with or runs through: levels, quantities, title modifiers and joining verbs.</summary>
    public IReadOnlySet<string> NameBreakers { get; }

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or '〇';

    public string? OrganizationSuffixOf(string name) =>
        OrganizationSuffixes.FirstOrDefault(s => name.Length > s.Length && name.EndsWith(s, StringComparison.Ordinal));

    public string? PlaceSuffixOf(string name) =>
        PlaceSuffixes.FirstOrDefault(s => name.Length > s.Length && name.EndsWith(s, StringComparison.Ordinal));

    private static string[] Longest(string[] items) =>
        items.Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToArray();
}
