using YiwuGraph.Extraction.Gazetteer;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// What the place gazetteer tells the fact extractors: the full name of a bare administrative name
/// (<c>金华</c> → <c>金华市</c>, preferring places under the home city's province) and whether one place is the
/// parent division of another. Only provinces, cities and counties are looked up by bare name, the levels whose
/// short forms are customary in the news.
/// </summary>
public sealed class PlaceDirectory
{
    private readonly PlaceGazetteer gazetteer;
    private readonly string? nearId;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> fullNames = new(StringComparer.Ordinal);

    public PlaceDirectory(PlaceGazetteer gazetteer, HomeContext home)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(home);
        this.gazetteer = gazetteer;
        var province = home.Province is null ? null : gazetteer.Find(home.Province).FirstOrDefault(p => p.Level == PlaceLevel.Province);
        nearId = province?.Id;
    }

    /// <summary>True when the gazetteer has any place printed as <paramref name="surface"/> (a cheap first test).</summary>
    public bool HasName(string surface) => gazetteer.Names.ContainsKey(surface);

    /// <summary>The full name of a province, city or county named <paramref name="surface"/>, or null.</summary>
    public string? FullName(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        // Looked up for most words of every article; the answer never changes, so it is kept (thread-safe).
        return fullNames.GetOrAdd(surface, s => Best(s)?.Name);
    }

    /// <summary>
    /// True when <paramref name="surface"/> is known only as a county-level place: such short names (<c>安宁</c>,
    /// <c>永康</c>) are often ordinary words too, so they count as places only where the text treats them as one.
    /// </summary>
    public bool IsCountyOnly(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        return Best(surface) is { Level: PlaceLevel.County };
    }

    /// <summary>
    /// True when a place printed <paramref name="name"/>, as it is or as a town's bare name (西塘 for 西塘镇, 乌镇 for
    /// 乌镇镇), lies under the province or city that <paramref name="parentSurface"/> names (嘉兴, 山东). Bare county
    /// names are left out: after a city they are as often a lake, a brand or a flower (杭州西湖, 菏泽牡丹, 云南红塔).
    /// </summary>
    public bool IsWithin(string name, string parentSurface)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(parentSurface);
        if (Best(parentSurface) is not { } parent)
        {
            return false;
        }

        foreach (var candidate in (string[])[name, name + "镇", name + "乡"])
        {
            foreach (var place in gazetteer.Find(candidate))
            {
                if (place.Id != parent.Id && gazetteer.IsUnder(place, parent.Id))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when some place printed <paramref name="child"/> (or, for a town's bare name, with 镇 or 乡) lies under some
    /// place printed <paramref name="parent"/>, at any level, foreign places included: what two place names printed
    /// side by side (<c>江西省余干县</c>, <c>摩洛哥卡萨布兰卡</c>) need to read as one address, where the text itself
    /// already says which of the places of a name is meant.
    /// </summary>
    public bool IsPrintedWithin(string child, string parent)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(parent);
        var parents = gazetteer.Find(parent);
        if (parents.Count == 0)
        {
            return false;
        }

        foreach (var candidate in (string[])[child, child + "镇", child + "乡"])
        {
            foreach (var place in gazetteer.Find(candidate))
            {
                foreach (var p in parents)
                {
                    if (place.Id != p.Id && gazetteer.IsUnder(place, p.Id))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>True when the gazetteer lists <paramref name="parent"/> as the division directly above <paramref name="child"/>.</summary>
    public bool IsDirectParent(string child, string parent)
    {
        var c = Best(child);
        if (c is null)
        {
            return false;
        }

        var p = gazetteer.Parent(c);
        return p is not null && p.Name == parent;
    }

    private GazetteerPlace? Best(string name) =>
        gazetteer.Find(name, nearId).FirstOrDefault(p => p.Level is PlaceLevel.Province or PlaceLevel.City or PlaceLevel.County);
}
