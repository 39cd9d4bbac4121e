using System.Text.RegularExpressions;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// The dateline of a wire or a paper's own report: a day, with or without its month, in Arabic or Chinese numerals,
/// followed by 电 or 讯 (<c>新华社日内瓦5月11日电</c>, <c>新华社北京五月二十七日电</c>, <c>据新华社北京１０日电</c>), or
/// <c>本报讯</c>; and the credit in brackets that may follow it (<c>（记者刘洋）</c>). One definition for the event rules:
/// <see cref="EventExtractor.Clean"/> cuts a dateline off a name, <see cref="EventArgumentReader"/> reads an
/// organisation before one as a wire's credit, not a party met.
/// </summary>
public static partial class WireDateline
{
    /// <summary>A day (its month optional) before 电 or 讯, or 本报讯, and an optional credit in brackets.</summary>
    private const string Pattern =
        @"(?:(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月)?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日(?:电|讯)|本报讯)(?:\s*[（(][^（）()]{0,30}[）)])?";

    /// <summary>The first dateline in <paramref name="text"/>, anywhere.</summary>
    public static Match Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Anywhere().Match(text);
    }

    /// <summary>
    /// Whether <paramref name="text"/> opens with a dateline after at most six Han characters of the wire's place
    /// (<c>北京６月１０日电</c> after <c>据新华社</c>).
    /// </summary>
    public static bool Opens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AtStart().IsMatch(text);
    }

    [GeneratedRegex(Pattern)]
    private static partial Regex Anywhere();

    [GeneratedRegex(@"^[\u4e00-\u9fff]{0,6}?" + Pattern)]
    private static partial Regex AtStart();
}
