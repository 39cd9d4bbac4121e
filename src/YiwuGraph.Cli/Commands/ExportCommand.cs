using System.CommandLine;
using System.Globalization;
using YiwuGraph.Neo4j.Export;

namespace YiwuGraph.Cli.Commands;

/// <summary>
/// <c>yiwugraph export [GRAPH] --format cypher|neo4j-admin|graphml|jsonl --out PATH</c>: offline exports for
/// cypher-shell, neo4j-admin bulk import, Gephi/yEd, and APOC JSON lines.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var graph = new Argument<string>("graph")
        {
            Description = "The graph to export (written by 'yiwugraph build').",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => Path.Combine("out", "graph.jsonl"),
        };
        var format = new Option<string>("--format", "-f") { Description = "cypher, neo4j-admin, graphml or jsonl.", Required = true };
        format.AcceptOnlyFromAmong([.. GraphExporter.FormatNames]);
        var outPath = new Option<string?>("--out", "-o")
        {
            Description = "Output file (a folder for neo4j-admin). Default: out/graph.cypher, out/neo4j-import/, out/graph.graphml, out/export.jsonl.",
        };
        var database = new Option<string>("--database", "-d") { Description = "Database the neo4j-admin command imports into.", DefaultValueFactory = _ => "neo4j" };
        var quiet = CommonOptions.Quiet();
        var command = new Command("export", "Export the graph for cypher-shell, neo4j-admin import, Gephi/yEd, or as JSON lines.")
        {
            graph, format, outPath, database, quiet,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!GraphExporter.TryParseFormat(parse.GetValue(format)!, out var kind))
            {
                throw new UsageException($"unknown --format; use one of {string.Join(", ", GraphExporter.FormatNames)}");
            }

            var target = parse.GetValue(outPath) ?? DefaultPath(kind);
            target = kind == GraphExportFormat.Neo4jAdmin ? OutputPaths.Folder("--out", target) : OutputPaths.File("--out", target);
            GraphExportResult result;
            try
            {
                result = GraphExporter.ExportFile(parse.GetValue(graph)!, kind, target, parse.GetValue(database)!);
            }
            catch (ArgumentException ex)
            {
                throw new UsageException(ex.Message);
            }

            if (!parse.GetValue(quiet))
            {
                var output = parse.InvocationConfiguration.Output;
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Wrote {target} ({result.NodeCount} nodes, {result.RelationshipCount} relationships).")).ConfigureAwait(false);
                foreach (var line in result.Lines)
                {
                    await output.WriteLineAsync(line).ConfigureAwait(false);
                }
            }

            return CliApp.ExitOk;
        });
        return command;
    }

    private static string DefaultPath(GraphExportFormat format) => format switch
    {
        GraphExportFormat.Cypher => Path.Combine("out", "graph.cypher"),
        GraphExportFormat.Neo4jAdmin => Path.Combine("out", "neo4j-import"),
        GraphExportFormat.GraphMl => Path.Combine("out", "graph.graphml"),
        _ => Path.Combine("out", "export.jsonl"),
    };
}
