using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using YiwuGraph.Graph;
using YiwuGraph.Graph.Storage;
using YiwuGraph.Reports;

namespace YiwuGraph.Cli.Commands;

/// <summary><c>yiwugraph stats [--graph GRAPH]</c>: counts per label and type, components, and the most central entities.</summary>
internal static class StatsCommand
{
    private const int Top = 10;

    public static Command Create()
    {
        var graph = EntityLookup.GraphOption();
        var command = new Command("stats", "Show node and relationship counts, connected components and the most central entities.") { graph };
        command.SetAction(parse =>
        {
            var knowledgeGraph = GraphJsonlReader.Read(parse.GetValue(graph)!);
            var analysis = GraphAnalysis.Compute(knowledgeGraph);
            var console = CommonOptions.ConsoleFor(parse.InvocationConfiguration.Output);
            var counts = new Table().Title("Nodes").AddColumn("label").AddColumn(new TableColumn("count").RightAligned());
            foreach (var (label, count) in knowledgeGraph.CountNodesByLabel())
            {
                counts.AddRow(label.ToString(), Number(count));
            }

            var types = new Table().Title("Relationships").AddColumn("type").AddColumn(new TableColumn("count").RightAligned());
            foreach (var (type, count) in knowledgeGraph.CountRelationshipsByType())
            {
                types.AddRow(Markup.Escape(type), Number(count));
            }

            var sizes = analysis.ComponentSizes;
            var components = new Table().Title("Weakly connected components").AddColumn("").AddColumn(new TableColumn("value").RightAligned())
                .AddRow("components", Number(sizes.Count))
                .AddRow("largest", Number(sizes.Count > 0 ? sizes[0] : 0))
                .AddRow("single nodes", Number(sizes.Count(s => s == 1)));
            console.Write(new Columns(counts, types, components) { Expand = false });

            var entities = knowledgeGraph.Nodes.Where(n => EntityResolver.IsEntity(n.Label)).ToList();
            var central = new Table().Title($"Top {Top} entities").AddColumn("by PageRank").AddColumn(new TableColumn("rank").RightAligned())
                .AddColumn("by degree").AddColumn(new TableColumn("degree").RightAligned());
            var byRank = analysis.TopByPageRank(entities, Top);
            var byDegree = analysis.TopByDegree(entities, Top);
            for (var i = 0; i < Math.Max(byRank.Count, byDegree.Count); i++)
            {
                central.AddRow(
                    i < byRank.Count ? Describe(byRank[i]) : string.Empty,
                    i < byRank.Count ? analysis.PageRank.GetValueOrDefault(byRank[i].Key).ToString("0.00000", CultureInfo.InvariantCulture) : string.Empty,
                    i < byDegree.Count ? Describe(byDegree[i]) : string.Empty,
                    i < byDegree.Count ? Number(analysis.Degree.GetValueOrDefault(byDegree[i].Key)) : string.Empty);
            }

            console.Write(central);
            return CliApp.ExitOk;
        });
        return command;
    }

    internal static string Describe(GraphNode node) => Markup.Escape($"{node.Name} ({node.Label})");

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
