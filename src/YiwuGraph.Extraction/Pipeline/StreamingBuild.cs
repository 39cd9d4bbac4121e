using YiwuGraph.Core;
using YiwuGraph.Graph.Storage;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Extraction.Pipeline;

/// <summary>
/// Builds that never hold the graph: pages stream to contributions, spilled in sorted runs to a scratch folder
/// (an external merge sort), then either merged and folded into graph.jsonl, or merged unfolded into a shard graph;
/// shard graphs merge and fold into the same graph.jsonl a single build writes. Memory: the spill buffer
/// (<see cref="ContributionSpill.DefaultBudgetBytes"/>), the pages in flight, one key's contributions at a time,
/// and the <see cref="NodeIdIndex"/> (13 bytes a node).
/// </summary>
public static class StreamingBuild
{
    /// <summary>Builds the pages <paramref name="reader"/> selects into graph.jsonl at <paramref name="graphPath"/> (renamed into place when whole).</summary>
    public static (BuildTally Tally, GraphCounts Counts) BuildGraph(
        CorpusGraphBuilder builder,
        CorpusReader reader,
        string graphPath,
        string scratchFolder,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default,
        IProgress<int>? pagesDone = null,
        long budgetBytes = ContributionSpill.DefaultBudgetBytes)
    {
        ArgumentNullException.ThrowIfNull(builder);
        using var spill = new ContributionSpill(scratchFolder, budgetBytes);
        var tally = builder.BuildContributions(reader, spill, progress, cancellationToken, pagesDone);
        if (tally.Files == 0)
        {
            return (tally, new GraphCounts(new Dictionary<Graph.NodeLabel, int>(), new Dictionary<string, int>()));
        }

        GraphCounts? counts = null;
        AtomicFile.Write(graphPath, stream => counts = StreamingGraphJsonlWriter.Write(
            stream,
            ContributionSpill.MergeNodes(spill.NodeRuns),
            () => ContributionSpill.MergeNodes(spill.NodeRuns),
            ContributionSpill.MergeRelationships(spill.RelationshipRuns)));
        return (tally, counts!);
    }

    /// <summary>Builds shard <paramref name="shard"/> of the pages under the reader's paths into a shard graph at <paramref name="shardPath"/>.</summary>
    public static BuildTally BuildShard(
        CorpusGraphBuilder builder,
        CorpusReader reader,
        ShardSpec shard,
        string shardPath,
        string scratchFolder,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default,
        IProgress<int>? pagesDone = null,
        long budgetBytes = ContributionSpill.DefaultBudgetBytes)
    {
        ArgumentNullException.ThrowIfNull(builder);
        using var spill = new ContributionSpill(scratchFolder, budgetBytes);
        var tally = builder.BuildContributions(reader, spill, progress, cancellationToken, pagesDone);
        ShardGraphFile.Write(shardPath, shard, tally, ContributionSpill.MergeNodes(spill.NodeRuns), ContributionSpill.MergeRelationships(spill.RelationshipRuns));
        return tally;
    }

    /// <summary>
    /// Merges the shard graphs of one corpus (every shard of one partition, each once, in any order) into graph.jsonl:
    /// byte for byte what a single build of the corpus writes. Streams: one record per shard in memory, plus one key's
    /// contributions and the node index.
    /// </summary>
    public static (BuildTally Tally, GraphCounts Counts) Merge(IReadOnlyList<ShardGraph> shards, string graphPath)
    {
        ArgumentNullException.ThrowIfNull(shards);
        CheckPartition(shards);
        var tally = BuildTally.Combine(shards.OrderBy(s => s.Shard.Index).Select(s => s.Tally).ToList());
        GraphCounts? counts = null;
        AtomicFile.Write(graphPath, stream => counts = StreamingGraphJsonlWriter.Write(
            stream,
            ContributionSpill.MergeNodes(shards.Select(s => s.Nodes)),
            () => ContributionSpill.MergeNodes(shards.Select(s => s.Nodes)),
            ContributionSpill.MergeRelationships(shards.Select(s => s.Relationships))));
        return (tally, counts!);
    }

    /// <summary>Every shard of one partition, each once: otherwise the merge would silently miss or double pages.</summary>
    private static void CheckPartition(IReadOnlyList<ShardGraph> shards)
    {
        if (shards.Count == 0)
        {
            throw new InvalidDataException("no shard graph to merge");
        }

        var count = shards[0].Shard.Count;
        if (shards.FirstOrDefault(s => s.Shard.Count != count) is { } other)
        {
            throw new InvalidDataException($"{shards[0].Path} is a shard of {count}, {other.Path} of {other.Shard.Count}: merge the shards of one partition");
        }

        if (shards.GroupBy(s => s.Shard.Index).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidDataException($"shard {twice.Key}/{count} given twice: {string.Join(", ", twice.Select(s => s.Path))}");
        }

        var missing = Enumerable.Range(0, count).Except(shards.Select(s => s.Shard.Index)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"missing shard{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing.Take(10).Select(i => $"{i}/{count}"))}{(missing.Count > 10 ? " …" : string.Empty)}: build them first");
        }
    }
}
