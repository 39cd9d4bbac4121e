namespace YiwuGraph.Ingestion;

/// <summary>
/// Finds page banners: headline-shaped lines printed at the top of several pages of a corpus
/// (<c>坚持和深化“义乌发展经验” 加快打造中国式现代化县域典范</c>). They head the page, not an article.
/// </summary>
public sealed class PageBannerDetector
{
    /// <summary>How many of a page's first printed lines can be its banner (or its masthead).</summary>
    public const int TopLineCount = 3;
    private readonly Dictionary<string, int> pagesByLine = new(StringComparer.Ordinal);

    public void Observe(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in TopLines(document.Text))
        {
            if (seen.Add(line))
            {
                pagesByLine[line] = pagesByLine.GetValueOrDefault(line) + 1;
            }
        }
    }

    /// <summary>Lines that headed at least two pages.</summary>
    public IReadOnlySet<string> Banners() =>
        pagesByLine.Where(kv => kv.Value >= 2).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>A page's first <see cref="TopLineCount"/> non-blank lines, trimmed, Markdown heading marks removed.</summary>
    public static IEnumerable<string> TopLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var taken = 0;
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Trim().TrimStart('#').Trim();
            if (line.Length == 0)
            {
                continue;
            }

            yield return line;
            if (++taken == TopLineCount)
            {
                yield break;
            }
        }
    }
}
