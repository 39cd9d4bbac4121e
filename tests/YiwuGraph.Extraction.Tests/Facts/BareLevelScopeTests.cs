using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>With no home, 市委 of one paper (a folder) is not 市委 of another.</summary>
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
}
