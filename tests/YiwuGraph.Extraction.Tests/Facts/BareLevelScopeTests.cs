using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>With no home, 市委 of one paper (a folder, or a file at the top of the corpus) is not 市委 of another.</summary>
public sealed class BareLevelScopeTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("yiwugraph-bare-level-");

    public void Dispose() => dir.Delete(recursive: true);

    [Fact]
    public void A_bare_level_no_home_expands_is_named_within_its_folder_and_keeps_its_surface()
    {
        foreach (var paper in new[] { "a", "b" })
        {
            var folder = dir.CreateSubdirectory(paper);
            File.WriteAllText(Path.Combine(folder.FullName, "page.txt"), "市委召开常委会议，研究部署防汛工作。\n");
        }

        var graph = new CorpusGraphBuilder().Build([dir.FullName], cancellationToken: TestContext.Current.CancellationToken).Graph;
        var committees = graph.NodesWithLabel(NodeLabel.Organization)
            .Select(n => ((string)n.Properties["name"], string.Join("|", n.Properties.GetStrings("aliases"))))
            .Order()
            .ToList();

        Assert.Equal([("市委（a）", "市委"), ("市委（b）", "市委")], committees);
    }

    [Fact]
    public void A_bare_level_of_a_file_at_the_top_of_the_corpus_is_named_within_that_file()
    {
        // Two pages side by side with no home: 县委 of one county and 县委 of another are two bodies.
        File.WriteAllText(Path.Combine(dir.FullName, "p1.txt"), "县委召开常委会议，研究部署防汛工作。\n");
        File.WriteAllText(Path.Combine(dir.FullName, "p2.txt"), "县委召开常委会议，研究部署抗旱工作。\n");

        var graph = new CorpusGraphBuilder().Build([dir.FullName], cancellationToken: TestContext.Current.CancellationToken).Graph;
        var committees = graph.NodesWithLabel(NodeLabel.Organization).Select(n => (string)n.Properties["name"]).Order().ToList();

        Assert.Equal(["县委（p1.txt）", "县委（p2.txt）"], committees);
    }
}
