using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>How the civic rules name an event from the words before its trigger.</summary>
public sealed class EventExtractorTests
{
    [Theory]
    [InlineData("新华社日内瓦5月11日电（记者刘洋）中美经贸高层会谈", "中美经贸高层会谈")]
    [InlineData("本报讯（记者 李华）安全生产工作会议", "安全生产工作会议")]
    [InlineData("温得和克消息：非洲发展会议", "非洲发展会议")]
    [InlineData("中美经贸高层会谈", "中美经贸高层会谈")]
    public void A_wire_dateline_with_its_credit_or_a_dateline_before_a_colon_is_no_part_of_the_name(string phrase, string name) =>
        Assert.Equal(name, EventExtractor.Clean(phrase));

    [Theory]
    [InlineData("深圳市副市长黄敏在发布会上致辞。")]
    [InlineData("华为常务董事余承东出席发布会并介绍新产品。")]
    public void The_subject_of_a_clause_before_a_bare_event_noun_does_not_name_an_event(string sentence)
    {
        var graph = OnePageBuild.Build("本报讯 9月10日下午，华为技术有限公司在深圳国际会展中心举行新品发布会。" + sentence);

        var releases = graph.NodesWithLabel(YiwuGraph.Graph.NodeLabel.Event).Where(e => e.Properties.GetString("type") == "release").ToList();
        Assert.Equal(["华为技术有限公司新品发布会"], releases.Select(e => e.Name));
    }
}
