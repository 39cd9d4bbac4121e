namespace YiwuGraph.Ingestion.Tests;

/// <summary>Golden tests: the seed pages split the way a careful reader splits them.</summary>
public sealed class SeedSplitTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<Article>> Pages = SplitSeeds();

    [Theory]
    [InlineData("000", 5)]
    [InlineData("001", 6)]
    [InlineData("002", 6)]
    [InlineData("003", 5)]
    [InlineData("004", 5)]
    public void Each_page_gives_its_articles_once(string page, int expected)
    {
        Assert.Equal(expected, Pages[page].Count);
        Assert.Equal(Pages[page].Count, Pages[page].Select(a => a.Text).Distinct().Count());
    }

    [Fact]
    public void Page_000_has_the_headlines_reporters_and_datelines_of_the_annotations()
    {
        var a = Pages["000"];
        Assert.Equal(
            ["我市召开“义乌发展经验”提出20年系列活动动员部署会", "义乌前两月工业经济实现良好开局", "义乌市海内外高层次人才联谊会广东分会成立", "我市2026年春耕备耕送服务活动启动", "义乌“百企招聘团”赴江西高校揽才"],
            a.Select(x => x.Title));
        Assert.Equal([["谭祉潇"], ["龚盈盈"], ["林晓燕"], ["华青"], ["林晓燕"]], a.Select(x => x.Reporters.ToArray()));
        Assert.Equal(["昨日", "昨日", "近日", "昨日下午", null], a.Select(x => x.Dateline));
        Assert.Contains("高度负责 高效落实 高位协同", a[0].Subtitles);
        Assert.Contains("规上工业增加值同比增长13.1%", a[1].Subtitles);
        Assert.StartsWith("102家义乌企业携3700多个岗位设摊揽", a[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_001_puts_back_a_headline_printed_after_its_body()
    {
        var a = Pages["001"];
        Assert.Equal("增速7.7%! 实现良好开局 一季度义乌经济运行成绩单出炉", a[0].Title);
        Assert.Equal(["谭礼满"], a[0].Reporters);
        Assert.Equal("今年一季度", a[0].Dateline);
        Assert.Equal("读懂“义乌发展经验” 对推动高质量发展的启示", a[1].Title);
        Assert.Empty(a[1].Reporters);
        Assert.Equal("金义东市域轨道交通 义乌高铁站试乘开启", a[4].Title);
        Assert.Equal(["吕斌"], a[4].Reporters);
        Assert.Equal("昨日上午", a[4].Dateline);
        Assert.True(a[2].Continues);
    }

    [Fact]
    public void Page_003_gives_a_trailing_headline_to_the_story_above_it()
    {
        var meeting = Pages["003"].Single(x => x.Text.Contains("第73次常务会议", StringComparison.Ordinal) && x.Reporters.Contains("陈聪"));
        Assert.Equal("市政府召开第73次常务会议", meeting.Title);
        Assert.Equal("昨日", meeting.Dateline);
    }

    [Fact]
    public void Page_002_gives_headlines_printed_after_their_story_back()
    {
        var a = Pages["002"];
        Assert.Equal("义乌与春晚：一段跨越十年的「情缘」", a.Single(x => x.Reporters.Contains("王佳丽")).Title);
        Assert.Equal("义乌公安庆祝第六个中国人民警察节", a.Single(x => x.Reporters.Contains("陈张彪")).Title);
        Assert.Equal("满弓发力拼实绩 担当答卷谱新篇", a.Single(x => x.Authors.Any(au => au.Name == "何华东")).Title);
    }

    [Fact]
    public void Words_broken_across_blank_lines_are_rejoined()
    {
        var text = string.Join("\n", Pages["000"].Select(a => a.Text));
        Assert.Contains("市长温建飞主持会议", text, StringComparison.Ordinal);
        Assert.Contains("市枣业协会签约", text, StringComparison.Ordinal);
        Assert.Contains("共计百余人参加", text, StringComparison.Ordinal);
        Assert.DoesNotContain("专场招聘现场在义乌市工商联", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_printed_twice_is_kept_once()
    {
        var text = string.Join("\n", Pages["003"].Select(a => a.Text));
        const string repeated = "考察调研期间，温建飞一行还走访了";
        Assert.Equal(1, Count(text, repeated));
    }

    [Fact]
    public void Banners_markers_and_adverts_are_not_article_text()
    {
        foreach (var article in Pages.Values.SelectMany(a => a))
        {
            Assert.DoesNotContain("加快打造中国式现代化县域典范\n", article.Text + "\n", StringComparison.Ordinal);
            Assert.DoesNotContain("下转第", article.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("咨询热线", article.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("本报讯", article.Text, StringComparison.Ordinal);
            Assert.NotEqual("坚持和深化“义乌发展经验” 加快打造中国式现代化县域典范", article.Title);
        }
    }

    [Fact]
    public void Signed_pieces_keep_their_author()
    {
        var piece = Pages["002"].Single(a => a.Authors.Any(x => x.Name == "程亮"));
        Assert.Equal("苏溪镇党委书记", piece.Authors.Single().Title);
    }

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    private static Dictionary<string, IReadOnlyList<Article>> SplitSeeds()
    {
        var reader = new CorpusReader([RepoPaths.Seeds]);
        var splitter = new ArticleSplitter(reader.DetectBanners());
        return reader.ReadAll().ToDictionary(d => d.Name[..3], d => splitter.Split(d));
    }
}
