using YiwuGraph.Graph.Storage;

namespace YiwuGraph.Graph.Tests.Storage;

public sealed class GraphContributionsTests : IDisposable
{
    private static readonly string[] Words = ["义乌", "金华", "浙江", "市委", "商城", "集团", "张三", "李四"];
    private readonly string dir = Directory.CreateTempSubdirectory("yiwugraph-contributions-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Folding_articles_journaled_apart_gives_the_bytes_of_writing_them_into_one_graph(int seed)
    {
        var articles = RandomArticles(new Random(seed), 40);
        var direct = new KnowledgeGraph();
        var nodes = new List<NodeContribution>();
        var relationships = new List<RelationshipContribution>();
        for (var i = 0; i < articles.Count; i++)
        {
            articles[i](direct);
            var own = KnowledgeGraph.Journaled();
            articles[i](own);
            var (n, r) = GraphContributions.Of(own, new ArticleOrder(i / 3, i % 3));
            nodes.AddRange(n);
            relationships.AddRange(r);
        }

        var expected = GraphJsonlWriter.WriteToString(direct);

        // In any order: the fold sorts by key and article order first.
        var shuffle = new Random(seed + 100);
        Assert.Equal(expected, GraphJsonlWriter.WriteToString(GraphContributions.Fold(nodes.OrderBy(_ => shuffle.Next()), relationships.OrderBy(_ => shuffle.Next()))));

        // Through sorted runs on disk, a budget so small that nearly every article is a run of its own.
        using var spill = new ContributionSpill(Path.Combine(dir, $"runs-{seed}"), budgetBytes: 2_000);
        foreach (var order in nodes.Select(n => n.Order).Distinct().OrderBy(_ => shuffle.Next()))
        {
            spill.Add(nodes.Where(n => n.Order == order), relationships.Where(r => r.Order == order));
        }

        spill.Flush();
        Assert.True(spill.NodeRuns.Count > 10, $"{spill.NodeRuns.Count} runs");
        using var stream = new MemoryStream();
        var counts = StreamingGraphJsonlWriter.Write(
            stream,
            ContributionSpill.MergeNodes(spill.NodeRuns),
            () => ContributionSpill.MergeNodes(spill.NodeRuns),
            ContributionSpill.MergeRelationships(spill.RelationshipRuns));
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal(direct.NodeCount, counts.Nodes);
        Assert.Equal(direct.CountRelationshipsByType(), counts.RelationshipsByType);
    }

    [Fact]
    public void A_journal_keeps_the_last_assignment_a_clear_the_union_of_additions_and_every_sighting_in_order()
    {
        var map = PropertyMap.Journaled();
        map.Set("level", "city");
        map.Set("level", (string?)null);
        map.AddToSet("aliases", ["b", "a"]);
        map.AddToSet("aliases", ["c"]);
        map.Set("titles", ["x"]);
        map.AddToSet("titles", ["y"]);
        map.MergeProbability("confidence", 0.5);
        map.MergeProbability("confidence", 0.25);

        var writes = map.Writes.ToDictionary(w => w.Name);

        Assert.Equal(new PropertyWrite("level", PropertyWriteKind.Assign, null, null), writes["level"]);
        Assert.Equal(PropertyWriteKind.Union, writes["aliases"].Kind);
        Assert.Equal(new[] { "a", "b", "c" }, writes["aliases"].Value);

        // Assigned, then added to: the article's final value replaces what earlier articles had.
        Assert.Equal(PropertyWriteKind.Assign, writes["titles"].Kind);
        Assert.Equal([0.5, 0.25], writes["confidence"].Sightings!);
        Assert.Equal(0.625, map.GetDouble("confidence"));
        Assert.Empty(new PropertyMap { }.Writes);
    }

    [Fact]
    public void A_journal_keeps_the_extreme_of_an_article_and_a_fold_the_extreme_of_all()
    {
        var first = PropertyMap.Journaled();
        first.KeepLeast("since", "2025-03-01");
        first.KeepLeast("since", "2025-05-01");
        first.KeepGreatest("deaths", 3L);
        var second = PropertyMap.Journaled();
        second.KeepLeast("since", "2024-12-31");
        second.KeepGreatest("deaths", 2L);

        Assert.Equal(new PropertyWrite("since", PropertyWriteKind.Least, "2025-03-01", null), first.Writes.Single(w => w.Name == "since"));
        foreach (var order in new[] { new[] { first, second }, [second, first] })
        {
            var folded = new PropertyMap();
            foreach (var write in order.SelectMany(m => m.Writes))
            {
                folded.Apply(write);
            }

            Assert.Equal("2024-12-31", folded.GetString("since"));
            Assert.Equal(3L, folded.GetLong("deaths"));
        }
    }

    [Fact]
    public void Contributions_read_back_as_written()
    {
        var graph = KnowledgeGraph.Journaled();
        var node = graph.GetOrAddNode("place:义乌市", NodeLabel.Place);
        node.Properties.Set("sourceRanges", new long[] { 1, 5 });
        node.Properties.Set("ratio", 0.5);
        node.Properties.Set("flag", true);
        node.Properties.Set("weights", new[] { 0.5, 1.5 });
        node.Properties.Set("flags", new[] { true, false });
        node.Properties.AddToSet("aliases", ["义乌"]);
        graph.GetOrAddNode("article:a.txt#0", NodeLabel.Article).Properties.Set("dateline", (string?)null);
        var rel = graph.GetOrAddRelationship("MENTIONS", "article:a.txt#0", "place:义乌市", "x");
        rel.MergeConfidence(0.9);
        rel.AddEvidence(new Evidence("article:a.txt#0", "a.txt", 3, 6, "义乌\n市"));
        var (nodes, relationships) = GraphContributions.Of(graph, new ArticleOrder(7, 2));

        var path = Path.Combine(dir, "run");
        long offset;
        using (var stream = File.Create(path))
        using (var writer = new BinaryWriter(stream))
        {
            ContributionCodec.WriteSection(writer, nodes, ContributionCodec.Write);
            writer.Flush();
            offset = stream.Position;
            ContributionCodec.WriteSection(writer, relationships, ContributionCodec.Write);
        }

        {
            var readNodes = ContributionCodec.ReadSection(path, 0, ContributionCodec.ReadNode).ToList();
            var readRelationships = ContributionCodec.ReadSection(path, offset, ContributionCodec.ReadRelationship).ToList();
            Assert.Equal(
                GraphJsonlWriter.WriteToString(GraphContributions.Fold(nodes, relationships)),
                GraphJsonlWriter.WriteToString(GraphContributions.Fold(readNodes, readRelationships)));
            Assert.Equal(new ArticleOrder(7, 2), readRelationships.Single().Order);
            Assert.Equal("x", readRelationships.Single().Discriminator);
        }
    }

    [Fact]
    public void Reading_a_section_reports_every_byte_it_read_in_steps_of_about_a_megabyte()
    {
        // About 3 MB of node records: several reports along the way and the rest at the end.
        var nodes = Enumerable.Range(0, 30_000)
            .Select(i => new NodeContribution(NodeLabel.Person, $"person:{i:D6}{new string('人', 40)}", new ArticleOrder(i, 0), []))
            .ToList();
        var path = Path.Combine(dir, "progress");
        using (var writer = new BinaryWriter(File.Create(path)))
        {
            writer.Write(new byte[5]);
            ContributionCodec.WriteSection(writer, nodes, ContributionCodec.Write);
        }

        var reports = new List<long>();
        var read = ContributionCodec.ReadSection(path, 5, ContributionCodec.ReadNode, new Reports(reports)).Count();

        Assert.Equal(nodes.Count, read);
        Assert.Equal(new FileInfo(path).Length - 5, reports.Sum());
        Assert.True(reports.Count >= 3, $"{reports.Count} reports");
        Assert.All(reports.SkipLast(1), r => Assert.InRange(r, ContributionCodec.ReportEveryBytes, ContributionCodec.ReportEveryBytes + 4096));
    }

    [Fact]
    public void A_truncated_run_is_a_data_format_error_naming_the_file()
    {
        var path = Path.Combine(dir, "truncated");
        using (var writer = new BinaryWriter(File.Create(path)))
        {
            writer.Write(3L);
            ContributionCodec.Write(writer, new NodeContribution(NodeLabel.Person, "person:张三", new ArticleOrder(0, 0), []));
        }

        var ex = Assert.Throws<Core.DataFormatException>(() => ContributionCodec.ReadSection(path, 0, ContributionCodec.ReadNode).ToList());
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_node_index_finds_every_node_by_key_with_its_id_and_label()
    {
        var index = new NodeIdIndex();
        var keys = Enumerable.Range(0, 5000).Select(i => $"person:{i}").ToList();
        foreach (var k in keys)
        {
            index.Add(k, k.EndsWith('7') ? NodeLabel.Place : NodeLabel.Person);
        }

        index.Freeze(() => keys);
        for (var i = 0; i < keys.Count; i++)
        {
            Assert.Equal((i, keys[i].EndsWith('7') ? NodeLabel.Place : NodeLabel.Person), index.Find(keys[i]));
        }

        Assert.Null(index.Find("person:none"));
    }

    /// <summary>
    /// Articles as sequences of writes: nodes from a small pool (so articles share them), assigned, cleared and
    /// added-to properties, relationships with confidences merged several times, direct assignments and evidence.
    /// </summary>
    private static List<Action<KnowledgeGraph>> RandomArticles(Random random, int count)
    {
        var articles = new List<Action<KnowledgeGraph>>();
        for (var a = 0; a < count; a++)
        {
            var articleKey = $"article:p{a / 3}.txt#{a % 3}";
            var ops = new List<Action<KnowledgeGraph>> { g => g.GetOrAddNode(articleKey, NodeLabel.Article).Properties.Set("title", $"t{articleKey}") };
            for (var k = random.Next(1, 12); k > 0; k--)
            {
                var who = $"person:{Words[random.Next(Words.Length)]}";
                var where = $"place:{Words[random.Next(Words.Length)]}";
                var value = Words[random.Next(Words.Length)];
                var p = random.NextDouble();
                var c = Math.Round(random.NextDouble(), 3);
                var start = random.Next(0, 50);
                var choice = random.Next(12);
                ops.Add(choice switch
                {
                    0 => g => g.GetOrAddNode(who, NodeLabel.Person).Properties.Set("name", value),
                    1 => g => g.GetOrAddNode(where, NodeLabel.Place).Properties.Set("level", p < 0.3 ? null : value),
                    2 => g => g.GetOrAddNode(who, NodeLabel.Person).Properties.AddToSet(p < 0.5 ? "aliases" : "titles", [value, value + "x"]),
                    3 => g => g.GetOrAddNode(who, NodeLabel.Person).Properties.Set("titles", [value]),
                    4 => g => g.GetOrAddNode(where, NodeLabel.Place).Properties.Remove("level"),
                    5 => g => Relationship(g, "LOCATED_IN", who, where, null).MergeConfidence(c),
                    6 => g => Relationship(g, "HOLDS_POSITION", who, where, value).Properties.AddToSet("dates", [$"2024-0{1 + (start % 9)}-01"]),
                    7 => g => Relationship(g, "LOCATED_IN", who, where, null).AddEvidence(new Evidence(articleKey, "src", start, start + 4, value)),
                    8 => g => Relationship(g, "HOLDS_POSITION", who, where, value).Properties.KeepLeast("since", $"2024-0{1 + (start % 9)}-01"),
                    9 => g => Relationship(g, "HOLDS_POSITION", who, where, value).Properties.KeepGreatest("until", $"2024-0{1 + (start % 9)}-01"),
                    10 => g => g.GetOrAddNode(where, NodeLabel.Place).Properties.KeepGreatest("deaths", (long)start),
                    _ => g => Relationship(g, "MENTIONS", articleKey, who, null).Confidence = c,
                });
            }

            articles.Add(g =>
            {
                foreach (var op in ops)
                {
                    op(g);
                }
            });
        }

        return articles;
    }

    private static GraphRelationship Relationship(KnowledgeGraph g, string type, string source, string target, string? discriminator)
    {
        g.GetOrAddNode(source, LabelOf(source));
        g.GetOrAddNode(target, LabelOf(target));
        return g.GetOrAddRelationship(type, source, target, discriminator);
    }

    private static NodeLabel LabelOf(string key) => key.Split(':')[0] switch
    {
        "article" => NodeLabel.Article,
        "person" => NodeLabel.Person,
        _ => NodeLabel.Place,
    };

    private sealed class Reports(List<long> reports) : IProgress<long>
    {
        public void Report(long value) => reports.Add(value);
    }
}
