namespace YiwuGraph.Ingestion.Tests;

/// <summary>
/// Lines of one block join into a paragraph where the layout wrapped them, and stay lines of their own where the page
/// prints one headline, sentence or clause per line.
/// </summary>
public sealed class LineWrapTests
{
    [Fact]
    public void Lines_printed_one_per_line_are_paragraphs_of_their_own_though_they_end_no_sentence()
    {
        const string Page = "谢娜反应耐人寻味\n范冰冰38岁生日尽显冷清\n孙红雷庆生直言被爱开心，\n没有奢侈的生日宴，杨幂在北京度过了生日。\n";

        var article = Assert.Single(Split(Page).Articles);

        Assert.Equal("谢娜反应耐人寻味", article.Title);
        // The line that stops at a pause goes on in the next; the headline-like one that stops at no mark does not.
        Assert.Equal("范冰冰38岁生日尽显冷清\n孙红雷庆生直言被爱开心，没有奢侈的生日宴，杨幂在北京度过了生日。", article.Text);
    }

    [Fact]
    public void A_line_that_stops_at_a_pause_goes_on_in_the_next()
    {
        const string Page = "近日，\n赣州市中级人民法院一审公开开庭审理\n赣州市公安局原支队长朱雄武涉嫌犯受贿罪一案。\n";

        var article = Assert.Single(Split(Page).Articles);

        Assert.StartsWith("近日，赣州市中级人民法院一审公开开庭审理\n", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_printed_above_a_wire_dateline_stays_off_its_first_sentence()
    {
        const string Page = "2009-3-31\n东南网3月31日讯（通讯员容肖）今日凌晨3时55分许，福州市闽侯县一仓库突然失火。工厂保安发现火情后，立即报警。\n";

        var article = Assert.Single(Split(Page).Articles);

        Assert.StartsWith("2009-3-31\n东南网3月31日讯", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_wrapped_at_one_width_are_one_paragraph_with_words_rejoined()
    {
        const string Page =
            "　　本报讯 昨日，我市召开“义乌发展经验”提出20年系列活动动员部署会。金华市委副书记、市\n" +
            "长温建飞主持会议。市领导丁政、陈小忠、杨献等参加会议。叶帮锐指出，“义乌发展经验”是\n" +
            "习近平总书记在浙江工作期间亲自总结提炼的。\n" +
            "　　叶帮锐强调，要深刻把握办好系列活动的重大意义。\n";

        var article = Assert.Single(Split(Page).Articles);

        Assert.Contains("金华市委副书记、市长温建飞主持会议。", article.Text, StringComparison.Ordinal);
        Assert.Contains("“义乌发展经验”是习近平总书记", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_line_stopping_mid_sentence_in_a_wrapped_block_ends_its_paragraph()
    {
        // The block is wrapped (its long lines are one width), but the heading-like line in it is far narrower.
        const string Page =
            "市场监管部门通报食品抽检结果\n" +
            "本报讯 昨日，市市场监督管理局通报了今年第一季度全市食品安全监督抽检情况，共抽检\n" +
            "食品样品一千二百批次，合格率为百分之九十八点五，不合格样品已全部依法处置完毕，\n" +
            "相关生产经营单位均已完成整改。\n";

        var article = Assert.Single(Split(Page).Articles);

        Assert.Contains("共抽检食品样品一千二百批次", article.Text, StringComparison.Ordinal);
        Assert.Contains("处置完毕，相关生产经营单位", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Hard_wrapping_a_page_at_any_width_gives_the_text_of_the_unwrapped_page(int seed)
    {
        var random = new Random(seed);
        var paragraphs = Enumerable.Range(0, 4).Select(_ => Paragraph(random)).ToList();
        var width = random.Next(12, 40);
        var wrapped = string.Concat(paragraphs.Select(p => string.Concat(p.Chunk(width).Select(c => new string(c) + "\n"))));
        var unwrapped = string.Concat(paragraphs.Select(p => p + "\n"));

        var fromWrapped = Assert.Single(Split(wrapped).Articles).Text;
        var fromUnwrapped = Assert.Single(Split(unwrapped).Articles).Text;

        Assert.Equal(fromUnwrapped.Replace("\n", string.Empty, StringComparison.Ordinal), fromWrapped.Replace("\n", string.Empty, StringComparison.Ordinal));
        // No sentence runs into the next paragraph, and no paragraph breaks inside a sentence.
        Assert.All(fromWrapped.Split('\n'), p => Assert.EndsWith("。", p, StringComparison.Ordinal));
    }

    /// <summary>Two to five sentences of clauses, each clause a run of Han characters, so any cut falls inside a word.</summary>
    private static string Paragraph(Random random)
    {
        const string Han = "市区县镇村会议经济发展项目企业工作建设推进群众服务安全生产文化旅游教育医疗交通";
        var sentences = Enumerable.Range(0, random.Next(2, 6)).Select(_ =>
            string.Join('，', Enumerable.Range(0, random.Next(1, 4)).Select(_ => new string([.. Enumerable.Range(0, random.Next(4, 16)).Select(_ => Han[random.Next(Han.Length)])]))) + "。");
        return string.Concat(sentences);
    }

    private static PageSplit Split(string text) => new ArticleSplitter().SplitPage(new SourceDocument("x.txt", "x.txt", text, "utf-8"));
}
