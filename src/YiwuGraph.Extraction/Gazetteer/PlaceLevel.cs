namespace YiwuGraph.Extraction.Gazetteer;

/// <summary>Fine type of a place mention (the seed annotations' <c>level</c>).</summary>
public enum PlaceLevel
{
    Other = 0,
    Country,
    Province,
    City,
    County,
    Town,
    Street,
    Village,
    Venue,
    Foreign,
}

/// <summary>Lower-case names used in output (country, province, …).</summary>
public static class PlaceLevelNames
{
    public static string ToName(this PlaceLevel level) => level switch
    {
        PlaceLevel.Country => "country",
        PlaceLevel.Province => "province",
        PlaceLevel.City => "city",
        PlaceLevel.County => "county",
        PlaceLevel.Town => "town",
        PlaceLevel.Street => "street",
        PlaceLevel.Village => "village",
        PlaceLevel.Venue => "venue",
        PlaceLevel.Foreign => "foreign",
        _ => "other",
    };

    public static bool TryParse(string name, out PlaceLevel level)
    {
        foreach (var candidate in Enum.GetValues<PlaceLevel>())
        {
            if (candidate.ToName() == name)
            {
                level = candidate;
                return true;
            }
        }

        level = PlaceLevel.Other;
        return false;
    }
}
