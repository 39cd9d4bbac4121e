using System.Text.RegularExpressions;

namespace YiwuGraph.Reports;

/// <summary>
/// Finds, and on request removes, pages an earlier run wrote for nodes that are no longer in the graph. Only files the report writer
/// owns are touched: in the entities and articles folders, and named as it names pages; anything else a user
/// put into the report folder stays.
/// </summary>
internal static partial class StalePages
{
    /// <summary>Owned pages not in <paramref name="written"/> (keys <c>folder/file</c>), as full paths in a stable order.</summary>
    public static IReadOnlyList<string> Find(string outDirectory, IReadOnlyDictionary<string, byte> written)
    {
        var stale = new List<string>();
        foreach (var folderName in new[] { ReportPaths.EntitiesFolder, ReportPaths.ArticlesFolder })
        {
            var folder = Path.Combine(outDirectory, folderName);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                if (PageName().IsMatch(name) && !written.ContainsKey($"{folderName}/{name}"))
                {
                    stale.Add(path);
                }
            }
        }

        return stale;
    }

    /// <summary>Deletes <paramref name="stale"/> (from <see cref="Find"/>); returns how many.</summary>
    public static int Remove(IReadOnlyList<string> stale)
    {
        foreach (var path in stale)
        {
            File.Delete(path);
        }

        return stale.Count;
    }

    /// <summary>The names <see cref="ReportPaths.PageStem"/> gives, with the two extensions pages are written in.</summary>
    [GeneratedRegex(@"^(article|person|org|place|event)-[0-9a-f]{12}\.(html|md)$", RegexOptions.CultureInvariant)]
    private static partial Regex PageName();
}
