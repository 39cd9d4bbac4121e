using System.CommandLine;
using Spectre.Console;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Extraction.Pipeline;

namespace YiwuGraph.Cli.Commands;

/// <summary>Arguments and options several verbs share, so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> InputPaths()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Page files (.txt, .md; saved web pages .html, .htm) or folders to read recursively.",
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

    /// <summary><c>--lexicons DIR</c>: word lists that replace the embedded ones of the same file name.</summary>
    public static Option<DirectoryInfo?> Lexicons() => new("--lexicons")
    {
        Description = "Folder of word lists (titles.tsv, surnames.tsv, …) that replace the embedded lists of the same name; "
            + "a malformed line or a file name no list has is an error.",
    };

    /// <summary>
    /// The lists <c>--lexicons</c> names, loaded before any work starts (so a malformed file fails at once, naming
    /// file and line), or null for the embedded ones.
    /// </summary>
    public static LexiconSet? LoadLexicons(DirectoryInfo? folder)
    {
        if (folder is null)
        {
            return null;
        }

        var lexicons = LexiconSet.Load(folder.FullName);
        if (lexicons.Overridden.FirstOrDefault(NewsPipelines.EmbeddedOnlyLexicons.Contains) is { } fixedList)
        {
            throw new UsageException($"--lexicons: {Path.Combine(folder.FullName, fixedList)}: the event and short-name stages read only the embedded {fixedList}; it cannot be replaced yet");
        }

        return lexicons;
    }

    /// <summary>A Spectre console that writes to <paramref name="writer"/> (the command's output, or stderr for progress).</summary>
    public static IAnsiConsole ConsoleFor(TextWriter writer) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });

    /// <summary>The progress bar of a run that reads bytes (build, merge): share done, bytes, speed, time left and spent.</summary>
    public static Progress BytesProgress(IAnsiConsole console) =>
        console.Progress()
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new DownloadedColumn { Culture = System.Globalization.CultureInfo.InvariantCulture },
                new TransferSpeedColumn { Culture = System.Globalization.CultureInfo.InvariantCulture },
                new RemainingTimeColumn(),
                new ElapsedTimeColumn());
}
