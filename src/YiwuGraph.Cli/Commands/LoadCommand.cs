using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using YiwuGraph.Graph;
using YiwuGraph.Graph.Storage;
using YiwuGraph.Neo4j.Client;
using YiwuGraph.Neo4j.Loading;

namespace YiwuGraph.Cli.Commands;

/// <summary>
/// <c>yiwugraph load [GRAPH] --uri http://localhost:7474 --database neo4j --user neo4j [--batch-size N]</c>:
/// loads graph.jsonl into Neo4j over HTTP(S). The password comes from NEO4J_PASSWORD or a prompt without echo.
/// </summary>
internal static class LoadCommand
{
    public const string PasswordVariable = "NEO4J_PASSWORD";

    public static Command Create()
    {
        var graph = new Argument<string>("graph")
        {
            Description = "The graph to load (written by 'yiwugraph build').",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => Path.Combine("out", "graph.jsonl"),
        };
        var uri = new Option<string>("--uri") { Description = "Neo4j HTTP(S) address (7474 for http, 7473 for https; Aura: https://<id>.databases.neo4j.io).", DefaultValueFactory = _ => "http://localhost:7474" };
        var database = new Option<string>("--database", "-d") { Description = "Database name.", DefaultValueFactory = _ => "neo4j" };
        var user = new Option<string>("--user", "-u") { Description = $"User name; the password is read from {PasswordVariable} or asked for.", DefaultValueFactory = _ => "neo4j" };
        var noAuth = new Option<bool>("--no-auth") { Description = "Send no credentials (a server started with NEO4J_AUTH=none)." };
        var batchSize = new Option<int>("--batch-size") { Description = "Rows per UNWIND request.", DefaultValueFactory = _ => GraphLoadOptions.DefaultBatchSize };
        var timeout = new Option<int>("--timeout") { Description = "Seconds one request may take.", DefaultValueFactory = _ => 120 };
        var api = new Option<string>("--api") { Description = "HTTP API: auto (from the server's discovery document), query or transactional.", DefaultValueFactory = _ => "auto" };
        api.AcceptOnlyFromAmong("auto", "query", "transactional");
        var addOnly = new Option<bool>("--add-only") { Description = "Only add and update; do not remove facts the graph's source files no longer give." };
        var quiet = CommonOptions.Quiet();
        var command = new Command("load", "Load the graph into Neo4j (idempotent, batched, over the HTTP Query API).")
        {
            graph, uri, database, user, noAuth, batchSize, timeout, api, addOnly, quiet,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var size = parse.GetValue(batchSize);
            if (size < 1)
            {
                throw new UsageException("--batch-size must be at least 1");
            }

            var seconds = parse.GetValue(timeout);
            if (seconds < 1)
            {
                throw new UsageException("--timeout must be at least 1 second");
            }

            var baseUri = ParseUri(parse.GetValue(uri)!);
            var isQuiet = parse.GetValue(quiet);
            var source = GraphLoadSource.FromFile(parse.GetValue(graph)!);
            var withoutAuth = parse.GetValue(noAuth);
            var userName = parse.GetValue(user)!;
            var options = new Neo4jConnectionOptions(baseUri, parse.GetValue(database)!)
            {
                User = withoutAuth ? null : userName,
                Password = withoutAuth ? null : ReadPassword(userName),
                Timeout = TimeSpan.FromSeconds(seconds),
                OnRetry = (failure, wait) => parse.InvocationConfiguration.Error.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"yiwugraph: {failure.Message}; retrying in {wait.TotalSeconds:0.0} s")),
                Api = parse.GetValue(api) switch
                {
                    "query" => Neo4jHttpApi.Query,
                    "transactional" => Neo4jHttpApi.Transactional,
                    _ => Neo4jHttpApi.Auto,
                },
            };
            var loadOptions = new GraphLoadOptions { BatchSize = size, ReplaceSourceFacts = !parse.GetValue(addOnly) };

            using var client = await Neo4jHttpClient.ConnectAsync(options, cancellationToken).ConfigureAwait(false);
            var loader = new GraphLoader(client, loadOptions);
            var report = await RunWithProgressAsync(loader, source, isQuiet, cancellationToken).ConfigureAwait(false);
            var console = CommonOptions.ConsoleFor(parse.InvocationConfiguration.Output);
            if (!isQuiet)
            {
                LoadReportView.Write(parse.InvocationConfiguration.Output, console, report, baseUri);
            }

            return CliApp.ExitOk;
        });
        return command;
    }

    private static Uri ParseUri(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed))
        {
            throw new UsageException($"--uri '{text}' is not an absolute URI such as http://localhost:7474");
        }

        if (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
        {
            throw new UsageException($"--uri '{text}': use the HTTP port (http://HOST:7474 or https://HOST:7473); Bolt ({parsed.Scheme}://) is not supported");
        }

        if (!string.IsNullOrEmpty(parsed.UserInfo))
        {
            throw new UsageException($"--uri must not carry credentials; use --user and {PasswordVariable}");
        }

        return parsed;
    }

    /// <summary>The password from the environment, else typed without echo; never from an argument.</summary>
    private static string ReadPassword(string user)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(PasswordVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        if (Console.IsInputRedirected || Console.IsErrorRedirected)
        {
            throw new UsageException($"no password: set {PasswordVariable} (or pass --no-auth for a server without authentication)");
        }

        var console = CommonOptions.ConsoleFor(Console.Error);
        return console.Prompt(new TextPrompt<string>($"Neo4j password for [bold]{Markup.Escape(user)}[/]:").Secret(null));
    }

    private static async Task<GraphLoadReport> RunWithProgressAsync(GraphLoader loader, GraphLoadSource graph, bool quiet, CancellationToken cancellationToken)
    {
        if (quiet || Console.IsErrorRedirected)
        {
            return await loader.LoadAsync(graph, null, cancellationToken).ConfigureAwait(false);
        }

        var console = CommonOptions.ConsoleFor(Console.Error);
        GraphLoadReport? report = null;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var progress = new SynchronousProgress(p =>
                {
                    if (!tasks.TryGetValue(p.Phase, out var task))
                    {
                        tasks[p.Phase] = task = ctx.AddTask(p.Phase, maxValue: Math.Max(1, p.Total));
                    }

                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                });
                report = await loader.LoadAsync(graph, progress, cancellationToken).ConfigureAwait(false);
                foreach (var task in tasks.Values)
                {
                    task.Value = task.MaxValue;
                }
            }).ConfigureAwait(false);
        return report!;
    }

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class SynchronousProgress(Action<GraphLoadProgress> report) : IProgress<GraphLoadProgress>
    {
        public void Report(GraphLoadProgress value) => report(value);
    }
}

/// <summary>The end of a load: where, how fast, and the database's counts beside the graph's.</summary>
internal static class LoadReportView
{
    public static void Write(TextWriter output, IAnsiConsole console, GraphLoadReport report, Uri uri)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"Loaded into {uri} ({report.Server}, {report.Api})."));
        output.WriteLine(report.ThroughputLine());
        if (report.RelationshipsDeleted + report.RelationshipsStripped + report.ArticlesDeleted + report.OrphansDeleted > 0)
        {
            output.WriteLine(string.Create(
                inv,
                $"Replaced changed facts: {report.RelationshipsDeleted} relationships removed, {report.RelationshipsStripped} trimmed, {report.ArticlesDeleted} articles and {report.OrphansDeleted} unconnected nodes removed."));
        }

        var table = new Table().AddColumn("").AddColumn(new TableColumn("graph").RightAligned()).AddColumn(new TableColumn("database").RightAligned());
        foreach (var label in NodeLabels.All)
        {
            table.AddRow(Markup.Escape(":" + label), Count(report.Graph.Nodes(label)), Count(report.Database.Nodes(label)));
        }

        table.AddRow("[bold]nodes[/]", Count(report.Graph.TotalNodes), Count(report.Database.TotalNodes));
        foreach (var type in report.Graph.RelationshipsByType.Keys.Union(report.Database.RelationshipsByType.Keys).Order(StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape(":" + type), Count(report.Graph.Relationships(type)), Count(report.Database.Relationships(type)));
        }

        table.AddRow("[bold]relationships[/]", Count(report.Graph.TotalRelationships), Count(report.Database.TotalRelationships));
        console.Write(table);
        output.Flush();
        if (!report.DatabaseHoldsGraph)
        {
            output.WriteLine("Warning: the database holds fewer items than the graph for some label or type.");
        }
    }

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
