using YiwuGraph.Core;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Events;

/// <summary>
/// How an incident word (火灾, 地震, 事故) is used where it is printed, read from the jieba words around it: as the
/// happening itself, or as part of a longer word (地震局) or qualifying the noun after it (地震部门, 爆炸现场, 事故易发路段),
/// where it names an office, a place or a kind and no mention of the incident. Tokens are <c>CutWithPos</c> words in
/// text order.
/// </summary>
public static class IncidentWordUse
{
    /// <summary>Whether <paramref name="range"/> is cut as one or more whole tokens (not 地震 of 地震局).</summary>
    public static bool IsWordOfItsOwn(IReadOnlyList<Token> tokens, TextRange range)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var i = Token.FirstEndingAfter(tokens, range.Start);
        if (i >= tokens.Count || tokens[i].Start != range.Start)
        {
            return false;
        }

        while (i < tokens.Count && tokens[i].End < range.End)
        {
            i++;
        }

        return i < tokens.Count && tokens[i].End == range.End;
    }

    /// <summary>
    /// The jieba word that ends with <paramref name="range"/> and starts before it (水污染 for 污染, 交通事故 for 事故):
    /// a compound whose head is the incident word, so a kind of the same happening; <paramref name="range"/> itself
    /// when no word ends there or one word covers it (地震局 ends elsewhere).
    /// </summary>
    public static TextRange CompoundWithHead(IReadOnlyList<Token> tokens, TextRange range)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var i = Token.FirstEndingAfter(tokens, range.Start);
        return i < tokens.Count && tokens[i].Start < range.Start && tokens[i].End == range.End ? new TextRange(tokens[i].Start, range.End) : range;
    }

    /// <summary>
    /// Whether the token right after <paramref name="range"/> is a noun it qualifies (地震部门, 爆炸现场, 车祸原因). A
    /// word that opens with a negation (无人, 没人) starts a clause about the incident whatever jieba tags it
    /// (车祸无人受伤), and a noun of <paramref name="happeningHeads"/> (<c>Lexicons/event-endings.tsv</c>, class
    /// <c>incident-head</c>: 爆炸事件, 相撞事故) names the happening itself.
    /// </summary>
    public static bool QualifiesNoun(string text, IReadOnlyList<Token> tokens, TextRange range, IReadOnlyCollection<string> happeningHeads)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(happeningHeads);
        var next = Token.FirstEndingAfter(tokens, range.End);
        return next < tokens.Count && tokens[next].Start == range.End && IsNoun(tokens[next].Tag) && text[tokens[next].Start] is not ('无' or '没' or '未')
            && !happeningHeads.Contains(text[tokens[next].Start..tokens[next].End]);
    }

    /// <summary>Whether the incident word at <paramref name="range"/> is a mention of the happening: a word of its own qualifying no noun.</summary>
    public static bool IsMention(string text, IReadOnlyList<Token> tokens, TextRange range, IReadOnlyCollection<string> happeningHeads) =>
        IsWordOfItsOwn(tokens, range) && !QualifiesNoun(text, tokens, range, happeningHeads);

    /// <summary>
    /// Whether a trigger the labeller found names an aspect of the incident rather than the incident: it qualifies the
    /// common noun after it (地震部门, 地震应急预案, 地震信息网) and none of its words is a verb. A verb before a noun is the
    /// happening with its object (碰撞小轿车, 倒塌房屋, 泄漏燃油, 撞上货车 cut 撞/v 上/f), not a qualifier; a verbal noun
    /// (jieba <c>vn</c>) is a noun here. A name after it starts another phrase of a headline (福建现洪水 闽北停电, jieba
    /// tags 闽北 as a place), and a noun of people ending in 者 names those the incident happened to or was caused by
    /// (地震亲历者, 交通事故肇事者): the incident is reported there, and DuEE marks it.
    /// </summary>
    /// <remarks>
    /// A noun of <paramref name="siteHeads"/> (class <c>incident-site</c>: 现场, 部位) after it names where the incident
    /// happened, whatever its words are (起火现场, 爆炸现场: a verb takes no such object).
    /// </remarks>
    public static bool NamesAnAspect(
        string text, IReadOnlyList<Token> tokens, TextRange range, IReadOnlyCollection<string> happeningHeads, IReadOnlyCollection<string>? siteHeads = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var after = Token.FirstEndingAfter(tokens, range.End);
        if (range.Length > 0 && siteHeads is not null && after < tokens.Count && tokens[after].Start == range.End
            && siteHeads.Contains(text[tokens[after].Start..tokens[after].End]))
        {
            return true;
        }

        if (range.Length == 0 || !QualifiesNoun(text, tokens, range, happeningHeads))
        {
            return false;
        }

        var next = tokens[after];

        if (next.Tag.Name is not { } nextTag || nextTag.StartsWith("nr", StringComparison.Ordinal) || nextTag is "ns" or "nt"
            || text[next.End - 1] == '者')
        {
            return false;
        }

        for (var i = Token.FirstEndingAfter(tokens, range.Start); i < tokens.Count && tokens[i].Start < range.End; i++)
        {
            if (tokens[i].Tag.Name is { Length: > 0 } tag && tag[0] == 'v' && tag != "vn")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A noun, or a verbal noun (jieba <c>vn</c>: 预警, 调查, 救援), which after an incident word is what is done about
    /// it (海啸预警, 事故调查), not the happening.
    /// </summary>
    private static bool IsNoun(PosTag tag) => tag.Name is { Length: > 0 } name && (name[0] == 'n' || name == "vn");
}
