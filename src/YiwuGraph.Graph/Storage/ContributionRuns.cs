namespace YiwuGraph.Graph.Storage;

/// <summary>
/// A section of sorted contributions on disk: a file and the offset where its node or relationship records start.
/// </summary>
public sealed record SortedRun(string Path, long Offset)
{
    /// <summary>Told how many more bytes of the section have been read, now and then while it is merged (for a progress display).</summary>
    public IProgress<long>? BytesRead { get; init; }
}

/// <summary>
/// The first half of an external merge sort: contributions are buffered up to a memory budget, sorted by
/// (stable key, article order) and written as a pair of runs (nodes, relationships) in a scratch folder. However
/// large the corpus, the buffer is all that is held; <see cref="Merge{T}"/> streams the runs back in order.
/// </summary>
public sealed class ContributionSpill : IDisposable
{
    /// <summary>The default budget: the buffer's estimated size before it is sorted and written.</summary>
    public const long DefaultBudgetBytes = 192L << 20;

    private readonly string folder;
    private readonly long budget;
    private readonly List<NodeContribution> nodes = [];
    private readonly List<RelationshipContribution> relationships = [];
    private readonly List<SortedRun> nodeRuns = [];
    private readonly List<SortedRun> relationshipRuns = [];
    private long buffered;
    private bool disposed;

    /// <param name="folder">A scratch folder of its own (created; deleted with its runs on <see cref="Dispose"/>).</param>
    /// <param name="budgetBytes">The buffer's estimated size in memory at which it is written out.</param>
    public ContributionSpill(string folder, long budgetBytes = DefaultBudgetBytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentOutOfRangeException.ThrowIfLessThan(budgetBytes, 1);
        this.folder = folder;
        budget = budgetBytes;
        Directory.CreateDirectory(folder);
    }

    public IReadOnlyList<SortedRun> NodeRuns => nodeRuns;

    public IReadOnlyList<SortedRun> RelationshipRuns => relationshipRuns;

    public void Add(IEnumerable<NodeContribution> nodeContributions, IEnumerable<RelationshipContribution> relationshipContributions)
    {
        ArgumentNullException.ThrowIfNull(nodeContributions);
        ArgumentNullException.ThrowIfNull(relationshipContributions);
        ObjectDisposedException.ThrowIf(disposed, this);
        foreach (var n in nodeContributions)
        {
            nodes.Add(n);
            buffered += ContributionCodec.EstimateSize(n);
        }

        foreach (var r in relationshipContributions)
        {
            relationships.Add(r);
            buffered += ContributionCodec.EstimateSize(r);
        }

        if (buffered >= budget)
        {
            Flush();
        }
    }

    /// <summary>Writes what is buffered as one more pair of runs (nothing when the buffer is empty).</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (nodes.Count == 0 && relationships.Count == 0)
        {
            return;
        }

        var index = nodeRuns.Count;
        nodes.Sort(GraphContributions.NodeOrder);
        relationships.Sort(GraphContributions.RelationshipOrder);
        nodeRuns.Add(WriteRun(Path.Combine(folder, $"nodes-{index:D5}.run"), nodes, ContributionCodec.Write));
        relationshipRuns.Add(WriteRun(Path.Combine(folder, $"relationships-{index:D5}.run"), relationships, ContributionCodec.Write));
        nodes.Clear();
        relationships.Clear();
        nodes.TrimExcess();
        relationships.TrimExcess();
        buffered = 0;
    }

    /// <summary>Streams runs of one kind merged into one sorted sequence (a k-way merge; one record per run in memory).</summary>
    public static IEnumerable<T> Merge<T>(IReadOnlyList<IEnumerable<T>> runs, Comparison<T> order)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(order);
        var comparer = Comparer<T>.Create(order);
        var heads = new PriorityQueue<IEnumerator<T>, T>(comparer);
        var open = new List<IEnumerator<T>>();
        try
        {
            foreach (var run in runs)
            {
                var e = run.GetEnumerator();
                open.Add(e);
                if (e.MoveNext())
                {
                    heads.Enqueue(e, e.Current);
                }
            }

            while (heads.TryDequeue(out var e, out var item))
            {
                yield return item;
                if (e.MoveNext())
                {
                    heads.Enqueue(e, e.Current);
                }
            }
        }
        finally
        {
            foreach (var e in open)
            {
                e.Dispose();
            }
        }
    }

    /// <summary>The node records of <paramref name="runs"/>, merged.</summary>
    public static IEnumerable<NodeContribution> MergeNodes(IEnumerable<SortedRun> runs) =>
        Merge(runs.Select(r => ContributionCodec.ReadSection(r.Path, r.Offset, ContributionCodec.ReadNode, r.BytesRead)).ToList(), GraphContributions.NodeOrder);

    /// <summary>The relationship records of <paramref name="runs"/>, merged.</summary>
    public static IEnumerable<RelationshipContribution> MergeRelationships(IEnumerable<SortedRun> runs) =>
        Merge(runs.Select(r => ContributionCodec.ReadSection(r.Path, r.Offset, ContributionCodec.ReadRelationship, r.BytesRead)).ToList(), GraphContributions.RelationshipOrder);

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        nodes.Clear();
        relationships.Clear();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone.
        }
        catch (IOException)
        {
            // Best effort: a scratch folder left behind is not worth hiding the error that got us here.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private static SortedRun WriteRun<T>(string path, List<T> records, Action<BinaryWriter, T> write)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8);
        ContributionCodec.WriteSection(writer, records, write);
        return new SortedRun(path, 0);
    }
}
