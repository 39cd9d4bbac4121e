using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Ner.News;
using YiwuGraph.Graph;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>
/// A unit named after its body is PART_OF that body where the article names the body on its own as well:
/// <c>市委组织部</c> beside <c>市委</c> (both 义乌市委 after linking), <c>招商银行现金管理部</c> beside <c>招商银行</c>,
/// <c>人民银行成都分行征信管理处</c> of <c>人民银行成都分行</c> of 中国人民银行 where the article names each. The body's name
/// follows the canonical form the linker gave the unit (<c>市委宣传部</c> → 义乌市委宣传部 → 义乌市委) or, printed as a
/// listed short name, its full name (<c>人民银行</c> → 中国人民银行). The split must fall on a jieba word boundary when
/// the document has tokens (<c>中国银行业|协会</c> holds no 中国银行).
/// A body printed only inside the unit's name makes no node: news annotation marks the whole name (南昌大学共青学院,
/// not 南昌大学), and measured on the dev pages (CLUENER and MSRA) such bodies as mentions cost organisation precision
/// (ORG F1 0.760 → 0.754 and 0.794 → 0.775), with the seed annotations counting their PART_OF as false.
/// </summary>
public sealed class OrganizationUnitStage(RuleLexicons lexicons) : INewsStage
{
    private readonly OrganizationUnits units = (lexicons ?? throw new ArgumentNullException(nameof(lexicons))).OrganizationUnits;
    private readonly NameLexicon names = lexicons.Names;

    public string Name => "organization-units";

    public NewsAnnotation Needs => NewsAnnotation.Entities | NewsAnnotation.Relations;

    public NewsAnnotation Adds => NewsAnnotation.Relations;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var tokens = (document.Annotations & NewsAnnotation.Tokens) != 0 ? document.Tokens : null;
        var organizations = document.Entities.Where(e => e.Kind == EntityKind.Organization).ToList();
        var named = organizations.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var relations = new List<RelationFact>(document.Relations);
        var related = relations.Where(r => r.Type == RelationshipTypes.PartOf).Select(r => (r.Head.Name, r.Tail.Name)).ToHashSet();
        foreach (var entity in organizations)
        {
            // A chain of units (…征信管理处 of …成都分行 of 中国人民银行) is read body by body; each named body is the
            // parent of the unit below it.
            var child = entity;
            for (var unit = entity; Body(text, unit, tokens) is { } body; unit = body)
            {
                if (named.Contains(body.Name))
                {
                    if (related.Add((child.Name, body.Name)))
                    {
                        relations.Add(new RelationFact(RelationshipTypes.PartOf, child, body, entity.Range, 0.85));
                    }

                    child = body;
                }
            }
        }

        document.Relations = relations;
    }

    /// <summary>The body <paramref name="unit"/> is named after, or null when its name is no unit's.</summary>
    private EntityRef? Body(string text, EntityRef unit, IReadOnlyList<Token>? tokens)
    {
        var printed = text.AsSpan(unit.Range.Start, unit.Range.Length);
        var length = units.BodyLength(printed, out _);
        if (length == 0 || (tokens is not null && !Token.StartsAt(tokens, unit.Range.Start + length)))
        {
            return null;
        }

        var surface = printed[..length].ToString();
        var unitPart = printed[length..];

        // The linker's canonical name of the unit names the body in the same way (市委宣传部 → 义乌市委宣传部 → 义乌市委).
        var name = unit.Name.Length - unitPart.Length >= 2 && unit.Name.AsSpan().EndsWith(unitPart, StringComparison.Ordinal)
            ? unit.Name[..^unitPart.Length]
            : surface;
        if (names.TryGetOrganizationShortForm(name, out var listed))
        {
            name = listed.Name;
        }

        return name == unit.Name
            ? null
            : new EntityRef(EntityKind.Organization, name, surface, new TextRange(unit.Range.Start, unit.Range.Start + length));
    }
}
