using System.Text.Json;

namespace YiwuGraph.Ingestion.Tests;

/// <summary>
/// Scores the splitter against the hand annotations in ../shared/data/seed-gold (titles, reporters, datelines
/// and the first 20 body characters of every article that is not marked uncertain).
/// </summary>
public sealed class SeedGoldArticleTests
{
    public static TheoryData<string> GoldFiles() => new(Directory.Exists(GoldDir) ? Directory.GetFiles(GoldDir, "*.json").Select(Path.GetFileName).OfType<string>().Order() : ["(absent)"]);

    private static string GoldDir => Path.Combine(RepoPaths.SharedData, "seed-gold");

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Every_annotated_article_is_found_with_its_headline_reporters_and_dateline(string goldFile)
    {
        Skips.Unless(Directory.Exists(GoldDir), $"seed annotations not found at {GoldDir}");
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(GoldDir, goldFile)));
        var page = gold.RootElement.GetProperty("file").GetString()!;
        var reader = new CorpusReader([RepoPaths.Seeds]);
        var splitter = new ArticleSplitter(reader.DetectBanners());
        var articles = splitter.Split(reader.ReadAll().Single(d => d.Name == page));

        var expected = gold.RootElement.GetProperty("articles").EnumerateArray()
            .Where(a => !(a.TryGetProperty("uncertain", out var u) && u.GetBoolean())).ToList();
        Assert.Equal(expected.Count, articles.Count);
        foreach (var want in expected)
        {
            var title = want.GetProperty("title").GetString();
            var got = Assert.Single(articles, a => a.Title == title);
            Assert.Equal(want.GetProperty("reporters").EnumerateArray().Select(r => r.GetString()!), got.Reporters);
            Assert.Equal(want.GetProperty("dateline").GetString(), got.Dateline);
            var first = want.GetProperty("first_sentence").GetString()!;
            Assert.StartsWith(first, got.Text, StringComparison.Ordinal);
        }
    }
}
