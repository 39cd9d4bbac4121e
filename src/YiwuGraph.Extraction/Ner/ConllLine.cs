using System.Globalization;
using YiwuGraph.Core;

namespace YiwuGraph.Extraction.Ner;

/// <summary>
/// One non-blank line of a <c>CHAR&lt;TAB&gt;TAG</c> file: exactly one character (one code point), then
/// optionally a TAB and a tag, <c>O</c> or B-/I-/E-/S- followed by PER, LOC or ORG. Anything else, a plain
/// sentence above all, is a <see cref="DataFormatException"/> naming the file and line, so that a page of prose
/// given where CoNLL is expected fails instead of being tagged one line per character.
/// </summary>
internal static class ConllLine
{
    /// <summary>Every tag a line may carry, once each, so that parsing a line allocates no tag string.</summary>
    private static readonly string[] Tags = BuildTags();

    /// <summary>Splits a non-blank line into its character and its tag (<c>O</c> when the line has none).</summary>
    public static (string Character, string Tag) Parse(string line, string source, int lineNumber)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        var character = tab < 0 ? line.TrimEnd() : line[..tab];
        if (!IsOneCodePoint(character))
        {
            var length = CodePoints(tab < 0 ? character : line);
            throw new DataFormatException(source, lineNumber, tab < 0
                ? $"expected CHAR<TAB>TAG, got a line of {length} characters"
                : $"expected one character before the TAB, got '{Shorten(character)}'");
        }

        var tagText = tab < 0 ? ReadOnlySpan<char>.Empty : line.AsSpan(tab + 1).Trim();
        if (tagText.IsEmpty)
        {
            return (character, "O");
        }

        foreach (var tag in Tags)
        {
            if (tagText.SequenceEqual(tag))
            {
                return (character, tag);
            }
        }

        throw new DataFormatException(source, lineNumber, $"unknown tag '{Shorten(tagText.ToString())}' (expected O, or B-/I-/E-/S- with PER, LOC or ORG)");
    }

    private static bool IsOneCodePoint(string s) =>
        s.Length == 1 ? !char.IsSurrogate(s[0]) : s.Length == 2 && char.IsSurrogatePair(s[0], s[1]);

    private static int CodePoints(string s)
    {
        var count = 0;
        foreach (var _ in s.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    private static string Shorten(string s) =>
        s.Length <= 20 ? s : string.Concat(s.AsSpan(0, char.IsHighSurrogate(s[19]) ? 19 : 20), "…");

    private static string[] BuildTags()
    {
        var tags = new List<string> { "O" };
        foreach (var role in "BIES")
        {
            foreach (var kind in Enum.GetValues<NerEntityKind>())
            {
                tags.Add(string.Create(CultureInfo.InvariantCulture, $"{role}-{NerTagSet.KindCode(kind)}"));
            }
        }

        return [.. tags];
    }
}
