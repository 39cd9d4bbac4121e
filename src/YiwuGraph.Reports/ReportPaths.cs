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
    public const string IndexFile = "index.html";

    public static string PageStem(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(node.Key));
        return $"{node.Label.KeyPrefix()}-{Convert.ToHexStringLower(hash, 0, 6)}";
    }

    /// <summary>The HTML page of an entity, relative to another entity page.</summary>
    public static string HtmlName(GraphNode node) => PageStem(node) + ".html";

    /// <summary>The Markdown twin of an entity page, relative to another entity page.</summary>
    public static string MarkdownName(GraphNode node) => PageStem(node) + ".md";

    /// <summary>An entity page relative to the report folder (as the index links it).</summary>
    public static string FromIndex(GraphNode node) => $"{EntitiesFolder}/{HtmlName(node)}";
}
