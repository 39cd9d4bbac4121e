namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>Locates the repository (the folder holding YiwuGraph.sln), its seeds and the shared data beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The hand annotations beside the repository, or null when they are not there.</summary>
    public static string? SeedGold
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "seed-gold"));
            return Directory.Exists(dir) ? dir : null;
        }
    }

    public static string Seed(string prefix) => Directory.GetFiles(Seeds, prefix + "*.txt").Single();

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
