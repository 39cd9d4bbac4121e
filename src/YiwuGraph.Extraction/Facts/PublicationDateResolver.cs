using System.Text.RegularExpressions;

namespace YiwuGraph.Extraction.Facts;

/// <summary>How a page's publication date was found.</summary>
public enum PublicationDateSource
{
    None,
    Printed,
    Countdown,
}

/// <summary>A page's publication date and how it was found; <see cref="Date"/> is null when it cannot be known.</summary>
public readonly record struct PublicationDate(DateOnly? Date, PublicationDateSource Source);

/// <summary>
/// Finds the date a page was published: a printed date line (<c>2026年4月4日 星期六</c>), or a countdown to a
/// dated event (<c>倒计时 8 天</c> next to <c>4月12-14日</c>, whose year is printed with the event). When neither is
/// printed the date is unknown; it is never guessed.
/// </summary>
public static partial class PublicationDateResolver
{
    private const int CountdownWindow = 120;

    public static PublicationDate Find(string pageText)
    {
        ArgumentNullException.ThrowIfNull(pageText);
        var printed = PrintedDate().Match(pageText);
        if (printed.Success && TryDate(printed.Groups[1].Value, printed.Groups[2].Value, printed.Groups[3].Value, out var p))
        {
            return new PublicationDate(p, PublicationDateSource.Printed);
        }

        foreach (Match countdown in Countdown().Matches(pageText))
        {
            var days = DateExpressionResolver.Number(countdown.Groups[1].Value);
            var from = Math.Max(0, countdown.Index - CountdownWindow);
            var to = Math.Min(pageText.Length, countdown.Index + countdown.Length + CountdownWindow);
            var window = pageText[from..to];
            var year = YearInWindow().Match(window);
            if (!year.Success)
            {
                continue;
            }

            var anchor = new DateOnly(DateExpressionResolver.Number(year.Groups[1].Value), 1, 1);
            var target = DateExpressionResolver.Find(window)
                .Select(e => DateExpressionResolver.Resolve(e.Text, anchor.AddMonths(6)))
                .FirstOrDefault(r => r.Date is not null);
            if (target.Date is { } t)
            {
                var explicitYear = new DateOnly(anchor.Year, t.Month, t.Day);
                return new PublicationDate(explicitYear.AddDays(-days), PublicationDateSource.Countdown);
            }
        }

        return new PublicationDate(null, PublicationDateSource.None);
    }

    private static bool TryDate(string y, string m, string d, out DateOnly date)
    {
        date = default;
        var year = DateExpressionResolver.Number(y);
        var month = DateExpressionResolver.Number(m);
        var day = DateExpressionResolver.Number(d);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:星期|周|礼拜)[一二三四五六日天]")]
    private static partial Regex PrintedDate();

    [GeneratedRegex(@"倒计时\s*(\d{1,3})\s*天")]
    private static partial Regex Countdown();

    [GeneratedRegex(@"((?:19|20)\d{2})(?!\d)")]
    private static partial Regex YearInWindow();
}
