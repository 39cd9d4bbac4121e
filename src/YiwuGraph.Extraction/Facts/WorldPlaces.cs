using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Places outside China that the Chinese news names without a suffix: countries (short and full forms), world
/// regions, the first-level divisions of foreign countries (states, provinces, prefectures) and large foreign cities. The administrative gazetteer covers only China, so without this list
/// <c>阿根廷</c> or <c>迪拜</c> would be invisible. A reference list, like the gazetteer, not a list of page strings.
/// </summary>
public sealed class WorldPlaces
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> countryLookup;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> fineTypeLookup;

    public WorldPlaces(LexiconSet lexicons, PlaceGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var countries = new HashSet<string>(ForeignNames(gazetteer, PlaceLevel.Country).Concat(lexicons.WorldPlaces.WordsOf("country")), StringComparer.Ordinal);
        Countries = countries;
        Regions = new HashSet<string>(lexicons.WorldPlaces.WordsOf("region"), StringComparer.Ordinal);
        Cities = new HashSet<string>(ForeignNames(gazetteer, PlaceLevel.Foreign).Concat(lexicons.WorldPlaces.WordsOf("city")), StringComparer.Ordinal);
        States = new HashSet<string>(lexicons.WorldPlaces.WordsOf("state"), StringComparer.Ordinal);
        DivisionEndings = new HashSet<string>(lexicons.WorldPlaces.WordsOf("division-ending"), StringComparer.Ordinal);
        countryLookup = countries.GetAlternateLookup<ReadOnlySpan<char>>();
        LongestCountry = Countries.Max(c => c.Length);
        var fineTypes = Regions.Select(r => (r, "region"))
            .Concat(States.Select(s => (s, "foreign"))).Concat(Cities.Select(c => (c, "foreign"))).Concat(Countries.Select(c => (c, "country")))
            .GroupBy(x => x.Item1).ToDictionary(g => g.Key, g => g.Last().Item2, StringComparer.Ordinal);
        fineTypeLookup = fineTypes.GetAlternateLookup<ReadOnlySpan<char>>();
        FirstChars = fineTypes.Keys.Select(k => k[0]).ToHashSet();
    }

    /// <summary>
    /// Countries as the news prints them: the gazetteer's countries (tools/GazetteerConverter/foreign-places.tsv)
    /// plus short forms and countries that file does not hold.
    /// </summary>
    public IReadOnlySet<string> Countries { get; }

    /// <summary>World regions and continents (level other).</summary>
    public IReadOnlySet<string> Regions { get; }

    /// <summary>Large foreign cities (level foreign): the gazetteer's, plus capitals it does not hold.</summary>
    public IReadOnlySet<string> Cities { get; }

    /// <summary>
    /// First-level divisions of foreign countries (<c>加州</c>, <c>安大略省</c>, <c>北方邦</c>, <c>兵库县</c>). They carry the
    /// fine type <c>foreign</c>, as cities do: the graph's place levels have nothing between a country and a city
    /// outside China, and a state's ending (县, 省, 州) must not rank it in the Chinese chain (RelationExtractor.Level),
    /// where <c>兵库县|神户市</c> would make a Japanese city part of a county. No parent country is kept: the list has
    /// no such column; <c>美国加州</c> gets its PART_OF from the country printed before it, as <c>巴西圣保罗</c> does.
    /// </summary>
    public IReadOnlySet<string> States { get; }

    /// <summary>
    /// Endings that, printed as their own word right after a foreign city or state, name a division with it
    /// (<c>克拉斯诺亚尔斯克|边疆区</c>, <c>车里雅宾斯克|州</c>): the place is the whole name, not the city and a bare ending.
    /// </summary>
    public IReadOnlySet<string> DivisionEndings { get; }

    /// <summary>Length of the longest country name, to bound prefix lookups.</summary>
    public int LongestCountry { get; }

    /// <summary>True when <paramref name="name"/> is a country, without allocating a string.</summary>
    public bool IsCountry(ReadOnlySpan<char> name) => countryLookup.Contains(name);

    /// <summary>
    /// The length of the longest country name <paramref name="text"/> opens with, at most <paramref name="maxLength"/>
    /// characters (<c>美国财政部</c>: 2; <c>越南胡志明市</c>: 2), or 0 when it opens with none.
    /// </summary>
    public int CountryPrefixLength(ReadOnlySpan<char> text, int maxLength)
    {
        for (var length = Math.Min(Math.Min(LongestCountry, maxLength), text.Length); length >= 2; length--)
        {
            if (countryLookup.Contains(text[..length]))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>First characters of all the names, so most words are ruled out with one lookup.</summary>
    public IReadOnlySet<char> FirstChars { get; }

    /// <summary>The fine type of <paramref name="name"/> without allocating a string, or null.</summary>
    public string? FineTypeOf(ReadOnlySpan<char> name) =>
        name.Length > 0 && FirstChars.Contains(name[0]) && fineTypeLookup.TryGetValue(name, out var fine) ? fine : null;

    private static IEnumerable<string> ForeignNames(PlaceGazetteer gazetteer, PlaceLevel level) =>
        gazetteer.Places.Where(p => p.Level == level && p.Id.StartsWith('F')).Select(p => p.Name);

    /// <summary>The fine type a bare foreign name carries (<c>country</c>, <c>foreign</c>, <c>region</c>), or null.</summary>
    public string? FineTypeOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return FineTypeOf(name.AsSpan());
    }
}
