using System.CommandLine;
using YiwuGraph.Cli.Commands;
using YiwuGraph.Core;

namespace YiwuGraph.Cli;

/// <summary>The one boundary where failures become exit codes and one-line messages.</summary>
public static class CliApp
{
    public const int ExitOk = 0;
    public const int ExitInputFailed = 1;
    public const int ExitUsage = 2;
    public const int ExitCancelled = 130;

    public static readonly Option<bool> VerboseOption = new("--verbose")
    {
        Description = "Print stack traces of failures.",
        Recursive = true,
    };

    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("YiwuGraph: a knowledge-graph builder for Chinese news pages.");
        root.Options.Add(VerboseOption);
        foreach (var command in CommandCatalog.CreateAll())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = CreateRootCommand();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync($"yiwugraph: {error.Message}").ConfigureAwait(false);
            }

            await stderr.WriteLineAsync("Try 'yiwugraph --help'.").ConfigureAwait(false);
            return ExitUsage;
        }

        var verbose = parse.GetValue(VerboseOption);
        try
        {
            // Signals are handled by the caller's token (Program.cs): System.CommandLine's own handler would end the run
            // with 130 before the command could say what it kept.
            var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await parse.InvokeAsync(config, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException ex)
        {
            await stderr.WriteLineAsync($"yiwugraph: {ex.Message}").ConfigureAwait(false);
            return ExitUsage;
        }
        catch (YiwuGraphException ex)
        {
            await stderr.WriteLineAsync($"yiwugraph: {ex.Message}").ConfigureAwait(false);
            if (verbose)
            {
                await stderr.WriteLineAsync(ex.ToString()).ConfigureAwait(false);
            }

            return ExitInputFailed;
        }
        catch (IOException ex)
        {
            await stderr.WriteLineAsync($"yiwugraph: {ex.Message}").ConfigureAwait(false);
            if (verbose)
            {
                await stderr.WriteLineAsync(ex.ToString()).ConfigureAwait(false);
            }

            return ExitInputFailed;
        }
        catch (UnauthorizedAccessException ex)
        {
            await stderr.WriteLineAsync($"yiwugraph: {ex.Message}").ConfigureAwait(false);
            return ExitInputFailed;
        }
        catch (RunCancelledException ex)
        {
            await stderr.WriteLineAsync($"yiwugraph: cancelled: {ex.Message}").ConfigureAwait(false);
            return ExitCancelled;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Verbs that write files say what they kept (RunCancelledException); the others wrote no file, as every
            // output goes through AtomicFile. Only load changes something outside: the rows the server committed.
            var kept = parse.CommandResult.Command.Name == "load"
                ? "no file written; the batches Neo4j already committed stay (loading again completes them: nodes and relationships are merged by key)"
                : "no file written";
            await stderr.WriteLineAsync($"yiwugraph: cancelled: {kept}").ConfigureAwait(false);
            return ExitCancelled;
        }
    }
}

/// <summary>A command line that parses but asks for something impossible (exit code 2).</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
