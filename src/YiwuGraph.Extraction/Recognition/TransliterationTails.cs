using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;

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
    public IReadOnlyList<FactMention> Extend(string text, IReadOnlyList<FactMention> mentions)
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

        return JoinHyphenated(text, result ?? mentions);
    }

    /// <summary>
    /// Two person mentions with only a hyphen between them are one transliterated name: Chinese prints Jean-Pierre as
    /// <c>让-皮埃尔</c>, and the tagger ends a name at the hyphen (<c>巴托洛梅|-|马克斯</c>). Not when both read as
    /// Chinese names (a surname, two or three characters): sports reports print a doubles pair so (<c>张宁-王仪涵</c>).
    /// </summary>
    public IReadOnlyList<FactMention> JoinHyphenated(string text, IReadOnlyList<FactMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        List<FactMention>? result = null;
        for (var i = mentions.Count - 1; i > 0; i--)
        {
            var (first, second) = ((result ?? mentions)[i - 1], (result ?? mentions)[i]);
            if (first.Kind == EntityKind.Person && second.Kind == EntityKind.Person && second.Range.Start == first.Range.End + 1
                && text[first.Range.End] is '-' or '－' or '‐' && !(ReadsChinese(text, first.Range) && ReadsChinese(text, second.Range)))
            {
                result ??= [.. mentions];
                result[i - 1] = first with { Range = new TextRange(first.Range.Start, second.Range.End), Confidence = Math.Max(first.Confidence, second.Confidence) };
                result.RemoveAt(i);
            }
        }

        return result ?? mentions;
    }

    private bool ReadsChinese(string text, TextRange range) =>
        range.Length is 2 or 3 && surnames.IsSurnameStart(text.AsSpan(range.Start, range.Length));

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
