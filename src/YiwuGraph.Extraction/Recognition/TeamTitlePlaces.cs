using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// A place whose name is a team office of titles.tsv (a player's position: 中卫 is a centre-back and the city of
/// Ningxia, 前锋 a forward and a district of Guang'an) printed right before a person is that office, no place:
/// <c>亚特兰大中卫詹卢卡-曼奇尼</c>, <c>巴萨中卫皮克</c>. The gazetteer and the tagger read the city; the person after it
/// says it is the position, which the position rules then read.
/// </summary>
public sealed class TeamTitlePlaces(TitleLexicon titles)
{
    private readonly IReadOnlySet<string> teamTitles = (titles ?? throw new ArgumentNullException(nameof(titles))).TeamTitles;

    /// <summary><paramref name="mentions"/> (sorted, non-overlapping) without the places that are a team office printed right before a person; the same list when there is none.</summary>
    public IReadOnlyList<FactMention> Drop(string text, IReadOnlyList<FactMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var edits = new MentionEdits(mentions);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind == EntityKind.Place && i + 1 < mentions.Count && mentions[i + 1] is { Kind: EntityKind.Person } person
                && person.Range.Start == m.Range.End && teamTitles.Contains(m.GetText(text)))
            {
                edits.Drop(i);
            }
        }

        return edits.Result();
    }
}
