using System.Text.RegularExpressions;

namespace YiwuGraph.Reports;

/// <summary>
/// Removes pages an earlier run wrote for nodes that are no longer in the graph. Only files the report writer
/// owns are touched: in the entities and articles folders, and named as it names pages; anything else a user
/// put into the report folder stays.
/// </summary>
internal static partial class StalePages
{
    /// <summary>Deletes owned pages not in <paramref name="written"/> (keys <c>folder/file</c>); returns how many.</summary>
    public static int Remove(string outDirectory, IReadOnlyDictionary<string, byte> written)
    {
        var removed = 0;
        foreach (var folderName in new[] { ReportPaths.EntitiesFolder, ReportPaths.ArticlesFolder })
        {
            var folder = Path.Combine(outDirectory, folderName);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var path in Directory.EnumerateFiles(folder))
            {
                var name = Path.GetFileName(path);
                if (PageName().IsMatch(name) && !written.ContainsKey($"{folderName}/{name}"))
                {
                    File.Delete(path);
                    removed++;
                }
            }
        }

        return removed;
    }

    /// <summary>The names <see cref="ReportPaths.PageStem"/> gives, with the two extensions pages are written in.</summary>
    [GeneratedRegex(@"^(article|person|org|place|event)-[0-9a-f]{12}\.(html|md)$", RegexOptions.CultureInvariant)]
    private static partial Regex PageName();
}
