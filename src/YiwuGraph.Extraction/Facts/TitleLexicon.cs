using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Titles of office printed before (and, for a few, after) a person's name, read from one <see cref="LexiconSet"/>
/// (titles.tsv), and the words that make a bare title an office of a place (<c>市长</c> is the head of a city).
/// </summary>
public sealed class TitleLexicon
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> titleSet;
    private readonly int longestTitle;

    public TitleLexicon(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        Titles = Sorted([.. lexicons.Titles.WordsOf("office")]);
        // Case aside (CEO, ceo: web copy prints Latin offices in either case), a title is matched as listed.
        titleSet = new HashSet<string>(Titles, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        longestTitle = Titles.Count == 0 ? 0 : Titles[0].Length;
        CompanyTitles = new HashSet<string>(lexicons.Titles.WordsOf("company-office"), StringComparer.OrdinalIgnoreCase);
        FormerModifiers = lexicons.Titles.WordsOf("former-modifier");
        CurrentModifiers = lexicons.Titles.WordsOf("current-modifier");
        Prefixes = [.. FormerModifiers, .. CurrentModifiers, .. lexicons.Titles.WordsOf("modifier")];
        NameAnchoringTitles = lexicons.Titles.WordsOf("trailing");
        TrailingTitles = Sorted([.. NameAnchoringTitles, .. lexicons.Titles.WordsOf("after-name")]);
        StateOffices = new HashSet<string>(lexicons.Titles.WordsOf("state-office"), StringComparer.Ordinal);
        Occupations = Sorted([.. lexicons.Titles.WordsOf("occupation")]);
        RoleWords = [.. lexicons.Titles.WordsOf("role").Concat(lexicons.Titles.WordsOf("occupation")).Distinct(StringComparer.Ordinal)];
        FieldHeads = new HashSet<string>(lexicons.Titles.WordsOf("field-head"), StringComparer.Ordinal);
        BetweenWords = Sorted([.. lexicons.Titles.WordsOf("between")]);
        UnitEndings = Sorted([.. lexicons.OrganizationUnits.WordsOf("unit")]);
        ChargeWords = lexicons.Titles.WordsOf("charge");
        TeamTitles = new HashSet<string>(lexicons.Titles.WordsOf("team-office"), StringComparer.Ordinal);
        CreditRoles = new HashSet<string>(lexicons.Titles.WordsOf("credit"), StringComparer.Ordinal);
        Honorifics = lexicons.Titles.WordsOf("honorific");
        StateForms = Sorted([.. lexicons.Titles.WordsOf("state-form")]);
    }

    /// <summary>Base titles, longest first so that <c>副书记</c> wins over <c>书记</c>.</summary>
    public IReadOnlyList<string> Titles { get; }

    /// <summary>Offices in a company: in <c>分众传媒创始人、董事长江南春</c> the second one is of the same company.</summary>
    public IReadOnlySet<string> CompanyTitles { get; }

    /// <summary>Modifiers printed before a title (<c>原党委副书记</c>, <c>常务副馆长</c>), those of time first.</summary>
    public IReadOnlyList<string> Prefixes { get; }

    /// <summary>Modifiers that say the office was held before (<c>原</c>, <c>前</c>, <c>时任</c>).</summary>
    public IReadOnlyList<string> FormerModifiers { get; }

    /// <summary>Modifiers that say the office is held now (<c>现任</c>).</summary>
    public IReadOnlyList<string> CurrentModifiers { get; }

    /// <summary>
    /// Titles read after a name (<c>习近平总书记</c>, <c>普京总统</c>; titles.tsv, trailing and after-name), longest first;
    /// only high offices, to avoid reading nouns as titles.
    /// </summary>
    public IReadOnlyList<string> TrailingTitles { get; }

    /// <summary>The trailing titles that also anchor the name before them as a person's (titles.tsv, trailing).</summary>
    public IReadOnlyList<string> NameAnchoringTitles { get; }

    /// <summary>
    /// Trailing titles that are offices of a state (<c>总统</c>, <c>外长</c>): printed after a name with a country right
    /// before the name (<c>俄罗斯普京总统</c>), the office is that country's.
    /// </summary>
    public IReadOnlySet<string> StateOffices { get; }

    /// <summary>
    /// Words printed before a name that anchor it as a person but are not offices: roles (<c>经营户傅妙玲</c>) and
    /// occupations (<c>律师董浩</c>).
    /// </summary>
    public IReadOnlyList<string> RoleWords { get; }

    /// <summary>Occupations, longest first: held at the organisation printed before them (<c>律师事务所律师</c>), else a title.</summary>
    public IReadOnlyList<string> Occupations { get; }

    /// <summary>Titles and occupations that take a field noun before them (<c>市场总监</c>, <c>大豆专家</c>).</summary>
    public IReadOnlySet<string> FieldHeads { get; }

    /// <summary>Words printed between an organisation and its title (<c>著名</c>, <c>一位</c>, <c>的</c>), longest first.</summary>
    public IReadOnlyList<string> BetweenWords { get; }

    /// <summary>Offices in a sports team (<c>主教练</c>, <c>队长</c>): printed bare, they are of the one team the sentence named.</summary>
    public IReadOnlySet<string> TeamTitles { get; }

    /// <summary>
    /// Roles a reporter's credit prints before a name (<c>记者</c>, <c>实习生</c>; titles.tsv, credit): the role is held at
    /// the news organisation printed right before it, and at none otherwise (<c>本报讯（记者高晨）</c>).
    /// </summary>
    public IReadOnlySet<string> CreditRoles { get; }

    /// <summary>Words that open a clause of charge between an organisation and its office (<c>负责</c> of <c>负责贸易事务的副主席</c>).</summary>
    public IReadOnlyList<string> ChargeWords { get; }

    /// <summary>Last words of an unnamed unit (<c>司</c> of <c>价格司</c>, <c>中心</c>; organization-units.tsv, class unit), longest first.</summary>
    public IReadOnlyList<string> UnitEndings { get; }

    /// <summary>A state's formal words printed between a country's name and an office (<c>共和国</c>), longest first.</summary>
    public IReadOnlyList<string> StateForms { get; }

    /// <summary>Honorifics after a name that are not titles (<c>习近平同志</c>).</summary>
    public IReadOnlyList<string> Honorifics { get; }

    /// <summary>
    /// <paramref name="title"/> without the modifiers of time it opens with (<c>原党委书记</c> → <c>党委书记</c>,
    /// <c>现任会长</c> → <c>会长</c>), and whether one of them says the office was held before; the title itself when
    /// it opens with none, or when what follows is no title of its own (<c>前锋</c>).
    /// </summary>
    public (string Title, bool Former) WithoutTimeModifiers(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var rest = title;
        var former = false;
        while (TimeModifierAt(rest) is var (modifier, isFormer) && modifier is not null && rest.Length >= modifier.Length + 2)
        {
            rest = rest[modifier.Length..];
            former |= isFormer;
        }

        if (rest.Length == title.Length)
        {
            return (title, false);
        }

        // 党委书记, 党组成员: an organ's office ends with a title of the list; 前中锋, 原教练: a team's or an occupation.
        var endsWithOffice = MatchEndingAt(rest, rest.Length) is not null || MatchOccupationEndingAt(rest, rest.Length) is not null
            || TeamTitles.Any(t => rest.EndsWith(t, StringComparison.Ordinal));
        return endsWithOffice ? (rest, former) : (title, false);
    }

    private (string? Modifier, bool Former) TimeModifierAt(string title) =>
        FormerModifiers.FirstOrDefault(m => title.StartsWith(m, StringComparison.Ordinal)) is { } former ? (former, true)
        : (CurrentModifiers.FirstOrDefault(m => title.StartsWith(m, StringComparison.Ordinal)), false);

    /// <summary>Whether <paramref name="title"/> is a company office, with or without its modifiers (<c>前董事长</c>, <c>原副总裁</c>).</summary>
    public bool IsCompanyTitle(string title) => IsOfClass(title, CompanyTitles);

    /// <summary>Whether <paramref name="title"/> is an office in a team, with or without its modifiers (<c>原主教练</c>).</summary>
    public bool IsTeamTitle(string title) => IsOfClass(title, TeamTitles);

    private bool IsOfClass(string title, IReadOnlySet<string> offices)
    {
        var rest = title;
        while (true)
        {
            if (offices.Contains(rest))
            {
                return true;
            }

            var prefix = Prefixes.FirstOrDefault(p => rest.Length > p.Length + 1 && rest.StartsWith(p, StringComparison.Ordinal));
            if (prefix is null)
            {
                return false;
            }

            rest = rest[prefix.Length..];
        }
    }

    /// <summary>Titles that are the head of a place: the place is the office's organisation (<c>市长</c> → the city).</summary>
    public static bool IsPlaceHeadTitle(string title, out char placeSuffix)
    {
        var t = title.TrimStart('常', '务', '副');
        if (t.Length == 2 && t[1] == '长' && t[0] is '市' or '县' or '区' or '镇' or '乡' or '省' or '村' or '州')
        {
            placeSuffix = t[0];
            return true;
        }

        if (t.Length == 3 && t.EndsWith("领导", StringComparison.Ordinal) && t[0] is '市' or '县' or '区' or '省')
        {
            placeSuffix = t[0];
            return true;
        }

        placeSuffix = '\0';
        return false;
    }

    /// <summary>
    /// The longest title ending exactly at <paramref name="end"/> in <paramref name="text"/>, with the modifiers printed
    /// before it (<c>原党委副书记</c>); modifiers stack (<c>常务|副|馆长</c>, <c>助理|国务卿</c>), at most <see cref="MaxModifiers"/>.
    /// </summary>
    public string? MatchEndingAt(string text, int end)
    {
        // Longest first, as Titles is sorted: one lookup per length rather than a comparison per title (0.5 % of build).
        for (var length = Math.Min(longestTitle, end); length > 0; length--)
        {
            if (titleSet.Contains(text.AsSpan(end - length, length)))
            {
                var start = end - length;
                for (var k = 0; k < MaxModifiers && ModifierEndingAt(text, start) is { } prefix; k++)
                {
                    start -= prefix.Length;
                }

                return text[start..end];
            }
        }

        return null;
    }

    /// <summary>
    /// The longest title or occupation printed from <paramref name="start"/> in <paramref name="text"/>, with the
    /// modifiers printed first (<c>副局长</c>, <c>常务副市长</c>), or null: the title printed after a name
    /// (<c>叶翔锋律师</c>, <c>宋春华会长</c>).
    /// </summary>
    public string? MatchStartingAt(string text, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = start;
        for (var k = 0; k < MaxModifiers && TextSpans.StartingWord(text.AsSpan(at), Prefixes) is { } prefix; k++)
        {
            at += prefix.Length;
        }

        for (var length = Math.Min(longestTitle, text.Length - at); length > 0; length--)
        {
            if (titleSet.Contains(text.AsSpan(at, length)))
            {
                return text[start..(at + length)];
            }
        }

        return at == start ? TextSpans.StartingWord(text.AsSpan(start), Occupations) : null;
    }

    /// <summary>At most this many modifiers are read before a title (<c>原|常务|副|馆长</c>).</summary>
    private const int MaxModifiers = 3;

    private string? ModifierEndingAt(string text, int end) =>
        TextSpans.EndingWord(text.AsSpan(0, end), Prefixes);

    /// <summary>
    /// The longest occupation ending exactly at <paramref name="end"/> in <paramref name="text"/>, with the modifiers
    /// printed before it as a title's (<c>首席设计师</c>, <c>高级评论员</c>), or null.
    /// </summary>
    public string? MatchOccupationEndingAt(string text, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TextSpans.EndingWord(text.AsSpan(0, end), Occupations) is not { } occupation)
        {
            return null;
        }

        var start = end - occupation.Length;
        for (var k = 0; k < MaxModifiers && ModifierEndingAt(text, start) is { } prefix; k++)
        {
            start -= prefix.Length;
        }

        return text[start..end];
    }

    private static string[] Sorted(string[] items) =>
        items.Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToArray();
}
