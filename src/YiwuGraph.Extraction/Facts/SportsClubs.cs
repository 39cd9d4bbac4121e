using System.Collections.Frozen;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// The clubs and nicknames of sports-clubs.tsv in the shapes their three readers want: every name (the organisation
/// types call each a team), the clubs alone (a position's team) and each name in either case with whether it is a club
/// (the teams stage). Read once per <see cref="LexiconSet"/> (<see cref="Of"/>). Immutable.
/// </summary>
public sealed class SportsClubs
{
    public SportsClubs(Lexicon list)
    {
        ArgumentNullException.ThrowIfNull(list);
        Names = list.Words;
        Clubs = list.WordsOf("club").ToFrozenSet(StringComparer.Ordinal);
        var forms = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var entry in list.Entries)
        {
            // A name listed as a club and as a nickname counts as a club. Latin letters match in either case (AC米兰,
            // ac米兰): the forms are listed once each, so lookups stay ordinal (no case folding of Chinese text).
            foreach (var form in new[] { entry.Word, entry.Word.ToLowerInvariant(), entry.Word.ToUpperInvariant() }.Distinct(StringComparer.Ordinal))
            {
                forms[form] = (forms.TryGetValue(form, out var isClub) && isClub) || entry.Class == "club";
            }
        }

        Forms = forms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every listed name, clubs and nicknames, in the list's order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The names of class <c>club</c> (曼联, 皇马), without nicknames.</summary>
    public FrozenSet<string> Clubs { get; }

    /// <summary>Each name as printed, and its Latin letters in lower and upper case, → whether it is a club (not only a nickname).</summary>
    public FrozenDictionary<string, bool> Forms { get; }

    /// <summary>The clubs of <paramref name="lexicons"/>' sports-clubs.tsv, read once per set.</summary>
    public static SportsClubs Of(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        return lexicons.Shared(static set => new SportsClubs(set.SportsClubs));
    }
}
