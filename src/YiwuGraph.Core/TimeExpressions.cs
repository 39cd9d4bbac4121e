using System.Text.RegularExpressions;

namespace YiwuGraph.Core;

/// <summary>A time expression found in a text, as written.</summary>
public readonly record struct TimeExpression(TextRange Range, string Text);

/// <summary>An ISO date (and end date, for ranges) a time expression stands for, when it can be known.</summary>
public readonly record struct ResolvedDate(DateOnly? Date, DateOnly? EndDate)
{
    public static ResolvedDate Unknown => default;
}

/// <summary>
/// What a time expression says, field by field: a calendar date or part of one (<c>2006年6月8日</c>, <c>4月10日至15日</c>,
/// <c>五月十二日</c>), a day counted from the publication date (<c>昨日</c> −1), a year counted from it (<c>去年3月</c> −1),
/// a day of this month (<c>12日上午</c>), or a weekday of a week counted from it (<c>上周五</c>). Null fields are not said.
/// </summary>
/// <remarks><see cref="ContextDays"/> counts from the day the text spoke of last (<c>当天</c> 0, <c>次日</c> +1), not from the paper.</remarks>
public readonly record struct TimeParts(
    int? Year, int? Month, int? Day, int? EndMonth, int? EndDay, int? RelativeDays, int? RelativeYears, int? Weekday, int? RelativeWeeks,
    int? ContextDays = null)
{
    /// <summary>A month and day printed (with or without a year, or in this year: <c>今年1月10日</c>), as a lead's dateline gives them.</summary>
    public bool HasMonthDay => Month is not null && Day is not null && RelativeYears is null or 0;
}

/// <summary>
/// The one grammar of time expressions in news, read by the article splitter (a lead's dateline), the facts (an
/// event's or a change of office's date) and the publication date (a printed date line, the dates leads open with):
/// calendar dates in digits or Chinese numerals with ranges (<c>4月12-14日</c>), years and their parts
/// (<c>2025年上半年</c>, <c>今年一季度</c>), days and years counted from the publication date (<c>昨日</c>, <c>去年3月</c>),
/// a day of this month (<c>12日上午</c>), weekdays (<c>上周五</c>), vague words (<c>近日</c>, <c>日前</c>), each optionally
/// after a clock's zone (<c>当地时间</c>) and before a part of the day and a clock time (<c>凌晨3时许</c>).
/// Resolution never invents: a vague word, a month without a day or a relative expression without a publication
/// date stays unknown.
/// </summary>
public static partial class TimeExpressions
{
    private const string Year = @"(?:(?:19|20|１９|２０)\d{2}|[一二][〇零九][〇零一二三四五六七八九]{2})";
    private const string Month = @"(?:1[0-2]|0?[1-9]|[１-９]|１[０-２]|十[一二]?|[一二三四五六七八九])";
    private const string DayNumber = @"(?:3[01]|[12]\d|0?[1-9]|[０-３]?[０-９]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])";
    private const string Range = @"(?:\s*[至到\-—~～]\s*(?:(?<endMonth>" + Month + @")月)?(?<endDay>" + DayNumber + @")[日号])?";
    private const string YearPart = @"(?<yearPart>上半年|下半年|年初|年底|年末|初|底|末|第?[一二三四]季度)";
    private const string MonthPart = @"(?<monthPart>(?:份|上旬|中旬|下旬|初|底|末)?(?:以来)?)";

    /// <summary>A part of a year printed alone (<c>一季度</c>, <c>上半年</c>): no year is said, so it resolves to nothing.</summary>
    private const string StandaloneYearPart = "(?<standalone>上半年|下半年|年初|年底|年末|第?[一二三四]季度)";

    /// <summary>A year or month is not read out of a longer number (<c>112月</c>, <c>12026年</c>).</summary>
    private const string NotInNumber = @"(?<![\d０-９])";
    private const string Gap = @"[ \u3000]?";

    private const string Calendar =
        NotInNumber + @"(?:(?<year>" + Year + @")" + Gap + "年" + Gap + @")?(?<month>" + Month + @")" + Gap + "月" + Gap
        + @"(?:(?<day>" + DayNumber + @")" + Gap + "[日号]?" + Range + ")?" + MonthPart;

    private const string YearOnly = NotInNumber + @"(?<year>" + Year + @")年" + YearPart + "?";

    private const string RelativeYear =
        @"(?<relYear>今年|去年|明年|前年)(?:(?<month>" + Month + @")月(?:(?<day>" + DayNumber + @")[日号]" + Range + ")?" + MonthPart + "|" + YearPart + ")?";

    private const string RelativeDay =
        "(?<relDay>今日|今天|今晨|今早|今晚|今夜|昨日|昨天|昨晨|昨晚|昨夜|前日|前天|前晚|明日|明天|明晚|后天|次日|翌日|当日|当天|当晚|同日|近日|日前|近期|不久前|连日来)";

    private const string Week = "(?:(?<week>本周|上周|下周|这周)(?<weekday>[一二三四五六日天])?|(?<week>周|星期)(?<weekday>[一二三四五六日天]))";

    /// <summary>
    /// <c>12日上午</c>, <c>12日，</c>, <c>3日举行</c>: a day of the publication month, only where nothing else can be meant (a
    /// time of day, a pause, 在, or a verb of the news that dates its clause follows; not <c>3日游</c>, <c>5日内</c>), and the
    /// expression alone, as an event keeps it in <c>dateText</c>.
    /// </summary>
    private const string BareDay = @"(?<![\d月号])(?<bareDay>[12]\d|3[01]|0?[1-9]|[１２][０-９]|３[０１]|[１-９])日(?=[上下中凌早晚傍夜深午]|[，,、 在起前后]|发生|举行|举办|召开|会见|会晤|宣布|发布|表示|出席|签署|抵达|访问|\d{1,2}[时点]|$)";

    private const string Zone = "(?:(?:当地时间|北京时间|美国东部时间|东部时间|格林尼治时间|莫斯科时间|东京时间)" + Gap + ")?";
    private const string DayPartWord = "(?:上午|下午|晚上|晚间|凌晨|早上|早晨|清晨|中午|傍晚|夜间|深夜|午后|晚(?![会宴报餐饭]))";
    private const string DayPart = DayPartWord + "?";
    private const string Minutes = @"(?:\d{1,2}分(?:\d{1,2}(?:[.．]\d+)?秒)?)?(?:许|左右)?";
    private const string Clock = @"(?:\d{1,2}(?:时|点|[:：]\d{2})" + Minutes + ")?";

    /// <summary>
    /// A time of day printed alone (<c>14时30分左右</c>, <c>当地时间晚间8时46分</c>): it names no day. Without a part of
    /// the day an hour is read in 时 only (<c>3点</c> is as often a count of points).
    /// </summary>
    private const string ClockOnly = Zone + "(?:" + DayPartWord + @"\d{1,2}(?:时|点|[:：]\d{2})" + Minutes + "|" + NotInNumber + @"\d{1,2}时" + Minutes + ")";

    /// <summary>The grammar of one expression.</summary>
    private const string Expression =
        Zone + "(?:" + Calendar + "|" + YearOnly + "|" + RelativeYear + "|" + StandaloneYearPart + "|" + RelativeDay + "|" + Week + "|" + BareDay + ")"
        + DayPart + Clock;

    /// <summary>Every time expression in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<TimeExpression> Find(string text) => Find(text, clockTimes: false);

    /// <summary>
    /// Every time expression in <paramref name="text"/>, in order; with <paramref name="clockTimes"/> also the times of
    /// day printed alone (<c>14时30分左右，…感觉到较强烈震感</c>, <c>15时34分47.8秒发生5.0级余震</c>), which say when in a
    /// day the text already named something happened and resolve to no date.
    /// </summary>
    public static IReadOnlyList<TimeExpression> Find(string text, bool clockTimes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<TimeExpression>();
        foreach (Match m in (clockTimes ? ExpressionOrClockRegex() : ExpressionRegex()).Matches(text))
        {
            if (m.Length > 0 && Parse(m) is not null)
            {
                found.Add(new TimeExpression(new TextRange(m.Index, m.Index + m.Length), m.Value));
            }
        }

        return found;
    }

    /// <summary>Whether <paramref name="expression"/> is a time of day printed alone (<c>14时30分左右</c>), naming no day.</summary>
    public static bool IsClockOnly(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var m = ExpressionRegex().Match(expression.Trim());
        while (m.Success && m.Length == 0)
        {
            m = m.NextMatch();
        }

        return !m.Success && ClockOnlyRegex().IsMatch(expression.Trim());
    }

    /// <summary>
    /// The time expression a lead opens with, as written: one expression or several joined (<c>4月24日及25日</c>),
    /// followed by a comma, a space, 在, 召开, 举行 or the end. Null when the text does not open with one.
    /// </summary>
    public static string? Opening(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = OpeningRegex().Match(text);
        return m.Success && m.Length > 0 ? m.Value : null;
    }

    /// <summary>A date printed in full before a weekday (<c>2026年1月9日 星期五</c>): a page's date line.</summary>
    public static DateOnly? PrintedDateLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in DateLineRegex().Matches(text))
        {
            if (Parse(m) is { Year: { } y, Month: { } mo, Day: { } d } && TryDate(y, mo, d, out var date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>What <paramref name="expression"/> (the first expression in it) says; null when it holds none.</summary>
    public static TimeParts? Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var m = ExpressionRegex().Match(expression.Trim());
        while (m.Success && m.Length == 0)
        {
            m = m.NextMatch();
        }

        return m.Success ? Parse(m) : null;
    }

    /// <summary>The date (and end date) <paramref name="expression"/> stands for, read against the publication date.</summary>
    public static ResolvedDate Resolve(string expression, DateOnly? publication) =>
        Parse(expression) is { } parts ? Resolve(parts, publication) : ResolvedDate.Unknown;

    /// <summary>
    /// The date <paramref name="parts"/> stand for; <paramref name="context"/> is the day the text spoke of last, which
    /// <c>当天</c> and <c>次日</c> count from (unknown without it).
    /// </summary>
    public static ResolvedDate Resolve(TimeParts parts, DateOnly? publication, DateOnly? context = null)
    {
        if (parts.ContextDays is { } after)
        {
            return context is { } c ? new ResolvedDate(c.AddDays(after), null) : ResolvedDate.Unknown;
        }

        if (parts.RelativeDays is { } days)
        {
            return publication is { } p ? new ResolvedDate(p.AddDays(days), null) : ResolvedDate.Unknown;
        }

        if (parts.Weekday is { } weekday)
        {
            if (publication is not { } p || parts.RelativeWeeks is not { } weeks)
            {
                return ResolvedDate.Unknown;
            }

            // Weeks run Monday to Sunday: 上周五 is the Friday of the week before the publication's.
            var monday = p.AddDays(-(((int)p.DayOfWeek + 6) % 7));
            return new ResolvedDate(monday.AddDays((7 * weeks) + weekday - 1), null);
        }

        if (parts.Month is not { } month || parts.Day is not { } day)
        {
            if (parts.Day is { } bareDay && parts.Month is null && publication is { } pub)
            {
                // 12日 is a day of the publication's month, or of the month before when it lies well after the paper.
                var anchor = bareDay > pub.Day + 3 ? pub.AddMonths(-1) : pub;
                return TryDate(anchor.Year, anchor.Month, bareDay, out var d) ? new ResolvedDate(d, null) : ResolvedDate.Unknown;
            }

            return ResolvedDate.Unknown;
        }

        int year;
        if (parts.Year is { } y)
        {
            year = y;
        }
        else if (publication is { } p)
        {
            // A month-day in the news is at most a few months ahead of the paper; otherwise it was last year.
            year = parts.RelativeYears is { } ry ? p.Year + ry : month > p.Month + 3 ? p.Year - 1 : p.Year;
        }
        else
        {
            return ResolvedDate.Unknown;
        }

        if (!TryDate(year, month, day, out var date))
        {
            return ResolvedDate.Unknown;
        }

        DateOnly? end = null;
        if (parts.EndDay is { } endDay)
        {
            var endMonth = parts.EndMonth ?? month;
            var endYear = endMonth < month ? year + 1 : year;
            if (TryDate(endYear, endMonth, endDay, out var e))
            {
                end = e;
            }
        }

        return new ResolvedDate(date, end);
    }

    /// <summary>The value of a number written in decimal digits (ASCII or full-width) or Chinese numerals (<c>二〇二六</c>, <c>十二</c>).</summary>
    public static int Number(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ChineseNumerals.TryParse(text, out var value) && value == Math.Floor(value) && value <= int.MaxValue
            ? (int)value
            : throw new FormatException($"'{text}' is not a whole number.");
    }

    public static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static TimeParts? Parse(Match m)
    {
        int? Group(string name) => m.Groups[name].Success ? Number(m.Groups[name].Value) : null;

        var month = Group("month");
        var endMonth = Group("endMonth");
        if (month is < 1 or > 12 || endMonth is < 1 or > 12)
        {
            return null;
        }

        var day = Group("day") ?? Group("bareDay");
        var relativeYears = m.Groups["relYear"].Value switch
        {
            "今年" => 0,
            "去年" => -1,
            "明年" => 1,
            "前年" => -2,
            _ => (int?)null,
        };
        int? relativeDays = m.Groups["relDay"].Value switch
        {
            "今日" or "今天" or "今晨" or "今早" or "今晚" or "今夜" => 0,
            "昨日" or "昨天" or "昨晨" or "昨晚" or "昨夜" => -1,
            "前日" or "前天" or "前晚" => -2,
            "明日" or "明天" or "明晚" => 1,
            "后天" => 2,
            _ => null,
        };
        int? weekday = null;
        int? weeks = null;
        if (m.Groups["weekday"].Success)
        {
            weekday = "一二三四五六日天".IndexOf(m.Groups["weekday"].Value[0], StringComparison.Ordinal) is var w && w == 7 ? 7 : w + 1;
            weeks = m.Groups["week"].Value switch
            {
                "本周" or "这周" => 0,
                "上周" => -1,
                "下周" => 1,
                _ => null,
            };
        }

        int? contextDays = m.Groups["relDay"].Value switch
        {
            "当日" or "当天" or "当晚" or "同日" => 0,
            "次日" or "翌日" => 1,
            _ => null,
        };
        return new TimeParts(Group("year"), month, day, endMonth, Group("endDay"), relativeDays, relativeYears, weekday, weeks, contextDays);
    }

    [GeneratedRegex(Expression)]
    private static partial Regex ExpressionRegex();

    [GeneratedRegex("(?:" + Expression + ")|(?:" + ClockOnly + ")")]
    private static partial Regex ExpressionOrClockRegex();

    [GeneratedRegex("^(?:" + ClockOnly + ")$")]
    private static partial Regex ClockOnlyRegex();

    [GeneratedRegex("^(?:" + Expression + ")(?:(?:及|和|、)(?:" + Expression + "))*(?=[，,、 ]|在|召开|举行|$)")]
    private static partial Regex OpeningRegex();

    [GeneratedRegex("(?:" + Calendar + @")\s*(?:星期|周|礼拜)[一二三四五六日天]")]
    private static partial Regex DateLineRegex();
}
