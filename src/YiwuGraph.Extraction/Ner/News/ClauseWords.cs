using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Ner.News;

/// <summary>
/// Verbs and headline words that stand between names, never inside one (stop-words.tsv, <c>clause-word</c>: 加盟, 险胜,
/// 绝杀, 官宣, 携). Web news and unpunctuated headlines glue them to the names around them, and the tagger, trained on
/// edited prose, reads the whole run as one name (<c>加盟北京队</c>, <c>长春亚泰绝杀贵州恒丰</c>, <c>胡兵携</c>); jieba
/// tags many of them as nouns or names (加盟/ns, 险胜/n, 官宣/nr), so only the list knows them. A span is cut at
/// every such word jieba reads as a word of its own, and the pieces that still stand as names are kept.
/// </summary>
internal sealed class ClauseWords
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> endings;

    /// <summary>
    /// The clause words of <paramref name="lexicons"/>; <paramref name="endings"/> are the place endings a clause word
    /// may stand before as the stem of a place's name (大胜村). Not organisation endings: a clause's object is often a
    /// kind of body (阿扎尔加盟|球队, 拟受让|公司).
    /// </summary>
    public ClauseWords(LexiconSet lexicons, IEnumerable<string> endings)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(endings);
        words = new HashSet<string>(lexicons.StopWords.WordsOf("clause-word"), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.endings = new HashSet<string>(endings, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether token <paramref name="tokenIndex"/> of the line is a clause word.</summary>
    public bool IsClauseWord(LineContext context, int tokenIndex) => words.Contains(context.TokenText(tokenIndex));

    /// <summary>
    /// The pieces of the tagger's span [<paramref name="start"/>, <paramref name="end"/>) of kind <paramref name="kind"/>
    /// between the clause words jieba reads inside it, written to <paramref name="pieces"/> (cleared first): the span
    /// itself when it holds none. A piece of fewer than two characters is dropped; so is an organisation or place piece
    /// that is one common word of jieba's dictionary (<c>阿扎尔加盟|球队</c>) or that ends in a word jieba tags as a
    /// person's name (<c>贝索斯|卖亚马逊</c>: the subject of the clause, whom the tagger typed with the whole run).
    /// </summary>
    public void Split(LineContext context, int start, int end, NerEntityKind kind, List<(int Start, int End)> pieces)
    {
        pieces.Clear();
        var pieceStart = start;
        var cut = false;
        for (var p = start; p < end; p++)
        {
            var t = context.TokenStartingAt(p);
            if (t < 0 || context.Tokens[t].End > end || !IsClauseWord(context, t)
                || (context.Tokens[t].End < end && context.TokenEndingAt(end) >= 0 && endings.Contains(context.Line.AsSpan(context.Tokens[t].End, end - context.Tokens[t].End))))
            {
                // 大胜|村, 加盟|街道: followed by nothing but an ending that closes a word of jieba's, the word is the stem of a
                // village's or a street's name (加盟|湖|人 is not: the span ends inside 湖人).
                continue;
            }

            cut = true;
            AddPiece(context, pieceStart, context.Tokens[t].Start, kind, pieces);
            pieceStart = context.Tokens[t].End;
        }

        if (!cut)
        {
            pieces.Add((start, end));
            return;
        }

        AddPiece(context, pieceStart, end, kind, pieces);
    }

    private static void AddPiece(LineContext context, int start, int end, NerEntityKind kind, List<(int Start, int End)> pieces)
    {
        if (end - start < 2)
        {
            return;
        }

        if (kind != NerEntityKind.Person)
        {
            if (context.Dictionary.GetTag(context.Line.Substring(start, end - start))?.Name is { } tag && tag is "n" or "v" or "vn" or "a" or "an" or "d")
            {
                return;
            }

            var last = context.TokenEndingAt(end);
            if (last >= 0 && context.Pos(last) is "nr" or "nrt" or "nrfg")
            {
                return;
            }
        }

        pieces.Add((start, end));
    }
}
