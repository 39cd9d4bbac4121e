using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Graph;
using YiwuGraph.Graph.Storage;

namespace YiwuGraph.Extraction.Tests.Pipeline;

/// <summary>A build keeps the places that share a name apart by the place each article means, and only those.</summary>
public sealed class PlaceKeyBuildTests
{
    /// <summary>Two articles about Beijing's 朝阳区, one about Changchun's, one about Yiwu only.</summary>
    private static readonly string[] Pages =
    [
        "本报讯 北京市朝阳区今天举行了一场招聘会，朝阳区人力资源和社会保障局组织五十家企业参加。",
        "本报讯 吉林省长春市朝阳区今天举行了一场招聘会，朝阳区有关部门组织三十家企业参加。",
        "本报讯 记者从北京市获悉，朝阳区将新建三所学校。",
        "本报讯 义乌市今天举行了一场招聘会。",
    ];

    [Fact]
    public void Two_articles_about_two_different_chaoyang_districts_give_two_nodes_and_two_about_one_give_one()
    {
        var graph = Build(Pages);

        Assert.False(graph.TryGetNode("place:朝阳区", out _));
        Assert.Equal(["p1.txt#0", "p3.txt#0"], MentionedIn(graph, "place:朝阳区@110105"));
        Assert.Equal(["p2.txt#0"], MentionedIn(graph, "place:朝阳区@220104"));
        Assert.Equal("220104", graph.GetNode("place:朝阳区@220104").Properties.GetString("code"));
        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.PartOf && r.Source == "place:朝阳区@220104" && r.Target == "place:长春市");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipTypes.PartOf && r.Source == "place:朝阳区@110105" && r.Target == "place:长春市");
    }

    [Fact]
    public void One_article_about_two_chaoyang_districts_gives_two_nodes_each_part_of_its_own_city()
    {
        var graph = Build(["本报讯 北京市朝阳区和吉林省长春市朝阳区今天结为友好城区。"]);

        Assert.Equal(["p1.txt#0"], MentionedIn(graph, "place:朝阳区@110105"));
        Assert.Equal(["p1.txt#0"], MentionedIn(graph, "place:朝阳区@220104"));
        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.PartOf && r.Source == "place:朝阳区@110105" && r.Target == "place:北京市");
        Assert.Contains(graph.Relationships, r => r.Type == RelationshipTypes.PartOf && r.Source == "place:朝阳区@220104" && r.Target == "place:长春市");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipTypes.PartOf && r.Source == "place:朝阳区@110105" && r.Target == "place:长春市");
        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipTypes.PartOf && r.Source == "place:朝阳区@220104" && r.Target == "place:北京市");
    }

    [Fact]
    public void A_street_of_a_shared_county_name_is_the_one_of_the_county_the_article_resolved()
    {
        var graph = Build(["本报讯 北京市朝阳区今天举行了一场招聘会，八里庄街道组织五十家企业参加。"]);

        // Beijing's 朝阳区 and 海淀区 each have an 八里庄街道; 北京市 alone does not say which.
        Assert.Equal("110105015", graph.GetNode("place:八里庄街道@110105015").Properties.GetString("code"));
        Assert.False(graph.TryGetNode("place:八里庄街道", out _));
    }

    [Fact]
    public void A_name_of_one_place_keeps_its_key_and_gets_its_code()
    {
        var graph = Build(Pages);

        Assert.Equal("330782", graph.GetNode("place:义乌市").Properties.GetString("code"));
        Assert.Equal("2201", graph.GetNode("place:长春市").Properties.GetString("code"));
        Assert.Equal("11", graph.GetNode("place:北京市").Properties.GetString("code"));
    }

    [Fact]
    public void The_keys_do_not_depend_on_the_run()
    {
        Assert.Equal(GraphJsonlWriter.WriteToString(Build(Pages)), GraphJsonlWriter.WriteToString(Build(Pages)));
    }

    private static List<string> MentionedIn(KnowledgeGraph graph, string key) =>
        [.. graph.InRelationships(key).Where(r => r.Type == RelationshipTypes.Mentions).Select(r => r.Source["article:".Length..]).Order(StringComparer.Ordinal)];

    private static KnowledgeGraph Build(string[] pages)
    {
        var dir = Directory.CreateTempSubdirectory("yiwugraph-places-");
        try
        {
            var paths = new List<string>();
            for (var i = 0; i < pages.Length; i++)
            {
                var path = Path.Combine(dir.FullName, $"p{i + 1}.txt");
                File.WriteAllText(path, "\n## 测试标题\n\n" + pages[i] + "\n");
                paths.Add(path);
            }

            return new CorpusGraphBuilder(HomeContext.None).Build(paths, cancellationToken: TestContext.Current.CancellationToken).Graph;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
