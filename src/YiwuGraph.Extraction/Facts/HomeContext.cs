namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// The paper's home city and province, so that <c>我市</c>, a bare <c>市</c> before an office (<c>市经信局</c>,
/// <c>市长</c>) and <c>省</c> (<c>省委</c>) can be read as the places they stand for. Decided per paper from the
/// evidence that identifies it (<see cref="HomeInference"/>) or set explicitly.
/// </summary>
public sealed class HomeContext
{
    /// <summary>Words that always mean the home city.</summary>
    public static IReadOnlyList<string> HomeCityReferences { get; } = ["我市", "本市"];

    public HomeContext(string? city, string? province)
    {
        City = city;
        Province = province;
    }

    public static HomeContext None { get; } = new(null, null);

    /// <summary>The home city's full name (<c>义乌市</c>), or null when unknown.</summary>
    public string? City { get; }

    /// <summary>The home province's full name (<c>浙江省</c>), or null when unknown.</summary>
    public string? Province { get; }

    /// <summary>
    /// The home of pages that all belong to one paper, decided as <see cref="HomeInference"/> decides it (a
    /// masthead, or the city most local pages name most; the province from the gazetteer).
    /// </summary>
    public static HomeContext Infer(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var inference = new HomeInference(Gazetteer.PlaceGazetteer.Default);
        foreach (var text in texts)
        {
            inference.Observe(string.Empty, text);
        }

        return inference.Decide() is [var only] ? only.Home : None;
    }

    /// <summary>
    /// The home context of a named city or county (<c>义乌市</c> or <c>义乌</c>): the place's full name and the
    /// province above it, from the gazetteer. Null, with the reason in <paramref name="problem"/>, when the gazetteer
    /// has no such city or county or has several in different provinces.
    /// </summary>
    public static HomeContext? ForPlace(string name, Gazetteer.PlaceGazetteer gazetteer, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var candidates = gazetteer.Find(name.Trim())
            .Where(p => p.Level is Gazetteer.PlaceLevel.City or Gazetteer.PlaceLevel.County)
            .Select(p => (Place: p, Province: ProvinceOf(p, gazetteer)))
            .DistinctBy(c => (c.Place.Name, c.Province))
            .ToList();
        if (candidates.Count == 0)
        {
            problem = $"unknown place '{name}': not a city or county in the gazetteer";
            return null;
        }

        if (candidates.Count > 1)
        {
            problem = $"ambiguous place '{name}': " + string.Join(", ", candidates.Select(c => $"{c.Place.Name} ({c.Province ?? "?"})"));
            return null;
        }

        problem = null;
        return new HomeContext(candidates[0].Place.Name, candidates[0].Province);
    }

    private static string? ProvinceOf(Gazetteer.GazetteerPlace place, Gazetteer.PlaceGazetteer gazetteer)
    {
        for (var p = place; p is not null; p = gazetteer.Parent(p))
        {
            if (p.Level == Gazetteer.PlaceLevel.Province)
            {
                return p.Name;
            }
        }

        return null;
    }

    /// <summary><c>浙江</c> → <c>浙江省</c>; municipalities keep <c>市</c>; regions keep their own ending.</summary>
    public static string CanonicalProvince(string bare) => bare switch
    {
        "北京" or "天津" or "上海" or "重庆" => bare + "市",
        "内蒙古" or "广西" or "西藏" or "宁夏" or "新疆" => bare + "自治区",
        "香港" or "澳门" => bare + "特别行政区",
        _ => bare + "省",
    };

    /// <summary>The place a home reference stands for: <c>我市</c>/<c>本市</c>/<c>市</c> → the city, <c>省</c>/<c>全省</c> → the province.</summary>
    public string? Resolve(string reference) => reference switch
    {
        "我市" or "本市" or "市" or "全市" => City,
        "我省" or "本省" or "省" or "全省" => Province,
        _ => null,
    };

    /// <summary>
    /// Whether <paramref name="surface"/> refers to the paper's own place (<c>我市</c>, <c>本省</c>, <c>我区</c>: 我 or 本
    /// before a level) and this home cannot say which place that is: a node named <c>我市</c> tells a reader nothing.
    /// </summary>
    public bool CannotResolve(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        return surface.Length == 2 && surface[0] is '我' or '本' && surface[1] is '市' or '省' or '县' or '区' && Resolve(surface) is null;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is printed with a bare level (<c>市委</c>, <c>省教育厅</c>) that this home cannot
    /// expand, because the city or the province it refers to is unknown.
    /// </summary>
    public bool CannotExpand(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length >= 2
            && ((name[0] == '市' && City is null && name[1] is not ('场' or '民' or '区' or '域' or '县'))
                || (name[0] == '省' && Province is null && name[1] is not ('市' or '内')));
    }

    /// <summary>
    /// The full name of an organisation printed with a bare level (<c>市经信局</c> → <c>义乌市经信局</c>,
    /// <c>省委</c> → <c>浙江省委</c>); null when the name has no bare level or the home is unknown.
    /// </summary>
    public string? Expand(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length < 2)
        {
            return null;
        }

        if (name[0] == '市' && City is not null && name[1] is not ('场' or '民' or '区' or '域' or '县'))
        {
            return City + name[1..];
        }

        if (name[0] == '省' && Province is not null && name[1] is not ('市' or '内'))
        {
            return Province + name[1..];
        }

        return null;
    }
}
