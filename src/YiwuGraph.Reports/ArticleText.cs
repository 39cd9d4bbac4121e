namespace YiwuGraph.Reports;

/// <summary>The words an article page shows about the article itself, shared by the HTML page and its Markdown twin.</summary>
internal static class ArticleText
{
    /// <summary>The resolved date and the dateline as printed, e.g. <c>2026-04-04 (昨日)</c>; null if neither is known.</summary>
    public static string? Date(ArticleProfile profile) => (profile.Date, profile.Dateline) switch
    {
        (null, null) => null,
        ({ } date, null) => date,
        (null, { } dateline) => dateline,
        ({ } date, { } dateline) when date == dateline => date,
        ({ } date, { } dateline) => $"{date} ({dateline})",
    };
}
