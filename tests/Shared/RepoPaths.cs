namespace YiwuGraph.Tests;

/// <summary>Locates the repository (the folder holding YiwuGraph.sln) and the shared data beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The read-only shared data folder that sits beside the repository (in CI too).</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    /// <summary>The hand annotations of the seed pages beside the repository, or null when they are not there.</summary>
    public static string? SeedGold => Directory.Exists(Path.Combine(SharedData, "seed-gold")) ? Path.Combine(SharedData, "seed-gold") : null;

    public static string Seed(string prefix) =>
        Directory.GetFiles(Seeds, prefix + "*.txt").Single();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "YiwuGraph.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("YiwuGraph.sln not found above the test binaries.");
    }
}
