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
            var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
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
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: nothing half-written is left behind (graph files are written beside and moved into place).
            await stderr.WriteLineAsync("yiwugraph: cancelled").ConfigureAwait(false);
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
