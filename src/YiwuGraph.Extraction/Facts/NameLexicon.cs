using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Facts;

/// <summary>Shapes of Chinese names: the suffixes that close organisation and place names.</summary>
public static class NameLexicon
{
    /// <summary>Organisation name endings, longest first.</summary>
    public static IReadOnlyList<string> OrganizationSuffixes { get; } = Longest([.. LexiconSet.Default.OrganizationEndings.WordsOf("name")]);

    /// <summary>Administrative place endings.</summary>
    public static IReadOnlyList<string> PlaceSuffixes { get; } = Longest([.. LexiconSet.Default.PlaceEndings.WordsOf("admin")]);

    /// <summary>Venue endings (named sites).</summary>
    public static IReadOnlyList<string> VenueSuffixes { get; } = Longest([.. LexiconSet.Default.PlaceEndings.WordsOf("venue")]);

    /// <summary>Provinces and province-level names; used to tell places from other proper nouns and to infer the home province.</summary>
    public static IReadOnlyList<string> Provinces { get; } = LexiconSet.Default.Provinces.Words;

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or '〇';

    public static string? OrganizationSuffixOf(string name) =>
        OrganizationSuffixes.FirstOrDefault(s => name.Length > s.Length && name.EndsWith(s, StringComparison.Ordinal));

    public static string? PlaceSuffixOf(string name) =>
        PlaceSuffixes.FirstOrDefault(s => name.Length > s.Length && name.EndsWith(s, StringComparison.Ordinal));

    private static string[] Longest(string[] items) =>
        items.Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToArray();
}
