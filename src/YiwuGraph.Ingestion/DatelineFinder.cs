using System.Text.RegularExpressions;

namespace YiwuGraph.Ingestion;

/// <summary>Finds the time expression that opens a lead (<c>昨日下午</c>, <c>4月24日</c>, <c>今年一季度</c>).</summary>
public static partial class DatelineFinder
{
    /// <summary>
    /// The dateline as written, or null. A lead may open with a short scene-setting sentence
    /// (<c>珠江潮涌,春满花城。近日,…</c>); the time expression that opens the next sentence counts then.
    /// </summary>
    public static string? Find(string lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var m = DatelineRegex().Match(lead);
        if (m.Success)
        {
            return m.Value;
        }

        var stop = lead.IndexOfAny(['。', '！', '？']);
        if (stop is > 0 and <= 16)
        {
            m = DatelineRegex().Match(lead[(stop + 1)..]);
            if (m.Success)
            {
                return m.Value;
            }
        }

        return null;
    }

    private const string Day = @"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[至到—-]\d{1,2}日)?|[昨今前明]日|[昨今前明]天|近日|日前|近期|连日来|日前|本周[一二三四五六日]?|上周[一二三四五六日]?|(?:今|去|明|前)?年?(?:初|底|[一二三四]季度|第[一二三四]季度|上半年|下半年)|(?:今|去)年(?:\d{1,2}月(?:份)?(?:以来)?)?|\d{1,2}月(?:份|以来|初|中旬|下旬|底))";
    private const string Part = @"(?:上午|下午|晚上|晚间|早上|凌晨|中午|傍晚|夜间)?";

    [GeneratedRegex("^" + Day + Part + "(?:(?:及|和|、)" + Day + Part + ")*(?=[，,、 ]|" + @"在|召开|举行|$)")]
    private static partial Regex DatelineRegex();
}
