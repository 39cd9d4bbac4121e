using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Facts;

public sealed class AnonymousPersonNamesTests
{
    [Theory]
    [InlineData("李某", true)]
    [InlineData("王某某", true)]
    [InlineData("李某甲", true)]
    [InlineData("欧阳某", true)]
    [InlineData("李明", false)]
    [InlineData("某", false)]
    [InlineData("张三某", false)]
    [InlineData("徐先生", true)]
    [InlineData("陈女士", true)]
    [InlineData("欧阳女士", true)]
    [InlineData("李大妈", true)]
    [InlineData("李嘉诚先生", false)]
    [InlineData("新先生", false)]
    [InlineData("先生", false)]
    public void A_surname_and_a_withheld_given_name_or_a_form_of_address_is_anonymous(string name, bool anonymous)
    {
        Assert.Equal(anonymous, AnonymousPersonNames.Default.IsAnonymous(name));
    }

    [Fact]
    public void Two_articles_persons_of_one_anonymous_name_are_two_nodes_and_a_named_person_is_one()
    {
        var dir = Directory.CreateTempSubdirectory("yiwugraph-anonymous-");
        try
        {
            // The title rule reads 胡某 after 市委书记 in both articles, 叶帮锐 likewise.
            File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), "\n## 廉政警示\n\n原市委书记胡某收受礼金被查处。市委书记叶帮锐出席会议。\n");
            File.WriteAllText(Path.Combine(dir.FullName, "b.txt"), "\n## 另一起案件\n\n原市委书记胡某挪用公款被判刑。市委书记叶帮锐作出批示。\n");
            var graph = new CorpusGraphBuilder(OnePageBuild.Yiwu)
                .Build(Directory.GetFiles(dir.FullName).Order(StringComparer.Ordinal), cancellationToken: TestContext.Current.CancellationToken).Graph;
            var persons = graph.Nodes.Where(n => n.Label == NodeLabel.Person).ToList();
            var hu = persons.Where(n => n.Properties.GetString("name") == "胡某").ToList();
            Assert.Equal(2, hu.Count);
            Assert.All(hu, n => Assert.Contains("@article:", n.Key, StringComparison.Ordinal));
            Assert.Single(persons, n => n.Properties.GetString("name") == "叶帮锐");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
