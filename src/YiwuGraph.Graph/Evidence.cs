namespace YiwuGraph.Graph;

/// <summary>
/// Where a fact was read: the article, the source file, the character range <c>[Start, End)</c> in that file's
/// decoded text, and a short snippet of that text (layout line breaks removed).
/// </summary>
public readonly record struct Evidence(string ArticleKey, string Source, int Start, int End, string Snippet)
    : IComparable<Evidence>
{
    public const int MaxSnippetLength = 80;

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
