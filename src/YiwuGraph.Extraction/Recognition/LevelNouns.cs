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
/// Not read: where the short name and the level word make another place, jieba and the recognizers read that one
/// from inside the short name (<c>长|沙市区</c>, a district of Jingzhou, in 长沙市区).
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

        List<FactMention>? result = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind != EntityKind.Place)
            {
                continue;
            }

            if (EndsInLevelNoun(text, m.Range, tokens) is { } range)
            {
                result ??= [.. mentions];
                result[i] = m with { Range = range };
            }
        }

        return result ?? mentions;
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
