using System.CommandLine;
using Spectre.Console;
using YiwuGraph.Graph;
using YiwuGraph.Graph.Storage;
using YiwuGraph.Reports;

namespace YiwuGraph.Cli.Commands;

/// <summary><c>yiwugraph path A B [--graph GRAPH]</c>: a shortest path ignoring direction, with the evidence for every hop.</summary>
internal static class PathCommand
{
    private const int EvidencePerHop = 3;

    public static Command Create()
    {
        var from = new Argument<string>("from") { Description = "Name, alias or key of the first entity." };
        var to = new Argument<string>("to") { Description = "Name, alias or key of the second entity." };
        var graph = EntityLookup.GraphOption();
        var command = new Command("path", "Show a shortest path between two entities, with the evidence for every hop.") { from, to, graph };
        command.SetAction(parse =>
        {
            var knowledgeGraph = GraphJsonlReader.Read(parse.GetValue(graph)!);
            var start = EntityLookup.Single(knowledgeGraph, parse.GetValue(from)!);
            var end = EntityLookup.Single(knowledgeGraph, parse.GetValue(to)!);
            var console = CommonOptions.ConsoleFor(parse.InvocationConfiguration.Output);
            var hops = GraphPaths.Shortest(knowledgeGraph, start.Key, end.Key);
            if (hops is null)
            {
                console.MarkupLine($"No path between {StatsCommand.Describe(start)} and {StatsCommand.Describe(end)}.");
                return CliApp.ExitInputFailed;
            }

            var table = new Table().Title($"{StatsCommand.Describe(start)} → {StatsCommand.Describe(end)}: {hops.Count} hop(s)")
                .AddColumn("#").AddColumn("from").AddColumn("relationship").AddColumn("to").AddColumn("evidence");
            for (var i = 0; i < hops.Count; i++)
            {
                var hop = hops[i];
                var arrow = hop.Forward ? $"-[{hop.Relationship.Type}]->" : $"<-[{hop.Relationship.Type}]-";
                table.AddRow(
                    (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    StatsCommand.Describe(hop.From),
                    Markup.Escape(arrow),
                    StatsCommand.Describe(hop.To),
                    Markup.Escape(EvidenceText(knowledgeGraph, hop.Relationship, EvidencePerHop)));
            }

            console.Write(table);
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>The first few pieces of evidence: article title, quoted snippet, source and offsets.</summary>
    internal static string EvidenceText(KnowledgeGraph graph, GraphRelationship relationship, int max)
    {
        var lines = relationship.Evidence.Take(max).Select(e =>
        {
            var title = graph.TryGetNode(e.ArticleKey, out var article) ? article.Properties.GetString("title") ?? e.ArticleKey : e.ArticleKey;
            return $"《{title}》 “{e.DisplayText}” {e.Source} [{e.Start}, {e.End})";
        }).ToList();
        if (relationship.Evidence.Count > max)
        {
            lines.Add($"… and {relationship.Evidence.Count - max} more");
        }

        return lines.Count == 0 ? "(no evidence recorded)" : string.Join(Environment.NewLine, lines);
    }
}
