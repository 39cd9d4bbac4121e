using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using YiwuGraph.Core;
using YiwuGraph.Graph;
using YiwuGraph.Graph.Storage;
using YiwuGraph.Reports;

namespace YiwuGraph.Cli.Commands;

/// <summary>
/// <c>yiwugraph report --graph GRAPH (--entity NAME | --all) --out DIR</c>: self-contained HTML pages with Markdown
/// twins for one entity, or for every entity plus an index page.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var graph = EntityLookup.GraphOption();
        var entity = new Option<string?>("--entity", "-e") { Description = "Name, alias or key of the entity to report on." };
        var all = new Option<bool>("--all") { Description = "Report on every entity and article and write index.html and index.md." };
        var outDir = new Option<string>("--out", "-o")
        {
            Description = "Folder to write into (pages go under entities/ and articles/).",
            DefaultValueFactory = _ => Path.Combine("out", "report"),
        };
        var prune = new Option<bool>("--prune")
        {
            Description = "With --all: remove the pages an earlier run left in OUT for nodes no longer in the graph (kept otherwise).",
        };
        var quiet = CommonOptions.Quiet();
        var command = new Command("report", "Write entity reports: HTML with a neighbourhood picture and cited evidence, plus Markdown.")
        {
            graph, entity, all, outDir, prune, quiet,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var name = parse.GetValue(entity);
            var everything = parse.GetValue(all);
            if (everything == (name is not null))
            {
                throw new UsageException("give either --entity NAME or --all");
            }

            if (parse.GetValue(prune) && !everything)
            {
                throw new UsageException("--prune goes with --all");
            }

            var target = OutputPaths.Folder("--out", parse.GetValue(outDir)!);

            var clock = Stopwatch.StartNew();
            var knowledgeGraph = GraphJsonlReader.Read(parse.GetValue(graph)!);
            var readTime = clock.Elapsed;
            string message;
            if (everything)
            {
                if (knowledgeGraph.NodeCount == 0)
                {
                    // An empty graph is nearly always a build that read nothing; reporting it would empty the index.
                    throw new InputFileException(parse.GetValue(graph)!, $"holds no nodes: nothing to report; nothing in {target} written or removed");
                }

                var summary = Cancellation.Keeping(
                    $"pages written so far are complete, the others, the index and stale pages are as they were in {target}",
                    cancellationToken,
                    () => ReportWriter.WriteAll(knowledgeGraph, target, cancellationToken: cancellationToken, prune: parse.GetValue(prune)));
                var stale = summary.StalePagesKept > 0
                    ? $"kept {summary.StalePagesKept} pages of nodes no longer in the graph (--prune removes them)"
                    : $"removed {summary.StalePagesRemoved} stale pages";
                message = string.Create(
                    CultureInfo.InvariantCulture,
                    $"Wrote {summary.IndexPath}, {summary.EntityPages} entity pages and {summary.ArticlePages} article pages in {clock.Elapsed.TotalSeconds:0.00} s; {stale}.");
                if (parse.GetValue(CliApp.VerboseOption))
                {
                    // Where the time went, on stderr so that it never mixes with what scripts read from stdout.
                    var error = parse.InvocationConfiguration.Error;
                    await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  read graph   {readTime.TotalSeconds,7:0.00} s")).ConfigureAwait(false);
                    foreach (var (phase, elapsed) in summary.Phases)
                    {
                        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {phase,-12} {elapsed.TotalSeconds,7:0.00} s")).ConfigureAwait(false);
                    }
                }
            }
            else
            {
                var node = EntityLookup.Single(knowledgeGraph, name!);
                message = $"Wrote {ReportWriter.WriteEntity(knowledgeGraph, node, target)} ({node.Label} {node.Key}).";
            }

            if (!parse.GetValue(quiet))
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync(message).ConfigureAwait(false);
            }

            return CliApp.ExitOk;
        });
        return command;
    }
}

/// <summary>The graph option and name lookup shared by the report and exploration verbs.</summary>
internal static class EntityLookup
{
    public static Option<string> GraphOption() => new("--graph", "-g")
    {
        Description = "The graph written by 'yiwugraph build'.",
        DefaultValueFactory = _ => Path.Combine("out", "graph.jsonl"),
    };

    /// <summary>
    /// The one entity a name means; a usage error listing the candidates when it means several, or the closest
    /// names and aliases when it means none.
    /// </summary>
    public static GraphNode Single(KnowledgeGraph graph, string name)
    {
        var resolver = new EntityResolver(graph);
        var candidates = resolver.Resolve(name);
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new UsageException(NotFound(name, resolver.Suggest(name))),
            _ => throw new UsageException(
                $"'{name}' is ambiguous; use one of these keys:{Environment.NewLine}" +
                string.Join(Environment.NewLine, candidates.Select(c => $"  {c.Key}  ({c.Label} {c.Name})"))),
        };
    }

    /// <summary>"no entity named 'X'; did you mean: 叶帮锐 (Person), 叶书记 (alias of Person 叶帮锐)".</summary>
    internal static string NotFound(string name, IReadOnlyList<NameSuggestion> suggestions)
    {
        // Two entities of one name read the same here; typing that name then lists their keys.
        var shown = suggestions
            .Select(s => s.IsAlias ? $"{s.MatchedName} (alias of {s.Node.Label} {s.Node.Name})" : $"{s.MatchedName} ({s.Node.Label})")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return shown.Count == 0
            ? $"no entity named '{name}' (no person, organisation, place or event has a name or alias close to it)"
            : $"no entity named '{name}'; did you mean: {string.Join(", ", shown)}";
    }
}
