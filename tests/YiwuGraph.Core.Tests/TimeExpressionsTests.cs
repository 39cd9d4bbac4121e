using System.Globalization;

namespace YiwuGraph.Core.Tests;

public sealed class TimeExpressionsTests
{
    private static readonly DateOnly April4 = new(2026, 4, 4);

    private static DateOnly? Day(string? iso) => iso is null ? null : DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("昨日", "2026-04-03", null)]
    [InlineData("昨日下午", "2026-04-03", null)]
    [InlineData("今天上午", "2026-04-04", null)]
    [InlineData("前天", "2026-04-02", null)]
    [InlineData("明天", "2026-04-05", null)]
    [InlineData("今早", "2026-04-04", null)]
    [InlineData("昨夜", "2026-04-03", null)]
    [InlineData("前晚7时30分许", "2026-04-02", null)]
    [InlineData("后天", "2026-04-06", null)]
    [InlineData("4月10日至15日", "2026-04-10", "2026-04-15")]
    [InlineData("4月12-14日", "2026-04-12", "2026-04-14")]
    [InlineData("3月31日", "2026-03-31", null)]
    [InlineData("1月8日", "2026-01-08", null)]
    [InlineData("12月30日", "2025-12-30", null)]
    [InlineData("2006年6月8日", "2006-06-08", null)]
    [InlineData("４月１０日", "2026-04-10", null)]
    [InlineData("１９９８年６月５日", "1998-06-05", null)]
    [InlineData("一九九八年六月五日", "1998-06-05", null)]
    [InlineData("五月二十日", "2026-05-20", null)]
    [InlineData("去年５月４日", "2025-05-04", null)]
    [InlineData("今年1月10日", "2026-01-10", null)]
    [InlineData("当地时间5月28日上午7点46分左右", "2026-05-28", null)]
    [InlineData("北京时间10月8日", "2025-10-08", null)]
    [InlineData("2日上午", "2026-04-02", null)]
    [InlineData("28日晚", "2026-03-28", null)]
    [InlineData("上周五", "2026-03-27", null)]
    [InlineData("本周一", "2026-03-30", null)]
    [InlineData("12月31日至1月2日", "2025-12-31", "2026-01-02")]
    public void Expressions_resolve_against_the_publication_date(string expression, string date, string? end)
    {
        var r = TimeExpressions.Resolve(expression, April4);
        Assert.Equal(Day(date), r.Date);
        Assert.Equal(Day(end), r.EndDate);
    }

    [Theory]
    [InlineData("近日")]
    [InlineData("日前")]
    [InlineData("2023年9月")]
    [InlineData("不久前")]
    [InlineData("今年一季度")]
    [InlineData("上半年")]
    [InlineData("周五")]
    [InlineData("当天")]
    [InlineData("4月31日")]
    public void Vague_impossible_or_context_bound_expressions_stay_unresolved(string expression) =>
        Assert.Null(TimeExpressions.Resolve(expression, April4).Date);

    [Theory]
    [InlineData("当天下午", "2026-05-12")]
    [InlineData("次日", "2026-05-13")]
    public void Same_day_and_next_day_count_from_the_day_the_text_spoke_of(string expression, string date)
    {
        var parts = TimeExpressions.Parse(expression);
        Assert.NotNull(parts);
        Assert.Equal(Day(date), TimeExpressions.Resolve(parts.Value, April4, new DateOnly(2026, 5, 12)).Date);
    }

    [Theory]
    [InlineData("昨日")]
    [InlineData("4月24日")]
    [InlineData("12日")]
    public void Without_a_publication_date_nothing_relative_is_invented(string expression) =>
        Assert.Null(TimeExpressions.Resolve(expression, null).Date);

    [Fact]
    public void A_full_date_needs_no_publication_date() =>
        Assert.Equal(new DateOnly(2006, 6, 8), TimeExpressions.Resolve("2006年6月8日", null).Date);

    [Fact]
    public void Expressions_are_found_as_written()
    {
        var found = TimeExpressions.Find("昨日下午,活动在4月10日至15日举行，2006年6月8日也是，2025年上半年签约。凌晨3时许，12日上午再议。").Select(e => e.Text).ToList();
        Assert.Equal(["昨日下午", "4月10日至15日", "2006年6月8日", "2025年上半年", "12日上午"], found);
    }

    [Theory]
    [InlineData("加纳中部省３０日中午发生一起车祸", "３０日中午")]
    [InlineData("新西兰东北部海域２日发生６．６级地震", "２日")]
    [InlineData("福建省1月31日晚，拉丁酒吧发生火灾", "1月31日晚")]
    [InlineData("当地时间２日晚２２时２６分，地震发生", "当地时间２日晚２２时２６分")]
    [InlineData("2008年5月12日14时27分57.9秒，汶川发生地震", "2008年5月12日14时27分57.9秒")]
    public void Full_width_days_evenings_and_seconds_are_read(string text, string expression) =>
        Assert.Equal(expression, TimeExpressions.Find(text).Single().Text);

    [Fact]
    public void Times_of_day_alone_are_found_only_when_asked_for_and_resolve_to_no_date()
    {
        const string text = "新华网5月12日电14时30分左右，一些地区感觉到震感。地震发生时为智利当地时间晚间8时46分，提出3点要求。";
        Assert.Equal(["5月12日"], TimeExpressions.Find(text).Select(e => e.Text));
        var found = TimeExpressions.Find(text, clockTimes: true).Select(e => e.Text).ToList();
        Assert.Equal(["5月12日", "14时30分左右", "当地时间晚间8时46分"], found);
        Assert.True(TimeExpressions.IsClockOnly("14时30分左右"));
        Assert.False(TimeExpressions.IsClockOnly("5月12日14时"));
        Assert.Null(TimeExpressions.Resolve("14时30分左右", April4).Date);
    }

    [Theory]
    [InlineData("上海市政府新闻办3日举行新闻发布会。", "3日", "2026-04-03")]
    [InlineData("菲律宾总统拉莫斯４日签署命令。", "４日", "2026-04-04")]
    [InlineData("3日", "3日", "2026-04-03")] // as an event keeps it in dateText
    public void A_bare_day_before_a_verb_of_the_news_is_a_day_of_the_publication_month(string text, string expression, string date)
    {
        Assert.Equal(expression, Assert.Single(TimeExpressions.Find(text)).Text);
        Assert.Equal(Day(date), TimeExpressions.Resolve(expression, April4).Date);
    }

    [Theory]
    [InlineData("第112月")]
    [InlineData("3日游")]
    [InlineData("5日内")]
    [InlineData("一个月")]
    [InlineData("12026年")]
    public void Numbers_that_are_no_dates_are_not_found(string text) =>
        Assert.DoesNotContain(TimeExpressions.Find(text), e => TimeExpressions.Resolve(e.Text, April4).Date is not null);

    [Theory]
    [InlineData("昨日下午，市委召开会议。", "昨日下午")]
    [InlineData("4月24日及25日，读书班举行。", "4月24日及25日")]
    [InlineData("今年一季度，全市外贸增长。", "今年一季度")]
    [InlineData("12日上午，代表团抵达。", "12日上午")]
    [InlineData("市委召开会议。", null)]
    [InlineData("4月24日的会议", null)]
    public void A_lead_opens_with_its_dateline(string lead, string? dateline) => Assert.Equal(dateline, TimeExpressions.Opening(lead));

    [Theory]
    [InlineData("义乌商报\n2026年1月9日 星期五\n本报讯", "2026-01-09")]
    [InlineData("2026 年 1 月 9 日 周五", "2026-01-09")]
    [InlineData("2026年1月9日，会议召开。", null)]
    public void A_date_line_is_a_full_date_before_a_weekday(string page, string? date) =>
        Assert.Equal(Day(date), TimeExpressions.PrintedDateLine(page));

    [Fact]
    public void Random_text_never_throws_and_every_expression_found_is_a_slice_of_the_text()
    {
        var random = new Random(3);
        const string Alphabet = "0123456789一二三十年月日号至-昨今天上下午时点分周星期去明当地时间，。在";
        for (var i = 0; i < 3000; i++)
        {
            var chars = new char[random.Next(1, 30)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = Alphabet[random.Next(Alphabet.Length)];
            }

            var text = new string(chars);
            foreach (var e in TimeExpressions.Find(text, clockTimes: true))
            {
                Assert.Equal(e.Text, text[e.Range.Start..e.Range.End]);
                _ = TimeExpressions.Resolve(e.Text, April4);
            }

            _ = TimeExpressions.Opening(text);
            _ = TimeExpressions.PrintedDateLine(text);
        }
    }
}
