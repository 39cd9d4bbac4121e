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
/// <para>
/// jieba's own guess often runs over the same character (<c>王源微/nr 博</c>, <c>刘蓓等/nr</c>), so two more tests need
/// no word: the article names the person without the character as a person elsewhere (the arbiter's or the tagger's
/// <c>王火</c> beside <c>王火写《战争和人》</c>, <c>李晨</c> beside <c>李晨微博</c>) at least as often as it prints the
/// longer string, and the character is one no name of name-characters.tsv prints after its first (写, 吃, 微, 醉: not
/// 琍 of 马伊琍 … 马伊, which the list lacks but the article prints whole more often than short); or, for four
/// characters after a one-character surname, which Chinese names seldom have, the first three are that person
/// (<c>方敬文生在南京</c> beside <c>方敬文</c>; not a Japanese surname: <c>张本智和</c>). And the last name of a list after
/// 、 gives back the first character of the word that closes the list (news-persons.tsv, <c>list-closer</c>:
/// <c>常戎、刘蓓等参加</c>, <c>石丹、华芸为代表</c>).
/// </para>
/// <para>
/// Function words need no word either, and jieba is no help there: it reads them into its own name (<c>陈棣在/nrfg
/// 答词</c>, <c>黄渤和/ns 梁家辉</c>) and cuts them off real ones (<c>武东/nr 和/c 参加</c>). A preposition or particle no
/// name ends with (news-persons.tsv, <c>non-final</c>: 在, 与, 等 …) is given back wherever a name ends with it
/// (<c>刘山在和…签订</c>, <c>特蕾莎·梅将辞职</c>); a conjunction that ends given names too (<c>name-joiner</c>: 和 of
/// 陈金和, 武东和) only where a person's mention starts right after it and none ends right before it (<c>黄渤和梁家辉</c>;
/// not <c>谢后和</c> of a list printed without pauses, 梁庆庭谢后和甄瑞文).
/// </para>
/// </summary>
public sealed class PersonOverruns
{
    /// <summary>The shortest mention trimmed: what is left keeps two characters, a surname and a given name at least.</summary>
    private const int MinLength = 3;

    /// <summary>The length of a jieba word read as an idiom a name cannot run into (longer words are often HMM runs: 万比萨|卡两大新援/nz).</summary>
    private const int IdiomLength = 4;

    /// <summary>The longest mention read against a shorter name of the article: a surname and a given name of three.</summary>
    private const int MaxNamedShorterLength = 4;

    private readonly string[] verbs;
    private readonly string[] closers;
    private readonly string[] japaneseSurnames;
    private readonly string nonFinals;
    private readonly string joiners;
    private readonly TransliterationOdds nameCharacters;
    private readonly Ner.NerLexicons surnames;

    public PersonOverruns(RuleLexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        verbs = [.. lexicons.Set.NewsPersons.WordsOf("overrun-verb")];
        closers = [.. lexicons.Set.NewsPersons.WordsOf("list-closer")];
        japaneseSurnames = [.. lexicons.Set.JapaneseNames.WordsOf("surname")];
        nonFinals = string.Concat(lexicons.Set.NewsPersons.WordsOf("non-final"));
        joiners = string.Concat(lexicons.Set.NewsPersons.WordsOf("name-joiner"));
        nameCharacters = lexicons.TransliterationOdds;
        surnames = lexicons.Surnames;
    }

    /// <summary><paramref name="mentions"/> (sorted, non-overlapping) with the persons' overrun characters given back to the next word.</summary>
    public IReadOnlyList<FactMention> Trim(string text, IReadOnlyList<FactMention> mentions, IReadOnlyList<Token>? tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var edits = new MentionEdits(mentions);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind != EntityKind.Person || m.Range.Length < MinLength)
            {
                continue;
            }

            if ((tokens is not null && StartsWordRunningPast(text, m.Range.End, tokens)
                    && (StartsOverrunVerb(text, m.Range.End - 1) || StartsIdiom(m.Range.End - 1, tokens) || IsPrintedAlone(text, m.Range)))
                || ClosesList(text, m.Range) || IsNamedShorter(text, mentions, m.Range) || EndsWithFunctionWord(text, mentions, i))
            {
                edits.Replace(i, m with { Range = new TextRange(m.Range.Start, m.Range.End - 1) });
            }
        }

        return edits.Result();
    }

    /// <summary>
    /// Whether the person mention <paramref name="i"/> ends with a character no name ends with (刘山|在), or with a
    /// conjunction that joins it to the person mention right after it while no person mention ends right before it
    /// (黄渤|和梁家辉); the name before the character ends with a Han character (not the dot of 特蕾莎·梅).
    /// </summary>
    private bool EndsWithFunctionWord(string text, IReadOnlyList<FactMention> mentions, int i)
    {
        var range = mentions[i].Range;
        var last = text[range.End - 1];
        if (!HanScript.IsHan(text[range.End - 2]))
        {
            return false;
        }

        if (nonFinals.Contains(last, StringComparison.Ordinal))
        {
            return true;
        }

        return joiners.Contains(last, StringComparison.Ordinal)
            && i + 1 < mentions.Count && mentions[i + 1].Kind == EntityKind.Person && mentions[i + 1].Range.Start == range.End
            && (i == 0 || mentions[i - 1].Kind != EntityKind.Person || mentions[i - 1].Range.End != range.Start);
    }

    /// <summary>Whether the mention follows 、 and its last character opens a word that closes the list (刘蓓|等).</summary>
    private bool ClosesList(string text, TextRange range) =>
        range.Start > 0 && text[range.Start - 1] == '、' && IsHan(text, range)
        && TextSpans.StartsWithAny(text.AsSpan(range.End - 1), closers);

    /// <summary>
    /// Whether the article names the person without the mention's last character elsewhere, as a person mention not
    /// followed by that character, at least as often as it prints the mention's string, and that character ends no
    /// name (three characters) or the mention is a one-character surname and three characters more, no Japanese name.
    /// </summary>
    private bool IsNamedShorter(string text, IReadOnlyList<FactMention> mentions, TextRange range)
    {
        if (range.Length > MaxNamedShorterLength || !IsHan(text, range))
        {
            return false;
        }

        var last = text[range.End - 1];
        var name = text.AsSpan(range.Start, range.Length);
        if (range.Length == MinLength
            ? nameCharacters.EndsNames(last)
            : !surnames.IsSingleSurname(name[0]) || surnames.StartsWithDoubleSurname(name) || TextSpans.StartsWithAny(name, japaneseSurnames))
        {
            return false;
        }

        var shorter = name[..^1];
        var alone = 0;
        foreach (var other in mentions)
        {
            if (other.Kind == EntityKind.Person && other.Range.Length == shorter.Length
                && text.AsSpan(other.Range.Start, other.Range.Length).SequenceEqual(shorter)
                && (other.Range.End == text.Length || text[other.Range.End] != last))
            {
                alone++;
            }
        }

        return alone > 0 && alone >= text.AsSpan().Count(name);
    }

    private static bool IsHan(string text, TextRange range) => HanScript.IsAllHan(text.AsSpan(range.Start, range.Length));

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

        return HanScript.IsAllHan(text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start));
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
