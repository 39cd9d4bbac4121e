using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// A name holds a bracket or quotation mark only with its partner (<c>武汉钢铁（集团）公司</c>, <c>《集邮》杂志</c>,
/// <c>吴建（王番）</c>; the pairs of <see cref="Brackets"/>). A mention that holds half a pair ran into a gloss or a title, or out of one: the tagger and the
/// ending rules stop where the bracket's content stops, not where it closes (<c>荷兰女排青年军（二队参三队</c>,
/// <c>香港国际机场(机场</c>, <c>（信息高速公路</c>). The name is the part outside the bracket: before a mark that opens
/// inside the mention, after one that closes there, and without a mark at either edge.
/// </summary>
public static class UnpairedBrackets
{
    /// <summary>
    /// <paramref name="mentions"/> (sorted, non-overlapping) with each mention that holds half a pair cut to its part
    /// outside the bracket, and dropped when less than two characters of a longer mention are left. The same list
    /// when no mention holds one.
    /// </summary>
    public static IReadOnlyList<FactMention> Trim(string text, IReadOnlyList<FactMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var edits = new MentionEdits(mentions);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var range = Outside(text, m.Range);
            if (range == m.Range)
            {
                continue;
            }

            if (range.Length >= 2)
            {
                edits.Replace(i, m with { Range = range });
            }
            else
            {
                edits.Drop(i);
            }
        }

        return edits.Result();
    }

    /// <summary>The part of <paramref name="range"/> outside every bracket it holds only half of.</summary>
    public static TextRange Outside(string text, TextRange range)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = range.Start;
        var end = range.End;
        while (end > start && Brackets.Match(text.AsSpan(start, end - start)).Unpaired is [var unpaired, ..])
        {
            var at = start + unpaired;
            if (at == start)
            {
                start++;
            }
            else if (at == end - 1)
            {
                end--;
            }
            else if (Brackets.OpenerIndex(text[at]) >= 0)
            {
                // 荷兰女排青年军（二队参三队: what follows the mark is inside a bracket the mention does not close.
                end = at;
            }
            else
            {
                // 集团）公司: what precedes the mark is inside a bracket opened before the mention.
                start = at + 1;
            }
        }

        return new TextRange(start, end);
    }
}
