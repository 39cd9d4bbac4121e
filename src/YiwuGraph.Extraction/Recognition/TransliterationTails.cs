using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// Gives a transliterated name back the last character the tagger left off: jieba cuts that character alone or glues
/// it to the verb after it (<c>萨蒂|希/v 表示</c>, <c>梅赫曼帕拉斯|特说/n</c>, <c>朱利叶|特/d ·</c>), and the tagger ends
/// the name at the word boundary. A person mention followed by one character that often ends a transliterated name
/// (news-persons.tsv, <c>transliteration-ending</c>: 特, 希, 斯 …), which in turn is followed by punctuation, a name
/// dot, the end of the text or a speech verb that anchors a name (person-cues.tsv, <c>follower</c>: 表示, 说 …), takes
/// that character; so does a name with a name dot followed by the character and another person, which it then runs
/// on into (<c>克林特·伊斯|特|伍德</c>). A character another mention covers is left to it. Two persons joined by a hyphen are one name
/// (<see cref="JoinHyphenated"/>).
/// </summary>
public sealed class TransliterationTails
{
    /// <summary>The longest half of a hyphenated name read from jieba's words (<c>约尔/nrt 杰/nr 维奇/nrt</c>).</summary>
    private const int MaxHalfLength = 8;

    private readonly string endings;
    private readonly string[] followers;
    private readonly Ner.NerLexicons surnames;

    public TransliterationTails(RuleLexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        endings = string.Concat(lexicons.Set.NewsPersons.WordsOf("transliteration-ending"));
        followers = [.. lexicons.Set.PersonCues.WordsOf("follower")];
        surnames = lexicons.Surnames;
    }

    /// <summary><paramref name="mentions"/> (sorted, non-overlapping) with the persons' left-off last characters given back.</summary>
    public IReadOnlyList<FactMention> Extend(string text, IReadOnlyList<FactMention> mentions, IReadOnlyList<Token>? tokens = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        List<FactMention>? result = null;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = (result ?? mentions)[i];
            var end = m.Range.End;
            if (m.Kind != EntityKind.Person || m.Range.Length < 2 || end >= text.Length || !endings.Contains(text[end], StringComparison.Ordinal))
            {
                continue;
            }

            var next = i + 1 < (result ?? mentions).Count ? (result ?? mentions)[i + 1] : (FactMention?)null;
            if (next is { } n && n.Range.Start == end + 1 && n.Kind == EntityKind.Person && HasNameDot(text, m.Range))
            {
                // 克林特·伊斯|特|伍德: the part after the name dot was cut in two around its ending character.
                result ??= [.. mentions];
                result[i] = m with { Range = new TextRange(m.Range.Start, n.Range.End), Confidence = Math.Max(m.Confidence, n.Confidence) };
                result.RemoveAt(i + 1);
                continue;
            }

            if ((next is { } after && after.Range.Start <= end) || !IsNameEnd(text, end + 1))
            {
                continue;
            }

            result ??= [.. mentions];
            result[i] = m with { Range = new TextRange(m.Range.Start, end + 1) };
        }

        return JoinHyphenated(text, result ?? mentions, tokens);
    }

    /// <summary>
    /// Two person mentions with only a hyphen between them are one transliterated name: Chinese prints Jean-Pierre as
    /// <c>让-皮埃尔</c>, and sports news prints every American name so (<c>托尼-帕克</c>, <c>安东尼-戴维斯</c>); the
    /// tagger ends a name at the hyphen (<c>巴托洛梅|-|马克斯</c>). With the article's <paramref name="tokens"/>, a person
    /// also takes in the other half where the tagger read only one and jieba reads the other as a person's name
    /// (<c>保罗-乔治/nr 加盟</c>, <c>特雷/nr -伯克</c>), with the rest of a long name jieba cuts in pieces
    /// (<c>萨沙-约尔/nrt 杰/nr 维奇/nrt</c>, <c>肖恩-利文斯/nr 顿/q</c>, <c>里基-卢比/nrt 奥/j</c>); a word of another kind there (<c>冠军-李开隆</c>, <c>西甲-梅西</c>) is no half of the
    /// name. Not when both halves read as Chinese names (a surname, two or three characters, no transliteration
    /// ending): sports reports print a doubles pair so (<c>张宁-王仪涵</c>).
    /// </summary>
    public IReadOnlyList<FactMention> JoinHyphenated(string text, IReadOnlyList<FactMention> mentions, IReadOnlyList<Token>? tokens = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        List<FactMention>? result = null;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var list = result ?? mentions;
            var m = list[i];
            if (m.Kind != EntityKind.Person)
            {
                continue;
            }

            // The half after the hyphen: the next person mention, or jieba's name word where no mention lies.
            if (IsHyphen(text, m.Range.End))
            {
                var next = i + 1 < list.Count ? list[i + 1] : (FactMention?)null;
                TextRange? after = next is { } n && n.Range.Start == m.Range.End + 1
                    ? (n.Kind == EntityKind.Person ? n.Range : null)
                    : NameWordAfter(text, m.Range.End + 1, tokens, next?.Range.Start ?? text.Length, properNoun: !ReadsChinese(text, m.Range));
                if (after is { } a && !(ReadsChinese(text, m.Range) && ReadsChinese(text, a)))
                {
                    result ??= [.. mentions];
                    var absorbs = next is { } taken && taken.Range.Start == a.Start;
                    result[i] = m with
                    {
                        Range = new TextRange(m.Range.Start, a.End),
                        Confidence = absorbs ? Math.Max(m.Confidence, next!.Value.Confidence) : m.Confidence,
                    };
                    if (absorbs)
                    {
                        result.RemoveAt(i + 1);
                    }

                    m = result[i];
                    list = result;
                }
            }

            // The half before the hyphen where no mention lies (a person mention there joins this one on its own turn).
            if (m.Range.Start >= 2 && IsHyphen(text, m.Range.Start - 1) && (i == 0 || list[i - 1].Range.End < m.Range.Start - 1)
                && NameWordBefore(text, m.Range.Start - 1, tokens, i == 0 ? 0 : list[i - 1].Range.End) is { } before
                && !(ReadsChinese(text, before) && ReadsChinese(text, m.Range)))
            {
                result ??= [.. mentions];
                result[i] = m with { Range = new TextRange(before.Start, m.Range.End) };
            }
        }

        return result ?? mentions;
    }

    private static bool IsHyphen(string text, int at) =>
        at + 1 < text.Length && text[at] is '-' or '－' or '‐' && HanScript.IsHan(text[at + 1]);

    private static bool IsNameWord(Token token) => token.Tag.Name.StartsWith("nr", StringComparison.Ordinal);

    /// <summary>A proper noun of two to four Han characters that jieba does not tag as a name (<c>欧文/nz</c>).</summary>
    private static bool IsProperNounHalf(string text, Token token) =>
        token.Tag.Name == "nz" && token.Length is >= 2 and <= 4 && HanScript.IsAllHan(text.AsSpan(token.Start, token.Length));

    /// <summary>
    /// A character jieba cuts off a long transliteration as a noun, an abbreviation or a measure word
    /// (<c>利文斯/nr 顿/q</c>, <c>格隆/nr 考斯/nrt 基/n</c>, <c>卢比/nrt 奥/j</c>); not a verb, preposition or particle after the name.
    /// </summary>
    private static bool IsNameSplinter(Token token) => token.Tag.Name is "n" or "ng" or "nz" or "ns" or "j" or "q";

    /// <summary>
    /// jieba's person-name word at <paramref name="start"/>, with the name words and one-character nouns jieba split off
    /// the name's end, short of <paramref name="limit"/>. After a transliterated first half (<paramref name="properNoun"/>)
    /// the word may also be one jieba tags a proper noun of another kind (<c>扎克-欧文/nz</c>, <c>凯里-欧文/nz</c>), which
    /// a place (<c>梅西-巴萨/ns</c>) or a common noun (<c>C罗-皇马/n</c>) is not.
    /// </summary>
    private static TextRange? NameWordAfter(string text, int start, IReadOnlyList<Token>? tokens, int limit, bool properNoun)
    {
        if (tokens is null)
        {
            return null;
        }

        var t = Token.FirstEndingAfter(tokens, start);
        if (t >= tokens.Count || tokens[t].Start != start || !(IsNameWord(tokens[t]) || (properNoun && IsProperNounHalf(text, tokens[t]))) || tokens[t].End > limit)
        {
            return null;
        }

        var end = tokens[t].End;
        for (t++; t < tokens.Count && tokens[t].Start == end && tokens[t].End <= limit && tokens[t].End - start <= MaxHalfLength
            && HanScript.IsHan(text[tokens[t].Start]) && (IsNameWord(tokens[t]) || (tokens[t].Length == 1 && IsNameSplinter(tokens[t]))); t++)
        {
            end = tokens[t].End;
        }

        return new TextRange(start, end);
    }

    /// <summary>jieba's person-name word that ends at <paramref name="end"/>, starting at or after <paramref name="limit"/>.</summary>
    private static TextRange? NameWordBefore(string text, int end, IReadOnlyList<Token>? tokens, int limit)
    {
        if (tokens is null || end < 1)
        {
            return null;
        }

        var t = Token.FirstEndingAfter(tokens, end - 1);
        return t < tokens.Count && tokens[t].End == end && tokens[t].Start >= limit && IsNameWord(tokens[t]) && HanScript.IsHan(text[tokens[t].Start])
            ? tokens[t].Range
            : null;
    }

    /// <summary>Whether a half of a hyphenated name reads as a Chinese name: a surname, two or three characters, and no transliteration ending (戴维斯, 尤托夫).</summary>
    private bool ReadsChinese(string text, TextRange range) =>
        range.Length is 2 or 3 && surnames.IsSurnameStart(text.AsSpan(range.Start, range.Length))
        && !endings.Contains(text[range.End - 1], StringComparison.Ordinal);

    private static bool HasNameDot(string text, TextRange range) => range.Slice(text).ContainsAny(NameLexicon.NameDots);

    private bool IsNameEnd(string text, int at)
    {
        if (at == text.Length || NameLexicon.IsNameDot(text[at]) || char.IsPunctuation(text[at]) || char.IsWhiteSpace(text[at]))
        {
            return true;
        }

        foreach (var follower in followers)
        {
            if (string.CompareOrdinal(text, at, follower, 0, follower.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
