namespace YiwuGraph.Segmentation.Tests;

/// <summary>TF-IDF keywords against <c>jieba.analyse.extract_tags(..., withWeight=True)</c>.</summary>
public sealed class KeywordTests
{
    [Fact]
    public void Extract_tags_matches_jieba_words_and_weights()
    {
        var golden = Golden.Get("keywords");
        var text = File.ReadAllText(Golden.RepoFile("seeds", golden.GetProperty("seed").GetString()!));
        var extractor = TfIdfKeywordExtractor.CreateDefault();
        AssertSame(golden.GetProperty("tags"), extractor.ExtractTags(text, 20));
        AssertSame(golden.GetProperty("tagsNs"), extractor.ExtractTags(text, 10, ["ns", "nt", "nr"]));
    }

    [Fact]
    public void Short_words_and_stop_words_are_ignored()
    {
        var tags = TfIdfKeywordExtractor.CreateDefault().ExtractTags("the the the 义乌 义乌 了 了 了", 0);
        Assert.Equal(["义乌"], tags.Select(t => t.Word));
    }

    private static void AssertSame(System.Text.Json.JsonElement expected, IReadOnlyList<Keyword> actual)
    {
        Assert.Equal(expected.GetArrayLength(), actual.Count);
        for (var i = 0; i < actual.Count; i++)
        {
            Assert.Equal(expected[i][0].GetString(), actual[i].Word);
            Assert.Equal(expected[i][1].GetDouble(), actual[i].Weight);
        }
    }
}
