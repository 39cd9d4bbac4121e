using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// A place read with the preposition printed before it (<c>距宏村一小时</c>, <c>在距离酒店数百米</c>; news-places.tsv class
/// <c>preposition</c>) gives the preposition back: it starts after the preposition where jieba reads the preposition as
/// a word of its own (距|宏村), and is no place where the rest is a plain noun or only a place ending (stop-words.tsv
/// not-place, a venue or zone ending: 距离|酒店). A name the gazetteer knows whole keeps its first character (离石区,
/// 于都县, and 于城镇, a town of 海盐县, even in 局限于城镇).
/// </summary>
public sealed class PlacePrepositions
{
    private readonly string[] prepositions;
    private readonly IReadOnlySet<string> plainNouns;
    private readonly PlaceGazetteer gazetteer;

    /// <param name="prepositions">The prepositions (news-places.tsv preposition).</param>
    /// <param name="plainNouns">Words that are no place alone: plain nouns ending like places and place endings (超市, 城镇, 酒店).</param>
    /// <param name="gazetteer">The gazetteer whose names keep their first character.</param>
    public PlacePrepositions(IEnumerable<string> prepositions, IEnumerable<string> plainNouns, PlaceGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(prepositions);
        ArgumentNullException.ThrowIfNull(plainNouns);
        this.prepositions = [.. prepositions.OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)];
        this.plainNouns = plainNouns.ToHashSet(StringComparer.Ordinal);
        this.gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
    }

    /// <summary>
    /// <paramref name="mentions"/> (sorted, non-overlapping) with the places that open with a preposition starting after
    /// it or dropped, read with the article's <paramref name="tokens"/>; the same list when none does.
    /// </summary>
    public IReadOnlyList<FactMention> Trim(string text, IReadOnlyList<FactMention> mentions, IReadOnlyList<Token>? tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var edits = new MentionEdits(mentions);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var preposition = m.Kind == EntityKind.Place ? Preposition(text, m.Range) : 0;
            if (preposition == 0)
            {
                continue;
            }

            var rest = text.Substring(m.Range.Start + preposition, m.Range.Length - preposition);
            if (plainNouns.Contains(rest))
            {
                edits.Drop(i);
            }
            else if (tokens is not null && Token.EndsAt(tokens, m.Range.Start + preposition))
            {
                edits.Replace(i, m with { Range = new TextRange(m.Range.Start + preposition, m.Range.End) });
            }
        }

        return edits.Result();
    }

    /// <summary>The length of the preposition <paramref name="place"/> opens with, leaving at least two characters; 0 when none or the gazetteer knows the name whole.</summary>
    private int Preposition(string text, TextRange place)
    {
        foreach (var p in prepositions)
        {
            if (place.Length - p.Length >= 2 && string.CompareOrdinal(text, place.Start, p, 0, p.Length) == 0)
            {
                return gazetteer.Names.ContainsKey(text.Substring(place.Start, place.Length)) ? 0 : p.Length;
            }
        }

        return 0;
    }
}
