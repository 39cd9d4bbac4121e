using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// Gives a Japanese person the given name the tagger left off. jieba cuts a Japanese surname as a word of its own and
/// the given name after it in single characters or an unknown word (<c>张本/ns 智/ng 和/c</c>, <c>石川/ns 佳/a 纯/a</c>,
/// <c>高桥沙/nr 也/d 加/v</c>, <c>松友美/nr 佐纪/n</c>), and the tagger ends the name inside it (<c>张本</c>, <c>石川</c>,
/// <c>高桥沙</c>, <c>松友美</c>). A person mention that is a Japanese surname (japanese-names.tsv, <c>surname</c>) in an
/// article that names Japan (japanese-names.tsv, <c>country-cue</c>), or a surname plus a character in any article,
/// runs on to a given name of two or three characters when
/// <list type="bullet">
/// <item>jieba ends a word where the name would end, and cuts what the mention left off in single characters (after
/// a surname and a character also a noun of two characters; no verb, place or idiom: <c>伊藤|颁奖典礼</c>,
/// <c>桥本|建议</c>; no speech verb after a surname and a character: <c>加藤一|说</c>), whose start is no Japanese surname (<c>伊藤|水谷</c> are two players);</item>
/// <item>after a two-character given name come punctuation, the end of the text, a word of two characters or more,
/// or a function word jieba cuts alone (<c>石川佳纯|领衔</c>, <c>张本智和|，</c>, <c>石川佳纯|和</c>); after a
/// three-character one, which must end with a character such names end with (japanese-names.tsv,
/// <c>long-given-ending</c>: 郎, 加, 纪, 子 …), punctuation or the end of the text (<c>高桥沙也加|，</c>,
/// <c>松友美佐纪|/</c>).</item>
/// </list>
/// A mention of a surname and one character that is a whole name (<c>锦织圭</c>, <c>森永爱</c>) keeps it: jieba glues
/// the verb after such a name into a word that runs past any given name (<c>森永爱|去世</c>).
/// </summary>
public sealed class JapaneseNames
{
    /// <summary>The given-name lengths read, shortest first: most Japanese given names have two characters, many three.</summary>
    private static readonly int[] GivenLengths = [2, 3];

    private readonly string[] surnames;
    private readonly string[] cues;
    private readonly string longGivenEndings;
    private readonly string[] followers;

    public JapaneseNames(RuleLexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        surnames = [.. lexicons.Set.JapaneseNames.WordsOf("surname").OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal)];
        cues = [.. lexicons.Set.JapaneseNames.WordsOf("country-cue")];
        longGivenEndings = string.Concat(lexicons.Set.JapaneseNames.WordsOf("long-given-ending"));
        followers = [.. lexicons.Set.PersonCues.WordsOf("follower")];
    }

    /// <summary><paramref name="mentions"/> (sorted, non-overlapping) with Japanese persons run on to their given names.</summary>
    public IReadOnlyList<FactMention> Extend(string text, IReadOnlyList<FactMention> mentions, IReadOnlyList<Token>? tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        if (tokens is null || tokens.Count == 0)
        {
            return mentions;
        }

        var namesJapan = NamesJapan(text);
        var edits = new MentionEdits(mentions);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            // A bare surname is a person's name only in an article about Japan (石川 is a Chinese place too); a surname
            // and a character the tagger read as a name is one anywhere (马琳击败高桥沙也加 names no country).
            if (m.Kind != EntityKind.Person || SurnameLength(text, m.Range) is not { } surname || (m.Range.Length == surname && !namesJapan))
            {
                continue;
            }

            var limit = i + 1 < mentions.Count ? mentions[i + 1].Range.Start : text.Length;
            foreach (var given in GivenLengths)
            {
                var end = m.Range.Start + surname + given;
                if (end > m.Range.End && end <= limit
                    && (given == 2 || longGivenEndings.Contains(text[end - 1], StringComparison.Ordinal))
                    && IsGivenName(text, m.Range, m.Range.Start + surname, end, tokens)
                    && EndsName(text, end, given, EndsInFunctionWord(end, tokens), tokens))
                {
                    edits.Replace(i, m with { Range = new TextRange(m.Range.Start, end) });
                    break;
                }
            }
        }

        return edits.Result();
    }

    private bool NamesJapan(string text)
    {
        foreach (var cue in cues)
        {
            if (text.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of the Japanese surname the mention is, alone or with one character after it.</summary>
    private int? SurnameLength(string text, TextRange range)
    {
        var span = range.Slice(text);
        foreach (var surname in surnames)
        {
            if (span.StartsWith(surname, StringComparison.Ordinal) && span.Length - surname.Length is 0 or 1)
            {
                return surname.Length;
            }
        }

        return null;
    }

    /// <summary>Whether <c>[givenStart, end)</c> reads as a given name jieba did not join to the words around it.</summary>
    private bool IsGivenName(string text, TextRange mention, int givenStart, int end, IReadOnlyList<Token> tokens)
    {
        if (!HanScript.IsAllHan(text.AsSpan(mention.End, Math.Max(0, end - mention.End))))
        {
            return false;
        }

        if (TextSpans.StartsWithAny(text.AsSpan(givenStart, end - givenStart), surnames))
        {
            return false;
        }

        for (var t = Token.FirstEndingAfter(tokens, mention.End); t < tokens.Count && tokens[t].Start < end; t++)
        {
            var token = tokens[t];
            if (token.End > end)
            {
                return false;
            }

            // A bare surname takes only characters jieba cuts alone: a word after it is most often what the surname
            // does (桥本|建议, 冈田|教授, 竹田|先生). After a surname and a character, a noun of two may end the name
            // (松友美|佐纪/n), and one character more starts no speech verb that follows names (person-cues.tsv, follower:
            // 加藤一|说, where the paper printed 加藤纮一 without 纮).
            var ok = token.Start < mention.End
                ? token.Tag.Name.StartsWith("nr", StringComparison.Ordinal)
                : token.Length == 1
                    ? !(end == mention.End + 1 && mention.Length > givenStart - mention.Start && TextSpans.StartsWithAny(text.AsSpan(token.Start), followers))
                    : mention.Length > givenStart - mention.Start && token.Length == 2 && token.Tag.Name is "n" or "nr" or "nrt" or "nz" or "ng";
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether jieba cuts the last character before <paramref name="end"/> alone as a function word: a name of a
    /// surname and one character is whole more often than not before one (<c>宫崎骏|也因为</c>, <c>宫崎骏|的</c>,
    /// <c>张本智和|外，</c>), unless punctuation follows it (<c>张本智|和，</c>).
    /// </summary>
    private static bool EndsInFunctionWord(int end, IReadOnlyList<Token> tokens)
    {
        var t = Token.FirstEndingAfter(tokens, end - 1);
        return t < tokens.Count && tokens[t].Start == end - 1 && tokens[t].End == end && IsFunctionWord(tokens[t]);
    }

    private static bool IsFunctionWord(Token token) =>
        token.Tag.Name is "c" or "p" or "d" or "f" or "r" or "m" or "q" or "u" or "uj" or "ul" or "uz" or "ud" or "ug" or "uv";

    /// <summary>
    /// Whether a name with <paramref name="given"/> given-name characters can end at <paramref name="end"/>: before
    /// punctuation or the end of the text, and for a two-character given name that does not end in a function word,
    /// also before a word of two characters or more or a function word jieba cuts alone. A three-character given name
    /// never ends in a function word (<c>张本智和外</c>).
    /// </summary>
    private static bool EndsName(string text, int end, int given, bool endsInFunctionWord, IReadOnlyList<Token> tokens)
    {
        if (given > 2 && endsInFunctionWord)
        {
            return false;
        }

        if (end == text.Length || char.IsPunctuation(text[end]) || char.IsWhiteSpace(text[end]) || NameLexicon.IsNameDot(text[end]))
        {
            return true;
        }

        if (given > 2 || endsInFunctionWord)
        {
            return false;
        }

        var t = Token.FirstEndingAfter(tokens, end);
        return t < tokens.Count && tokens[t].Start == end && HanScript.IsHan(text[end])
            && (tokens[t].Length >= 2 || IsFunctionWord(tokens[t]));
    }
}
