namespace YiwuGraph.Ingestion.Tests;

/// <summary>Page furniture (adverts, countdowns, hotlines) is dropped line by line, counted, and never takes prose with it.</summary>
public sealed class PageFurnitureTests
{
    private const string AdvertBox = "2026中国义乌国际日用百货创新博览会\n倒计时 8 天\n4月12-14日 义乌国际博览中心A1/B1/C1\n咨询热线: 0579-85415888\n";

    [Theory]
    [InlineData("\n")]
    [InlineData("\n\n")]
    public void A_sentence_that_mentions_an_advert_stays_in_the_article(string separator)
    {
        var page = File.ReadAllText(RepoPaths.Seed("000")) + separator + "义乌市广告协会会长王建国表示，将全力支持系列活动。\n";
        var split = Split(page);
        Assert.Contains(split.Articles, a => a.Text.Contains("王建国", StringComparison.Ordinal));
        // The seed's own advert box (four lines) is still dropped, and counted.
        Assert.Equal(4, split.FurnitureLines.Count);
        Assert.DoesNotContain(split.Articles, a => a.Text.Contains("咨询热线", StringComparison.Ordinal) || a.Subtitles.Contains("倒计时 8 天"));
    }

    [Fact]
    public void A_page_without_blank_lines_gives_its_news_even_with_an_advert_sentence_and_an_advert_box_in_it()
    {
        var sentences = NewsSentences().Take(200).ToList();
        Assert.Equal(200, sentences.Count);
        sentences.Insert(120, "这所学校在报上登了一则招生的广告，咨询热线：0579-85415888。");
        var page = string.Join('\n', sentences.Take(60)) + "\n" + AdvertBox + string.Join('\n', sentences.Skip(60));
        var split = Split(page);
        Assert.NotEmpty(split.Articles);
        Assert.Null(split.NoArticleReason);
        var body = string.Concat(split.Articles.Select(a => a.Text));
        Assert.All(sentences, s => Assert.Contains(s, body, StringComparison.Ordinal));
        Assert.Equal(4, split.FurnitureLines.Count);
    }

    [Theory]
    [InlineData("高考倒计时 义乌考生备战")]
    [InlineData("义乌整治违法广告")]
    [InlineData("义乌开通12345服务热线")]
    public void A_headline_that_names_a_countdown_an_advert_or_a_hotline_is_not_furniture(string headline)
    {
        var split = Split($"{headline}\n\n全媒体记者 林晓燕\n\n本报讯 昨日，我市召开会议。\n");
        Assert.Equal(headline, Assert.Single(split.Articles).Title);
        Assert.Empty(split.FurnitureLines);
    }

    [Fact]
    public void A_contact_line_inside_a_broken_sentence_is_prose()
    {
        var split = Split("本报讯 昨日，我市召开会议。市民如有疑问可拨打\n咨询热线：0579-85415888\n进行咨询。\n");
        Assert.Empty(split.FurnitureLines);
        Assert.Contains("0579-85415888", Assert.Single(split.Articles).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_of_only_furniture_gives_no_article_and_says_why()
    {
        var split = Split(AdvertBox + "\n\n广告热线 85415888\n（广告）\n");
        Assert.Empty(split.Articles);
        Assert.Equal(6, split.FurnitureLines.Count);
        Assert.Equal("all 6 lines were page furniture", split.NoArticleReason);
    }

    [Fact]
    public void A_page_of_blank_lines_gives_no_article_and_says_why()
    {
        Assert.Equal("no text lines", Split(" \n\n\u3000\n").NoArticleReason);
        Assert.Equal("no body text among its lines (1 attribution)", Split("来源：新华网\n").NoArticleReason);
    }

    [Fact]
    public void A_page_of_only_headlines_is_read_as_text_one_paragraph_per_line()
    {
        const string page = "招行理财专家：有效配置基金迎接牛市到来\n\n义乌再出发\n";
        var split = Split(page);
        var article = Assert.Single(split.Articles);
        Assert.Null(split.NoArticleReason);
        Assert.Equal("招行理财专家：有效配置基金迎接牛市到来\n义乌再出发", article.Text);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal(0, article.ToSourceOffset(0));
        Assert.Equal(page.IndexOf("义乌再出发", StringComparison.Ordinal), article.ToSourceOffset(article.Text.IndexOf('义', StringComparison.Ordinal)));
    }

    [Fact]
    public void A_sub_heading_inside_a_body_is_one_of_the_article_headlines()
    {
        const string page = "义乌召开会议\n\n本报讯 昨日，我市召开会议。\n\n#### 国家税务总局发布新规\n\n会议要求各地落实。\n";
        var article = Assert.Single(Split(page).Articles);
        Assert.Equal(["国家税务总局发布新规"], article.Sections);
        var headline = Assert.Single(article.Headlines, h => h.Text == "国家税务总局发布新规");
        Assert.Equal(page.IndexOf("国家税务总局", StringComparison.Ordinal), headline.SourceRange.Start);
    }

    [Fact]
    public void A_page_with_a_body_keeps_its_headline_as_the_title()
    {
        var article = Assert.Single(Split("义乌召开会议\n\n本报讯 昨日，我市召开会议。\n").Articles);
        Assert.Equal("义乌召开会议", article.Title);
        Assert.DoesNotContain("义乌召开会议", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Furniture_lines_are_short_and_never_hold_sentence_punctuation(int seed)
    {
        var random = new Random(seed);
        var pool = NewsSentences().Take(400).ToList();
        string[] fragments =
        [
            "倒计时 8 天", "咨询热线: 0579-85415888", "广告", "（广告）", "电话：13812345678", "2026义乌博览会", "4月12-14日 国际博览中心",
            "全媒体记者 林晓燕", "### 我市召开动员部署会", "义乌市广告协会会长王建国表示，将全力支持系列活动。", "拨打热线0579-85415888咨询。",
            "市民可拨打", "服务热线：12345", "高考倒计时 义乌考生备战",
        ];
        for (var round = 0; round < 100; round++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 60))
                .Select(_ => random.Next(3) == 0 ? pool[random.Next(pool.Count)] : fragments[random.Next(fragments.Length)]);
            var text = string.Concat(lines.Select(l => l + (random.Next(4) == 0 ? "\n\n" : "\n")));
            var split = Split(text);
            foreach (var range in split.FurnitureLines)
            {
                var line = text[range.Start..range.End];
                Assert.True(line.Length <= 40, line);
                Assert.DoesNotContain(line, c => c is '。' or '！' or '？' or '；' or '!' or '?' or ';');
                Assert.DoesNotContain('\n', line);
            }

            // Every sentence of the pool that was printed is in some article: prose is never furniture.
            var body = string.Concat(split.Articles.Select(a => a.Text));
            Assert.All(pool.Where(s => text.Contains(s, StringComparison.Ordinal)), s => Assert.Contains(s, body, StringComparison.Ordinal));
        }
    }

    private static PageSplit Split(string text) => new ArticleSplitter().SplitPage(new SourceDocument("x.txt", "x.txt", text, "utf-8"));

    /// <summary>Sentences of the seed pages' prose (ending in 。), in page order, each once.</summary>
    private static IEnumerable<string> NewsSentences() =>
        new CorpusReader([RepoPaths.Seeds]).ReadAll()
            .SelectMany(d => d.Text.Split('\n'))
            .Where(l => !l.StartsWith('#') && !l.StartsWith("本报讯", StringComparison.Ordinal) && l.Contains('。', StringComparison.Ordinal))
            .SelectMany(l => l.Split('。', StringSplitOptions.RemoveEmptyEntries))
            .Select(s => s.Trim())
            .Where(s => s.Length >= 12 && s.Contains('，', StringComparison.Ordinal))
            .Select(s => s + "。")
            .Distinct(StringComparer.Ordinal);
}
