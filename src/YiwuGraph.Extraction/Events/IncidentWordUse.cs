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
    /// Whether the token right after <paramref name="range"/> is a noun it qualifies (地震部门, 爆炸现场, 车祸原因). A
    /// word that opens with a negation (无人, 没人) starts a clause about the incident whatever jieba tags it
    /// (车祸无人受伤).
    /// </summary>
    public static bool QualifiesNoun(string text, IReadOnlyList<Token> tokens, TextRange range)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var next = Token.FirstEndingAfter(tokens, range.End);
        return next < tokens.Count && tokens[next].Start == range.End && IsNoun(tokens[next].Tag) && text[tokens[next].Start] is not ('无' or '没' or '未');
    }

    /// <summary>Whether the incident word at <paramref name="range"/> is a mention of the happening: a word of its own qualifying no noun.</summary>
    public static bool IsMention(string text, IReadOnlyList<Token> tokens, TextRange range) => IsWordOfItsOwn(tokens, range) && !QualifiesNoun(text, tokens, range);

    private static bool IsNoun(PosTag tag) => tag.Name is { Length: > 0 } name && name[0] == 'n';
}
