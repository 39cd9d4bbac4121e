using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Ner.News;

/// <summary>
/// Fine type of an organisation name from its wording (government, party, company, …), by the endings of
/// organization-types.tsv, tried in the order of its classes; a unit named after its body (<c>招商银行现金管理部</c>,
/// <see cref="OrganizationUnits"/>) takes the body's type. A sports team is one by its ending (<c>中国女排</c>,
/// <c>国家队</c>), by a place's name before 队 (<c>巴西队</c>, <c>深圳队</c>) or as a club of sports-clubs.tsv
/// (<c>曼联</c>, <c>阿贾克斯队</c>). Immutable.
/// </summary>
public sealed class OrganizationTypes
{
    public const string Government = "government";
    public const string Party = "party";
    public const string Company = "company";
    public const string Association = "association";
    public const string School = "school";
    public const string Media = "media";
    public const string Team = "team";
    public const string Other = "other";

    /// <summary>The word a team's name ends in after its place or club (<c>巴西队</c>, <c>阿贾克斯队</c>).</summary>
    private const string TeamWord = "队";

    private readonly string[] governmentInside;
    private readonly string[] governmentEndingsFirst;
    private readonly string[] mediaEndings;
    private readonly string[] teamEndings;
    private readonly string[] schoolEndings;
    private readonly string[] associationEndings;
    private readonly string[] companyEndings;
    private readonly string[] partyPrefixes;
    private readonly string[] partyEndings;
    private readonly string[] governmentEndings;
    private readonly OrganizationUnits units;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> listed;
    private readonly PlaceGazetteer places;
    private readonly HashSet<string> bareBodies;

    public OrganizationTypes(LexiconSet lexicons)
        : this(lexicons, OrganizationUnits.Of(lexicons ?? throw new ArgumentNullException(nameof(lexicons))))
    {
    }

    /// <summary>
    /// The types of <paramref name="lexicons"/>, telling units from their bodies with <paramref name="units"/> (read
    /// from the same lists) and a team by its place with <paramref name="places"/> (the shipped gazetteer when null).
    /// </summary>
    public OrganizationTypes(LexiconSet lexicons, OrganizationUnits units, PlaceGazetteer? places = null)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(units);
        this.places = places ?? PlaceGazetteer.Default;
        var types = lexicons.OrganizationTypes;
        governmentInside = [.. types.WordsOf("government-inside")];
        governmentEndingsFirst = [.. types.WordsOf("government-ending-first")];
        mediaEndings = [.. types.WordsOf("media")];
        teamEndings = [.. types.WordsOf("team")];
        schoolEndings = [.. types.WordsOf("school")];
        associationEndings = [.. types.WordsOf("association")];
        companyEndings = [.. types.WordsOf("company")];
        partyPrefixes = [.. types.WordsOf("party-prefix")];
        partyEndings = [.. types.WordsOf("party")];
        governmentEndings = [.. types.WordsOf("government")];
        bareBodies = new HashSet<string>(lexicons.OrganizationEndings.WordsOf("bare-body"), StringComparer.Ordinal);
        this.units = units;
        // The organisations of organization-short-forms.tsv, by short and full name, have the list's type when their
        // wording gives none: 华为 and 微软 have no ending to read it from.
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in lexicons.OrganizationShortForms.Entries)
        {
            if (entry.Class is { } type)
            {
                byName.TryAdd(entry.Word, type);
                if (!string.IsNullOrWhiteSpace(entry.Note))
                {
                    byName.TryAdd(entry.Note.Trim(), type);
                }
            }
        }

        // The brands of company-senses.tsv are read as organisations only where they are the company (苹果发布), and
        // so are a car maker's group and its brand (一汽丰田).
        var senses = CompanySenses.Of(lexicons);
        foreach (var (brand, name) in senses.Brands)
        {
            byName.TryAdd(brand, "company");
            byName.TryAdd(name, "company");
            foreach (var group in senses.Groups)
            {
                byName.TryAdd(group + brand, "company");
            }
        }

        // The clubs and nicknames of sports-clubs.tsv are teams (曼联, 国米, 枪手): an organisation so named is the club.
        foreach (var club in SportsClubs.Of(lexicons).Names)
        {
            byName.TryAdd(club, Team);
        }

        listed = byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The types of the embedded list.</summary>
    public static OrganizationTypes Default => Of(LexiconSet.Default);

    /// <summary>
    /// The types of <paramref name="lexicons"/> with the shipped gazetteer, built once per set: the rules, the graph
    /// writer and the report sources read the same instance.
    /// </summary>
    public static OrganizationTypes Of(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        return lexicons.Shared(static set => new OrganizationTypes(set, OrganizationUnits.Of(set)));
    }

    /// <summary>
    /// Whether <paramref name="name"/> is only a body or site every country, place or organisation has (<c>工会</c>,
    /// <c>议会</c>, <c>博物馆</c>; organization-endings.tsv, bare-body): a node so named is of its article alone.
    /// </summary>
    public bool IsBareBody(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return bareBodies.Contains(name);
    }

    public string Classify(ReadOnlySpan<char> name)
    {
        var type = ClassifyByWording(name);
        return type == Other && listed.TryGetValue(name, out var listedType) ? listedType : type;
    }

    private string ClassifyByWording(ReadOnlySpan<char> name)
    {
        // Order matters: 人民银行 is government before 银行 is company; 党校 is a school; 报社 media.
        if (TextSpans.ContainsAny(name, governmentInside) || TextSpans.EndsWithAny(name, governmentEndingsFirst))
        {
            return Government;
        }

        // A bank's 现金管理部 is no ministry, a university's 心理学系 a school's unit: a unit has its body's type, an
        // organ (党委, 工会) its own when its ending gives one.
        var body = units.BodyLength(name, out var organ);
        if (body > 0)
        {
            var own = organ ? ClassifyByEnding(name) : Other;
            return own != Other ? own : Classify(name[..body]);
        }

        return ClassifyByEnding(name);
    }

    private string ClassifyByEnding(ReadOnlySpan<char> name)
    {
        if (TextSpans.EndsWithAny(name, mediaEndings))
        {
            return Media;
        }

        if (TextSpans.EndsWithAny(name, schoolEndings))
        {
            return School;
        }

        if (IsTeam(name))
        {
            return Team;
        }

        if (TextSpans.EndsWithAny(name, associationEndings))
        {
            return Association;
        }

        if (TextSpans.EndsWithAny(name, companyEndings))
        {
            return Company;
        }

        if (TextSpans.EndsWithAny(name, partyEndings) || TextSpans.StartsWithAny(name, partyPrefixes))
        {
            return Party;
        }

        if (TextSpans.EndsWithAny(name, governmentEndings))
        {
            return Government;
        }

        return Other;
    }

    /// <summary>
    /// A team by its ending (<c>中国女排</c>), or a place's or listed club's name before 队 (<c>巴西队</c>, <c>深圳队</c>,
    /// <c>阿贾克斯队</c>); not a unit named after its work (<c>消防队</c>, <c>医疗队</c>), whose words before 队 name no place.
    /// </summary>
    private bool IsTeam(ReadOnlySpan<char> name)
    {
        if (TextSpans.EndsWithAny(name, teamEndings))
        {
            return true;
        }

        if (name.Length < 3 || !name.EndsWith(TeamWord, StringComparison.Ordinal))
        {
            return false;
        }

        var before = name[..^TeamWord.Length];
        return (listed.TryGetValue(before, out var type) && type == Team)
            || places.Find(before.ToString()).Any(p => p.Level is PlaceLevel.Country or PlaceLevel.Province or PlaceLevel.City or PlaceLevel.County or PlaceLevel.Foreign);
    }
}
