using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// The start of a person mention that the tagger set inside a word. A mention that a longer person of the same
/// article ends, printed whole right here, starts where that person does: the tagger read the first character or two
/// as the end of the word before (<c>垃圾桶旁何|鸿燊</c> beside <c>何鸿燊</c>, <c>具惠善安|宰贤</c>, <c>对内|马尔</c>,
/// <c>视帝王|浩信</c>, <c>格|列兹曼</c>, <c>德约|科维奇</c>: ten of ten on the DuEE, CEC and MSRA pages). A mention that
/// starts inside a word of jieba's and ends inside it too, a word that names no one (<c>动力|工程系</c>: <c>程系</c>), is
/// no person where its first character closes a dictionary word with the characters before it (<c>工程</c>): the
/// tagger read the end of a word as a surname. Not where it does not (<c>学雷锋</c>, <c>千手观音</c>: MSRA's gold marks
/// those persons).
/// </summary>
public sealed class PersonStarts(JiebaSegmenter? segmenter)
{
    /// <summary>How many characters a person mention may be given back at its start.</summary>
    private const int MaxExtension = 2;

    /// <summary>The shortest mention read as the tail of a longer name: a given name of two characters.</summary>
    private const int MinLength = 2;

    /// <summary><paramref name="mentions"/> (sorted, non-overlapping) with the persons' starts set at the article's longer names or dropped inside words.</summary>
    public IReadOnlyList<FactMention> Apply(string text, IReadOnlyList<FactMention> mentions, IReadOnlyList<Token>? tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var edits = new MentionEdits(mentions);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            // A one-character person is a surname the linker ties to a full name of the article or drops (姓张, 马列主义).
            if (m.Kind != EntityKind.Person || m.Range.Length < MinLength)
            {
                continue;
            }

            var free = i == 0 ? 0 : mentions[i - 1].Range.End;
            var start = LongerNameStart(text, mentions, m.Range, free);
            if (start < m.Range.Start)
            {
                edits.Replace(i, m with { Range = new TextRange(start, m.Range.End) });
            }
            else if (tokens is not null && LiesInsideAWord(text, m.Range, tokens))
            {
                edits.Drop(i);
            }
        }

        return edits.Result();
    }

    /// <summary>
    /// The start of the longest person mention of the article whose string ends with the mention's and is printed
    /// right here, starting at or after <paramref name="free"/> (the end of the mention before); else the mention's start.
    /// </summary>
    private static int LongerNameStart(string text, IReadOnlyList<FactMention> mentions, TextRange range, int free)
    {
        for (var start = Math.Max(free, range.Start - MaxExtension); start < range.Start; start++)
        {
            var whole = text.AsSpan(start, range.End - start);
            foreach (var other in mentions)
            {
                if (other.Kind == EntityKind.Person && other.Range.Start != start
                    && text.AsSpan(other.Range.Start, other.Range.Length).SequenceEqual(whole))
                {
                    return start;
                }
            }
        }

        return range.Start;
    }

    /// <summary>
    /// Whether a jieba word that names no one (no proper noun, all Han) starts before the mention and ends at or after
    /// its end, and its characters up to the mention's first are a dictionary word.
    /// </summary>
    private bool LiesInsideAWord(string text, TextRange range, IReadOnlyList<Token> tokens)
    {
        var t = Token.FirstEndingAfter(tokens, range.Start);
        if (segmenter is null || t >= tokens.Count || tokens[t].Start >= range.Start || tokens[t].End < range.End || tokens[t].Tag.IsProperNoun
            || tokens[t].Tag == PosTag.None || tokens[t].Tag == PosTag.X || tokens[t].Tag == PosTag.English)
        {
            return false;
        }

        return HanScript.IsAllHan(text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start))
            && segmenter.GetFrequency(text.AsSpan(tokens[t].Start, range.Start - tokens[t].Start + 1)) > 0;
    }
}
