namespace YiwuGraph.Cli.Commands;

/// <summary>Turns a cancelled run into <see cref="RunCancelledException"/> that says what was kept on disk.</summary>
internal static class Cancellation
{
    public static T Keeping<T>(string kept, CancellationToken cancellationToken, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return work();
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested && ex is not RunCancelledException)
        {
            throw new RunCancelledException(kept);
        }
    }

    /// <summary>"X unchanged" when <paramref name="path"/> exists, "X not created" when it does not.</summary>
    public static string Unchanged(string path) => File.Exists(path) || Directory.Exists(path) ? $"{path} unchanged" : $"{path} not created";
}

/// <summary>Ctrl+C (or SIGTERM) stopped a run; <see cref="Exception.Message"/> says what was kept (exit code 130).</summary>
public sealed class RunCancelledException : OperationCanceledException
{
    public RunCancelledException(string kept)
        : base(kept)
    {
    }
}
