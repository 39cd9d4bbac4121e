namespace YiwuGraph.Graph;

/// <summary>
/// Evidence flattened into parallel arrays, because Neo4j properties cannot hold maps:
/// <c>evidenceArticles[i]</c>, <c>evidenceSources[i]</c>, <c>evidenceStarts[i]</c>, <c>evidenceEnds[i]</c>,
/// <c>evidenceSnippets[i]</c> describe sighting <c>i</c>; <c>articles</c> lists the distinct article keys.
/// </summary>
public static class EvidenceProperties
{
    public const string Articles = "articles";
    public const string EvidenceArticles = "evidenceArticles";
    public const string EvidenceSources = "evidenceSources";
    public const string EvidenceStarts = "evidenceStarts";
    public const string EvidenceEnds = "evidenceEnds";
    public const string EvidenceSnippets = "evidenceSnippets";

    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Articles, EvidenceArticles, EvidenceSources, EvidenceStarts, EvidenceEnds, EvidenceSnippets,
    };

    /// <summary>The relationship's properties as stored: its own plus the evidence arrays.</summary>
    public static PropertyMap ToStoredProperties(GraphRelationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var map = relationship.Properties.Clone();
        var items = relationship.Evidence.ToList();
        map.Set(Articles, relationship.ArticleKeys);
        map.Set(EvidenceArticles, items.Select(e => e.ArticleKey));
        map.Set(EvidenceSources, items.Select(e => e.Source));
        map.Set(EvidenceStarts, items.Select(e => (long)e.Start));
        map.Set(EvidenceEnds, items.Select(e => (long)e.End));
        map.Set(EvidenceSnippets, items.Select(e => e.Snippet));
        return map;
    }

    /// <summary>Splits stored properties back into plain properties and evidence; false if the arrays disagree.</summary>
    public static bool TrySplit(PropertyMap stored, PropertyMap plain, List<Evidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(plain);
        ArgumentNullException.ThrowIfNull(evidence);
        foreach (var (k, v) in stored)
        {
            if (!Names.Contains(k))
            {
                plain.SetRaw(k, v);
            }
        }

        return TryZip(
            stored.GetStrings(EvidenceArticles),
            stored.GetStrings(EvidenceSources),
            stored.GetLongs(EvidenceStarts),
            stored.GetLongs(EvidenceEnds),
            stored.GetStrings(EvidenceSnippets),
            evidence);
    }

    /// <summary>
    /// Zips the five parallel evidence arrays into <paramref name="evidence"/>; false (and nothing reliable added)
    /// when their lengths differ or an offset range is negative, reversed or beyond <see cref="int.MaxValue"/>.
    /// </summary>
    public static bool TryZip(
        IReadOnlyList<string> articles,
        IReadOnlyList<string> sources,
        IReadOnlyList<long> starts,
        IReadOnlyList<long> ends,
        IReadOnlyList<string> snippets,
        List<Evidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var n = articles.Count;
        if (sources.Count != n || starts.Count != n || ends.Count != n || snippets.Count != n)
        {
            return false;
        }

        for (var i = 0; i < n; i++)
        {
            if (starts[i] < 0 || ends[i] < starts[i] || ends[i] > int.MaxValue)
            {
                return false;
            }

            evidence.Add(new Evidence(articles[i], sources[i], (int)starts[i], (int)ends[i], snippets[i]));
        }

        return true;
    }
}
