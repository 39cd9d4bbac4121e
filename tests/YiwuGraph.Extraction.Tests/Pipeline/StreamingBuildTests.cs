using System.Text;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Graph.Storage;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Extraction.Tests.Pipeline;

public sealed class StreamingBuildTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("yiwugraph-streaming-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void The_streaming_build_of_the_seeds_writes_the_in_memory_graph_byte_for_byte()
    {
        var ct = TestContext.Current.CancellationToken;
        var expected = GraphJsonlWriter.WriteToString(new CorpusGraphBuilder().Build([RepoPaths.Seeds], cancellationToken: ct).Graph);
        var graphPath = Path.Combine(dir, "graph.jsonl");

        // A small budget, so the seeds spill in several runs and the k-way merge is exercised.
        var (tally, counts) = StreamingBuild.BuildGraph(new CorpusGraphBuilder(), new CorpusReader([RepoPaths.Seeds]), graphPath, Path.Combine(dir, "runs"), cancellationToken: ct, budgetBytes: 1 << 20);

        Assert.Equal(expected, File.ReadAllText(graphPath, Encoding.UTF8));
        Assert.Equal(5, tally.Files);
        Assert.Equal(expected.Count(c => c == '\n'), counts.Nodes + counts.Relationships);
        Assert.False(Directory.Exists(Path.Combine(dir, "runs")), "the scratch runs are removed");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void Shards_of_the_seeds_merge_into_the_single_build(int count)
    {
        var ct = TestContext.Current.CancellationToken;
        var single = Path.Combine(dir, "single.jsonl");
        var (singleTally, _) = StreamingBuild.BuildGraph(new CorpusGraphBuilder(), new CorpusReader([RepoPaths.Seeds]), single, Path.Combine(dir, "runs"), cancellationToken: ct);
        var shards = new List<ShardGraph>();
        foreach (var i in Enumerable.Range(0, count).Reverse())
        {
            var spec = new ShardSpec(i, count);
            var path = Path.Combine(dir, spec.FileName);
            StreamingBuild.BuildShard(new CorpusGraphBuilder(), new CorpusReader([RepoPaths.Seeds], spec.Contains), spec, path, Path.Combine(dir, $"runs-{i}"), cancellationToken: ct);
            shards.Add(ShardGraphFile.Read(path));
        }

        var merged = Path.Combine(dir, "merged.jsonl");
        var (tally, _) = StreamingBuild.Merge(shards, merged);

        Assert.Equal(File.ReadAllBytes(single), File.ReadAllBytes(merged));
        Assert.Equal(singleTally.Files, tally.Files);
        Assert.Equal(singleTally.Articles, tally.Articles);
        Assert.Equal(singleTally.FurnitureLines, tally.FurnitureLines);
        Assert.Equal(singleTally.Homes.Select(h => (h.Paper, h.Home.City, h.Reason)), tally.Homes.Select(h => (h.Paper, h.Home.City, h.Reason)));
    }

    [Fact]
    public void Random_partitions_of_generated_pages_merge_into_the_single_build()
    {
        var ct = TestContext.Current.CancellationToken;
        var pages = GeneratedPages(Path.Combine(dir, "pages"), 48);
        var single = Path.Combine(dir, "single.jsonl");
        StreamingBuild.BuildGraph(new CorpusGraphBuilder(), new CorpusReader([pages]), single, Path.Combine(dir, "runs"), cancellationToken: ct);
        var expected = File.ReadAllBytes(single);
        Assert.Equal(expected, Encoding.UTF8.GetBytes(GraphJsonlWriter.WriteToString(new CorpusGraphBuilder().Build([pages], cancellationToken: ct).Graph)));

        // The pages' contributions once, then dealt at random into N parts: each part a shard graph, the parts merged.
        using var all = new ContributionSpill(Path.Combine(dir, "all"));
        var tally = new CorpusGraphBuilder().BuildContributions(new CorpusReader([pages]), all, cancellationToken: ct);
        var nodes = ContributionSpill.MergeNodes(all.NodeRuns).ToList();
        var relationships = ContributionSpill.MergeRelationships(all.RelationshipRuns).ToList();
        var random = new Random(16);
        for (var trial = 0; trial < 6; trial++)
        {
            var count = random.Next(1, 8);
            var partOf = Enumerable.Range(0, tally.Files).Select(_ => random.Next(count)).ToArray();
            var shards = Enumerable.Range(0, count).Select(i =>
            {
                var path = Path.Combine(dir, $"trial-{trial}", new ShardSpec(i, count).FileName);
                ShardGraphFile.Write(path, new ShardSpec(i, count), tally with { Files = 0 }, nodes.Where(n => partOf[n.Order.File] == i), relationships.Where(r => partOf[r.Order.File] == i));
                return ShardGraphFile.Read(path);
            }).ToList();
            var merged = Path.Combine(dir, $"trial-{trial}", "graph.jsonl");
            StreamingBuild.Merge(shards, merged);
            Assert.True(expected.AsSpan().SequenceEqual(File.ReadAllBytes(merged)), $"trial {trial}: {count} parts");
        }

        // And real shards, reading only their pages, for one partition.
        var real = Enumerable.Range(0, 3).Select(i =>
        {
            var spec = new ShardSpec(i, 3);
            var path = Path.Combine(dir, "real", spec.FileName);
            StreamingBuild.BuildShard(new CorpusGraphBuilder(), new CorpusReader([pages], spec.Contains), spec, path, Path.Combine(dir, $"runs-{i}"), cancellationToken: ct);
            return ShardGraphFile.Read(path);
        }).ToList();
        Assert.All(real, s => Assert.InRange(s.Tally.Files, 1, 47));
        StreamingBuild.Merge(real, Path.Combine(dir, "real", "graph.jsonl"));
        Assert.Equal(expected, File.ReadAllBytes(Path.Combine(dir, "real", "graph.jsonl")));
    }

    [Fact]
    public void A_merge_refuses_a_missing_or_doubled_shard_and_shards_of_another_corpus()
    {
        var ct = TestContext.Current.CancellationToken;
        var seeds = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        ShardGraph Shard(string[] paths, int i, int n, string folder)
        {
            var spec = new ShardSpec(i, n);
            var path = Path.Combine(dir, folder, spec.FileName);
            StreamingBuild.BuildShard(new CorpusGraphBuilder(), new CorpusReader(paths, spec.Contains), spec, path, Path.Combine(dir, folder, "runs"), cancellationToken: ct);
            return ShardGraphFile.Read(path);
        }

        var a0 = Shard(seeds, 0, 2, "a");
        var a1 = Shard(seeds, 1, 2, "a");
        var b1 = Shard(seeds[..3], 1, 2, "b");
        var target = Path.Combine(dir, "graph.jsonl");
        File.WriteAllText(target, "earlier graph");

        Assert.Contains("missing shard 1/2", Assert.Throws<InvalidDataException>(() => StreamingBuild.Merge([a0], target)).Message, StringComparison.Ordinal);
        Assert.Contains("given twice", Assert.Throws<InvalidDataException>(() => StreamingBuild.Merge([a0, a1, a1], target)).Message, StringComparison.Ordinal);
        Assert.Contains("different corpora", Assert.Throws<InvalidDataException>(() => StreamingBuild.Merge([a0, b1], target)).Message, StringComparison.Ordinal);
        Assert.Equal("earlier graph", File.ReadAllText(target));
    }

    [Fact]
    public void A_shard_is_chosen_by_the_relative_path_alone()
    {
        Assert.Equal(new ShardSpec(3, 8), ShardSpec.Parse("3/8"));
        Assert.Throws<FormatException>(() => ShardSpec.Parse("8/8"));
        Assert.Throws<FormatException>(() => ShardSpec.Parse("-1/8"));
        Assert.Throws<FormatException>(() => ShardSpec.Parse("3"));
        var names = Enumerable.Range(0, 400).Select(i => $"{i / 100:D3}/{i:D6}.txt").ToList();
        var sizes = Enumerable.Range(0, 4).Select(i => names.Count(n => new ShardSpec(i, 4).Contains(n))).ToList();
        Assert.Equal(400, sizes.Sum());
        Assert.All(sizes, s => Assert.InRange(s, 60, 140));
        Assert.All(names, n => Assert.True(ShardSpec.Whole.Contains(n)));
    }

    /// <summary>
    /// Pages of 12 news sentences drawn with a fixed seed from the shared MSRA sentences, in articles of 3–6
    /// sentences under a headline (as tools/bench/build-scale.sh makes them, smaller), or the seeds' paragraphs
    /// when the shared data is not beside the repository.
    /// </summary>
    private static string GeneratedPages(string folder, int count)
    {
        var raw = Path.Combine(RepoPaths.SharedData, "news-raw", "msra_train_sentences.txt");
        var sentences = File.Exists(raw)
            ? File.ReadLines(raw).Take(20_000).Where(l => l.Trim().Length > 0).Select(l => l.Trim()).ToList()
            : Directory.GetFiles(RepoPaths.Seeds).SelectMany(f => File.ReadAllLines(f)).Where(l => l.Trim().Length > 8).ToList();
        var random = new Random(16);
        for (var p = 0; p < count; p++)
        {
            var sub = Path.Combine(folder, $"{p / 10:D2}");
            Directory.CreateDirectory(sub);
            var articles = new List<string>();
            for (var left = 12; left > 0;)
            {
                var n = Math.Min(left, random.Next(3, 7));
                left -= n;
                var headline = new string(sentences[random.Next(sentences.Count)].Where(HanScript.IsHan).Take(random.Next(6, 16)).ToArray());
                var body = string.Join('\n', Enumerable.Range(0, n).Select(_ => sentences[random.Next(sentences.Count)]));
                articles.Add(headline + "\n" + body);
            }

            File.WriteAllText(Path.Combine(sub, $"{p:D4}.txt"), string.Join("\n\n", articles) + "\n");
        }

        return folder;
    }
}
