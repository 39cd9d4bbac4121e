using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Places outside China that the Chinese news names without a suffix: countries (short and full forms), world
/// regions and large foreign cities. The administrative gazetteer covers only China, so without this list
/// <c>阿根廷</c> or <c>迪拜</c> would be invisible. A reference list, like the gazetteer, not a list of page strings.
/// </summary>
public static class WorldPlaces
{
    /// <summary>
    /// Countries as the news prints them: the gazetteer's countries (tools/GazetteerConverter/foreign-places.tsv)
    /// plus short forms and countries that file does not hold.
    /// </summary>
    public static IReadOnlySet<string> Countries { get; } = new HashSet<string>(
        ForeignNames(PlaceLevel.Country).Concat(LexiconSet.Default.WorldPlaces.WordsOf("country")),
        StringComparer.Ordinal);

    /// <summary>World regions and continents (level other).</summary>
    public static IReadOnlySet<string> Regions { get; } = new HashSet<string>(LexiconSet.Default.WorldPlaces.WordsOf("region"), StringComparer.Ordinal);

    /// <summary>Large foreign cities (level foreign): the gazetteer's, plus capitals it does not hold.</summary>
    public static IReadOnlySet<string> Cities { get; } = new HashSet<string>(
        ForeignNames(PlaceLevel.Foreign).Concat(LexiconSet.Default.WorldPlaces.WordsOf("city")),
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountryLookup =
        ((HashSet<string>)Countries).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Length of the longest country name, to bound prefix lookups.</summary>
    public static int LongestCountry { get; } = Countries.Max(c => c.Length);

    /// <summary>True when <paramref name="name"/> is a country, without allocating a string.</summary>
    public static bool IsCountry(ReadOnlySpan<char> name) => CountryLookup.Contains(name);

    private static readonly Dictionary<string, string> FineTypes = Regions.Select(r => (r, "region"))
        .Concat(Cities.Select(c => (c, "foreign"))).Concat(Countries.Select(c => (c, "country")))
        .GroupBy(x => x.Item1).ToDictionary(g => g.Key, g => g.Last().Item2, StringComparer.Ordinal);

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> FineTypeLookup = FineTypes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>First characters of all the names, so most words are ruled out with one lookup.</summary>
    public static IReadOnlySet<char> FirstChars { get; } = FineTypes.Keys.Select(k => k[0]).ToHashSet();

    /// <summary>The fine type of <paramref name="name"/> without allocating a string, or null.</summary>
    public static string? FineTypeOf(ReadOnlySpan<char> name) =>
        name.Length > 0 && FirstChars.Contains(name[0]) && FineTypeLookup.TryGetValue(name, out var fine) ? fine : null;

    private static IEnumerable<string> ForeignNames(PlaceLevel level) =>
        PlaceGazetteer.Default.Places.Where(p => p.Level == level && p.Id.StartsWith('F')).Select(p => p.Name);

    /// <summary>The fine type a bare foreign name carries (<c>country</c>, <c>foreign</c>, <c>region</c>), or null.</summary>
    public static string? FineTypeOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return FineTypeOf(name.AsSpan());
    }
}
