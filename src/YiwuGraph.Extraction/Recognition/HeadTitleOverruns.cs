using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// A place mention that took in the level word of the title printed right after it: <c>高雄市|长韩国瑜</c>,
/// <c>廊坊市|长张三</c>. Jieba reads 高雄市 and 廊坊市 as words, so the rules and the tagger end the place there and leave
/// 长; the title is 市长 (县长, 区长, 省长 …: <see cref="TitleLexicon.IsPlaceHeadTitle"/>), the office of the place's
/// head, and the place ends before its level word (高雄, a short form of the same city), so that the office is read.
/// Only where a person follows the title (not <c>上海市|长寿路</c>), no place of the gazetteer starts at 长
/// (<c>石家庄市|长安区</c>), and the gazetteer knows the shorter name as the same place (an unknown village keeps its 村).
/// </summary>
public sealed class HeadTitleOverruns(PlaceGazetteer gazetteer)
{
    /// <summary>The longest place name looked up at 长 (长安区, 长治市; the gazetteer's names are rarely longer).</summary>
    private const int LongestFollowingPlace = 4;

    private readonly PlaceGazetteer gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));

    /// <summary><paramref name="mentions"/> (sorted, non-overlapping) with each place that took in a head's title ending before it.</summary>
    public IReadOnlyList<FactMention> Trim(string text, IReadOnlyList<FactMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var edits = new MentionEdits(mentions);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            // The head is named right after the title (高雄市长韩国瑜): 上海市长寿路, 陕西省长安县 (a division the gazetteer
            // no longer names) print a place there.
            if (m.Kind == EntityKind.Place && i + 1 < mentions.Count && mentions[i + 1] is { Kind: EntityKind.Person } head
                && head.Range.Start == m.Range.End + 1 && EndsInHeadTitle(text, m.Range))
            {
                edits.Replace(i, m with { Range = new TextRange(m.Range.Start, m.Range.End - 1) });
            }
        }

        return edits.Result();
    }

    private bool EndsInHeadTitle(string text, TextRange place)
    {
        var end = place.End;
        if (place.Length < 3 || end >= text.Length || text[end] != '长' || !TitleLexicon.IsPlaceHeadTitle(text.Substring(end - 1, 2), out _))
        {
            return false;
        }

        for (var length = 2; length <= LongestFollowingPlace && end + length <= text.Length; length++)
        {
            if (gazetteer.Names.ContainsKey(text.Substring(end, length)))
            {
                return false;
            }
        }

        var name = text.Substring(place.Start, place.Length);
        return gazetteer.Find(name[..^1]).Any(p => string.Equals(p.Name, name, StringComparison.Ordinal));
    }
}
