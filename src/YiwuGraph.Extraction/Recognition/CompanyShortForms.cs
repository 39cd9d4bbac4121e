using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// The brand an article calls a registered company by: 比亚迪 for 比亚迪股份有限公司, 华为 for 华为技术有限公司, 珊瑚 for
/// 浙江珊瑚服饰有限公司. The brand is what is left of the full name without its legal form (<c>organization-endings.tsv</c>,
/// class legal-form), its industry words (industry, brand-tail), words in brackets and a leading place. Where the
/// article names the company in full, the brand's other sightings (whole jieba words) are the company too: an
/// uncovered one becomes an organisation mention where jieba reads a proper noun in it, and a place read on exactly
/// that span gives way, as does a person where the full name is a 公司 (比亚迪 read as a person).
/// <see cref="EntityResolver"/> names them by the full name.
/// </summary>
public sealed class CompanyShortForms
{
    /// <summary>How sure the full name must be to lend its brand.</summary>
    public const double MinConfidence = 0.7;

    /// <summary>The confidence of a brand sighting: the string is the full name's, the reading is inferred.</summary>
    public const double BrandConfidence = 0.6;

    private const int MinBrandLength = 2;
    private const int MaxBrandLength = 6;

    /// <summary>
    /// A person read on a brand gives way only to a company (公司): a bare 集团 is also a political group named
    /// after a person (达赖集团), whose name stays the person's.
    /// </summary>
    private const string CompanyWord = "公司";

    /// <summary>jieba's tags of proper nouns (person, place, organisation, other, transliterated, Latin, abbreviation).</summary>
    private static readonly HashSet<string> ProperNounTags = new(StringComparer.Ordinal) { "nr", "ns", "nt", "nz", "nrt", "nrfg", "eng", "j" };

    private readonly IReadOnlyList<string> legalForms;
    private readonly IReadOnlyList<string> tails;
    private readonly IReadOnlySet<string> provinces;
    private readonly PlaceGazetteer places;
    private readonly WorldPlaces world;

    public CompanyShortForms(RuleLexicons lexicons, PlaceGazetteer places)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(places);
        var endings = lexicons.Set.OrganizationEndings;
        legalForms = [.. endings.WordsOf("legal-form").OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];
        tails = [.. endings.WordsOf("industry").Concat(endings.WordsOf("brand-tail")).Distinct(StringComparer.Ordinal)
            .OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];
        provinces = lexicons.Names.Provinces.Concat(lexicons.Names.PlaceShortForms.Values.SelectMany(f => f).Select(f => f.Name)).ToHashSet(StringComparer.Ordinal);
        this.places = places;
        world = lexicons.World;
    }

    /// <summary>The brand of a registered company's full name, or null when the name has no legal form or no brand is left.</summary>
    public string? BrandOf(string fullName) => BrandOf(fullName, out _);

    /// <summary>
    /// The brand, and whether it stands right before the legal form (比亚迪股份有限公司) rather than before industry
    /// words or brackets (比亚迪电子（国际）有限公司): of two companies with one brand, that one is the brand's owner.
    /// </summary>
    public string? BrandOf(string fullName, out bool direct)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        direct = false;
        var name = WithoutBrackets(fullName);
        var legal = false;
        while (WithoutEnding(name, legalForms, 1) is { } shorter)
        {
            name = shorter;
            legal = true;
        }

        if (!legal)
        {
            return null;
        }

        var beforeLegalForm = name;
        while (WithoutEnding(name, tails, MinBrandLength) is { } shorter)
        {
            name = shorter;
        }

        direct = name == beforeLegalForm && fullName.IndexOfAny(['（', '(']) < 0;
        name = WithoutLeadingPlace(name);
        return name.Length is >= MinBrandLength and <= MaxBrandLength && name.All(IsBrandChar) && !IsPlace(name)
            && !tails.Contains(name) && !legalForms.Contains(name) ? name : null;
    }

    /// <summary>
    /// <paramref name="mentions"/> (sorted, non-overlapping) with the brands of the article's companies read where
    /// they stand as whole words; sorted by start and never overlapping.
    /// </summary>
    public IReadOnlyList<FactMention> Apply(string text, IReadOnlyList<FactMention> mentions, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(tokens);
        var fulls = mentions.Where(m => m.Kind == EntityKind.Organization && m.Confidence >= MinConfidence).Select(m => m.GetText(text)).ToList();
        var owners = Owners(fulls);
        var brands = owners.Keys.Where(f => !fulls.Contains(f)).OrderByDescending(b => b.Length).ThenBy(b => b, StringComparer.Ordinal).ToList();
        if (brands.Count == 0)
        {
            return mentions;
        }

        var starts = tokens.Select(t => t.Start).ToHashSet();
        var ends = tokens.Select(t => t.End).ToHashSet();
        var result = mentions.ToList();
        var occupied = new int[text.Length];
        occupied.AsSpan().Fill(-1);
        for (var i = 0; i < result.Count; i++)
        {
            occupied.AsSpan(result[i].Range.Start, result[i].Range.Length).Fill(i);
        }

        var added = new List<FactMention>();
        foreach (var brand in brands)
        {
            for (var at = text.IndexOf(brand, StringComparison.Ordinal); at >= 0; at = text.IndexOf(brand, at + 1, StringComparison.Ordinal))
            {
                var range = new TextRange(at, at + brand.Length);
                if (!starts.Contains(range.Start) || !ends.Contains(range.End))
                {
                    continue;
                }

                var covering = occupied.AsSpan(at, brand.Length);
                var brandMention = new FactMention(range, EntityKind.Organization, BrandConfidence, "company");
                if (covering.IndexOfAnyExcept(-1) < 0 && HasProperNoun(tokens, range))
                {
                    covering.Fill(-2);
                    added.Add(brandMention);
                }
                else if (covering[0] >= 0 && covering.IndexOfAnyExcept(covering[0]) < 0 && result[covering[0]].Range == range
                    && GivesWay(result[covering[0]].Kind, owners[brand]))
                {
                    result[covering[0]] = brandMention;
                }
            }
        }

        return added.Count == 0 ? result : [.. result.Concat(added).OrderBy(m => m.Range.Start)];
    }

    /// <summary>
    /// The full name each short form stands for among <paramref name="fullNames"/>. A short form is the full name
    /// without its legal form and brackets, each shorter form on the way to the brand (华为技术 and 华为 for
    /// 华为技术有限公司; 比亚迪电子 for 比亚迪电子（国际）有限公司), and the brand. A form several companies share stands for
    /// the one whose brand stands right before its legal form (比亚迪 for 比亚迪股份有限公司, not 比亚迪电子（国际）有限公司),
    /// or for none.
    /// </summary>
    public IReadOnlyDictionary<string, string> Owners(IEnumerable<string> fullNames)
    {
        ArgumentNullException.ThrowIfNull(fullNames);
        var byForm = new Dictionary<string, List<(string Full, bool Direct)>>(StringComparer.Ordinal);
        foreach (var full in fullNames.Distinct(StringComparer.Ordinal))
        {
            if (BrandOf(full, out var direct) is not { } brand)
            {
                continue;
            }

            foreach (var form in ShortForms(full, brand))
            {
                if (!byForm.TryGetValue(form, out var owners))
                {
                    byForm[form] = owners = [];
                }

                owners.Add((full, direct));
            }
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (form, owners) in byForm)
        {
            var direct = owners.Where(o => o.Direct).ToList();
            if (owners.Count == 1 || direct.Count == 1)
            {
                result[form] = owners.Count == 1 ? owners[0].Full : direct[0].Full;
            }
        }

        return result;
    }

    /// <summary>The forms between a full name and its brand: legal forms, brackets and industry words taken off one by one.</summary>
    private IEnumerable<string> ShortForms(string full, string brand)
    {
        var forms = new List<string> { brand };
        var name = WithoutBrackets(full);
        while ((WithoutEnding(name, legalForms, 1) ?? WithoutEnding(name, tails, 1)) is { } shorter)
        {
            name = shorter;
            if (name.Length > brand.Length && name.Length <= MaxBrandLength + 4 && name != full)
            {
                forms.Add(name);
            }
        }

        return forms.Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether a person or place read on a brand is the company <paramref name="owner"/> instead: a place always, a
    /// person only for a 公司 (<see cref="CompanyWord"/>).
    /// </summary>
    public static bool GivesWay(EntityKind kind, string owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return kind == EntityKind.Place || (kind == EntityKind.Person && owner.EndsWith(CompanyWord, StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether jieba reads a proper noun in the span. A brand that is a common word or phrase (电影 of 北京市电影公司,
    /// 石油, 阳光) labels no other sighting: only a mention a recognizer made of it is the company.
    /// </summary>
    private static bool HasProperNoun(IReadOnlyList<Token> tokens, TextRange range)
    {
        for (var i = Token.FirstEndingAfter(tokens, range.Start); i < tokens.Count && tokens[i].Start < range.End; i++)
        {
            if (tokens[i].Start >= range.Start && tokens[i].End <= range.End && ProperNounTags.Contains(tokens[i].Tag.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <paramref name="name"/> without the first of <paramref name="endings"/> (longest first) that it ends with and
    /// that leaves at least <paramref name="minLeft"/> characters, or null when none does.
    /// </summary>
    private static string? WithoutEnding(string name, IReadOnlyList<string> endings, int minLeft)
    {
        foreach (var ending in endings)
        {
            if (name.Length - ending.Length >= minLeft && name.EndsWith(ending, StringComparison.Ordinal))
            {
                return name[..^ending.Length];
            }
        }

        return null;
    }

    private static bool IsBrandChar(char c) => HanScript.IsHan(c) || char.IsAsciiLetter(c);

    private static string WithoutBrackets(string name)
    {
        var open = name.IndexOfAny(['（', '(']);
        if (open < 0)
        {
            return name;
        }

        var close = name.IndexOfAny(['）', ')'], open);
        return close < 0 ? name : WithoutBrackets(name[..open] + name[(close + 1)..]);
    }

    /// <summary>浙江珊瑚 → 珊瑚, 义乌市华鸿 → 华鸿: a province, city or county printed before the brand.</summary>
    private string WithoutLeadingPlace(string name)
    {
        for (var length = Math.Min(4, name.Length - MinBrandLength); length >= 2; length--)
        {
            if (IsPlace(name[..length]))
            {
                return name[length..];
            }
        }

        return name;
    }

    private bool IsPlace(string name) =>
        provinces.Contains(name) || places.Names.ContainsKey(name) || world.FineTypeOf(name) is not null;
}
