using System.Runtime.CompilerServices;
using System.Text;

namespace YiwuGraph.Reports.Tests;

/// <summary>
/// Snapshot files under Expectations/. A mismatch writes <c>NAME.received.EXT</c> beside the expectation and fails;
/// set <c>UPDATE_EXPECTATIONS=1</c> to accept the new output.
/// </summary>
internal static class Expectation
{
    public static void Verify(string actual, string fileName, [CallerFilePath] string callerPath = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerPath)!, "Expectations");
        var path = Path.Combine(folder, fileName);
        var received = Path.Combine(folder, Path.GetFileNameWithoutExtension(fileName) + ".received" + Path.GetExtension(fileName));
        if (Environment.GetEnvironmentVariable("UPDATE_EXPECTATIONS") == "1" || !File.Exists(path))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        var expected = File.ReadAllText(path, Encoding.UTF8);
        if (expected != actual)
        {
            File.WriteAllText(received, actual, new UTF8Encoding(false));
            Assert.Fail($"{fileName} differs from its expectation; see {received}.");
        }

        File.Delete(received);
    }
}
