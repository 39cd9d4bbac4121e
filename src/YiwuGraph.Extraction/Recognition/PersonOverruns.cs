using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// A person mention that took in the first character of the word after it: web news and headlines glue the verb to
/// the name (<c>王颖|申请辞去</c>, <c>梅西|施行</c>, <c>窦骁|恩爱</c>, <c>索尼亚·甘地|来说</c>), and the tagger reads one more
/// character as part of the name (<c>王颖申</c>, <c>梅西施</c>). The mention loses that character when jieba starts a
/// word of two or more Han characters with it that runs past the mention, and the article prints the name without it
/// elsewhere (<c>王颖</c> not followed by <c>申</c>). A word test alone is wrong in edited news: jieba glues the last
/// character of a name to the word after it more often than not there (<c>钟添|发说</c>, <c>张洁|清算</c>,
/// <c>沈治|平等</c>: 30 of 31 such verbs on 1,050 MSRA pages were right names), so the name must be printed alone,
/// unless the word starts with a verb whose first character no name ends with (news-persons.tsv, <c>overrun-verb</c>:
/// <c>王芊|辞职</c>, <c>张安|逆转</c>), which headlines print once.
/// </summary>
public sealed class PersonOverruns
{
    /// <summary>The shortest mention trimmed: what is left keeps two characters, a surname and a given name at least.</summary>
    private const int MinLength = 3;

    /// <summary>The length of a jieba word read as an idiom a name cannot run into (longer words are often HMM runs: 万比萨|卡两大新援/nz).</summary>
    private const int IdiomLength = 4;

    private readonly string[] verbs;

    public PersonOverruns(RuleLexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        verbs = [.. lexicons.Set.NewsPersons.WordsOf("overrun-verb")];
    }

    /// <summary><paramref name="mentions"/> (sorted, non-overlapping) with the persons' overrun characters given back to the next word.</summary>
    public IReadOnlyList<FactMention> Trim(string text, IReadOnlyList<FactMention> mentions, IReadOnlyList<Token>? tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        if (tokens is null || tokens.Count == 0)
        {
            return mentions;
        }

        List<FactMention>? result = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind == EntityKind.Person && m.Range.Length >= MinLength && StartsWordRunningPast(text, m.Range.End, tokens)
                && (StartsOverrunVerb(text, m.Range.End - 1) || StartsIdiom(m.Range.End - 1, tokens) || IsPrintedAlone(text, m.Range)))
            {
                result ??= [.. mentions];
                result[i] = m with { Range = new TextRange(m.Range.Start, m.Range.End - 1) };
            }
        }

        return result ?? mentions;
    }

    /// <summary>
    /// Whether jieba reads a word of four characters from <paramref name="at"/> on, an idiom, which no name runs into
    /// (<c>吴曦|梅开二度</c>: the tagger read 吴曦梅).
    /// </summary>
    private static bool StartsIdiom(int at, IReadOnlyList<Token> tokens)
    {
        var t = Token.FirstEndingAfter(tokens, at);
        return t < tokens.Count && tokens[t].Start == at && tokens[t].Length == IdiomLength;
    }

    private bool StartsOverrunVerb(string text, int at) => TextSpans.StartsWithAny(text.AsSpan(at), verbs);

    /// <summary>
    /// Whether a jieba word of Han characters starts at the last character before <paramref name="end"/> and runs past
    /// it, or jieba cuts that character alone as a function word: a conjunction, preposition, particle, adverb or
    /// numeral (彭澎|和/c 董事, 孙杨|第/m 46次, 李现|连 说); not a verb, which ends many a name (德罗|赞/v, 刘昕|亮/v).
    /// </summary>
    private static bool StartsWordRunningPast(string text, int end, IReadOnlyList<Token> tokens)
    {
        var t = Token.FirstEndingAfter(tokens, end - 1);
        if (t < tokens.Count && tokens[t].Start == end - 1 && tokens[t].End == end)
        {
            return tokens[t].Tag.Name is "c" or "p" or "u" or "uj" or "ul" or "uz" or "ud" or "ug" or "uv" or "d" or "m";
        }

        if (t >= tokens.Count || tokens[t].Start != end - 1 || tokens[t].End <= end)
        {
            return false;
        }

        for (var p = tokens[t].Start; p < tokens[t].End; p++)
        {
            if (!HanScript.IsHan(text[p]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the mention without its last character is printed elsewhere in the text, not followed by that character.</summary>
    private static bool IsPrintedAlone(string text, TextRange range)
    {
        var name = text.Substring(range.Start, range.Length - 1);
        var last = text[range.End - 1];
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var after = at + name.Length;
            if (at != range.Start && (after == text.Length || text[after] != last))
            {
                return true;
            }
        }

        return false;
    }
}
