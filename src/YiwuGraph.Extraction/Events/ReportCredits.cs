using System.Text.RegularExpressions;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Extraction.Events;

/// <summary>
/// The reporters an article credits, who are never parties of the events it reports: those of its byline lines and
/// lead bracket (<see cref="Article.Reporters"/>), and those its text credits as the splitter reads no byline:
/// a bracket anywhere that reads as a byline (<c>（记者王利 通讯员郭如亮）</c>, <c>（新华社记者 王小明 摄）</c>) and a wire
/// credit printed without brackets before <c>报道：</c> (<c>本报东京５月２１日电记者张祝基、于青报道：</c>,
/// <c>本报记者周泓洋、新华社记者赵连庆报道：</c>). Both are read by <see cref="BylineCredit.Parse"/>, which
/// takes only names after a role word (记者, 通讯员, 实习生 …) or before 摄.
/// </summary>
public static partial class ReportCredits
{
    /// <summary>
    /// The names of the reporters credited: <paramref name="reporters"/> and those the text credits; with
    /// <paramref name="entities"/>, also the people of a byline printed glued to the text around it, as pages that
    /// lost their line breaks print them (<c>新华社记者尹鸿祝本报记者温红彦董洪亮１９４４年毕业于…</c>): two or more people
    /// in a row, the first right after a role word, each next right after the one before (or after 、 or a space) or
    /// after an outlet's role word printed right after it. One reporter named in prose (<c>半岛电视台记者某某遇难</c>)
    /// is no such row and may be a party.
    /// </summary>
    public static IReadOnlySet<string> Names(string text, IEnumerable<string>? reporters = null, IReadOnlyList<EntityRef>? entities = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = new HashSet<string>(reporters ?? [], StringComparer.Ordinal);
        foreach (Match m in CreditBracketRegex().Matches(text))
        {
            AddCredits(m.Groups["credit"].Value, names);
        }

        foreach (var clause in ClausesBeforeReported(text))
        {
            // The credit is a tail of the clause before 报道 (the dateline 本报东京５月２１日电 runs into it): the longest
            // tail that reads as a byline.
            for (var i = 0; i < clause.Length - 2; i++)
            {
                if (BylineCredit.Parse(clause[i..]) is { Count: > 0 } credits)
                {
                    names.UnionWith(credits.Select(c => c.Name));
                    break;
                }
            }
        }

        if (entities is not null)
        {
            AddGluedBylines(text, entities, names);
        }

        return names;
    }

    private static void AddGluedBylines(string text, IReadOnlyList<EntityRef> entities, HashSet<string> names)
    {
        var people = entities.Where(x => x.Kind == EntityKind.Person && x.Range.Length > 0).OrderBy(x => x.Range.Start).ToList();
        var row = new List<EntityRef>();
        foreach (var x in people)
        {
            var roleLed = BylineCredit.RoleWordEnding(text.AsSpan(0, x.Range.Start)) > 0;
            if (row.Count > 0 && Follows(text, row[^1].Range.End, x.Range.Start))
            {
                row.Add(x);
                continue;
            }

            Flush(row, names);
            if (roleLed)
            {
                row.Add(x);
            }
        }

        Flush(row, names);
    }

    /// <summary>Whether a person at <paramref name="start"/> follows one ending at <paramref name="end"/> in a byline: right after it, after 、 or a space, or after an outlet's role word (本报记者, 新华社通讯员) and nothing else.</summary>
    private static bool Follows(string text, int end, int start)
    {
        if (start < end || start - end > 8)
        {
            return false;
        }

        var between = text.AsSpan(end, start - end);
        if (between.Length == 0 || (between.Length == 1 && between[0] is '、' or ' ' or '\u3000'))
        {
            return true;
        }

        var role = BylineCredit.RoleWordEnding(between);
        if (role == 0)
        {
            return false;
        }

        // 本报记者, 新华社记者: the role word, with the outlet before it, and no pause.
        var outlet = between[..^role];
        return outlet.Length <= 4 && outlet.IndexOfAny("，。；：、,;:（）()") < 0;
    }

    private static void Flush(List<EntityRef> row, HashSet<string> names)
    {
        if (row.Count >= 2)
        {
            names.UnionWith(row.Select(x => x.Name));
        }

        row.Clear();
    }

    /// <summary>Whether <paramref name="who"/> is a person <paramref name="credited"/> names.</summary>
    public static bool IsCredited(EntityRef who, IReadOnlySet<string> credited) =>
        who.Kind == EntityKind.Person && credited.Count > 0 && (credited.Contains(who.Name) || credited.Contains(who.Surface));

    /// <summary>
    /// Whether this mention of <paramref name="who"/> is a wire's credit: an organisation printed right before a dated
    /// dateline, at most six Han characters of the wire's place between (<c>新华社北京５月１４日电</c>,
    /// <c>据新华社马尼拉６月１３日电</c>, <c>新华社联合国9月26日电</c>: <see cref="WireDateline.Find"/>). The agency sends the
    /// report and takes part in none of its events, whatever the rules or the role labeller read of the clause the
    /// dateline opens (it was made the speaker of a spokesman's briefing and an attendee of the meetings it reported).
    /// A headline glued to the dateline of the report under it is no credit: an organisation before <c>本报讯</c>
    /// (<c>北京红十字会推出服务卡本报讯</c>) or before another wire's credit (<c>何鲁丽会见国际和基联访华团据新华社北京…电</c>)
    /// is the headline's party. Other mentions of the same organisation may be parties.
    /// </summary>
    public static bool IsWireCredit(string text, EntityRef who) => WireCredit(text, who) is not null;

    /// <summary>
    /// The wire's credit <paramref name="who"/> opens, from the organisation to the end of its dateline
    /// (<c>新华社北京５月１４日电</c>), when <see cref="IsWireCredit"/> holds; else null.
    /// </summary>
    public static TextRange? WireCredit(string text, EntityRef who)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(who);
        if (who.Kind != EntityKind.Organization)
        {
            return null;
        }

        var end = Math.Min(text.Length, who.Range.End);
        var window = text[end..Math.Min(text.Length, end + WireCreditReach)];
        var dateline = WireDateline.Find(window);
        if (!dateline.Success || dateline.Index > WirePlaceLength || (!char.IsAsciiDigit(dateline.Value[0]) && !IsDateChar(dateline.Value[0])))
        {
            return null;
        }

        foreach (var c in window.AsSpan(0, dateline.Index))
        {
            // 据 opens another wire's credit (…访华团据新华社北京５月２１日电): the organisation is the headline's.
            if (!HanScript.IsHan(c) || c == '据')
            {
                return null;
            }
        }

        return new TextRange(who.Range.Start, end + dateline.Index + dateline.Length);
    }

    /// <summary>A character a dated dateline opens with (a day or a month in full-width or Chinese numerals), not 本报讯's.</summary>
    private static bool IsDateChar(char c) => c is >= '０' and <= '９' || "一二三四五六七八九十".Contains(c, StringComparison.Ordinal);

    /// <summary>How many Han characters of the wire's place may stand between an agency and its dateline.</summary>
    private const int WirePlaceLength = 6;

    /// <summary>How far after an organisation its dateline may end: the place and a day with its month.</summary>
    private const int WireCreditReach = 16;

    private static void AddCredits(string credit, HashSet<string> names)
    {
        if (BylineCredit.Parse(credit) is { } credits)
        {
            names.UnionWith(credits.Select(c => c.Name));
        }
    }

    /// <summary>A bracket, its place of report (<c>／台北報導</c>) left out.</summary>
    [GeneratedRegex(@"[（(【](?<credit>[^（）()【】／/\n]{2,40})(?:[／/][\u4E00-\u9FFF]{1,8}?(?:报导|报道|報導|報道|电|電|讯|訊))?[）)】]")]
    private static partial Regex CreditBracketRegex();

    /// <summary>
    /// The clauses before <c>报道：</c> (or 報導, 報道; a full-width or ASCII colon): from the last sentence or clause
    /// break, at most 48 characters and at least 3 (names of a credit are joined by 、 or a space, not a comma). Found
    /// by looking for the word first: a pattern that tried every start would read every article's text 48 times over.
    /// </summary>
    private static IEnumerable<string> ClausesBeforeReported(string text)
    {
        for (var at = text.IndexOfAny(ReportedFirstChars); at >= 0 && at + 2 < text.Length; at = text.IndexOfAny(ReportedFirstChars, at + 1))
        {
            if (!IsReported(text.AsSpan(at, 2)) || text[at + 2] is not ('：' or ':'))
            {
                continue;
            }

            var start = at;
            while (start > 0 && at - start < 48 && ClauseBreaks.IndexOf(text[start - 1]) < 0)
            {
                start--;
            }

            if (at - start >= 3)
            {
                yield return text[start..at];
            }
        }
    }

    private static bool IsReported(ReadOnlySpan<char> word) => word is "报道" or "報導" or "報道";

    private static readonly char[] ReportedFirstChars = ['报', '報'];

    private const string ClauseBreaks = "。！？；;：:，,\n";
}
