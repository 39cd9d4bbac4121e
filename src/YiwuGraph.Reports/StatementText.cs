using System.Globalization;
using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>The words shown with a statement, shared by the HTML page and its Markdown twin.</summary>
internal static class StatementText
{
    /// <summary>The qualifiers of a statement: title, changes of office and their dates, role, count and confidence, in that order.</summary>
    public static IReadOnlyList<string> Details(Statement statement) => Details(statement.Relationship);

    /// <summary>The qualifiers of a relationship: title, changes of office and their dates, role, count and confidence, in that order.</summary>
    public static IReadOnlyList<string> Details(GraphRelationship relationship)
    {
        var properties = relationship.Properties;
        var details = new List<string>();
        if (properties.GetString("title") is { Length: > 0 } title)
        {
            details.Add(title);
        }

        // An office's changes as the articles report them (former, appointed, resigned …) and its dates: 秘书长 · former
        // says what 联合国前秘书长加利 printed.
        if (properties.GetStrings("change") is { Count: > 0 } changes)
        {
            details.Add(string.Join(", ", changes));
        }

        if (properties.GetString("since") is { Length: > 0 } since)
        {
            details.Add($"since {since}");
        }

        if (properties.GetString("until") is { Length: > 0 } until)
        {
            details.Add($"until {until}");
        }

        if (properties.GetString("role") is { Length: > 0 } role)
        {
            details.Add($"role: {role}");
        }

        if (properties.GetLong("count") is { } count)
        {
            details.Add(string.Create(CultureInfo.InvariantCulture, $"×{count}"));
        }

        if (properties.GetDouble("confidence") is { } confidence)
        {
            details.Add(string.Create(CultureInfo.InvariantCulture, $"confidence {confidence:0.##}"));
        }

        return details;
    }

    /// <summary>A co-mention or connection count, honest about how many articles are cited.</summary>
    public static string ArticleCount(RankedConnection connection) => connection.Articles <= ProfileBuilder.MaxCitedArticles
        ? string.Create(CultureInfo.InvariantCulture, $"{connection.Articles} article(s)")
        : string.Create(CultureInfo.InvariantCulture, $"{connection.Articles} articles (first {ProfileBuilder.MaxCitedArticles} cited)");

    public static string Offsets(Evidence evidence) =>
        string.Create(CultureInfo.InvariantCulture, $"{evidence.Source} [{evidence.Start}, {evidence.End})");
}
