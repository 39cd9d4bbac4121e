using System.Buffers;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Shapes of Chinese names, read from one <see cref="LexiconSet"/>: the suffixes that close organisation and place
/// names, the provinces, and the words that break names. Immutable.
/// </summary>
public sealed class NameLexicon
{
    /// <summary>The characters web text prints for the middle dot of a transliterated name.</summary>
    private static readonly SearchValues<char> LookAlikeNameDots = SearchValues.Create("•・‧∙･");

    private readonly IReadOnlyList<string> genericOrganizationWords;
    private readonly IReadOnlyList<string> organizationDeterminers;
    private readonly HashSet<string> listedOrganizations;
    private readonly Dictionary<string, (string Name, string Type)>.AlternateLookup<ReadOnlySpan<char>> organizationShortFormLookup;

    public NameLexicon(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        OrganizationSuffixes = Longest([.. lexicons.OrganizationEndings.WordsOf("name")]);
        PlaceSuffixes = Longest([.. lexicons.PlaceEndings.WordsOf("admin")]);
        VenueSuffixes = Longest([.. lexicons.PlaceEndings.WordsOf("venue")]);
        Provinces = lexicons.Provinces.Words;
        NameBreakers = new HashSet<string>(lexicons.NameBreakers.Words, StringComparer.Ordinal);
        ClauseWords = [.. lexicons.StopWords.WordsOf("clause-word").Where(w => w.Length >= 2).Distinct(StringComparer.Ordinal)];
        genericOrganizationWords = Longest([.. lexicons.OrganizationEndings.WordsOf("generic-head"), .. lexicons.OrganizationEndings.WordsOf("board")]);
        organizationDeterminers = Longest([.. lexicons.OrganizationEndings.WordsOf("determiner")]);
        Boards = Longest([.. lexicons.OrganizationEndings.WordsOf("board")]);
        BareBodies = new HashSet<string>(lexicons.OrganizationEndings.WordsOf("bare-body"), StringComparer.Ordinal);
        NationalBodies = new HashSet<string>(lexicons.NewsOrganizations.WordsOf("national"), StringComparer.Ordinal);
        ForeignStateBodies = new HashSet<string>(lexicons.NewsOrganizations.WordsOf("state-body"), StringComparer.Ordinal);
        StateBodies = new HashSet<string>([.. NationalBodies, .. ForeignStateBodies], StringComparer.Ordinal);
        StateBodyLinks = [.. lexicons.NewsOrganizations.WordsOf("state-body-link")];
        ChinaBodies = new HashSet<string>([.. NationalBodies, .. lexicons.NewsOrganizations.WordsOf("china-body")], StringComparer.Ordinal);
        ChinaNames = [.. lexicons.NewsOrganizations.WordsOf("china-name").OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];
        PlaceShortForms = ReadShortForms(lexicons.PlaceShortForms);
        ShortFormCuesBefore = lexicons.PlaceShortForms.WordsOf("cue-before").Select(w => w[0]).ToHashSet();
        ShortFormCuesAfter = lexicons.PlaceShortForms.WordsOf("cue-after").Select(w => w[0]).ToHashSet();
        RouteWords = [.. lexicons.PlaceShortForms.WordsOf("route")];
        Landmarks = new HashSet<string>(lexicons.NewsPlaces.WordsOf("landmark"), StringComparer.Ordinal);
        var organizationShortForms = ReadOrganizationShortForms(lexicons.OrganizationShortForms);
        OrganizationShortForms = organizationShortForms;
        organizationShortFormLookup = organizationShortForms.GetAlternateLookup<ReadOnlySpan<char>>();
        LongestOrganizationShortForm = organizationShortForms.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        // A company listed under the name it goes by (华为, no note) may still be the short form of a longer name the
        // article prints (华为技术有限公司), so only the full names that differ from their short ones count as listed.
        listedOrganizations = organizationShortForms.Where(kv => kv.Key != kv.Value.Name).Select(kv => kv.Value.Name).ToHashSet(StringComparer.Ordinal);
        OrganizationShortEndings = ReadShortEndings(lexicons.OrganizationShortEndings);
        CompanySenses = CompanySenses.Of(lexicons);
    }

    /// <summary>Organisation name endings, longest first.</summary>
    public IReadOnlyList<string> OrganizationSuffixes { get; }

    /// <summary>Administrative place endings.</summary>
    public IReadOnlyList<string> PlaceSuffixes { get; }

    /// <summary>Venue endings (named sites).</summary>
    public IReadOnlyList<string> VenueSuffixes { get; }

    /// <summary>Provinces and province-level names; used to tell places from other proper nouns and to infer the home province.</summary>
    public IReadOnlyList<string> Provinces { get; }

    /// <summary>Central bodies of China that their bare names mean in Chinese news (外交部, 国防部).</summary>
    public IReadOnlySet<string> NationalBodies { get; }

    /// <summary>
    /// Bodies a state has under a bare name (外交部, 内政部, 外务省): the national ones and <c>news-organizations.tsv</c>'s
    /// state-body ones; printed after a foreign country they are that country's.
    /// </summary>
    public IReadOnlySet<string> StateBodies { get; }

    /// <summary>
    /// Bodies many states have under a bare name that China has not (内政部, 国会, 内阁: <c>news-organizations.tsv</c>'s
    /// state-body ones): printed bare, they are no body of China's.
    /// </summary>
    public IReadOnlySet<string> ForeignStateBodies { get; }

    /// <summary>
    /// Central bodies of China that a name of China may be printed before (<c>中国外交部</c>, <c>中国全国政协</c>): the
    /// national ones and news-organizations.tsv's china-body ones.
    /// </summary>
    public IReadOnlySet<string> ChinaBodies { get; }

    /// <summary>
    /// The names of China printed before its central bodies (<c>中华人民共和国外交部</c>, <c>中国全国政协</c>;
    /// news-organizations.tsv, china-name), longest first: the body's node is its bare name.
    /// </summary>
    public IReadOnlyList<string> ChinaNames { get; }

    /// <summary>Words printed between a country and its body (<c>奥政府司法部</c>; news-organizations.tsv, state-body-link).</summary>
    public IReadOnlyList<string> StateBodyLinks { get; }

    /// <summary>
    /// Bodies and sites every country, place or organisation has (<c>议会</c>, <c>工会</c>, <c>博物馆</c>;
    /// organization-endings.tsv, bare-body): printed alone, of the article's story only.
    /// </summary>
    public IReadOnlySet<string> BareBodies { get; }

    /// <summary>Bodies inside an organisation (<c>董事会</c>), longest first; <c>董事会主席</c> is an office of the organisation before them.</summary>
    public IReadOnlyList<string> Boards { get; }

    /// <summary>
    /// Whether <paramref name="surface"/> is only a reference to an organisation, made of a determiner and generic heads
    /// and boards of <c>organization-endings.tsv</c> (<c>公司</c>, <c>该集团</c>, <c>公司董事会</c>): the tagger marks such
    /// words as organisations, but they name none a reader could look up.
    /// </summary>
    public bool IsGenericOrganization(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        var at = organizationDeterminers.FirstOrDefault(d => surface.StartsWith(d, StringComparison.Ordinal))?.Length ?? 0;
        if (at == surface.Length)
        {
            return false;
        }

        while (at < surface.Length)
        {
            var word = genericOrganizationWords.FirstOrDefault(w => string.CompareOrdinal(surface, at, w, 0, w.Length) == 0);
            if (word is null)
            {
                return false;
            }

            at += word.Length;
        }

        return true;
    }

    /// <summary>Words a name never starts with or runs through: levels, quantities, title modifiers and joining verbs.</summary>
    public IReadOnlySet<string> NameBreakers { get; }

    /// <summary>
    /// The clause words of two characters or more (stop-words.tsv, <c>clause-word</c>: 加盟, 险胜, 辞去): verbs and
    /// headline words that stand between names and never inside one, so that a name holding one reads a clause.
    /// </summary>
    public IReadOnlyList<string> ClauseWords { get; }

    /// <summary>
    /// One-character short forms of places and the full names each stands for, in the list's order (<c>澳</c>: 澳门,
    /// 澳大利亚); a character with one full name is unambiguous.
    /// </summary>
    public IReadOnlyDictionary<char, IReadOnlyList<(string Name, string Class)>> PlaceShortForms { get; }

    /// <summary>
    /// Short names of well-known organisations (<c>央行</c>) → their full name and type (中国人民银行, government); a company
    /// that goes by the listed name itself (<c>华为</c>) maps to that name.
    /// </summary>
    public IReadOnlyDictionary<string, (string Name, string Type)> OrganizationShortForms { get; }

    /// <summary>Brands with a second sense and the words that make them the company (company-senses.tsv).</summary>
    public CompanySenses CompanySenses { get; }

    /// <summary>Short endings after a place and their full endings (中院 → 中级人民法院), longest short ending first.</summary>
    public IReadOnlyList<(string Short, string Full)> OrganizationShortEndings { get; }

    /// <summary>Whether <paramref name="name"/> is the full name of a listed short name (中国银行 of 中行).</summary>
    public bool IsListedOrganization(string name) => listedOrganizations.Contains(name);

    /// <summary>The length of the longest organisation short name, to bound lookups.</summary>
    public int LongestOrganizationShortForm { get; }

    /// <summary>Looks <paramref name="text"/> up among the organisation short names without allocating a string.</summary>
    public bool TryGetOrganizationShortForm(ReadOnlySpan<char> text, out (string Name, string Type) form) =>
        organizationShortFormLookup.TryGetValue(text, out form);

    /// <summary>Characters before a one-character place that make it a short form (在京, 访华, 驻港).</summary>
    public IReadOnlySet<char> ShortFormCuesBefore { get; }

    /// <summary>Words that, one or two characters after a one-character place, make it part of a route's name (沪昆高速).</summary>
    public IReadOnlyList<string> RouteWords { get; }

    /// <summary>Lakes, mountains and sites whose name a district took (西湖 of 西湖区; news-places.tsv, landmark).</summary>
    public IReadOnlySet<string> Landmarks { get; }

    /// <summary>Characters after a one-character place that make it a short form (中方, 港商, 美籍).</summary>
    public IReadOnlySet<char> ShortFormCuesAfter { get; }

    /// <summary>
    /// The dot between the parts of a transliterated name, as printed: the middle dot <c>·</c> and the look-alikes web
    /// text uses for it (<c>•</c>, <c>・</c>, <c>‧</c>, <c>∙</c>, <c>･</c>).
    /// </summary>
    public static bool IsNameDot(char c) => NameDots.Contains(c);

    /// <summary>Every name dot of <see cref="IsNameDot"/>, for span searches.</summary>
    public static SearchValues<char> NameDots { get; } = SearchValues.Create("·•・‧∙･");

    /// <summary>A person's name with every look-alike name dot written as <c>·</c>, so 汤姆•克兰西 and 汤姆·克兰西 are one person.</summary>
    public static string NormalizeNameDots(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.AsSpan().IndexOfAny(LookAlikeNameDots) < 0)
        {
            return name;
        }

        return string.Create(name.Length, name, static (span, source) =>
        {
            source.AsSpan().CopyTo(span);
            span.ReplaceAny(LookAlikeNameDots, '·');
        });
    }

    public string? OrganizationSuffixOf(string name) =>
        OrganizationSuffixes.FirstOrDefault(s => name.Length > s.Length && name.EndsWith(s, StringComparison.Ordinal));

    public string? PlaceSuffixOf(string name) =>
        PlaceSuffixes.FirstOrDefault(s => name.Length > s.Length && name.EndsWith(s, StringComparison.Ordinal));

    private static Dictionary<char, IReadOnlyList<(string Name, string Class)>> ReadShortForms(Lexicon list)
    {
        var forms = new Dictionary<char, List<(string Name, string Class)>>();
        foreach (var entry in list.Entries)
        {
            if (entry.Class == "route")
            {
                continue;
            }

            if (entry.Word.Length != 1)
            {
                throw new DataFormatException(list.Source, entry.Line, $"a short form or a cue is one character: '{entry.Word}'");
            }

            if (entry.Class is "cue-before" or "cue-after")
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(entry.Note))
            {
                throw new DataFormatException(list.Source, entry.Line, $"'{entry.Word}' needs the full name it stands for in the third column");
            }

            var names = forms.TryGetValue(entry.Word[0], out var known) ? known : forms[entry.Word[0]] = [];
            foreach (var name in entry.Note.Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!names.Exists(n => n.Name == name))
                {
                    names.Add((name, entry.Class!));
                }
            }
        }

        return forms.ToDictionary(f => f.Key, f => (IReadOnlyList<(string Name, string Class)>)f.Value);
    }

    private static List<(string Short, string Full)> ReadShortEndings(Lexicon list)
    {
        var endings = new List<(string Short, string Full)>();
        foreach (var entry in list.Entries)
        {
            if (string.IsNullOrWhiteSpace(entry.Note) || entry.Note.Trim().Length <= entry.Word.Length)
            {
                throw new DataFormatException(list.Source, entry.Line, $"'{entry.Word}' needs the longer full ending it stands for in the third column");
            }

            if (endings.Any(e => e.Short == entry.Word))
            {
                throw new DataFormatException(list.Source, entry.Line, $"'{entry.Word}' is listed twice");
            }

            endings.Add((entry.Word, entry.Note.Trim()));
        }

        return [.. endings.OrderByDescending(e => e.Short.Length).ThenBy(e => e.Short, StringComparer.Ordinal)];
    }

    private static Dictionary<string, (string Name, string Type)> ReadOrganizationShortForms(Lexicon list)
    {
        var forms = new Dictionary<string, (string Name, string Type)>(StringComparer.Ordinal);
        foreach (var entry in list.Entries)
        {
            // No note: the company or medium goes by the listed name itself (华为, 腾讯, 路透社, 人民网), whose node keeps it.
            var name = string.IsNullOrWhiteSpace(entry.Note) ? entry.Word : entry.Note.Trim();
            if (name != entry.Word && name.Length <= entry.Word.Length)
            {
                throw new DataFormatException(list.Source, entry.Line, $"'{entry.Word}' needs the longer full name it stands for in the third column, or none");
            }

            if (name == entry.Word && entry.Class is not ("company" or "media"))
            {
                throw new DataFormatException(list.Source, entry.Line, $"'{entry.Word}' needs the longer full name it stands for in the third column (only a company or a medium may go by the listed name)");
            }

            if (!forms.TryAdd(entry.Word, (name, entry.Class!)))
            {
                throw new DataFormatException(list.Source, entry.Line, $"'{entry.Word}' is listed twice");
            }
        }

        return forms;
    }

    private static string[] Longest(string[] items) =>
        items.Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToArray();
}
