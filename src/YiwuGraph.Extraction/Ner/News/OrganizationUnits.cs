using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Ner.News;

/// <summary>
/// Tells a unit's name from the body it is named after: <c>招商银行|现金管理部</c>, <c>清华大学|心理学系</c>,
/// <c>中国钢铁工业协会|党委</c>. The unit ends in a word of <c>organization-units.tsv</c>; the body is the longest
/// prefix that is itself an organisation name by its wording: an ending of <c>organization-endings.tsv</c> (class
/// name) after two characters or more (<c>招商|银行</c>, not a bare <c>银行</c>), or a stand-alone or listed short name
/// (<c>市委</c>, <c>人民银行</c>). Text only: whether the split falls on a word boundary is the caller's to check.
/// Immutable.
/// </summary>
public sealed class OrganizationUnits
{
    private readonly (string Word, bool Organ)[] unitEndings;
    private readonly string[] bodyEndings;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> bareBodies;
    private readonly string[] determiners;
    private readonly string[] legalForms;

    public OrganizationUnits(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var units = lexicons.OrganizationUnits;
        unitEndings = [.. units.WordsOf("unit").Select(w => (w, false)).Concat(units.WordsOf("organ").Select(w => (w, true)))
            .OrderByDescending(u => u.Item1.Length).ThenBy(u => u.Item1, StringComparer.Ordinal)];
        bodyEndings = [.. lexicons.OrganizationEndings.WordsOf("name").OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];
        var bare = new HashSet<string>(lexicons.NewsOrganizations.WordsOf("stand-alone"), StringComparer.Ordinal);
        bare.UnionWith(lexicons.OrganizationShortForms.Words);
        bareBodies = bare.GetAlternateLookup<ReadOnlySpan<char>>();
        determiners = [.. lexicons.OrganizationEndings.WordsOf("determiner")];
        legalForms = [.. lexicons.OrganizationEndings.WordsOf("legal-form")];
        OrganWords = [.. unitEndings.Where(u => u.Organ).Select(u => u.Word)];
    }

    /// <summary>The organ words (<c>党组</c>, <c>党委</c>, <c>工会</c>), longest first.</summary>
    public IReadOnlyList<string> OrganWords { get; }

    /// <summary>The units of the embedded lists.</summary>
    public static OrganizationUnits Default => Of(LexiconSet.Default);

    /// <summary>The units of <paramref name="lexicons"/>, built once per set.</summary>
    public static OrganizationUnits Of(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        return lexicons.Shared(static set => new OrganizationUnits(set));
    }

    /// <summary>
    /// The length of the body <paramref name="name"/> opens with when the rest is a unit of it (4 for
    /// <c>招商银行现金管理部</c>), else 0; <paramref name="organ"/> says whether the unit is an organ that keeps a type of
    /// its own (<c>党委</c>).
    /// </summary>
    public int BodyLength(ReadOnlySpan<char> name, out bool organ)
    {
        organ = false;
        foreach (var (word, isOrgan) in unitEndings)
        {
            if (!name.EndsWith(word, StringComparison.Ordinal))
            {
                continue;
            }

            // 星展银行（中国）有限公司 ends in a legal form, not in the unit 司.
            foreach (var form in legalForms)
            {
                if (form.Length > word.Length && name.EndsWith(form, StringComparison.Ordinal))
                {
                    return 0;
                }
            }

            // The unit keeps at least two characters (价格|司, not 公安|部 cut after 公), and the body at least two.
            for (var body = name.Length - Math.Max(2, word.Length); body >= 2; body--)
            {
                if (IsBody(name[..body]))
                {
                    organ = isOrgan;
                    return body;
                }
            }

            return 0;
        }

        return 0;
    }

    /// <summary>Whether <paramref name="name"/> names an organisation by its wording alone.</summary>
    private bool IsBody(ReadOnlySpan<char> name)
    {
        if (bareBodies.Contains(name))
        {
            return true;
        }

        // 中国人民保险（集团）公司…: a cut inside brackets leaves no name.
        if (name.Count('(') + name.Count('（') != name.Count(')') + name.Count('）'))
        {
            return false;
        }

        foreach (var determiner in determiners)
        {
            if (name.StartsWith(determiner, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var ending in bodyEndings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                return name.Length - ending.Length >= 2;
            }
        }

        return false;
    }
}
