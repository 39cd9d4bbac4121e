namespace YiwuGraph.Ingestion.Tests;

/// <summary>A byline whose name holds odd characters is still a byline: the article keeps its reporter.</summary>
public sealed class BylineTests
{
    [Theory]
    [InlineData("全媒体记者 阿依古丽・买买提", "阿依古丽・买买提")] // katakana middle dot
    [InlineData("全媒体记者 阿依古丽•买买提", "阿依古丽•买买提")] // bullet
    [InlineData("全媒体记者 王〇", "王〇")]
    [InlineData("全媒体记者 林\u200B晓燕", "林\u200B晓燕")] // zero-width space inside
    [InlineData("全媒体记者\u200B林晓燕", "林晓燕")] // zero-width space between role and name
    [InlineData("全媒体记者\u3000林晓燕", "林晓燕")]
    [InlineData("全媒体记者\u00A0林晓燕", "林晓燕")] // no-break space
    [InlineData("全媒体记者 陈A", "陈A")]
    [InlineData("全媒体记者 吴𠮷", "吴𠮷")] // a name character outside the basic block
    [InlineData("全媒体记者 林晓燕", "林晓燕")]
    public void A_role_word_and_one_name_like_token_is_a_byline_and_the_reporter_is_kept(string byline, string name)
    {
        const string Title = "我市召开系列活动动员部署会";
        var text = $"### {Title}\n\n{byline}\n\n本报讯 昨日，我市召开会议。\n";
        var article = Assert.Single(new ArticleSplitter().Split(new SourceDocument("x.txt", "x.txt", text, "utf-8")));
        Assert.Equal(Title, article.Title);
        Assert.Empty(article.Subtitles);
        Assert.Equal([name], article.Reporters);
        var credit = Assert.Single(article.Credits);
        // The name is kept as printed, and its range is exactly where it is printed.
        Assert.Equal(name, text[credit.SourceRange.Start..credit.SourceRange.End]);
    }

    [Theory]
    [InlineData("全媒体记者 林晓燕 王〇")] // a loose name only as the single name after a role
    [InlineData("王〇 摄")]
    [InlineData("全媒体记者 2026年")]
    [InlineData("全媒体记者 林晓燕。")]
    [InlineData("全媒体记者 ・林")]
    public void Other_lines_are_not_bylines(string line) => Assert.Null(PageLineClassifierProbe.Byline(line));

    [Theory]
    [InlineData("全媒体记者 林晓燕 文/摄", new[] { "林晓燕" })]
    [InlineData("记者林晓燕 通讯员 王五", new[] { "林晓燕", "王五" })]
    [InlineData("吕斌 摄", new[] { "吕斌" })]
    public void Plain_bylines_are_read_as_before(string line, string[] names) => Assert.Equal(names, PageLineClassifierProbe.Byline(line));

    [Theory]
    [InlineData("新华社杭州5月20日电（记者王小明）记者从杭州市应急管理局获悉，工地发生事故。", new[] { "王小明" })]
    [InlineData("本报讯（记者 李华 通讯员 张三）昨晚，浙江队主场战胜广东队。", new[] { "李华", "张三" })]
    [InlineData("本报杭州５月２０日讯（记者林晓燕）昨日，我市召开会议。", new[] { "林晓燕" })]
    [InlineData("【記者王大明／台北報導】台積電董事長魏哲家昨日表示，將新建晶圓廠。", new[] { "王大明" })]
    [InlineData("【记者 陈静/温州报道】昨日，温州市公安局召开新闻发布会。", new[] { "陈静" })]
    [InlineData("中新网北京5月20日电（图）昨日，我市召开会议。", new string[0])]
    [InlineData("【重要通知】昨日，我市召开会议。", new string[0])]
    [InlineData("昨日（5月20日），我市召开会议。", new string[0])]
    public void A_credit_in_brackets_at_the_start_of_the_lead_names_the_reporters(string lead, string[] names)
    {
        var text = $"### 标题在此\n\n{lead}\n";
        var article = Assert.Single(new ArticleSplitter().Split(new SourceDocument("x.txt", "x.txt", text, "utf-8")));
        Assert.Equal(names, article.Reporters);
        Assert.All(article.Credits, c => Assert.Equal(c.Name, text[c.SourceRange.Start..c.SourceRange.End]));
    }

    [Theory]
    [InlineData("澎湃新闻记者 王琳 实习生 李想", "王琳:记者:澎湃新闻|李想:实习生:")]
    [InlineData("环球时报驻美国特约记者 萧达 环球时报记者 刘扬", "萧达:特约记者:环球时报|刘扬:记者:环球时报")]
    [InlineData("新华社记者王小明", "王小明:记者:新华社")]
    [InlineData("本报驻京记者 林晓燕", "林晓燕:记者:")]
    [InlineData("全媒体记者 林晓燕", "林晓燕:全媒体记者:")]
    [InlineData("南都记者 赵云", "赵云:记者:南都")] // an outlet's short name no ending gives
    [InlineData("每经记者 赵云 每经编辑 孙磊", "赵云:记者:每经")] // the desk edited and wrote nothing
    [InlineData("记者 赵云 编辑 孙磊", "赵云:记者:")]
    [InlineData("记者 赵云 责编 孙磊 审核 李青", "赵云:记者:")]
    public void A_role_printed_after_an_outlet_is_the_role_of_that_outlet(string line, string expected)
    {
        var text = $"{line}\n\n本报讯 昨日，我市召开会议。\n";
        var article = Assert.Single(new ArticleSplitter().Split(new SourceDocument("x.txt", "x.txt", text, "utf-8")));
        Assert.Equal(expected, string.Join('|', article.Credits.Select(c => $"{c.Name}:{c.Role}:{c.Outlet}")));
        Assert.All(article.Credits, c => Assert.Equal(c.Name, text[c.SourceRange.Start..c.SourceRange.End]));
    }

    [Theory]
    [InlineData("王琳记者 李想")] // a name before the role is no outlet
    [InlineData("今天记者 王琳")]
    public void Words_before_a_role_that_name_no_outlet_make_no_byline(string line) => Assert.Null(PageLineClassifierProbe.Byline(line));

    [Theory]
    [InlineData("新华社北京12月3日电（记者张晓松、朱基钗）国务院总理李强3日在人民大会堂会见德国总理。", "张晓松:新华社|朱基钗:新华社")]
    [InlineData("中新网上海12月3日电 (记者 陈静)上海市政府新闻办3日举行新闻发布会。", "陈静:中新网")]
    [InlineData("本报讯（记者 李华 通讯员 张三）昨晚，浙江队主场战胜广东队。", "李华:|张三:")]
    [InlineData("【环球时报驻美国特约记者 萧达】美国国务卿2日表示，美方将继续协调。", "萧达:环球时报")]
    [InlineData("新华网太原3月11日电(记者晏国政吕梦琦)记者11日20时从山西省政府获悉。", "晏国政:新华网|吕梦琦:新华网")]
    public void A_wire_reporter_credited_without_an_outlet_is_the_wires(string lead, string expected)
    {
        var text = $"### 标题在此\n\n{lead}\n";
        var article = Assert.Single(new ArticleSplitter().Split(new SourceDocument("x.txt", "x.txt", text, "utf-8")));
        Assert.Equal(expected, string.Join('|', article.Credits.Select(c => $"{c.Name}:{c.Outlet}")));
    }

    [Fact]
    public void A_page_that_is_nothing_but_a_credit_line_is_read_as_text()
    {
        const string Text = "证券时报记者桂衍民\n";
        var article = Assert.Single(new ArticleSplitter().Split(new SourceDocument("x.txt", "x.txt", Text, "utf-8")));
        Assert.Equal("证券时报记者桂衍民", article.Text);
        Assert.Empty(article.Reporters);
    }

    /// <summary>Reads one line as a byline through the public splitter: the reporters of a page made of a headline, the line and a lead.</summary>
    private static class PageLineClassifierProbe
    {
        public static IReadOnlyList<string>? Byline(string line)
        {
            var text = $"### 标题在此\n\n{line}\n\n本报讯 昨日，我市召开会议。\n";
            var reporters = new ArticleSplitter().Split(new SourceDocument("x.txt", "x.txt", text, "utf-8")).SelectMany(a => a.Reporters).ToList();
            return reporters.Count == 0 ? null : reporters;
        }
    }

    [Theory]
    [InlineData("记者张祝基、于青", "张祝基,于青")]
    [InlineData("本报记者 周泓洋 新华社记者 赵连庆", "周泓洋,赵连庆")]
    public void Parse_reads_a_credit_printed_inside_a_text(string credit, string names)
    {
        Assert.Equal(names.Split(','), BylineCredit.Parse(credit)!.Select(c => c.Name));
        Assert.Null(BylineCredit.Parse("据新华社消息"));
    }

    [Theory]
    [InlineData("新华社记者", 2)]
    [InlineData("本报记者", 4)]
    [InlineData("新华社通讯员", 3)]
    [InlineData("记者招待会", 0)]
    public void RoleWordEnding_is_the_length_of_the_role_word_a_text_ends_in(string text, int length)
    {
        Assert.Equal(length, BylineCredit.RoleWordEnding(text));
    }
}
