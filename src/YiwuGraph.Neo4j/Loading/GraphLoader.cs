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

    public async Task<GraphLoadReport> LoadAsync(KnowledgeGraph graph, IProgress<GraphLoadProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var started = clock.GetTimestamp();
        var requestsBefore = client.Statistics.Requests;
        var retriesBefore = client.Statistics.Retries;
        var run = new LoadRun(this, graph, progress);

        await EnsureSchemaAsync(graph, cancellationToken).ConfigureAwait(false);
        await run.LoadNodesAsync(cancellationToken).ConfigureAwait(false);
        await run.LoadRelationshipsAsync(cancellationToken).ConfigureAwait(false);
        if (options.ReplaceSourceFacts)
        {
            await run.CleanUpSourcesAsync(cancellationToken).ConfigureAwait(false);
        }

        progress?.Report(new GraphLoadProgress("counting", 0, 1));
        var database = await CountAsync(SchemaNames.TypesOf(graph), cancellationToken).ConfigureAwait(false);
        progress?.Report(new GraphLoadProgress("counting", 1, 1));
        return new GraphLoadReport
        {
            Server = client.Server,
            Api = client.ApiName,
            Graph = Neo4jGraphCounts.Of(graph),
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
    public async Task EnsureSchemaAsync(KnowledgeGraph graph, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var statements = CypherStatements.Schema(SchemaNames.TypesOf(graph), client.Server.SupportsRelationshipConstraints);
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
        private readonly KnowledgeGraph graph;
        private readonly IProgress<GraphLoadProgress>? progress;
        private readonly IReadOnlyList<string> sources;

        public LoadRun(GraphLoader owner, KnowledgeGraph graph, IProgress<GraphLoadProgress>? progress)
        {
            this.owner = owner;
            this.graph = graph;
            this.progress = progress;
            sources = GraphRows.Sources(graph);
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

        public async Task LoadNodesAsync(CancellationToken ct)
        {
            var total = (long)graph.NodeCount;
            long done = 0;
            progress?.Report(new GraphLoadProgress("nodes", 0, total));
            foreach (var label in NodeLabels.All)
            {
                var rows = graph.NodesWithLabel(label).Select(GraphRows.Node).ToList();
                var statement = CypherStatements.MergeNodes(label);
                foreach (var batch in GraphRows.Batches(rows, BatchSize))
                {
                    var result = await RunBatchAsync(statement, new Dictionary<string, object?> { ["rows"] = batch }, batch.Count, ct).ConfigureAwait(false);
                    CheckMerged(result, batch.Count, $"{label} nodes");
                    done += batch.Count;
                    progress?.Report(new GraphLoadProgress("nodes", done, total));
                }
            }
        }

        public async Task LoadRelationshipsAsync(CancellationToken ct)
        {
            var total = (long)graph.RelationshipCount;
            long done = 0;
            progress?.Report(new GraphLoadProgress("relationships", 0, total));
            var keep = owner.options.ReplaceSourceFacts;
            foreach (var (group, members) in GraphRows.GroupRelationships(graph))
            {
                var statement = CypherStatements.MergeRelationships(group.Type, group.SourceLabel, group.TargetLabel, keep);
                var rows = members.Select(GraphRows.Relationship).ToList();
                foreach (var batch in GraphRows.Batches(rows, BatchSize))
                {
                    var parameters = new Dictionary<string, object?> { ["rows"] = batch };
                    if (keep)
                    {
                        parameters["sources"] = sources;
                    }

                    var result = await RunBatchAsync(statement, parameters, batch.Count, ct).ConfigureAwait(false);
                    CheckMerged(result, batch.Count, $"{group.Type} relationships from {group.SourceLabel} to {group.TargetLabel}");
                    done += batch.Count;
                    progress?.Report(new GraphLoadProgress("relationships", done, total));
                }
            }
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
            var stale = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
            var candidates = new SortedDictionary<NodeLabel, SortedSet<string>>();
            for (var i = 0; i < found.Rows.Count; i++)
            {
                var key = found.GetString(i, "key");
                var type = found.GetString(i, "type");
                if (key is null || type is null || graph.TryGetRelationship(key, out _) || !RelationshipTypes.IsValid(type))
                {
                    continue;
                }

                if (!stale.TryGetValue(type, out var keys))
                {
                    stale[type] = keys = [];
                }

                keys.Add(key);
                AddCandidate(candidates, found.GetStrings(i, "sourceLabels"), found.GetString(i, "source"));
                AddCandidate(candidates, found.GetStrings(i, "targetLabels"), found.GetString(i, "target"));
            }

            var articles = await owner.client.RunAsync(CypherStatements.FindArticlesFromSources, sourceParameter, ct).ConfigureAwait(false);
            var staleArticles = Enumerable.Range(0, articles.Rows.Count)
                .Select(i => articles.GetString(i, "key"))
                .OfType<string>()
                .Where(k => !graph.TryGetNode(k, out _))
                .Order(StringComparer.Ordinal)
                .ToList();

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

        private void AddCandidate(SortedDictionary<NodeLabel, SortedSet<string>> candidates, IReadOnlyList<string> labels, string? key)
        {
            // Only nodes this graph does not hold can have lost their last relationship to this clean-up.
            if (key is null || graph.TryGetNode(key, out _) || labels.Count != 1 || !NodeLabels.TryParse(labels[0], out var label))
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
