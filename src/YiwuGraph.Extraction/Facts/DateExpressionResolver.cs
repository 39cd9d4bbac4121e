using System.Text.RegularExpressions;
using YiwuGraph.Core;

namespace YiwuGraph.Extraction.Facts;

/// <summary>A time expression found in a text, as written.</summary>
public readonly record struct DateExpression(TextRange Range, string Text);

/// <summary>An ISO date (and end date, for ranges) a time expression stands for, when it can be known.</summary>
public readonly record struct ResolvedDate(DateOnly? Date, DateOnly? EndDate)
{
    public static ResolvedDate Unknown => default;
}

/// <summary>
/// Finds time expressions (<c>昨日下午</c>, <c>4月10日至15日</c>, <c>2006年6月8日</c>) and resolves them against a
/// publication date. Relative expressions need the publication date; a month-day needs a year, taken from the
/// publication date (the closest such day not far after it). Vague ones (<c>近日</c>) stay unresolved: nothing is
/// invented.
/// </summary>
public static partial class DateExpressionResolver
{
    /// <summary>Every time expression in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<DateExpression> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Pattern().Matches(text).Select(m => new DateExpression(new TextRange(m.Index, m.Index + m.Length), m.Value)).ToList();
    }

    public static ResolvedDate Resolve(string expression, DateOnly? publication)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var e = expression.Trim();
        var relative = RelativeDay(e);
        if (relative is not null)
        {
            return publication is { } p ? new ResolvedDate(p.AddDays(relative.Value), null) : ResolvedDate.Unknown;
        }

        var m = Pattern().Match(e);
        if (!m.Success || !m.Groups["month"].Success)
        {
            return ResolvedDate.Unknown;
        }

        var month = DateExpressionResolver.Number(m.Groups["month"].Value);
        if (month is < 1 or > 12)
        {
            return ResolvedDate.Unknown;
        }

        int year;
        if (m.Groups["year"].Success)
        {
            year = DateExpressionResolver.Number(m.Groups["year"].Value);
        }
        else if (publication is { } p)
        {
            // A month-day in the news is at most a few months ahead of the paper; otherwise it was last year.
            year = month > p.Month + 3 ? p.Year - 1 : p.Year;
        }
        else
        {
            return ResolvedDate.Unknown;
        }

        if (!m.Groups["day"].Success)
        {
            return ResolvedDate.Unknown;
        }

        var day = DateExpressionResolver.Number(m.Groups["day"].Value);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return ResolvedDate.Unknown;
        }

        var date = new DateOnly(year, month, day);
        DateOnly? end = null;
        if (m.Groups["endDay"].Success)
        {
            var endMonth = m.Groups["endMonth"].Success ? DateExpressionResolver.Number(m.Groups["endMonth"].Value) : month;
            var endDay = DateExpressionResolver.Number(m.Groups["endDay"].Value);
            var endYear = endMonth < month ? year + 1 : year;
            if (endMonth is >= 1 and <= 12 && endDay >= 1 && endDay <= DateTime.DaysInMonth(endYear, endMonth))
            {
                end = new DateOnly(endYear, endMonth, endDay);
            }
        }

        return new ResolvedDate(date, end);
    }

    /// <summary>The value of a run of decimal digits, ASCII or full-width (<c>４</c>).</summary>
    public static int Number(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var n = 0;
        foreach (var c in digits)
        {
            var v = (int)char.GetNumericValue(c);
            if (v is < 0 or > 9)
            {
                throw new FormatException($"'{digits}' is not a decimal number.");
            }

            n = checked((n * 10) + v);
        }

        return n;
    }

    /// <summary>Days from the publication date for 今日/昨日/前日 (with any time of day); null otherwise.</summary>
    private static int? RelativeDay(string e)
    {
        if (e.StartsWith("今日", StringComparison.Ordinal) || e.StartsWith("今天", StringComparison.Ordinal))
        {
            return 0;
        }

        if (e.StartsWith("昨日", StringComparison.Ordinal) || e.StartsWith("昨天", StringComparison.Ordinal) || e.StartsWith("昨晚", StringComparison.Ordinal))
        {
            return -1;
        }

        if (e.StartsWith("前日", StringComparison.Ordinal) || e.StartsWith("前天", StringComparison.Ordinal))
        {
            return -2;
        }

        return null;
    }

    [GeneratedRegex(@"(?:(?:(?<year>(?:19|20)\d{2})年)?(?<month>\d{1,2})月(?:(?<day>\d{1,2})[日号]?(?:\s*[至到\-—~～]\s*(?:(?<endMonth>\d{1,2})月)?(?<endDay>\d{1,2})[日号])?)?|(?<year>(?:19|20)\d{2})年(?:上半年|下半年|初|底|末)?|昨日|昨天|昨晚|今日|今天|前日|前天|近日|日前|近期|不久前)(?:上午|下午|晚上|晚间|凌晨|早上)?")]
    private static partial Regex Pattern();
}
