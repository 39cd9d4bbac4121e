using YiwuGraph.Core;

namespace YiwuGraph.Ingestion.Tests;

/// <summary>Randomized invariants: whatever the page, offsets are in bounds and every body character is its source character.</summary>
public sealed class SplitInvariantTests
{
    private static readonly string[] Fragments =
    [
        "### 我市召开动员部署会", "全媒体记者 谭祉潇", "本报讯 昨日,我市召开会议。", "金华市委副书记、市", "长温建飞主持会议。",
        "■ 导读", "（下转第二版）", "图为现场。", "倒计时 8 天", "专场招聘现场", "## 页面横幅 标语", "市枣业协", "会签约。",
        "记者 王五 摄", "来源：浙江宣传", "\u3000\u3000正文段落，有逗号。", "A", "#### 小标题", "\uD800", "🙂表情", "Yiwu Selection 品牌",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Every_body_character_maps_back_to_the_same_source_character(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 40))
                .Select(_ => Fragments[random.Next(Fragments.Length)] + (random.Next(4) == 0 ? "  " : string.Empty));
            var separators = new[] { "\n", "\n\n", "\n\n\n", "\r\n\r\n" };
            var text = string.Concat(lines.Select(l => l + separators[random.Next(separators.Length)]));
            var doc = new SourceDocument("x.txt", "x.txt", text, "utf-8");
            var articles = new ArticleSplitter().Split(doc);
            Assert.Equal(articles.Select(a => a.Index), Enumerable.Range(0, articles.Count));
            foreach (var article in articles)
            {
                AssertMapsBack(article, text);
            }

            var again = new ArticleSplitter().Split(doc);
            Assert.Equal(articles.Select(ArticleJsonWriter.ToJsonLine), again.Select(ArticleJsonWriter.ToJsonLine));
        }
    }

    [Fact]
    public void Seed_articles_map_back_to_their_files()
    {
        var reader = new CorpusReader([RepoPaths.Seeds]);
        foreach (var doc in reader.ReadAll())
        {
            foreach (var article in new ArticleSplitter().Split(doc))
            {
                AssertMapsBack(article, doc.Text);
            }
        }
    }

    private static void AssertMapsBack(Article article, string source)
    {
        var previousBodyEnd = 0;
        foreach (var s in article.Segments)
        {
            Assert.True(s.Length > 0);
            Assert.True(s.SourceStart >= 0 && s.SourceEnd <= source.Length);
            Assert.True(s.BodyStart >= previousBodyEnd, "segments are in body order");
            previousBodyEnd = s.BodyEnd;
            Assert.Equal(source.AsSpan(s.SourceStart, s.Length).ToString(), article.Text.Substring(s.BodyStart, s.Length));
        }

        for (var i = 0; i < article.Text.Length; i++)
        {
            if (article.Text[i] == '\n')
            {
                continue;
            }

            Assert.Equal(article.Text[i], source[article.ToSourceOffset(i)]);
        }

        TextRange? last = null;
        foreach (var r in article.SourceRanges)
        {
            Assert.True(r.End <= source.Length);
            Assert.True(last is null || r.Start > last.Value.End, "source ranges are sorted and merged");
            last = r;
        }

        Assert.All(article.Text.Split('\n'), paragraph => Assert.NotEmpty(paragraph));
    }
}
