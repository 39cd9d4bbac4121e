using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// A place printed before a noun that opens with a level word (<c>临邑县城</c>, <c>丹东市郊</c>, <c>长沙市区</c>,
/// <c>湖南省内</c>; news-places.tsv class <c>noun-with-level</c>): the level word is the noun's, and the place is the short name
/// before it, which the linker then names in full (临邑 → 临邑县). The recognizers take the level word into the place
/// (<c>临邑县</c>), so a place that ends in such a level word ends before it when no word jieba reads runs on past the
/// noun (not <c>义乌市|区域</c>, <c>旬阳县|城关镇</c>) and the gazetteer knows the shorter name.
/// Where the end of the short name and the noun's opening make another place, jieba and the recognizers read that one
/// from inside the short name (<c>长|沙市区</c>, a district of Jingzhou, in 长沙市区; <c>内|江城区</c>, a district of
/// Yangjiang, in 四川内江城区): a place that ends in such a noun's level word (or in the whole noun) and starts one or
/// two characters into a place name the gazetteer knows that ends where the noun starts, and that starts where a word
/// jieba reads starts, is that name.
/// </summary>
public sealed class LevelNouns
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> nouns;
    private readonly PlaceGazetteer gazetteer;

    public LevelNouns(IEnumerable<string> levelNouns, PlaceGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(levelNouns);
        nouns = new HashSet<string>(levelNouns.Where(n => n.Length == 2), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
    }

    /// <summary>
    /// <paramref name="mentions"/> (sorted, non-overlapping) with the places before a level noun ending before it, read
    /// with the article's <paramref name="tokens"/>; the same list when none does or there are no tokens.
    /// </summary>
    public IReadOnlyList<FactMention> Trim(string text, IReadOnlyList<FactMention> mentions, IReadOnlyList<Token>? tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        if (tokens is null)
        {
            return mentions;
        }

        var edits = new MentionEdits(mentions);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind != EntityKind.Place)
            {
                continue;
            }

            var before = i == 0 ? 0 : mentions[i - 1].Range.End;
            if ((StartsInsidePlace(text, m.Range, before, tokens) ?? EndsInLevelNoun(text, m.Range, tokens)) is { } range)
            {
                edits.Replace(i, m with { Range = range });
            }
        }

        return edits.Result();
    }

    /// <summary>
    /// The place printed before a level noun that <paramref name="place"/> was read across (长|沙市区 → 长沙, 内|江城区 →
    /// 内江), or null: <paramref name="place"/> ends in the noun's level word (沙市|区) or in the whole noun (江|城区), and
    /// the one or two characters before it with its part before the noun are a place name the gazetteer knows, printed
    /// after <paramref name="notBefore"/> (the end of the mention before) where a word jieba reads starts (not 核定|南市区:
    /// 定南 is a county, but 定 ends the verb 核定).
    /// </summary>
    private TextRange? StartsInsidePlace(string text, TextRange place, int notBefore, IReadOnlyList<Token> tokens)
    {
        if (place.Length < 3)
        {
            return null;
        }

        for (var nounStart = place.End - 1; nounStart >= place.End - 2; nounStart--)
        {
            if (nounStart + 2 > text.Length || !nouns.Contains(text.AsSpan(nounStart, 2)))
            {
                continue;
            }

            for (var start = place.Start - 1; start >= Math.Max(notBefore, place.Start - 2); start--)
            {
                var name = text.Substring(start, nounStart - start);
                if (HanScript.IsAllHan(name) && gazetteer.Names.ContainsKey(name) && Token.StartsAt(tokens, start))
                {
                    return new TextRange(start, nounStart);
                }
            }
        }

        return null;
    }

    /// <summary>The place without the level word it took from the noun after it (<c>临邑县|城</c> → 临邑), or null.</summary>
    private TextRange? EndsInLevelNoun(string text, TextRange place, IReadOnlyList<Token> tokens)
    {
        var end = place.End;
        if (place.Length < 3 || end >= text.Length || !nouns.Contains(text.AsSpan(end - 1, 2)))
        {
            return null;
        }

        // No word jieba reads runs on past the noun (义乌市|区域, 旬阳县|城关镇): its character after the level word ends
        // a word (临邑县|城, 丹东|市郊, 北京市民).
        var t = Token.FirstEndingAfter(tokens, end);
        if (t >= tokens.Count || tokens[t].End != end + 1)
        {
            return null;
        }

        return gazetteer.Names.ContainsKey(text.Substring(place.Start, place.Length - 1)) ? new TextRange(place.Start, end - 1) : null;
    }
}
