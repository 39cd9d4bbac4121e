using YiwuGraph.Core;
using YiwuGraph.Graph.Storage;

namespace YiwuGraph.Graph.Tests;

public sealed class GraphJsonlTests
{
    [Fact]
    public void Writes_the_apoc_export_json_line_format()
    {
        var lines = GraphJsonlWriter.WriteToString(SampleGraph()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            """{"type":"node","id":"0","labels":["Article"],"properties":{"index":0,"key":"article:p.txt#0","title":"我市召开动员部署会"}}""",
            lines[0]);
        Assert.Equal(
            """{"type":"node","id":"1","labels":["Person"],"properties":{"aliases":["叶书记"],"key":"person:叶帮锐","name":"叶帮锐","score":0.5}}""",
            lines[1]);
        Assert.Equal(
            """{"type":"relationship","id":"0","label":"WROTE","start":{"id":"1","labels":["Person"]},"end":{"id":"0","labels":["Article"]},"properties":{"articles":["article:p.txt#0"],"confidence":0.9,"evidenceArticles":["article:p.txt#0"],"evidenceEnds":[14],"evidenceSnippets":["全媒体记者 叶帮锐"],"evidenceSources":["p.txt"],"evidenceStarts":[11],"key":"WROTE|person:叶帮锐|article:p.txt#0"}}""",
            lines[2]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void Writing_then_reading_gives_the_same_graph_and_the_same_bytes()
    {
        var graph = SampleGraph();
        var first = GraphJsonlWriter.WriteToString(graph);
        var read = GraphJsonlReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(first)), "mem");
        Assert.Equal(first, GraphJsonlWriter.WriteToString(read));
        Assert.Equal(graph.NodeCount, read.NodeCount);
        var rel = Assert.Single(read.Relationships);
        Assert.Equal(0.9, rel.Confidence);
        Assert.Equal(new Evidence("article:p.txt#0", "p.txt", 11, 14, "全媒体记者 叶帮锐"), Assert.Single(rel.Evidence));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Random_graphs_round_trip_and_every_relationship_has_its_ends(int seed)
    {
        var random = new Random(seed);
        var graph = new KnowledgeGraph();
        var keys = new List<string>();
        for (var i = 0; i < 200; i++)
        {
            var label = NodeLabels.All[random.Next(NodeLabels.All.Count)];
            var key = NodeKeys.Create(label, RandomText(random));
            var node = graph.GetOrAddNode(key, label);
            node.Properties.Set("name", RandomText(random));
            node.Properties.Set("n", (long)random.Next());
            node.Properties.Set("x", random.NextDouble());
            node.Properties.Set("flag", random.Next(2) == 0);
            node.Properties.AddToSet("aliases", [RandomText(random), RandomText(random)]);
            keys.Add(key);
        }

        for (var i = 0; i < 400; i++)
        {
            var rel = graph.GetOrAddRelationship(
                RelationshipTypes.All[random.Next(RelationshipTypes.All.Count)], keys[random.Next(keys.Count)], keys[random.Next(keys.Count)],
                random.Next(3) == 0 ? RandomText(random) : null);
            rel.MergeConfidence(random.NextDouble());
            var start = random.Next(1000);
            rel.AddEvidence(new Evidence(keys[random.Next(keys.Count)], "f.txt", start, start + random.Next(50), RandomText(random)));
        }

        var text = GraphJsonlWriter.WriteToString(graph);
        var read = GraphJsonlReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "mem");
        Assert.Equal(text, GraphJsonlWriter.WriteToString(read));
        foreach (var rel in read.Relationships)
        {
            Assert.True(read.TryGetNode(rel.Source, out _));
            Assert.True(read.TryGetNode(rel.Target, out _));
        }
    }

    [Theory]
    [InlineData("utf-8 with bom")]
    [InlineData("utf-16")]
    [InlineData("crlf")]
    [InlineData("cr")]
    [InlineData("blank lines")]
    public void Line_endings_byte_order_marks_and_blank_lines_read_the_same_graph(string variant)
    {
        var text = GraphJsonlWriter.WriteToString(SampleGraph());
        var bytes = variant switch
        {
            "utf-8 with bom" => [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(text)],
            "utf-16" => [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(text)],
            "crlf" => System.Text.Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)),
            "cr" => System.Text.Encoding.UTF8.GetBytes(text.Replace("\n", "\r", StringComparison.Ordinal)),
            _ => System.Text.Encoding.UTF8.GetBytes("\n  \n" + text.Replace("\n", "\n\t\n", StringComparison.Ordinal)),
        };

        var read = GraphJsonlReader.Read(new MemoryStream(bytes), "mem");

        Assert.Equal(text, GraphJsonlWriter.WriteToString(read));
    }

    [Fact]
    public void A_line_longer_than_the_read_buffer_is_read_whole()
    {
        var graph = SampleGraph();
        graph.GetNode("article:p.txt#0").Properties.Set("text", new string('义', 1_500_000));
        var text = GraphJsonlWriter.WriteToString(graph);

        var read = GraphJsonlReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "mem");

        Assert.Equal(text, GraphJsonlWriter.WriteToString(read));
    }

    [Fact]
    public void An_error_names_the_line_it_is_on_after_crlf_lines()
    {
        var text = GraphJsonlWriter.WriteToString(SampleGraph()).Replace("\n", "\r\n", StringComparison.Ordinal) + "{\"type\":\"edge\"}\r\n";

        var ex = Assert.Throws<DataFormatException>(() => GraphJsonlReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "mem"));

        Assert.Equal(4, ex.Line);
        Assert.Contains("unknown line type 'edge'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"type\":\"node\"", "mem:1:")]
    [InlineData("{\"type\":\"node\",\"id\":\"0\",\"labels\":[\"Thing\"],\"properties\":{\"key\":\"x\"}}", "exactly one label")]
    [InlineData("{\"type\":\"relationship\",\"id\":\"0\",\"label\":\"WROTE\",\"start\":{\"id\":\"9\"},\"end\":{\"id\":\"0\"}}", "no earlier line")]
    [InlineData("{\"type\":\"node\",\"id\":\"0\",\"labels\":[\"Person\"],\"properties\":{\"key\":\"p\",\"m\":{\"a\":1}}}", "cannot store")]
    [InlineData("{\"type\":\"node\",\"id\":\"0\",\"labels\":[\"Person\"],\"properties\":{\"key\":\"p\",\"m\":[1,\"a\"]}}", "mixes types")]
    [InlineData("{\"type\":\"node\",\"id\":\"0\",\"labels\":[\"Person\"],\"properties\":{\"key\":\"p\",\"m\":[[1]]}}", "nests arrays")]
    [InlineData("{\"type\":\"node\",\"id\":\"0\",\"labels\":[\"Person\"],\"properties\":{\"key\":\"p\"}} {}", "mem:1:")]
    [InlineData("[1,2]", "one JSON object")]
    public void A_malformed_line_is_an_error_naming_the_file_and_line(string line, string expected)
    {
        var ex = Assert.Throws<DataFormatException>(() =>
            GraphJsonlReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(line + "\n")), "mem"));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void Keys_are_derived_from_what_a_node_is()
    {
        Assert.Equal("person:叶帮锐", NodeKeys.Create(NodeLabel.Person, " 叶 帮锐 "));
        Assert.Equal("org:ABC公司", NodeKeys.Create(NodeLabel.Organization, "ＡＢＣ公司"));
        Assert.Equal("article:p.txt#3", NodeKeys.ForArticle("p.txt", 3));
    }

    [Fact]
    public void The_same_fact_seen_twice_is_one_relationship_with_merged_evidence()
    {
        var graph = SampleGraph();
        var rel = graph.GetOrAddRelationship(RelationshipTypes.Wrote, "person:叶帮锐", "article:p.txt#0");
        rel.MergeConfidence(0.5);
        rel.AddEvidence(new Evidence("article:p.txt#0", "p.txt", 40, 43, "叶帮锐"));
        Assert.Equal(1, graph.RelationshipCount);
        Assert.Equal(2, rel.Evidence.Count);
        Assert.Equal(0.95, rel.Confidence, 4);
    }

    [Fact]
    public void Properties_accept_only_what_neo4j_can_store()
    {
        var map = new PropertyMap();
        Assert.Throws<ArgumentException>(() => map.SetRaw("m", new Dictionary<string, int>()));
        Assert.Throws<ArgumentOutOfRangeException>(() => map.Set("d", double.NaN));
        map.Set("empty", Array.Empty<string>());
        Assert.False(map.ContainsKey("empty"));
    }

    private static KnowledgeGraph SampleGraph()
    {
        var graph = new KnowledgeGraph();
        var article = graph.GetOrAddNode("article:p.txt#0", NodeLabel.Article);
        article.Properties.Set("title", "我市召开动员部署会");
        article.Properties.Set("index", 0L);
        var person = graph.GetOrAddNode("person:叶帮锐", NodeLabel.Person);
        person.Properties.Set("name", "叶帮锐");
        person.Properties.Set("score", 0.5);
        person.Properties.AddToSet("aliases", ["叶书记"]);
        var wrote = graph.GetOrAddRelationship(RelationshipTypes.Wrote, person.Key, article.Key);
        wrote.Confidence = 0.9;
        wrote.AddEvidence(new Evidence(article.Key, "p.txt", 11, 14, "全媒体记者 叶帮锐"));
        return graph;
    }

    private static string RandomText(Random random)
    {
        string[] alphabet = ["义", "乌", "市", "委", "书记", "叶帮锐", "a", "b", " ", "\"", "\\", "\n", "\t", "🙂", "＃"];
        var s = string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => alphabet[random.Next(alphabet.Length)])).Trim();
        return s.Length > 0 ? s : "x";
    }
}
