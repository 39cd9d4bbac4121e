using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using YiwuGraph.Graph.Storage;
using YiwuGraph.Reports;

namespace YiwuGraph.Cli.Commands;

/// <summary><c>yiwugraph neighbors NAME [--hops 2] [--graph GRAPH]</c>: what lies within some hops of an entity.</summary>
internal static class NeighborsCommand
{
    public const int MaxHops = 4;

    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Name, alias or key of the entity." };
        var hops = new Option<int>("--hops") { Description = $"How far to walk, 1 to {MaxHops}.", DefaultValueFactory = _ => 1 };
        var limit = new Option<int>("--limit") { Description = "Show at most this many neighbours.", DefaultValueFactory = _ => 200 };
        var graph = EntityLookup.GraphOption();
        var command = new Command("neighbors", "List the entities and articles within some hops of an entity.") { name, hops, limit, graph };
        command.SetAction(parse =>
        {
            var depth = parse.GetValue(hops);
            var max = parse.GetValue(limit);
            if (depth is < 1 or > MaxHops || max < 1)
            {
                throw new UsageException($"--hops must be 1 to {MaxHops} and --limit at least 1");
            }

            var knowledgeGraph = GraphJsonlReader.Read(parse.GetValue(graph)!);
            var centre = EntityLookup.Single(knowledgeGraph, parse.GetValue(name)!);
            var hits = Neighborhood.Walk(knowledgeGraph, centre.Key, depth, max + 1);
            var console = CommonOptions.ConsoleFor(parse.InvocationConfiguration.Output);
            var table = new Table().Title($"Within {depth} hop(s) of {StatsCommand.Describe(centre)}")
                .AddColumn("hops").AddColumn("name").AddColumn("label").AddColumn("reached by").AddColumn("evidence");
            foreach (var hit in hits.Take(max))
            {
                var from = knowledgeGraph.GetNode(hit.From);
                var arrow = hit.Via.Source == hit.From ? $"{from.Name} -[{hit.Via.Type}]->" : $"{from.Name} <-[{hit.Via.Type}]-";
                table.AddRow(
                    hit.Hops.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(hit.Node.Name),
                    hit.Node.Label.ToString(),
                    Markup.Escape(arrow),
                    Markup.Escape(PathCommand.EvidenceText(knowledgeGraph, hit.Via, 1)));
            }

            console.Write(table);
            if (hits.Count > max)
            {
                console.WriteLine($"(more than {max}; raise --limit to see more)");
            }

            return CliApp.ExitOk;
        });
        return command;
    }
}
