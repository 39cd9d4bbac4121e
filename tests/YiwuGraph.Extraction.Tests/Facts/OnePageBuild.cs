using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>The graph of one made-up page (a headline, then <c>body</c>), built as <c>build</c> builds it with Yiwu as home.</summary>
internal static class OnePageBuild
{
    public static HomeContext Yiwu { get; } = new("义乌市", "浙江省");

    public static KnowledgeGraph Build(string body) => Build(body, "测试标题");

    public static KnowledgeGraph Build(string body, string headline)
    {
        var dir = Directory.CreateTempSubdirectory("yiwugraph-page-");
        try
        {
            var path = Path.Combine(dir.FullName, "page.txt");
            File.WriteAllText(path, "\n## " + headline + "\n\n" + body + "\n");
            return new CorpusGraphBuilder(Yiwu).Build([path], cancellationToken: TestContext.Current.CancellationToken).Graph;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
