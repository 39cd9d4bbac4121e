using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Facts;

/// <summary>Words that break names, shared by the organisation and place patterns.</summary>
internal static class NamePatterns
{
    /// <summary>Words a name never starts with or runs through: levels, quantities, title modifiers and joining verbs.</summary>
    public static readonly HashSet<string> NameBreakers = new(LexiconSet.Default.NameBreakers.Words, StringComparer.Ordinal);
}
