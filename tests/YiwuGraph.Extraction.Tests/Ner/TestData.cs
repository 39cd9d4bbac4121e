namespace YiwuGraph.Extraction.Tests.Ner;

/// <summary>Locates the shared data folder: ../shared beside the repository (CI) or /work/shared.</summary>
internal static class TestData
{
    private static readonly Lazy<string?> SharedRoot = new(FindShared);

    public static string? Shared => SharedRoot.Value;

    public static string? File(params string[] parts)
    {
        if (Shared is null)
        {
            return null;
        }

        var path = Path.Combine([Shared, .. parts]);
        return System.IO.File.Exists(path) ? path : null;
    }

    private static string? FindShared()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "YiwuGraph.sln")))
            {
                var beside = Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
                if (Directory.Exists(beside))
                {
                    return beside;
                }

                break;
            }

            dir = dir.Parent;
        }

        return Directory.Exists("/work/shared") ? "/work/shared" : null;
    }
}
