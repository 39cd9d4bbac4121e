using YiwuGraph.Graph;
using YiwuGraph.Graph.Storage;

namespace YiwuGraph.Cli.Tests;

/// <summary>
/// <c>report</c>, <c>stats</c>, <c>path</c> and <c>neighbors</c> from the outside: exit codes, what they print, and
/// how they fail (ambiguous and unknown names, a missing graph file), on a small graph written for each test.
/// </summary>
public sealed class ReportAndExplorationCommandTests : IDisposable
{
    private const string Ye = "person:叶帮锐";
    private const string Wen = "person:温建飞";
    private const string Article = "article:a.txt#0";
    private const string Text = "金华市委副书记、义乌市委书记叶帮锐在会上强调。市长温建飞主持会议。记者 王伟";

    private readonly string dir = Directory.CreateTempSubdirectory("yiwugraph-report-cli-").FullName;
    private readonly string graphPath;

    public ReportAndExplorationCommandTests()
    {
        graphPath = Path.Combine(dir, "graph.jsonl");
        GraphJsonlWriter.Write(CreateGraph(), graphPath);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public async Task Report_all_writes_index_entity_and_article_pages_and_says_how_many()
    {
        var target = Path.Combine(dir, "report");

        var (code, output, error) = await Cli.Run("report", "--graph", graphPath, "--all", "--out", target);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("7 entity pages and 1 article pages", output, StringComparison.Ordinal);
        Assert.Contains("removed 0 stale pages", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(target, "index.html")));
        Assert.True(File.Exists(Path.Combine(target, "index.md")));
        Assert.Equal(14, Directory.GetFiles(Path.Combine(target, "entities")).Length);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(target, "articles")).Length);
    }

    [Fact]
    public async Task Report_all_on_a_smaller_graph_keeps_the_stale_pages_without_prune_and_says_so()
    {
        var target = Path.Combine(dir, "report");
        Assert.Equal(0, (await Cli.Run("report", "--graph", graphPath, "--all", "--out", target, "--quiet")).Code);
        var smaller = CreateGraph();
        smaller.RemoveNode("org:金华市委");
        GraphJsonlWriter.Write(smaller, graphPath);

        var (code, output, _) = await Cli.Run("report", "--graph", graphPath, "--all", "--out", target);

        Assert.Equal(0, code);
        Assert.Contains("kept 2 pages of nodes no longer in the graph (--prune removes them)", output, StringComparison.Ordinal);
        Assert.Equal(14, Directory.GetFiles(Path.Combine(target, "entities")).Length);
    }

    [Fact]
    public async Task Report_all_on_an_empty_graph_fails_and_leaves_the_earlier_report_byte_for_byte()
    {
        var target = Path.Combine(dir, "report");
        Assert.Equal(0, (await Cli.Run("report", "--graph", graphPath, "--all", "--out", target, "--quiet")).Code);
        var before = Snapshot(target);
        GraphJsonlWriter.Write(new KnowledgeGraph(), graphPath);

        var (code, _, error) = await Cli.Run("report", "--graph", graphPath, "--all", "--prune", "--out", target);

        Assert.Equal(1, code);
        Assert.StartsWith($"yiwugraph: {graphPath}: holds no nodes: nothing to report; nothing in {target} written or removed", error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(target));
    }

    [Fact]
    public async Task Prune_without_all_is_a_usage_error()
    {
        var (code, _, error) = await Cli.Run("report", "--graph", graphPath, "--entity", "叶帮锐", "--prune", "--out", Path.Combine(dir, "out"));

        Assert.Equal(2, code);
        Assert.Equal("yiwugraph: --prune goes with --all", error.Trim());
    }

    [Fact]
    public async Task Report_all_with_prune_on_a_smaller_graph_removes_the_stale_pages_and_says_so()
    {
        var target = Path.Combine(dir, "report");
        Assert.Equal(0, (await Cli.Run("report", "--graph", graphPath, "--all", "--out", target, "--quiet")).Code);
        var smaller = CreateGraph();
        smaller.RemoveNode("org:金华市委");
        GraphJsonlWriter.Write(smaller, graphPath);

        var (code, output, _) = await Cli.Run("report", "--graph", graphPath, "--all", "--prune", "--out", target);

        Assert.Equal(0, code);
        Assert.Contains("6 entity pages", output, StringComparison.Ordinal);
        Assert.Contains("removed 2 stale pages", output, StringComparison.Ordinal);
        Assert.Equal(12, Directory.GetFiles(Path.Combine(target, "entities")).Length);
    }

    [Fact]
    public async Task Report_on_one_entity_by_alias_writes_its_page()
    {
        var target = Path.Combine(dir, "one");

        var (code, output, _) = await Cli.Run("report", "--graph", graphPath, "--entity", "叶书记", "--out", target);

        Assert.Equal(0, code);
        Assert.Contains($"(Person {Ye})", output, StringComparison.Ordinal);
        var page = Assert.Single(Directory.GetFiles(Path.Combine(target, "entities"), "*.html"));
        Assert.Contains("<h1>叶帮锐</h1>", await File.ReadAllTextAsync(page, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "--entity", "王伟", "--out", "OUT")]
    [InlineData("neighbors", "王伟")]
    [InlineData("path", "王伟", "叶帮锐")]
    public async Task An_ambiguous_name_is_a_usage_error_listing_every_candidate(params string[] args)
    {
        var (code, output, error) = await Cli.Run([.. args.Select(a => a == "OUT" ? Path.Combine(dir, "out") : a), "--graph", graphPath]);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("yiwugraph: '王伟' is ambiguous", error, StringComparison.Ordinal);
        Assert.Contains("person:王伟#1  (Person 王伟)", error, StringComparison.Ordinal);
        Assert.Contains("person:王伟#2  (Person 王伟)", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "--entity", "无此人", "--out", "OUT")]
    [InlineData("neighbors", "无此人")]
    [InlineData("path", "叶帮锐", "无此人")]
    public async Task An_unknown_name_is_a_usage_error_that_names_it(params string[] args)
    {
        var (code, _, error) = await Cli.Run([.. args.Select(a => a == "OUT" ? Path.Combine(dir, "out") : a), "--graph", graphPath]);

        Assert.Equal(2, code);
        Assert.Equal("yiwugraph: no entity named '无此人' (no person, organisation, place or event has a name or alias close to it)", error.Trim());
    }

    [Theory]
    [InlineData("report", "--entity", "叶邦锐", "--out", "OUT")]
    [InlineData("neighbors", "叶邦锐")]
    [InlineData("path", "温建飞", "叶邦锐")]
    public async Task A_misspelled_name_gets_the_closest_names_and_aliases(params string[] args)
    {
        var (code, _, error) = await Cli.Run([.. args.Select(a => a == "OUT" ? Path.Combine(dir, "out") : a), "--graph", graphPath]);

        Assert.Equal(2, code);
        Assert.Equal("yiwugraph: no entity named '叶邦锐'; did you mean: 叶帮锐 (Person)", error.Trim());
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }

    [Theory]
    [InlineData("report", "--all", "--out", "OUT")]
    [InlineData("stats")]
    [InlineData("path", "叶帮锐", "温建飞")]
    [InlineData("neighbors", "叶帮锐")]
    public async Task A_missing_graph_file_is_an_input_failure_naming_the_file(params string[] args)
    {
        var missing = Path.Combine(dir, "no-such-folder", "graph.jsonl");

        var (code, _, error) = await Cli.Run([.. args.Select(a => a == "OUT" ? Path.Combine(dir, "out") : a), "--graph", missing]);

        Assert.Equal(1, code);
        Assert.StartsWith($"yiwugraph: {missing}: graph file not found", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "--graph", "G", "--out", "OUT")]
    [InlineData("report", "--graph", "G", "--all", "--entity", "叶帮锐", "--out", "OUT")]
    [InlineData("neighbors", "叶帮锐", "--hops", "9", "--graph", "G")]
    [InlineData("neighbors", "叶帮锐", "--limit", "0", "--graph", "G")]
    public async Task Contradictory_or_out_of_range_options_are_usage_errors(params string[] args)
    {
        var (code, _, error) = await Cli.Run([.. args.Select(a => a switch { "G" => graphPath, "OUT" => Path.Combine(dir, "out"), _ => a })]);

        Assert.Equal(2, code);
        Assert.StartsWith("yiwugraph: ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }

    [Fact]
    public async Task Stats_prints_counts_per_label_and_type_components_and_top_entities()
    {
        var (code, output, _) = await Cli.Run("stats", "--graph", graphPath);

        Assert.Equal(0, code);
        Assert.Matches(@"Person[\s│|]+4\b", output);
        Assert.Matches(@"HOLDS_POSITION[\s│|]+2\b", output);
        Assert.Matches(@"components[\s│|]+4\b", output);
        Assert.Matches(@"single nodes[\s│|]+2\b", output);
        Assert.Contains("Top 10 entities", output, StringComparison.Ordinal);
        Assert.Contains("叶帮锐 (Person)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Path_prints_every_hop_with_its_evidence()
    {
        var (code, output, _) = await Cli.Run("path", "叶帮锐", "温建飞", "--graph", graphPath);

        // Redirected output is 80 columns wide, so cells wrap: check what fits on a cell's first line.
        Assert.Equal(0, code);
        Assert.Contains("叶帮锐 (Person) → 温建飞 (Person): 2 hop(s)", output, StringComparison.Ordinal);
        Assert.Contains("│ 1 │ 叶帮锐 (Person)", output, StringComparison.Ordinal);
        Assert.Contains("│ -[HOLDS_POSITION", output, StringComparison.Ordinal);
        Assert.Contains("│ <-[HOLDS_POSITIO", output, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(output, "《动员部署会"));
        Assert.DoesNotContain("(no evidence recorded)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Path_between_unconnected_entities_says_so_and_exits_1()
    {
        var (code, output, _) = await Cli.Run("path", "叶帮锐", "孤岛", "--graph", graphPath);

        Assert.Equal(1, code);
        Assert.Contains("No path between 叶帮锐 (Person) and 孤岛 (Place).", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neighbors_lists_what_lies_within_the_hops_and_says_when_the_limit_cut_it()
    {
        var (code, one, _) = await Cli.Run("neighbors", "叶帮锐", "--graph", graphPath);
        var (_, two, _) = await Cli.Run("neighbors", "叶帮锐", "--hops", "2", "--graph", graphPath);
        var (_, limited, _) = await Cli.Run("neighbors", "叶帮锐", "--hops", "2", "--limit", "1", "--graph", graphPath);

        Assert.Equal(0, code);
        Assert.Contains("Within 1 hop(s) of 叶帮锐 (Person)", one, StringComparison.Ordinal);
        Assert.Contains("义乌市委", one, StringComparison.Ordinal);
        Assert.DoesNotContain("温建飞", one, StringComparison.Ordinal);
        Assert.Contains("温建飞", two, StringComparison.Ordinal);
        Assert.Contains("(more than 1; raise --limit to see more)", limited, StringComparison.Ordinal);
    }

    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    /// <summary>
    /// Two people holding positions in two organisations, both mentioned in one article, two reporters called 王伟,
    /// and a place connected to nothing.
    /// </summary>
    private static KnowledgeGraph CreateGraph()
    {
        var graph = new KnowledgeGraph();
        var article = graph.GetOrAddNode(Article, NodeLabel.Article);
        article.Properties.Set("title", "动员部署会召开");
        article.Properties.Set("source", "a.txt");
        article.Properties.Set("text", Text);
        Node(graph, Ye, NodeLabel.Person, "叶帮锐").Properties.Set("aliases", ["叶书记"]);
        Node(graph, Wen, NodeLabel.Person, "温建飞");
        Node(graph, "person:王伟#1", NodeLabel.Person, "王伟");
        Node(graph, "person:王伟#2", NodeLabel.Person, "王伟");
        Node(graph, "org:义乌市委", NodeLabel.Organization, "义乌市委");
        Node(graph, "org:金华市委", NodeLabel.Organization, "金华市委");
        Node(graph, "place:孤岛", NodeLabel.Place, "孤岛");
        Fact(graph, RelationshipTypes.HoldsPosition, Ye, "org:义乌市委", "书记", "义乌市委书记叶帮锐");
        Fact(graph, RelationshipTypes.HoldsPosition, Wen, "org:义乌市委", "市长", "市长温建飞");
        Fact(graph, RelationshipTypes.Mentions, Article, "org:金华市委", null, "金华市委");
        Fact(graph, RelationshipTypes.Wrote, "person:王伟#1", Article, null, "记者 王伟");
        return graph;
    }

    private static GraphNode Node(KnowledgeGraph graph, string key, NodeLabel label, string name)
    {
        var node = graph.GetOrAddNode(key, label);
        node.Properties.Set("name", name);
        return node;
    }

    private static void Fact(KnowledgeGraph graph, string type, string from, string to, string? title, string snippet)
    {
        var relationship = graph.GetOrAddRelationship(type, from, to, title);
        if (title is not null)
        {
            relationship.Properties.Set("title", title);
        }

        var start = Text.IndexOf(snippet, StringComparison.Ordinal);
        relationship.AddEvidence(new Evidence(Article, "a.txt", start, start + snippet.Length, snippet));
    }
}
