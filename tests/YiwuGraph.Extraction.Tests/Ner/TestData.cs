namespace YiwuGraph.Extraction.Tests.Ner;

/// <summary>The shared folder beside the repository (../shared, as in CI), or null when it is not there.</summary>
internal static class TestData
{
    public static string? Shared => Directory.Exists(RepoPaths.SharedData) ? Path.GetDirectoryName(RepoPaths.SharedData) : null;

    public static string? File(params string[] parts)
    {
        if (Shared is null)
        {
            return null;
        }

        var path = Path.Combine([Shared, .. parts]);
        return System.IO.File.Exists(path) ? path : null;
    }
}
