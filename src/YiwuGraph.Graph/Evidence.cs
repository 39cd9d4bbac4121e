namespace YiwuGraph.Graph;

/// <summary>
/// Where a fact was read: the article, the source file, the character range <c>[Start, End)</c> in that file's
/// decoded text, and <see cref="Snippet"/>, the text of that range exactly as the file has it (line breaks
/// included), so that a reader who opens the file at the offsets finds the snippet.
/// </summary>
public readonly record struct Evidence(string ArticleKey, string Source, int Start, int End, string Snippet)
    : IComparable<Evidence>
{
    /// <summary>How many characters of a snippet <see cref="DisplayText"/> shows.</summary>
    public const int MaxDisplayLength = 80;

    /// <summary>
    /// The snippet as one line for a page or a console: line breaks removed (a page's layout breaks words across
    /// lines, 市\n\n长, which a reader reads as one word), cut to <see cref="MaxDisplayLength"/> characters with an
    /// ellipsis. Derived from the snippet rather than stored, so the graph holds the text once.
    /// </summary>
    public string DisplayText => ToDisplayText(Snippet);

    /// <inheritdoc cref="DisplayText"/>
    public static string ToDisplayText(string snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        var joined = snippet.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
        if (joined.Length <= MaxDisplayLength)
        {
            return joined;
        }

        var cut = char.IsHighSurrogate(joined[MaxDisplayLength - 1]) ? MaxDisplayLength - 1 : MaxDisplayLength;
        return string.Concat(joined.AsSpan(0, cut), "…");
    }

    public int CompareTo(Evidence other)
    {
        var c = string.CompareOrdinal(ArticleKey, other.ArticleKey);
        if (c != 0)
        {
            return c;
        }

        c = Start.CompareTo(other.Start);
        return c != 0 ? c : End.CompareTo(other.End);
    }
}
