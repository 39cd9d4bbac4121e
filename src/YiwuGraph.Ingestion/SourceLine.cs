using System.Globalization;
using System.Text.RegularExpressions;

namespace YiwuGraph.Ingestion;

/// <summary>
/// The line a web page prints under its headline or after its text: when it was published, where it comes from, who
/// wrote and who edited it (<c>2021-05-22 08:15:32 来源：澎湃新闻 作者：王晓东</c>, <c>来源：新华网</c>,
/// <c>责任编辑：李青</c>). Every part of the line must be one of these, so a sentence that happens to hold 来源 is none.
/// </summary>
public sealed partial record SourceLine(DateOnly? Published, string? Source, string? Author, string? Editor)
{
    /// <summary>Whether the line is printed under a headline (a date or an author), so it opens the article.</summary>
    public bool OpensArticle => Published is not null || Author is not null;

    /// <summary>The parts of <paramref name="line"/>, or null when some part is no date, source, author or editor.</summary>
    public static SourceLine? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > 120)
        {
            return null;
        }

        DateOnly? published = null;
        string? source = null, author = null, editor = null;
        var rest = line.AsSpan().Trim();
        var parts = 0;
        var clock = false;
        while (rest.Length > 0)
        {
            var stamp = StampRegex().Match(rest.ToString());
            if (stamp.Success)
            {
                var y = int.Parse(stamp.Groups["y"].Value, CultureInfo.InvariantCulture);
                var m = int.Parse(stamp.Groups["m"].Value, CultureInfo.InvariantCulture);
                var d = int.Parse(stamp.Groups["d"].Value, CultureInfo.InvariantCulture);
                if (y is < 1900 or > 2199 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
                {
                    return null;
                }

                published ??= new DateOnly(y, m, d);
                clock |= stamp.Groups["clock"].Success;
                rest = rest[stamp.Length..].TrimStart(Separators);
                parts++;
                continue;
            }

            var field = FieldRegex().Match(rest.ToString());
            if (!field.Success)
            {
                return null;
            }

            var value = field.Groups["value"].Value.Trim();
            switch (field.Groups["key"].Value)
            {
                case "来源" or "稿源" or "转载自" or "出处":
                    source ??= value;
                    break;
                case "作者" or "文":
                    author ??= value;
                    break;
                default:
                    editor ??= value;
                    break;
            }

            rest = rest[field.Length..].TrimStart(Separators);
            parts++;
        }

        // A date alone (2026年4月3日, the foot of a notice) is no source line; with a clock time or a field it is.
        var fields = source is not null || author is not null || editor is not null;
        return parts == 0 || !(fields || clock) ? null : new SourceLine(published, source, author, editor);
    }

    private const string Separators = " \t\u3000|｜/丨";

    /// <summary>2021-05-22 08:15:32, 2021/5/22, 2021年05月22日 08:15, 发布时间：2021-05-22.</summary>
    [GeneratedRegex(@"^(?:(?:发布|发表|更新)?时间[:：]\s*)?(?<y>\d{4})(?:[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})|年(?<m>\d{1,2})月(?<d>\d{1,2})日)(?<clock>\s*\d{1,2}:\d{2}(?::\d{2})?)?(?=[\s|｜/丨]|$)")]
    private static partial Regex StampRegex();

    /// <summary>来源：澎湃新闻, 作者：王晓东, 责任编辑：李青: a key, a colon and a value up to the next space or bar.</summary>
    [GeneratedRegex(@"^(?<key>来源|稿源|转载自|出处|作者|文|责任编辑|责编|编辑|审核|校对)\s*[:：]\s*(?<value>[^\s|｜丨，。！？；,;:：]{1,30})")]
    private static partial Regex FieldRegex();
}
