using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>The publication date of a page; the time expressions themselves are tested in Core (<c>TimeExpressionsTests</c>).</summary>
public sealed class DateResolutionTests
{
    private static readonly DateOnly April4 = new(2026, 4, 4);

    [Fact]
    public void A_countdown_to_a_dated_event_gives_the_publication_date()
    {
        var page = File.ReadAllText(RepoPaths.Seed("000"));
        var d = PublicationDateResolver.Find(page);
        Assert.Equal(PublicationDateSource.Countdown, d.Source);
        Assert.Equal(April4, d.Date);
    }

    [Fact]
    public void A_printed_date_line_is_the_publication_date() =>
        Assert.Equal(new DateOnly(2026, 1, 9), PublicationDateResolver.Find("义乌商报\n2026年1月9日 星期五\n本报讯 昨日……").Date);

    [Theory]
    [InlineData("地震已致3人死亡\n\n2021-05-22 08:15:32 来源：澎湃新闻\n\n据中国地震台网测定……", 2021, 5, 22)]
    [InlineData("标题\n发布时间：2021年5月20日 09:00\n正文……", 2021, 5, 20)]
    public void A_web_pages_source_line_dates_the_page(string page, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), PublicationDateResolver.Find(page).Date);

    [Fact]
    public void A_page_without_date_evidence_has_no_publication_date() =>
        Assert.Null(PublicationDateResolver.Find(File.ReadAllText(RepoPaths.Seed("001"))).Date);

    [Fact]
    public void Dated_leads_that_agree_date_the_page_the_day_after_the_latest()
    {
        var d = PublicationDateResolver.Infer(
        [
            "1月8日，省经信厅召开2026年全省经信工作会议，发布了2025年度典型案例。",
            "近日，总台春晚分会场花落义乌。",
            "1月9日，首届品牌出海义乌峰会举行。",
        ]);
        Assert.Equal(PublicationDateSource.ReportedEvents, d.Source);
        Assert.Equal(new DateOnly(2026, 1, 10), d.Date);
    }

    [Fact]
    public void The_end_of_a_dated_range_counts_and_a_year_opening_a_name_gives_the_year() =>
        Assert.Equal(new DateOnly(2026, 5, 16), PublicationDateResolver.Infer(
        [
            "印尼雅加达时间5月14日，为期三天的2026义博会印尼展收官。",
            "5月13日至15日，考察团赴印尼调研。",
        ]).Date);

    [Theory]
    [InlineData("4月14日下午及昨日上午，读书班举行。", "4月10日至15日，市长带队赴新疆调研。")]
    [InlineData("1月8日，2025年度案例发布。", "1月9日，峰会举行。")]
    [InlineData("4月24日，市委组织部召开部务会。", "2006年6月8日，习近平同志到义乌调研。")]
    [InlineData("2026年1月8日，会议召开。", "2025年1月9日，峰会举行。")]
    public void Without_a_printed_year_or_with_dates_far_apart_or_years_that_disagree_the_date_stays_unknown(string first, string second) =>
        Assert.Null(PublicationDateResolver.Infer([first, second]).Date);

    [Fact]
    public void One_dated_lead_is_not_enough() =>
        Assert.Null(PublicationDateResolver.Infer(["5月14日，2026义博会印尼展收官。", "近日，记者获悉。"]).Date);

    [Fact]
    public void A_printed_date_wins_over_the_reported_events() =>
        Assert.Equal(PublicationDateSource.Printed, PublicationDateResolver.Find("2026年1月9日 星期五\n", ["1月20日，2026年会议召开。", "1月21日，峰会举行。"]).Source);

    [Theory]
    [InlineData("002", "2026-01-11")]
    [InlineData("003", null)]
    [InlineData("004", "2026-05-16")]
    public void Seed_pages_without_a_printed_date_are_dated_by_their_reported_events_only_when_they_can_be(string page, string? date)
    {
        var path = RepoPaths.Seed(page);
        var splitter = new YiwuGraph.Ingestion.ArticleSplitter(new HashSet<string>());
        var document = new YiwuGraph.Ingestion.CorpusReader([path]).ReadAll().Single();
        var found = PublicationDateResolver.Find(document.Text, splitter.Split(document).Select(a => a.Text));
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), found.Date);
    }
}
