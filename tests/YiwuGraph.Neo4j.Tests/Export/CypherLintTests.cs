using System.Diagnostics;
using System.Text;
using YiwuGraph.Graph;
using YiwuGraph.Neo4j.Export;
using YiwuGraph.Neo4j.Loading;
using YiwuGraph.Neo4j.Tests.Support;

namespace YiwuGraph.Neo4j.Tests.Export;

/// <summary>
/// Neo4j's own Cypher parser (npm <c>@neo4j-cypher/language-support</c>, <c>lintCypherQuery</c>) judges the exported
/// script and every statement the loader sends. Needs node and <c>npm ci</c> in tools/cypher-lint; skipped otherwise.
/// </summary>
public sealed class CypherLintTests
{
    private static readonly string ToolDirectory = Path.Combine(Snapshot.RepositoryRoot(), "tools", "cypher-lint");

    [Fact]
    public async Task Exported_script_has_no_syntax_error()
    {
        await LintAsync(CypherScriptExporter.WriteToString(TestGraphs.Small(), batchSize: 2));
    }

    [Fact]
    public async Task Every_loader_statement_has_no_syntax_error()
    {
        var statements = new List<string>();
        statements.AddRange(CypherStatements.Schema(RelationshipTypes.All, relationshipConstraints: true));
        statements.AddRange(CypherStatements.Schema(RelationshipTypes.All, relationshipConstraints: false));
        foreach (var label in NodeLabels.All)
        {
            statements.Add(CypherStatements.MergeNodes(label));
            statements.Add(CypherStatements.DeleteOrphans(label));
            statements.Add(CypherStatements.CountNodes(label));
        }

        foreach (var type in RelationshipTypes.All)
        {
            statements.Add(CypherStatements.MergeRelationships(type, NodeLabel.Person, NodeLabel.Organization, keepOtherSources: true));
            statements.Add(CypherStatements.MergeRelationships(type, NodeLabel.Article, NodeLabel.Event, keepOtherSources: false));
            statements.Add(CypherStatements.StripSources(type));
            statements.Add(CypherStatements.CountRelationships(type));
        }

        statements.Add(CypherStatements.FindRelationshipsFromSources);
        statements.Add(CypherStatements.FindArticlesFromSources);
        statements.Add(CypherStatements.DeleteArticles);
        statements.Add(CypherStatements.CountAllNodes);
        statements.Add(CypherStatements.CountAllRelationships);

        await LintAsync(string.Join(";\n", statements) + ";\n", allowParameters: true);
    }

    [Fact]
    public async Task Every_query_in_the_neo4j_guide_has_no_syntax_error()
    {
        var guide = await File.ReadAllTextAsync(Path.Combine(Snapshot.RepositoryRoot(), "docs", "neo4j.md"), TestContext.Current.CancellationToken);
        var blocks = System.Text.RegularExpressions.Regex.Matches(guide, "```cypher\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => string.Join("\n", m.Groups[1].Value.Split('\n').Select(l => l.StartsWith("   ", StringComparison.Ordinal) ? l[3..] : l)).Trim())
            .ToList();

        Assert.True(blocks.Count >= 6, $"found {blocks.Count} cypher blocks");
        await LintAsync(string.Join(";\n", blocks) + ";\n", allowParameters: true);
    }

    [Fact]
    public async Task The_linter_does_report_a_broken_statement()
    {
        var (exit, output) = await RunLinterAsync("MATCH (n RETURN n;\n");

        Assert.Equal(1, exit);
        Assert.Contains("error", output, StringComparison.Ordinal);
    }

    private static async Task LintAsync(string cypher, bool allowParameters = false)
    {
        var (exit, output) = await RunLinterAsync(cypher, allowParameters);
        Assert.True(exit == 0, "cypher-lint found errors:\n" + output);
        Assert.Contains("0 error(s)", output, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output)> RunLinterAsync(string cypher, bool allowParameters = false)
    {
        var node = FindOnPath("node");
        Skips.When(node is null, "node is not installed (the Cypher syntax check needs Node.js 18+)");
        Skips.Unless(
            Directory.Exists(Path.Combine(ToolDirectory, "node_modules", "@neo4j-cypher", "language-support")),
            "@neo4j-cypher/language-support is not installed: run 'cd tools/cypher-lint && npm ci' (needs Node.js 18+ and npm)");

        var file = Path.Combine(Path.GetTempPath(), $"yiwugraph-lint-{Guid.NewGuid():N}.cypher");
        await File.WriteAllTextAsync(file, cypher, new UTF8Encoding(false), TestContext.Current.CancellationToken);
        try
        {
            string[] arguments = allowParameters
                ? [Path.Combine(ToolDirectory, "lint.mjs"), "--allow-parameters", file]
                : [Path.Combine(ToolDirectory, "lint.mjs"), file];
            var start = new ProcessStartInfo(node!, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = ToolDirectory,
            };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await stdout + await stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
