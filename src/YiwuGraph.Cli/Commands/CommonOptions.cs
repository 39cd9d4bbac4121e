using System.CommandLine;
using Spectre.Console;

namespace YiwuGraph.Cli.Commands;

/// <summary>Arguments and options several verbs share, so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> InputPaths()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Page files (.txt, .md) or folders to read recursively.",
            Arity = ArgumentArity.OneOrMore,
        };

        // A many-valued argument would swallow a mistyped option as a path; say what it is instead.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && !File.Exists(t.Value) && !Directory.Exists(t.Value)))
            {
                result.AddError($"unknown option '{token.Value}'");
            }
        });
        return paths;
    }

    public static Option<bool> Progress() => new("--progress")
    {
        Description = "Show progress on stderr even when it is not a terminal (a line every 10 s: pages, bytes/s, ETA), e.g. for batch logs.",
    };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print nothing but errors." };

    /// <summary>A Spectre console that writes to <paramref name="writer"/> (the command's output, or stderr for progress).</summary>
    public static IAnsiConsole ConsoleFor(TextWriter writer) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
}
