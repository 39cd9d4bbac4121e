using System.IO.Compression;
using System.Reflection;
using System.Text;
using YiwuGraph.Core;

namespace YiwuGraph.Extraction.Gazetteer;

/// <summary>
/// China's administrative divisions (province → city → county → town/street, plus the villages of the
/// provinces the converter kept; Taiwan's, Hong Kong's and Macau's down to districts and townships, as a second
/// edition) and foreign countries and cities, with parents. Loaded once from the
/// embedded <c>places.tsv.br</c> (or an explicit stream), immutable and thread-safe afterwards.
/// Names are looked up by full name, by short form (浙江省 → 浙江, 义乌市 → 义乌) and by a place's own short name (沙田).
/// </summary>
public sealed class PlaceGazetteer
{
    public const string ResourceName = "YiwuGraph.Extraction.Resources.places.tsv.br";

    private static readonly Lazy<PlaceGazetteer> DefaultInstance = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] ShortenableSuffixes =
    [
        "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市", "县", "地区", "盟",
    ];

    private readonly Dictionary<string, GazetteerPlace> byId;
    private readonly Dictionary<string, GazetteerPlace[]> byName;

    private PlaceGazetteer(List<GazetteerPlace> places)
    {
        Places = places;
        byId = new Dictionary<string, GazetteerPlace>(StringComparer.Ordinal);
        var names = new Dictionary<string, List<GazetteerPlace>>(StringComparer.Ordinal);
        foreach (var place in places)
        {
            byId.TryAdd(place.Id, place);
            foreach (var name in NamesOf(place))
            {
                if (!names.TryGetValue(name, out var list))
                {
                    list = [];
                    names.Add(name, list);
                }

                list.Add(place);
            }
        }

        // Long cores of county-level names (霍尔果斯市 → 霍尔果斯) are unambiguous enough to look up too.
        foreach (var place in places)
        {
            if (place.Level == PlaceLevel.County && place.Name.Length >= 4 && (place.Name.EndsWith('市') || place.Name.EndsWith('县')))
            {
                var core = place.Name[..^1];
                if (!names.TryGetValue(core, out var list))
                {
                    list = [];
                    names.Add(core, list);
                }

                if (!list.Contains(place))
                {
                    list.Add(place);
                }
            }
        }

        // Higher levels first, so 吉林 means the province before the city of the same name.
        byName = names.ToDictionary(p => p.Key, p => p.Value.OrderBy(LevelRank).ThenBy(x => x.Id, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<GazetteerPlace> Places { get; }

    public static PlaceGazetteer Default => DefaultInstance.Value;

    /// <summary>Every name and short form with the places it may denote, best first.</summary>
    public IReadOnlyDictionary<string, GazetteerPlace[]> Names => byName;

    public GazetteerPlace? FindById(string id) => byId.GetValueOrDefault(id);

    public GazetteerPlace? Parent(GazetteerPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return place.ParentId is null ? null : FindById(place.ParentId);
    }

    /// <summary>Places named <paramref name="name"/>, best first; <paramref name="near"/> (an id) prefers places under it.</summary>
    public IReadOnlyList<GazetteerPlace> Find(string name, string? near = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!byName.TryGetValue(name, out var places))
        {
            return [];
        }

        if (near is null || places.Length == 1)
        {
            return places;
        }

        return places.OrderBy(p => IsUnder(p, near) ? 0 : 1).ToArray();
    }

    public bool IsUnder(GazetteerPlace place, string ancestorId)
    {
        ArgumentNullException.ThrowIfNull(place);
        for (var p = place; p is not null; p = Parent(p))
        {
            if (p.Id == ancestorId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads the TSV lines <c>id, parentId (or empty), level, name</c>, Brotli-compressed; a place of a later edition
    /// adds its edition, and then its short name if it has one (the places of the first edition keep their four fields,
    /// so their lines are what they were before editions existed).
    /// </summary>
    public static PlaceGazetteer Load(Stream stream, string sourceName = "place gazetteer")
    {
        ArgumentNullException.ThrowIfNull(stream);
        var places = new List<GazetteerPlace>();
        try
        {
            using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new StreamReader(brotli, Encoding.UTF8);
            string? line;
            var number = 0;
            while ((line = reader.ReadLine()) is not null)
            {
                number++;
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var fields = line.Split('\t');
                var edition = GazetteerPlace.FirstEdition;
                if (fields.Length is < 4 or > 6 || fields[0].Length == 0 || fields[3].Length == 0 || !PlaceLevelNames.TryParse(fields[2], out var level)
                    || (fields.Length > 4 && (!int.TryParse(fields[4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out edition) || edition < GazetteerPlace.FirstEdition))
                    || (fields.Length > 5 && fields[5].Length == 0))
                {
                    throw new DataFormatException(sourceName, number, $"expected 'id<TAB>parent<TAB>level<TAB>name[<TAB>edition[<TAB>short name]]', got '{line}'");
                }

                places.Add(new GazetteerPlace(fields[0], fields[3], level, fields[1].Length == 0 ? null : fields[1], edition, fields.Length > 5 ? fields[5] : null));
            }
        }
        catch (InvalidDataException ex)
        {
            throw new ResourceLoadException(sourceName, "corrupt compressed data: " + ex.Message, ex);
        }

        return new PlaceGazetteer(places);
    }

    /// <summary>Writes the format <see cref="Load"/> reads (used by the converter tool).</summary>
    public static void Save(IEnumerable<GazetteerPlace> places, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(stream);
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(brotli, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var place in places)
        {
            var line = $"{place.Id}\t{place.ParentId}\t{place.Level.ToName()}\t{place.Name}";
            if (place.Edition != GazetteerPlace.FirstEdition || place.ShortName is not null)
            {
                line += string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\t{place.Edition}") + (place.ShortName is null ? "" : "\t" + place.ShortName);
            }

            writer.WriteLine(line);
        }
    }

    /// <summary>The full name plus its short form where one is customary, and the short name the place was given.</summary>
    public static IEnumerable<string> NamesOf(GazetteerPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        yield return place.Name;
        if (place.ShortName is not null)
        {
            yield return place.ShortName;
        }

        if (place.Level is PlaceLevel.Province or PlaceLevel.City or PlaceLevel.County)
        {
            foreach (var suffix in ShortenableSuffixes)
            {
                if (place.Name.Length - suffix.Length >= 2 && place.Name.EndsWith(suffix, StringComparison.Ordinal))
                {
                    var core = place.Name[..^suffix.Length];
                    // 内蒙古自治区 → 内蒙古; 新疆维吾尔自治区 → 新疆; counties keep only 2-char cores (义乌, 东阳).
                    if (place.Level == PlaceLevel.County && core.Length != 2)
                    {
                        break;
                    }

                    if (core != place.ShortName)
                    {
                        yield return core;
                    }

                    break;
                }
            }
        }
    }

    private static int LevelRank(GazetteerPlace place) => place.Level switch
    {
        PlaceLevel.Country => 0,
        PlaceLevel.Province => 1,
        PlaceLevel.City => 2,
        PlaceLevel.Foreign => 3,
        PlaceLevel.County => 4,
        PlaceLevel.Town or PlaceLevel.Street => 5,
        _ => 6,
    };

    private static PlaceGazetteer LoadEmbedded()
    {
        var assembly = typeof(PlaceGazetteer).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ResourceLoadException(ResourceName, "embedded resource missing from " + assembly.GetName().Name);
        return Load(stream, ResourceName);
    }
}
