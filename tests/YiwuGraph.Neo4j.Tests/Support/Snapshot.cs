using System.Runtime.CompilerServices;
using System.Text;

namespace YiwuGraph.Neo4j.Tests.Support;

/// <summary>
/// Compares text with a file under Expectations/. On a difference it writes <c>NAME.received</c> beside it;
/// with <c>YIWUGRAPH_UPDATE_SNAPSHOTS=1</c> it rewrites the expectation instead.
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, string name, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(ProjectDirectory(callerPath), "Expectations");
        var path = Path.Combine(directory, name);
        var received = path + ".received";
        if (Environment.GetEnvironmentVariable("YIWUGRAPH_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        var expected = File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        Assert.Fail(expected is null
            ? $"No expectation {path}; wrote {received} (rename it, or run with YIWUGRAPH_UPDATE_SNAPSHOTS=1)."
            : $"Output differs from {path}; see {received}.");
    }

    public static string ProjectDirectory([CallerFilePath] string callerPath = "")
    {
        var dir = Path.GetDirectoryName(callerPath);
        while (dir is not null && !File.Exists(Path.Combine(dir, "YiwuGraph.Neo4j.Tests.csproj")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("Cannot find the test project directory.");
    }

    public static string RepositoryRoot([CallerFilePath] string callerPath = "") =>
        Path.GetFullPath(Path.Combine(ProjectDirectory(callerPath), "..", ".."));
}
