using System.Globalization;
using System.Text;

namespace YiwuGraph.Graph;

/// <summary>
/// Stable node keys derived from what a node is (its label and canonical identity), never from run order,
/// so re-running and incremental loads find the same node again.
/// </summary>
public static class NodeKeys
{
    public static string Create(NodeLabel label, string identity)
    {
        var normalized = Normalize(identity);
        if (normalized.Length == 0)
        {
            throw new ArgumentException("A node identity must not be empty.", nameof(identity));
        }

        return $"{label.KeyPrefix()}:{normalized}";
    }

    /// <summary>An article is identified by its source file (relative path) and its position on the page.</summary>
    public static string ForArticle(string source, int index) =>
        Create(NodeLabel.Article, string.Create(CultureInfo.InvariantCulture, $"{source}#{index}"));

    /// <summary>NFKC (full-width letters and digits become ASCII) with all whitespace removed.</summary>
    public static string Normalize(string identity)
    {
        var nfkc = identity.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(nfkc.Length);
        foreach (var c in nfkc)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
