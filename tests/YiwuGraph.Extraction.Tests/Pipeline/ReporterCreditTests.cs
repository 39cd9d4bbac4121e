using YiwuGraph.Extraction.Tests.Facts;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Pipeline;

/// <summary>Wire and web bylines: who reported a story, for which outlet, and the story's own first clause.</summary>
public sealed class ReporterCreditTests
{
    [Fact]
    public void A_wire_reporter_is_a_reporter_of_the_wire_and_the_lead_clause_starts_after_the_credit()
    {
        var graph = OnePageBuild.Build("新华社北京12月3日电（记者张晓松、朱基钗）国务院总理李强3日在人民大会堂会见来华访问的德国总理朔尔茨。");

        Assert.Equal(["张晓松:记者:新华社", "朔尔茨:总理:德国", "朱基钗:记者:新华社", "李强:总理:国务院"], Positions(graph));
        Assert.Equal("media", graph.GetNode(NodeKeys.Create(NodeLabel.Organization, "新华社")).Properties.GetString("type"));
        var meeting = Assert.Single(graph.NodesWithLabel(NodeLabel.Event));
        Assert.StartsWith("国务院总理李强", meeting.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_web_byline_names_the_outlet_its_reporters_work_for_and_a_bracketed_source_is_credited()
    {
        var graph = OnePageBuild.Build(
            "澎湃新闻记者 王琳 实习生 李想\n\n12月2日晚，杭州市西湖区一居民楼发生火灾，造成2人受伤。\n\n（本文来源：环球时报）");

        Assert.Equal(["王琳:记者:澎湃新闻"], Positions(graph));
        var article = Assert.Single(graph.NodesWithLabel(NodeLabel.Article));
        var mentioned = graph.OutRelationships(article.Key).Where(r => r.Type == RelationshipTypes.Mentions).Select(r => graph.GetNode(r.Target).Name).ToList();
        Assert.Contains("澎湃新闻", mentioned);
        Assert.Contains("环球时报", mentioned);
        var reporters = graph.InRelationships(article.Key).Where(r => r.Type == RelationshipTypes.Wrote).Select(r => graph.GetNode(r.Source).Name).Order(StringComparer.Ordinal);
        Assert.Equal(["李想", "王琳"], reporters);
    }

    [Fact]
    public void The_outlet_a_page_credits_reported_each_of_its_events_with_the_credit_line_as_evidence()
    {
        var graph = OnePageBuild.Build(
            "2026-12-03 10:35:12 来源：澎湃新闻\n\n12月2日晚，杭州市西湖区一居民楼发生火灾，造成2人受伤。", "杭州一居民楼起火");
        var fire = Assert.Single(graph.NodesWithLabel(NodeLabel.Event));
        var reported = Assert.Single(graph.InRelationships(fire.Key), r => r.Type == RelationshipTypes.Reported);
        Assert.Equal("澎湃新闻", graph.GetNode(reported.Source).Name);
        Assert.Equal("2026-12-03 10:35:12 来源：澎湃新闻", Assert.Single(reported.Evidence).Snippet);
    }

    [Fact]
    public void A_signed_commentary_reports_nothing()
    {
        var graph = OnePageBuild.Build("浙江日报评论员\n\n12月2日晚，杭州市西湖区一居民楼发生火灾，造成2人受伤。", "以案为鉴守住安全底线");
        Assert.Single(graph.NodesWithLabel(NodeLabel.Event));
        Assert.Contains(graph.NodesWithLabel(NodeLabel.Organization), o => o.Name == "浙江日报");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipTypes.Reported);
    }

    private static List<string> Positions(KnowledgeGraph graph) =>
        [.. graph.Relationships.Where(r => r.Type == RelationshipTypes.HoldsPosition)
            .Select(r => $"{graph.GetNode(r.Source).Name}:{r.Properties.GetString("title")}:{graph.GetNode(r.Target).Name}")
            .Order(StringComparer.Ordinal)];
}
