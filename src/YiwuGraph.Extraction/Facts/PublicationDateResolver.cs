using YiwuGraph.Core;
using YiwuGraph.Ingestion;
using System.Text.RegularExpressions;

namespace YiwuGraph.Extraction.Facts;

/// <summary>How a page's publication date was found.</summary>
public enum PublicationDateSource
{
    None,
    Printed,
    Countdown,

    /// <summary>The day after the latest dated event the page's articles open with (see <see cref="PublicationDateResolver.Infer"/>).</summary>
    ReportedEvents,
}

/// <summary>A page's publication date and how it was found; <see cref="Date"/> is null when it cannot be known.</summary>
public readonly record struct PublicationDate(DateOnly? Date, PublicationDateSource Source);

/// <summary>
/// Finds the date a page was published: a printed date line (<c>2026年4月4日 星期六</c>), a countdown to a
/// dated event (<c>倒计时 8 天</c> next to <c>4月12-14日</c>, whose year is printed with the event), or, failing
/// both, the dates of the events its articles report (<see cref="Infer"/>). When none of these is printed the date
/// is unknown; it is never guessed.
/// </summary>
public static partial class PublicationDateResolver
{
    private const int CountdownWindow = 120;

    /// <summary>How far apart the dated events a page opens with may be for the page to date itself by them.</summary>
    private const int MaxReportedSpreadDays = 7;

    public static PublicationDate Find(string pageText)
    {
        ArgumentNullException.ThrowIfNull(pageText);
        if (TimeExpressions.PrintedDateLine(pageText) is { } p)
        {
            return new PublicationDate(p, PublicationDateSource.Printed);
        }

        if (WebPageStamp(pageText) is { } stamped)
        {
            return new PublicationDate(stamped, PublicationDateSource.Printed);
        }

        foreach (Match countdown in Countdown().Matches(pageText))
        {
            var days = TimeExpressions.Number(countdown.Groups[1].Value);
            var from = Math.Max(0, countdown.Index - CountdownWindow);
            var to = Math.Min(pageText.Length, countdown.Index + countdown.Length + CountdownWindow);
            var window = pageText[from..to];
            var year = YearInWindow().Match(window);
            if (!year.Success)
            {
                continue;
            }

            var anchor = new DateOnly(TimeExpressions.Number(year.Groups[1].Value), 1, 1);
            var target = TimeExpressions.Find(window)
                .Select(e => TimeExpressions.Resolve(e.Text, anchor.AddMonths(6)))
                .FirstOrDefault(r => r.Date is not null);
            if (target.Date is { } t)
            {
                var explicitYear = new DateOnly(anchor.Year, t.Month, t.Day);
                return new PublicationDate(explicitYear.AddDays(-days), PublicationDateSource.Countdown);
            }
        }

        return new PublicationDate(null, PublicationDateSource.None);
    }

    /// <summary>
    /// The date of a web page's source line among its first lines (<c>2021-05-22 08:15:32 来源：澎湃新闻</c>,
    /// <see cref="SourceLine"/>): the line must be nothing but a date, a source, an author or an editor.
    /// </summary>
    private static DateOnly? WebPageStamp(string pageText)
    {
        var lines = 0;
        foreach (var line in pageText.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            if (++lines > 12)
            {
                break;
            }

            if (trimmed.Length <= 120 && SourceLine.Parse(trimmed.ToString())?.Published is { } published)
            {
                return published;
            }
        }

        return null;
    }

    /// <summary>
    /// The publication date from the page itself (<see cref="Find(string)"/>), else inferred from the dates its
    /// articles open with (<paramref name="articleTexts"/>, article bodies).
    /// </summary>
    public static PublicationDate Find(string pageText, IEnumerable<string> articleTexts)
    {
        ArgumentNullException.ThrowIfNull(articleTexts);
        var found = Find(pageText);
        return found.Date is not null ? found : Infer(articleTexts);
    }

    /// <summary>
    /// A daily reports what happened in the last days: when articles open with dated events (<c>1月8日，省经信厅召开…</c>,
    /// <c>印尼雅加达时间5月14日，…</c>), the page came out the day after the latest of them. Only when it is
    /// consistent: at least two articles open with a month and day, their year is printed in those opening
    /// sentences and is the same in all that print one (<c>2026年全省经信工作会议</c>, <c>2026义博会</c>; a
    /// <c>2025年度</c> looks back and does not count), and all the dates lie within a week. Otherwise the date
    /// stays unknown.
    /// </summary>
    public static PublicationDate Infer(IEnumerable<string> articleTexts)
    {
        ArgumentNullException.ThrowIfNull(articleTexts);
        var leads = new List<(int Month, int Day, int? EndMonth, int? EndDay)>();
        var years = new HashSet<int>();
        foreach (var text in articleTexts)
        {
            var sentenceEnd = text.IndexOfAny(['。', '！', '？', '\n']);
            var sentence = sentenceEnd < 0 ? text : text[..sentenceEnd];
            var clauseEnd = sentence.IndexOfAny(['，', ',']);
            var clause = clauseEnd < 0 ? sentence : sentence[..clauseEnd];
            var lead = TimeExpressions.Find(clause).Select(e => TimeExpressions.Parse(e.Text)).FirstOrDefault(p => p is { HasMonthDay: true });
            if (lead is not { Month: { } month, Day: { } day } parts)
            {
                continue;
            }

            leads.Add((month, day, parts.EndMonth, parts.EndDay));
            foreach (Match y in SentenceYear().Matches(sentence))
            {
                years.Add(TimeExpressions.Number(y.Groups[1].Value));
            }
        }

        if (leads.Count < 2 || years.Count != 1)
        {
            return new PublicationDate(null, PublicationDateSource.None);
        }

        var year = years.Single();
        var dates = new List<DateOnly>();
        foreach (var (month, day, endMonth, endDay) in leads)
        {
            if (!TryDate(year, month, day, out var start))
            {
                return new PublicationDate(null, PublicationDateSource.None);
            }

            dates.Add(start);
            if (endDay is { } ed && TryDate(year, endMonth ?? month, ed, out var end) && end >= start)
            {
                dates.Add(end);
            }
        }

        var latest = dates.Max();
        return latest.DayNumber - dates.Min().DayNumber <= MaxReportedSpreadDays
            ? new PublicationDate(latest.AddDays(1), PublicationDateSource.ReportedEvents)
            : new PublicationDate(null, PublicationDateSource.None);
    }

    private static bool TryDate(int year, int month, int day, out DateOnly date) => TimeExpressions.TryDate(year, month, day, out date);

    /// <summary>A year printed in a sentence: <c>2026年</c> or a year opening a name (<c>2026义博会</c>), but not a look-back <c>2025年度</c>.</summary>
    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})(?=年(?!度)|[\u4e00-\u9fff-[年]])")]
    private static partial Regex SentenceYear();

    [GeneratedRegex(@"倒计时\s*(\d{1,3})\s*天")]
    private static partial Regex Countdown();

    [GeneratedRegex(@"((?:19|20)\d{2})(?!\d)")]
    private static partial Regex YearInWindow();
}
