using System.Collections.Concurrent;
using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>
/// The page file names of one report run, hashed once per node: a page links to many others, and hashing the key
/// for every link was a visible share of <c>report --all</c>. Safe to share between threads.
/// </summary>
public sealed class PageNames
{
    private readonly ConcurrentDictionary<string, string> htmlNames = new(StringComparer.Ordinal);

    /// <summary>The node's HTML page name, as <see cref="ReportPaths.HtmlName"/> gives it.</summary>
    public string HtmlName(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return htmlNames.GetOrAdd(node.Key, static (_, n) => ReportPaths.HtmlName(n), node);
    }
}
