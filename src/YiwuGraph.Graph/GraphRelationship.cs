using QuikGraph;

namespace YiwuGraph.Graph;

/// <summary>
/// A typed, directed relationship between two node keys. Its identity is <see cref="Key"/>
/// (type, start, end and an optional discriminator such as a position title or a role), so the same fact
/// read in several articles is one relationship whose evidence grows.
/// </summary>
public sealed class GraphRelationship : IEdge<string>
{
    private readonly SortedSet<Evidence> evidence = [];

    public GraphRelationship(string type, string source, string target, string? discriminator = null, PropertyMap? properties = null)
    {
        if (!RelationshipTypes.IsValid(type))
        {
            throw new ArgumentException($"'{type}' is not an UPPER_SNAKE_CASE relationship type.", nameof(type));
        }

        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentException.ThrowIfNullOrEmpty(target);
        Type = type;
        Source = source;
        Target = target;
        Discriminator = string.IsNullOrEmpty(discriminator) ? null : discriminator;
        Key = MakeKey(type, source, target, Discriminator);
        Properties = properties ?? new PropertyMap();
    }

    public string Type { get; }

    public string Source { get; }

    public string Target { get; }

    public string? Discriminator { get; }

    public string Key { get; }

    /// <summary>Properties other than the evidence arrays, which are derived from <see cref="Evidence"/> when written.</summary>
    public PropertyMap Properties { get; }

    public IReadOnlyCollection<Evidence> Evidence => evidence;

    /// <summary>The distinct article keys of the evidence, in order.</summary>
    public IEnumerable<string> ArticleKeys => evidence.Select(e => e.ArticleKey).Distinct();

    public double Confidence
    {
        get => Properties.GetDouble("confidence") ?? 1.0;
        set => Properties.Set("confidence", Math.Round(Math.Clamp(value, 0.0, 1.0), 4));
    }

    public static string MakeKey(string type, string source, string target, string? discriminator) =>
        discriminator is null ? $"{type}|{source}|{target}" : $"{type}|{source}|{target}|{discriminator}";

    public bool AddEvidence(Evidence item) => evidence.Add(item);

    public int RemoveEvidence(Predicate<Evidence> match) => evidence.RemoveWhere(match);

    /// <summary>Merges another sighting of the same fact: evidence is united, confidence combined as a noisy-or.</summary>
    public void MergeConfidence(double other) => Properties.MergeProbability("confidence", other);

    public override string ToString() => $"({Source})-[:{Type}]->({Target})";
}
