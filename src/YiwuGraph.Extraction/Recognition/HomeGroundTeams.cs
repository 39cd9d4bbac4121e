using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// Teams named by a word the tagger reads as a person: a person mention right before a word for a home or away
/// ground (news-persons.tsv, <c>team-follower</c>: <c>伊蒂哈德|主场2-1逆转扎巴汉</c>, <c>哈德斯|主场1-2不敌德比郡</c>,
/// <c>阿尔萨德|主场3-1击败</c>) is the team, and so is every person mention of that name in the text. A player's
/// name stands before 主场 only inside a longer clause (<c>主场作战的王立哲</c> has it before), which this leaves alone.
/// </summary>
public sealed class HomeGroundTeams
{
    private readonly string[] followers;

    public HomeGroundTeams(RuleLexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        followers = [.. lexicons.Set.NewsPersons.WordsOf("team-follower")];
    }

    /// <summary><paramref name="mentions"/> (sorted, non-overlapping) with the persons that name a team of the text read as organisations.</summary>
    public IReadOnlyList<FactMention> Apply(string text, IReadOnlyList<FactMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        HashSet<string>? teams = null;
        foreach (var m in mentions)
        {
            if (m.Kind == EntityKind.Person && TextSpans.StartsWithAny(text.AsSpan(m.Range.End), followers))
            {
                (teams ??= new HashSet<string>(StringComparer.Ordinal)).Add(m.GetText(text));
            }
        }

        return teams is null
            ? mentions
            : [.. mentions.Select(m => m.Kind == EntityKind.Person && teams.Contains(m.GetText(text)) ? m with { Kind = EntityKind.Organization, FineType = null } : m)];
    }
}
