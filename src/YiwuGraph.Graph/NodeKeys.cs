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

    /// <summary>Full-width ASCII forms (ＡＢＣ１２３) folded to ASCII, all whitespace removed.</summary>
    /// <remarks>Done by hand rather than with NFKC, which would need ICU and would also fold CJK compatibility forms.</remarks>
    public static string Normalize(string identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var sb = new StringBuilder(identity.Length);
        foreach (var c in identity)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            sb.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        }

        return sb.ToString();
    }
}
