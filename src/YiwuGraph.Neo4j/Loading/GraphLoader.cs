using System.Text.Json;
using YiwuGraph.Graph;
using YiwuGraph.Neo4j.Client;

namespace YiwuGraph.Neo4j.Loading;

/// <summary>
/// Loads a <see cref="KnowledgeGraph"/> into Neo4j, idempotently and in batches:
/// <list type="number">
/// <item>schema: one uniqueness constraint on <c>key</c> per label and per relationship type, and the <c>cjk</c>
/// full-text index, before any data;</item>
/// <item>nodes per label, then relationships per type (and end labels), as <c>UNWIND $rows … MERGE</c> batches;</item>
/// <item>clean-up of the graph's source files: evidence those files no longer give is stripped, and relationships,
/// articles and entities left with nothing are deleted;</item>
/// <item>counts per label and type in the database, beside the graph's.</item>
/// </list>
/// Every statement is its own transaction and idempotent, so a failure part-way leaves the database consistent
/// and running the same load again completes it. The design is in docs/neo4j.md.
/// </summary>
public sealed class GraphLoader
{
    private readonly INeo4jClient client;
    private readonly GraphLoadOptions options;
    private readonly TimeProvider clock;

    public GraphLoader(INeo4jClient client, GraphLoadOptions? options = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        this.client = client;
        this.options = options ?? new GraphLoadOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(this.options.BatchSize, 1);
        this.clock = clock ?? TimeProvider.System;
    }

    public Task<GraphLoadReport> LoadAsync(KnowledgeGraph graph, IProgress<GraphLoadProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return LoadAsync(GraphLoadSource.Of(graph), progress, cancellationToken);
    }

    /// <summary>Loads a graph held in memory or streamed from its file (<see cref="GraphLoadSource.FromFile"/>).</summary>
    public async Task<GraphLoadReport> LoadAsync(GraphLoadSource graph, IProgress<GraphLoadProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var started = clock.GetTimestamp();
        var requestsBefore = client.Statistics.Requests;
        var retriesBefore = client.Statistics.Retries;
        var run = new LoadRun(this, graph, progress);

        await EnsureSchemaAsync(graph.RelationshipTypes, cancellationToken).ConfigureAwait(false);
        await run.LoadAsync(cancellationToken).ConfigureAwait(false);
        if (options.ReplaceSourceFacts)
        {
            await run.CleanUpSourcesAsync(cancellationToken).ConfigureAwait(false);
        }

        progress?.Report(new GraphLoadProgress("counting", 0, 1));
        var database = await CountAsync(graph.RelationshipTypes, cancellationToken).ConfigureAwait(false);
        progress?.Report(new GraphLoadProgress("counting", 1, 1));
        return new GraphLoadReport
        {
            Server = client.Server,
            Api = client.ApiName,
            Graph = graph.Counts,
            Database = database,
            Counters = run.Counters,
            Rows = run.Rows,
            Batches = run.Batches,
            BatchTime = run.BatchTime,
            Requests = client.Statistics.Requests - requestsBefore,
            Retries = client.Statistics.Retries - retriesBefore,
            Elapsed = clock.GetElapsedTime(started),
            RelationshipsDeleted = run.RelationshipsDeleted,
            RelationshipsStripped = run.RelationshipsStripped,
            ArticlesDeleted = run.ArticlesDeleted,
            OrphansDeleted = run.OrphansDeleted,
        };
    }

    /// <summary>Creates the constraints and the full-text index (all <c>IF NOT EXISTS</c>, so harmless to repeat).</summary>
    public Task EnsureSchemaAsync(KnowledgeGraph graph, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return EnsureSchemaAsync(SchemaNames.TypesOf(graph), cancellationToken);
    }

    /// <summary>The schema for the schema's relationship types and <paramref name="relationshipTypes"/>.</summary>
    public async Task EnsureSchemaAsync(IEnumerable<string> relationshipTypes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relationshipTypes);
        var statements = CypherStatements.Schema(SchemaNames.TypesOf(relationshipTypes), client.Server.SupportsRelationshipConstraints);
        foreach (var statement in statements)
        {
            await client.RunAsync(statement, null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Counts nodes per schema label and relationships per given type, plus the totals.</summary>
    public async Task<Neo4jGraphCounts> CountAsync(IEnumerable<string> relationshipTypes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relationshipTypes);
        var byLabel = new Dictionary<NodeLabel, long>();
        foreach (var label in NodeLabels.All)
        {
            byLabel[label] = await CountOneAsync(CypherStatements.CountNodes(label), cancellationToken).ConfigureAwait(false);
        }

        var byType = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var type in relationshipTypes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            byType[type] = await CountOneAsync(CypherStatements.CountRelationships(type), cancellationToken).ConfigureAwait(false);
        }

        var nodes = await CountOneAsync(CypherStatements.CountAllNodes, cancellationToken).ConfigureAwait(false);
        var relationships = await CountOneAsync(CypherStatements.CountAllRelationships, cancellationToken).ConfigureAwait(false);
        return new Neo4jGraphCounts(byLabel, byType, nodes, relationships);
    }

    private async Task<long> CountOneAsync(string statement, CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(statement, null, cancellationToken).ConfigureAwait(false);
        return result.Rows.Count == 1 ? result.GetInt64(0, "count") : 0;
    }

    /// <summary>The state of one load: running totals and the steps, in order.</summary>
    private sealed class LoadRun
    {
        private readonly GraphLoader owner;
        private readonly GraphLoadSource graph;
        private readonly IProgress<GraphLoadProgress>? progress;
        private readonly IReadOnlyList<string> sources;

        public LoadRun(GraphLoader owner, GraphLoadSource graph, IProgress<GraphLoadProgress>? progress)
        {
            this.owner = owner;
            this.graph = graph;
            this.progress = progress;
            sources = graph.Sources;
        }

        public Neo4jCounters Counters { get; private set; } = Neo4jCounters.Empty;

        public long Rows { get; private set; }

        public long Batches { get; private set; }

        public TimeSpan BatchTime { get; private set; }

        public long RelationshipsDeleted { get; private set; }

        public long RelationshipsStripped { get; private set; }

        public long ArticlesDeleted { get; private set; }

        public long OrphansDeleted { get; private set; }

        private int BatchSize => owner.options.BatchSize;

        /// <summary>
        /// Nodes label by label, then relationships, in one pass over the graph. A batch holds consecutive rows of
        /// one label, or of one relationship type between one pair of labels; relationships of one type arrive
        /// mixed over their end labels, so each pair fills its own batch, and what is left of a type's batches is
        /// sent when the next type begins. Only those batches are held, never the graph.
        /// </summary>
        public async Task LoadAsync(CancellationToken ct)
        {
            long nodesDone = 0, relationshipsDone = 0;
            progress?.Report(new GraphLoadProgress("nodes", 0, graph.Counts.TotalNodes));
            var nodeBatch = new List<IReadOnlyDictionary<string, object?>>(BatchSize);
            NodeLabel? batchLabel = null;
            var relationshipBatches = new SortedDictionary<GraphRows.RelationshipGroup, List<IReadOnlyDictionary<string, object?>>>(GraphRows.GroupOrder);
            string? batchType = null;

            // The nodes are all sent before the first relationship, or at the end of a graph without any.
            async Task FinishNodesAsync()
            {
                nodesDone += await SendNodesAsync(batchLabel, nodeBatch, ct).ConfigureAwait(false);
                progress?.Report(new GraphLoadProgress("nodes", nodesDone, graph.Counts.TotalNodes));
                progress?.Report(new GraphLoadProgress("relationships", 0, graph.Counts.TotalRelationships));
            }

            async Task SendPendingRelationshipsAsync()
            {
                foreach (var (group, rows) in relationshipBatches)
                {
                    relationshipsDone += await SendRelationshipsAsync(group, rows, ct).ConfigureAwait(false);
                }
            }

            foreach (var record in graph.Records())
            {
                if (record.Node is { } node)
                {
                    if (batchLabel != node.Label || nodeBatch.Count == BatchSize)
                    {
                        nodesDone += await SendNodesAsync(batchLabel, nodeBatch, ct).ConfigureAwait(false);
                        progress?.Report(new GraphLoadProgress("nodes", nodesDone, graph.Counts.TotalNodes));
                        batchLabel = node.Label;
                    }

                    nodeBatch.Add(GraphRows.Node(node));
                    continue;
                }

                if (batchType is null)
                {
                    await FinishNodesAsync().ConfigureAwait(false);
                }

                var relationship = record.Relationship!;
                if (batchType != relationship.Type)
                {
                    await SendPendingRelationshipsAsync().ConfigureAwait(false);
                    relationshipBatches.Clear();
                    batchType = relationship.Type;
                    progress?.Report(new GraphLoadProgress("relationships", relationshipsDone, graph.Counts.TotalRelationships));
                }

                var group = new GraphRows.RelationshipGroup(relationship.Type, record.StartLabel, record.EndLabel);
                if (!relationshipBatches.TryGetValue(group, out var batch))
                {
                    relationshipBatches[group] = batch = new List<IReadOnlyDictionary<string, object?>>(BatchSize);
                }

                batch.Add(GraphRows.Relationship(relationship));
                if (batch.Count == BatchSize)
                {
                    relationshipsDone += await SendRelationshipsAsync(group, batch, ct).ConfigureAwait(false);
                    progress?.Report(new GraphLoadProgress("relationships", relationshipsDone, graph.Counts.TotalRelationships));
                }
            }

            if (batchType is null)
            {
                await FinishNodesAsync().ConfigureAwait(false);
            }

            await SendPendingRelationshipsAsync().ConfigureAwait(false);
            progress?.Report(new GraphLoadProgress("relationships", relationshipsDone, graph.Counts.TotalRelationships));
        }

        /// <summary>Sends the batch if it holds rows, empties it, and returns how many rows it sent.</summary>
        private async Task<int> SendNodesAsync(NodeLabel? label, List<IReadOnlyDictionary<string, object?>> batch, CancellationToken ct)
        {
            if (batch.Count == 0 || label is not { } l)
            {
                return 0;
            }

            var rows = batch.ToArray();
            batch.Clear();
            var result = await RunBatchAsync(CypherStatements.MergeNodes(l), new Dictionary<string, object?> { ["rows"] = rows }, rows.Length, ct).ConfigureAwait(false);
            CheckMerged(result, rows.Length, $"{l} nodes");
            return rows.Length;
        }

        private async Task<int> SendRelationshipsAsync(GraphRows.RelationshipGroup group, List<IReadOnlyDictionary<string, object?>> batch, CancellationToken ct)
        {
            if (batch.Count == 0)
            {
                return 0;
            }

            var rows = batch.ToArray();
            batch.Clear();
            var keep = owner.options.ReplaceSourceFacts;
            var parameters = new Dictionary<string, object?> { ["rows"] = rows };
            if (keep)
            {
                parameters["sources"] = sources;
            }

            var statement = CypherStatements.MergeRelationships(group.Type, group.SourceLabel, group.TargetLabel, keep);
            var result = await RunBatchAsync(statement, parameters, rows.Length, ct).ConfigureAwait(false);
            CheckMerged(result, rows.Length, $"{group.Type} relationships from {group.SourceLabel} to {group.TargetLabel}");
            return rows.Length;
        }

        /// <summary>
        /// Removes what the graph's source files said before but no longer say: relationships with evidence from
        /// those files that this graph lacks lose that evidence (and are deleted if none is left), articles of those
        /// files that this graph lacks are deleted, and entities those deletions leave unconnected are deleted.
        /// </summary>
        public async Task CleanUpSourcesAsync(CancellationToken ct)
        {
            if (sources.Count == 0)
            {
                return;
            }

            progress?.Report(new GraphLoadProgress("clean-up", 0, 1));
            var sourceParameter = new Dictionary<string, object?> { ["sources"] = sources };
            var found = await owner.client.RunAsync(CypherStatements.FindRelationshipsFromSources, sourceParameter, ct).ConfigureAwait(false);
            var articles = await owner.client.RunAsync(CypherStatements.FindArticlesFromSources, sourceParameter, ct).ConfigureAwait(false);
            var articleKeys = Enumerable.Range(0, articles.Rows.Count).Select(i => articles.GetString(i, "key")).OfType<string>().ToList();

            // What the database holds from these files, checked against the graph in one pass over it.
            var askedNodes = new HashSet<string>(articleKeys, StringComparer.Ordinal);
            var askedRelationships = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < found.Rows.Count; i++)
            {
                foreach (var key in new[] { found.GetString(i, "source"), found.GetString(i, "target") })
                {
                    if (key is not null)
                    {
                        askedNodes.Add(key);
                    }
                }

                if (found.GetString(i, "key") is { } relationshipKey)
                {
                    askedRelationships.Add(relationshipKey);
                }
            }

            var (heldNodes, heldRelationships) = graph.Holding(askedNodes, askedRelationships);
            var stale = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
            var candidates = new SortedDictionary<NodeLabel, SortedSet<string>>();
            for (var i = 0; i < found.Rows.Count; i++)
            {
                var key = found.GetString(i, "key");
                var type = found.GetString(i, "type");
                if (key is null || type is null || heldRelationships.Contains(key) || !RelationshipTypes.IsValid(type))
                {
                    continue;
                }

                if (!stale.TryGetValue(type, out var keys))
                {
                    stale[type] = keys = [];
                }

                keys.Add(key);
                AddCandidate(candidates, heldNodes, found.GetStrings(i, "sourceLabels"), found.GetString(i, "source"));
                AddCandidate(candidates, heldNodes, found.GetStrings(i, "targetLabels"), found.GetString(i, "target"));
            }

            var staleArticles = articleKeys.Where(k => !heldNodes.Contains(k)).Order(StringComparer.Ordinal).ToList();

            var total = stale.Values.Sum(k => (long)k.Count) + staleArticles.Count + candidates.Values.Sum(c => (long)c.Count);
            long done = 0;
            progress?.Report(new GraphLoadProgress("clean-up", 0, total));

            foreach (var (type, keys) in stale)
            {
                keys.Sort(StringComparer.Ordinal);
                var statement = CypherStatements.StripSources(type);
                foreach (var batch in GraphRows.Batches(keys, BatchSize))
                {
                    var result = await RunBatchAsync(statement, new Dictionary<string, object?> { ["keys"] = batch, ["sources"] = sources }, batch.Count, ct).ConfigureAwait(false);
                    if (result.Rows.Count == 1)
                    {
                        RelationshipsDeleted += result.GetInt64(0, "deleted");
                        RelationshipsStripped += result.GetInt64(0, "stripped");
                    }

                    done += batch.Count;
                    progress?.Report(new GraphLoadProgress("clean-up", done, total));
                }
            }

            foreach (var batch in GraphRows.Batches(staleArticles, BatchSize))
            {
                var result = await RunBatchAsync(CypherStatements.DeleteArticles, new Dictionary<string, object?> { ["keys"] = batch }, batch.Count, ct).ConfigureAwait(false);
                ArticlesDeleted += result.Rows.Count == 1 ? result.GetInt64(0, "deleted") : 0;
                done += batch.Count;
                progress?.Report(new GraphLoadProgress("clean-up", done, total));
            }

            foreach (var (label, keys) in candidates)
            {
                var statement = CypherStatements.DeleteOrphans(label);
                foreach (var batch in GraphRows.Batches(keys.ToList(), BatchSize))
                {
                    var result = await RunBatchAsync(statement, new Dictionary<string, object?> { ["keys"] = batch }, batch.Count, ct).ConfigureAwait(false);
                    OrphansDeleted += result.Rows.Count == 1 ? result.GetInt64(0, "deleted") : 0;
                    done += batch.Count;
                    progress?.Report(new GraphLoadProgress("clean-up", done, total));
                }
            }

            progress?.Report(new GraphLoadProgress("clean-up", total, total));
        }

        private static void AddCandidate(SortedDictionary<NodeLabel, SortedSet<string>> candidates, HashSet<string> heldNodes, IReadOnlyList<string> labels, string? key)
        {
            // Only nodes this graph does not hold can have lost their last relationship to this clean-up.
            if (key is null || heldNodes.Contains(key) || labels.Count != 1 || !NodeLabels.TryParse(labels[0], out var label))
            {
                return;
            }

            if (!candidates.TryGetValue(label, out var set))
            {
                candidates[label] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.Add(key);
        }

        private async Task<Neo4jResult> RunBatchAsync(string statement, IReadOnlyDictionary<string, object?> parameters, int rows, CancellationToken ct)
        {
            var before = owner.clock.GetTimestamp();
            var result = await owner.client.RunAsync(statement, parameters, ct).ConfigureAwait(false);
            BatchTime += owner.clock.GetElapsedTime(before);
            Batches++;
            Rows += rows;
            Counters += result.Counters;
            return result;
        }

        private static void CheckMerged(Neo4jResult result, int expected, string what)
        {
            if (result.Rows.Count != 1)
            {
                return;
            }

            var merged = result.Rows[0][result.FieldIndex("merged")];
            if (merged.ValueKind == JsonValueKind.Number && merged.TryGetInt64(out var n) && n != expected)
            {
                throw new GraphLoadException(
                    $"only {n} of {expected} {what} were merged: an end node is missing from the database (was it deleted during the load?); run the load again");
            }
        }
    }
}
