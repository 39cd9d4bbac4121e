using System.Text;
using YiwuGraph.Graph;

namespace YiwuGraph.Neo4j.Loading;

/// <summary>
/// The Cypher text YiwuGraph runs. Rows come from <c>$rows</c> (the loader) or from a literal list (the script
/// exporter); the same text shapes serve both, so the script and the loader write the same graph.
/// </summary>
public static class CypherStatements
{
    public const string FullTextIndexName = "entity_names";

    /// <summary>The labels whose <c>name</c> and <c>aliases</c> the full-text index covers.</summary>
    public static IReadOnlyList<NodeLabel> FullTextLabels { get; } =
        [NodeLabel.Person, NodeLabel.Organization, NodeLabel.Place, NodeLabel.Event];

    /// <summary>
    /// One uniqueness constraint on <c>key</c> per label and per relationship type (relationship constraints need
    /// 5.7+; older servers get a relationship property index instead), then the <c>cjk</c> full-text index.
    /// </summary>
    public static IReadOnlyList<string> Schema(IEnumerable<string> relationshipTypes, bool relationshipConstraints)
    {
        ArgumentNullException.ThrowIfNull(relationshipTypes);
        var statements = new List<string>();
        foreach (var label in NodeLabels.All)
        {
            statements.Add($"CREATE CONSTRAINT {SchemaNames.NodeConstraint(label)} IF NOT EXISTS FOR (n:{SchemaNames.Label(label)}) REQUIRE n.key IS UNIQUE");
        }

        foreach (var type in relationshipTypes.Order(StringComparer.Ordinal))
        {
            var name = SchemaNames.RelationshipConstraint(type);
            var t = SchemaNames.RelationshipType(type);
            statements.Add(relationshipConstraints
                ? $"CREATE CONSTRAINT {name} IF NOT EXISTS FOR ()-[r:{t}]-() REQUIRE r.key IS UNIQUE"
                : $"CREATE INDEX {name} IF NOT EXISTS FOR ()-[r:{t}]-() ON (r.key)");
        }

        var labels = string.Join('|', FullTextLabels.Select(SchemaNames.Label));
        statements.Add(
            $"CREATE FULLTEXT INDEX {FullTextIndexName} IF NOT EXISTS FOR (n:{labels}) ON EACH [n.name, n.aliases] "
            + "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}");
        return statements;
    }

    /// <summary>
    /// Merges nodes of one label by key. Articles belong wholly to their source file, so their properties are
    /// replaced (<c>=</c>); other nodes keep properties this graph does not set (<c>+=</c>).
    /// Each row is <c>{key, props}</c>.
    /// </summary>
    public static string MergeNodes(NodeLabel label, string rows = "$rows")
    {
        var op = label == NodeLabel.Article ? "=" : "+=";
        return $"UNWIND {rows} AS row\nMERGE (n:{SchemaNames.Label(label)} {{key: row.key}})\nSET n {op} row.props\nRETURN count(n) AS merged";
    }

    /// <summary>
    /// Merges relationships of one type between two labels, matching both ends by label and key.
    /// Each row is <c>{key, source, target, props}</c>; <c>props</c> carries every evidence array, null when
    /// empty, so <c>+=</c> removes what the graph no longer has.
    /// With <paramref name="keepOtherSources"/>, evidence from source files outside <c>$sources</c> already on the
    /// relationship is kept in front of this graph's evidence (see docs/neo4j.md, "Re-loading changed articles").
    /// </summary>
    public static string MergeRelationships(string type, NodeLabel sourceLabel, NodeLabel targetLabel, bool keepOtherSources, string rows = "$rows")
    {
        var sb = new StringBuilder();
        sb.Append("UNWIND ").Append(rows).Append(" AS row\n");
        sb.Append("MATCH (a:").Append(SchemaNames.Label(sourceLabel)).Append(" {key: row.source})\n");
        sb.Append("MATCH (b:").Append(SchemaNames.Label(targetLabel)).Append(" {key: row.target})\n");
        sb.Append("MERGE (a)-[r:").Append(SchemaNames.RelationshipType(type)).Append(" {key: row.key}]->(b)\n");
        if (!keepOtherSources)
        {
            sb.Append("SET r += row.props\nRETURN count(r) AS merged");
            return sb.ToString();
        }

        sb.Append("WITH r, row, [i IN range(0, size(coalesce(r.evidenceSources, [])) - 1) WHERE NOT r.evidenceSources[i] IN $sources] AS keep\n");
        sb.Append("WITH r, row, keep, ");
        sb.Append(string.Join(", ", EvidenceArrays.Select(p => $"[i IN keep | r.{p}[i]] AS kept_{p}")));
        sb.Append('\n');
        sb.Append("SET r += row.props\n");
        sb.Append("FOREACH (_ IN CASE WHEN size(keep) > 0 THEN [1] ELSE [] END |\n  SET ");
        sb.Append(string.Join(",\n    ", EvidenceArrays.Select(p => $"r.{p} = kept_{p} + coalesce(row.props.{p}, [])")));
        sb.Append(",\n    r.").Append(EvidenceProperties.Articles)
            .Append(" = reduce(acc = [], x IN kept_").Append(EvidenceProperties.EvidenceArticles)
            .Append(" + coalesce(row.props.").Append(EvidenceProperties.EvidenceArticles)
            .Append(", []) | CASE WHEN x IN acc THEN acc ELSE acc + x END))\n");
        sb.Append("RETURN count(r) AS merged");
        return sb.ToString();
    }

    /// <summary>Relationships holding evidence from any file in <c>$sources</c>, with their ends.</summary>
    public const string FindRelationshipsFromSources =
        "MATCH (a)-[r]->(b)\n"
        + "WHERE any(s IN coalesce(r.evidenceSources, []) WHERE s IN $sources)\n"
        + "RETURN type(r) AS type, r.key AS key, labels(a) AS sourceLabels, a.key AS source, labels(b) AS targetLabels, b.key AS target\n"
        + "ORDER BY type, key";

    /// <summary>
    /// Strips evidence from files in <c>$sources</c> off the relationships <c>$keys</c> of one type; a relationship
    /// left without evidence is deleted.
    /// </summary>
    public static string StripSources(string type)
    {
        var sb = new StringBuilder();
        sb.Append("UNWIND $keys AS k\n");
        sb.Append("MATCH ()-[r:").Append(SchemaNames.RelationshipType(type)).Append(" {key: k}]->()\n");
        sb.Append("WITH r, [i IN range(0, size(coalesce(r.evidenceSources, [])) - 1) WHERE NOT r.evidenceSources[i] IN $sources] AS keep\n");
        sb.Append("WITH r, keep, ");
        sb.Append(string.Join(", ", EvidenceArrays.Select(p => $"[i IN keep | r.{p}[i]] AS kept_{p}")));
        sb.Append('\n');
        sb.Append("FOREACH (_ IN CASE WHEN size(keep) = 0 THEN [1] ELSE [] END | DELETE r)\n");
        sb.Append("FOREACH (_ IN CASE WHEN size(keep) > 0 THEN [1] ELSE [] END |\n  SET ");
        sb.Append(string.Join(",\n    ", EvidenceArrays.Select(p => $"r.{p} = kept_{p}")));
        sb.Append(",\n    r.").Append(EvidenceProperties.Articles)
            .Append(" = reduce(acc = [], x IN kept_").Append(EvidenceProperties.EvidenceArticles)
            .Append(" | CASE WHEN x IN acc THEN acc ELSE acc + x END))\n");
        sb.Append("RETURN sum(CASE WHEN size(keep) = 0 THEN 1 ELSE 0 END) AS deleted, sum(CASE WHEN size(keep) > 0 THEN 1 ELSE 0 END) AS stripped");
        return sb.ToString();
    }

    /// <summary>Keys of article nodes read from the files in <c>$sources</c>.</summary>
    public const string FindArticlesFromSources =
        "MATCH (n:Article)\nWHERE n.source IN $sources\nRETURN n.key AS key\nORDER BY key";

    public const string DeleteArticles =
        "UNWIND $keys AS k\nMATCH (n:Article {key: k})\nDETACH DELETE n\nRETURN count(*) AS deleted";

    /// <summary>Deletes the nodes <c>$keys</c> of one label that no relationship touches any more.</summary>
    public static string DeleteOrphans(NodeLabel label) =>
        $"UNWIND $keys AS k\nMATCH (n:{SchemaNames.Label(label)} {{key: k}})\nWHERE NOT EXISTS {{ (n)--() }}\nDELETE n\nRETURN count(*) AS deleted";

    public static string CountNodes(NodeLabel label) =>
        $"MATCH (n:{SchemaNames.Label(label)}) RETURN count(n) AS count";

    public static string CountRelationships(string type) =>
        $"MATCH ()-[r:{SchemaNames.RelationshipType(type)}]->() RETURN count(r) AS count";

    public const string CountAllNodes = "MATCH (n) RETURN count(n) AS count";

    public const string CountAllRelationships = "MATCH ()-[r]->() RETURN count(r) AS count";

    /// <summary>The five parallel evidence arrays, in a fixed order.</summary>
    internal static IReadOnlyList<string> EvidenceArrays { get; } =
    [
        EvidenceProperties.EvidenceArticles,
        EvidenceProperties.EvidenceSources,
        EvidenceProperties.EvidenceStarts,
        EvidenceProperties.EvidenceEnds,
        EvidenceProperties.EvidenceSnippets,
    ];
}
