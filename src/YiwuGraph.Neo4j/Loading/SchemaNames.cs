using YiwuGraph.Graph;

namespace YiwuGraph.Neo4j.Loading;

/// <summary>
/// The only names ever put into Cypher text: labels of the fixed <see cref="NodeLabel"/> schema and relationship
/// types that pass <see cref="RelationshipTypes.IsValid"/>. Everything else travels as a parameter.
/// </summary>
public static class SchemaNames
{
    /// <summary>A label as Cypher text; an undefined enum value is refused.</summary>
    public static string Label(NodeLabel label) =>
        Enum.IsDefined(label) ? label.ToString() : throw new ArgumentOutOfRangeException(nameof(label), $"{label} is not a schema label.");

    /// <summary>A relationship type as Cypher text; anything but UPPER_SNAKE_CASE is refused.</summary>
    public static string RelationshipType(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return RelationshipTypes.IsValid(type)
            ? type
            : throw new ArgumentException($"'{type}' is not an UPPER_SNAKE_CASE relationship type and is never put into Cypher.", nameof(type));
    }

    /// <summary>The name of a label's uniqueness constraint, e.g. <c>person_key</c>.</summary>
    public static string NodeConstraint(NodeLabel label) => ToSnake(Label(label)) + "_key";

    /// <summary>The name of a relationship type's key constraint, e.g. <c>holds_position_key</c>.</summary>
    public static string RelationshipConstraint(string type) => RelationshipType(type).ToLowerInvariant() + "_key";

    /// <summary>The schema's relationship types plus any other valid type the graph uses, in ordinal order.</summary>
    public static IReadOnlyList<string> TypesOf(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return TypesOf(graph.CountRelationshipsByType().Keys);
    }

    /// <summary>The schema's relationship types plus <paramref name="used"/>, in ordinal order.</summary>
    public static IReadOnlyList<string> TypesOf(IEnumerable<string> used)
    {
        ArgumentNullException.ThrowIfNull(used);
        return RelationshipTypes.All.Concat(used)
            .Select(RelationshipType)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string ToSnake(string name)
    {
        var chars = new List<char>(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                chars.Add('_');
            }

            chars.Add(char.ToLowerInvariant(name[i]));
        }

        return new string(chars.ToArray());
    }
}
