using System.Security.Cryptography;
using System.Text;
using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>
/// File names of report pages: the label prefix and a hash of the node key, so that names are short, safe on
/// every file system, and the same on every run.
/// </summary>
public static class ReportPaths
{
    public const string EntitiesFolder = "entities";
    public const string ArticlesFolder = "articles";
    public const string IndexFile = "index.html";
    public const string MarkdownIndexFile = "index.md";

    /// <summary>The folder of the report that holds this node's page: articles apart from entities.</summary>
    public static string Folder(NodeLabel label) => label == NodeLabel.Article ? ArticlesFolder : EntitiesFolder;

    public static string PageStem(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(node.Key));
        return $"{node.Label.KeyPrefix()}-{Convert.ToHexStringLower(hash, 0, 6)}";
    }

    /// <summary>The HTML page of a node, relative to another page in the same folder.</summary>
    public static string HtmlName(GraphNode node) => PageStem(node) + ".html";

    /// <summary>The Markdown twin of a page, relative to another page in the same folder.</summary>
    public static string MarkdownName(GraphNode node) => PageStem(node) + ".md";

    /// <summary>A page relative to the report folder (as the index links it).</summary>
    public static string FromIndex(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return $"{Folder(node.Label)}/{HtmlName(node)}";
    }

    /// <summary>
    /// A page as linked from a page in <paramref name="fromFolder"/>: a bare name in the same folder, else
    /// <c>../folder/name</c>.
    /// </summary>
    public static string Relative(string fromFolder, NodeLabel label, string htmlName) =>
        Folder(label) == fromFolder ? htmlName : $"../{Folder(label)}/{htmlName}";
}
