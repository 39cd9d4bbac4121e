using System.CommandLine;

namespace YiwuGraph.Cli.Commands;

/// <summary>Arguments and options several verbs share, so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> InputPaths() => new("paths")
    {
        Description = "Page files (.txt, .md) or folders to read recursively.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print nothing but errors." };
}
