using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace YiwuGraph.Tests;

/// <summary>
/// Skips that say why in the console of a plain <c>dotnet test</c>. The VSTest console logger prints a skipped
/// test's reason only at detailed verbosity, which also prints every passed test and replaces the one-line
/// "Passed!  - Failed: …" summary that .ci/run reads. So the reason is also sent as an xunit diagnostic message:
/// tests/xunit.runner.json turns those on and the adapter prints them as warnings, at normal verbosity.
/// </summary>
internal static class Skips
{
    public static void When(bool condition, string reason)
    {
        if (condition)
        {
            Because(reason);
        }
    }

    public static void Unless(bool condition, string reason) => When(!condition, reason);

    [DoesNotReturn]
    public static void Because(string reason)
    {
        var name = TestContext.Current.Test?.TestDisplayName ?? "a test";
        TestContext.Current.SendDiagnosticMessage("SKIP {0}: {1}", name, reason);
        Assert.Skip(reason);
        throw new UnreachableException();
    }
}
