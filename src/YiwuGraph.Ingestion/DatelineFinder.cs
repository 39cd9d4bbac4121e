using YiwuGraph.Core;

namespace YiwuGraph.Ingestion;

/// <summary>Finds the time expression that opens a lead (<c>昨日下午</c>, <c>4月24日</c>, <c>今年一季度</c>).</summary>
public static class DatelineFinder
{
    /// <summary>
    /// The dateline as written, or null (<see cref="TimeExpressions.Opening"/>). A lead may open with a short
    /// scene-setting sentence (<c>珠江潮涌,春满花城。近日,…</c>); the time expression that opens the next sentence counts then.
    /// </summary>
    public static string? Find(string lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        if (TimeExpressions.Opening(lead) is { } opening)
        {
            return opening;
        }

        var stop = lead.IndexOfAny(['。', '！', '？']);
        return stop is > 0 and <= 16 ? TimeExpressions.Opening(lead[(stop + 1)..]) : null;
    }
}
