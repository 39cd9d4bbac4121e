using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Graph;
using YiwuGraph.Ingestion;
using YiwuGraph.Tests;

namespace YiwuGraph.Extraction.Tests.Facts;

public sealed class HomeInferenceTests
{
    [Fact]
    public void A_page_that_names_another_province_more_still_gets_its_citys_province()
    {
        // Seed page 000 prints 江西 eight times and 浙江 five; its city is 义乌, which the gazetteer puts in 浙江.
        var inference = new HomeInference(PlaceGazetteer.Default);
        inference.Observe("paper", File.ReadAllText(RepoPaths.Seed("000")));
        var decided = Assert.Single(inference.Decide());
        Assert.Equal("义乌市", decided.Home.City);
        Assert.Equal("浙江省", decided.Home.Province);
        Assert.Contains("1 of 1 distinct pages", decided.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Copies_of_a_page_count_once_whatever_their_line_endings()
    {
        var inference = new HomeInference(PlaceGazetteer.Default);
        const string hangzhou = "本报讯 我市召开大会。杭州市委书记讲话，杭州发展很快，杭州人很高兴。";
        const string ningbo = "本报讯 我市召开会议。宁波市长讲话，宁波发展很快。";
        for (var i = 0; i < 50; i++)
        {
            inference.Observe("paper", i % 2 == 0 ? hangzhou : hangzhou.Replace("。", "。\r\n", StringComparison.Ordinal));
        }

        inference.Observe("paper", ningbo);
        inference.Observe("paper", ningbo + "\n宁波日报讯。宁波、宁波。");
        var decided = Assert.Single(inference.Decide());

        // Three distinct pages: one for 杭州, two for 宁波.
        Assert.Equal("宁波市", decided.Home.City);
        Assert.Contains("2 of 3 distinct pages", decided.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_masthead_names_the_paper_and_its_place()
    {
        var inference = new HomeInference(PlaceGazetteer.Default);
        inference.Observe(new SourceDocument("/papers/a.txt", "a.txt", "义乌商报\n\n## 标题\n\n本报讯 杭州市代表团来访，杭州、杭州、杭州。\n", "utf-8"));
        inference.Observe(new SourceDocument("/papers/b.txt", "b.txt", "浙江日报\n\n本报讯 全省各地，宁波市、宁波、宁波。\n", "utf-8"));
        var homes = inference.Decide();
        Assert.Equal(["masthead:义乌商报", "masthead:浙江日报"], homes.Select(h => h.Paper));
        Assert.Equal(("义乌市", "浙江省"), (homes[0].Home.City, homes[0].Home.Province));
        Assert.Equal(((string?)null, "浙江省"), (homes[1].Home.City, homes[1].Home.Province));
        Assert.StartsWith("masthead 义乌商报", homes[0].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("杭州日报 2026年12月3日 星期四")]
    [InlineData("杭州日报　第12版")]
    public void A_masthead_may_carry_the_issues_date(string masthead)
    {
        var inference = new HomeInference(PlaceGazetteer.Default);
        inference.Observe(new SourceDocument("/papers/a.txt", "a.txt", masthead + "\n\n## 标题\n\n本报讯 昨天，市委召开会议。\n", "utf-8"));
        var home = Assert.Single(inference.Decide());
        Assert.Equal(("masthead:杭州日报", "杭州市"), (home.Paper, home.Home.City));
    }

    [Theory]
    [InlineData("杭州日报记者 王璐")] // a byline, not a masthead
    [InlineData("杭州日报 报道")]
    public void A_masthead_line_carries_nothing_but_a_date(string line)
    {
        var inference = new HomeInference(PlaceGazetteer.Default);
        Assert.StartsWith("folder:", inference.PaperOf(new SourceDocument("/papers/a.txt", "a.txt", line + "\n\n本报讯 昨天，市委召开会议。\n", "utf-8")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("杭州市今日晴。杭州、杭州。")] // no local voice: a wire story casts no vote
    [InlineData("本报讯 我市天气晴。")] // local voice, but no city named twice
    public void Too_little_evidence_leaves_the_home_unknown(string page)
    {
        var inference = new HomeInference(PlaceGazetteer.Default);
        inference.Observe("paper", page);
        var decided = Assert.Single(inference.Decide());
        Assert.Null(decided.Home.City);
        Assert.Null(decided.Home.Province);
        Assert.StartsWith("none", decided.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void No_majority_of_the_local_pages_means_no_home_city()
    {
        var inference = new HomeInference(PlaceGazetteer.Default);
        inference.Observe("paper", "本报讯 我市，杭州、杭州。");
        inference.Observe("paper", "本报讯 我市，宁波、宁波。");
        inference.Observe("paper", "本报讯 我市，温州、温州。");
        Assert.Null(Assert.Single(inference.Decide()).Home.City);
    }

    [Fact]
    public void Copying_a_page_any_number_of_times_does_not_change_the_entities()
    {
        // 80 copies of page 000 (which names 江西 more than 浙江) beside pages 001–004: the home stays 义乌, 浙江.
        var dir = Directory.CreateTempSubdirectory("yiwugraph-home-");
        try
        {
            for (var i = 0; i < 80; i++)
            {
                File.Copy(RepoPaths.Seed("000"), Path.Combine(dir.FullName, $"000_copy{i:00}.txt"));
            }

            foreach (var prefix in new[] { "001", "002", "003", "004" })
            {
                File.Copy(RepoPaths.Seed(prefix), Path.Combine(dir.FullName, Path.GetFileName(RepoPaths.Seed(prefix))));
            }

            var copies = new CorpusGraphBuilder().Build([dir.FullName], cancellationToken: TestContext.Current.CancellationToken);
            var seeds = new CorpusGraphBuilder().Build([RepoPaths.Seeds], cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(Entities(seeds.Graph), Entities(copies.Graph));
            Assert.Contains("浙江省委", Entities(copies.Graph));
            Assert.DoesNotContain(Entities(copies.Graph), e => e.StartsWith("江西省委", StringComparison.Ordinal));
            Assert.Equal("浙江省", Assert.Single(copies.Homes).Home.Province);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Each_folder_is_a_paper_with_its_own_home()
    {
        var dir = Directory.CreateTempSubdirectory("yiwugraph-home-");
        try
        {
            Write(Path.Combine(dir.FullName, "hz", "a.txt"), "## 会议召开\n\n本报讯 市委召开常委会。杭州市发展迅速，杭州人民满意。\n");
            Write(Path.Combine(dir.FullName, "nb", "a.txt"), "## 会议召开\n\n本报讯 市委召开常委会。宁波市发展迅速，宁波人民满意。\n");
            var summary = new CorpusGraphBuilder().Build([dir.FullName], cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(["杭州市", "宁波市"], summary.Homes.Select(h => h.Home.City));
            var orgs = summary.Graph.NodesWithLabel(NodeLabel.Organization).Select(n => n.Name).ToList();
            Assert.Contains("杭州市委", orgs);
            Assert.Contains("宁波市委", orgs);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_paper_of_a_page_is_its_masthead_or_its_folder()
    {
        var inference = new HomeInference(PlaceGazetteer.Default);
        var folder = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "papers"));
        Assert.Equal("masthead:义乌商报", inference.PaperOf(new SourceDocument(Path.Combine(folder, "a.txt"), "a.txt", "\n义乌商报\n正文。", "utf-8")));
        Assert.Equal("folder:" + folder, inference.PaperOf(new SourceDocument(Path.Combine(folder, "b.txt"), "b.txt", "人民日报\n正文。", "utf-8")));
    }

    private static SortedSet<string> Entities(KnowledgeGraph graph) =>
        new(graph.Nodes.Where(n => n.Label != NodeLabel.Article).Select(n => $"{n.Name}"), StringComparer.Ordinal);

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
