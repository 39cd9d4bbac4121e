using System.Text;

namespace YiwuGraph.Core;

/// <summary>
/// An output file written under a temporary name in the target's folder and renamed over the target only when
/// complete (<see cref="Commit"/>). Disposed without a commit, the temporary file is deleted, so a failed or
/// cancelled run leaves the earlier file byte for byte as it was and never a truncated one. The rename stays in
/// one folder, hence one file system, where it replaces the target in one step.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly FileStream stream;
    private bool committed;
    private bool disposed;

    private AtomicFile(string path, int bufferSize)
    {
        Path = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        Directory.CreateDirectory(folder);

        // Hidden, and unique per run, so two runs into one folder never write into each other's temporary file.
        TempPath = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(Path)}.{Guid.NewGuid():N}.tmp");
        stream = new FileStream(TempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize);
    }

    /// <summary>The file this one replaces when committed (a full path).</summary>
    public string Path { get; }

    /// <summary>Where the content goes until it is committed.</summary>
    public string TempPath { get; }

    /// <summary>The stream to write the content into; do not dispose it, dispose the <see cref="AtomicFile"/>.</summary>
    public Stream Stream => stream;

    /// <summary>Starts writing <paramref name="path"/>, creating its folder when needed.</summary>
    public static AtomicFile Create(string path, int bufferSize = 1 << 16)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new AtomicFile(path, bufferSize);
    }

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>; on any exception the old file stays.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var file = Create(path);
        write(file.Stream);
        file.Commit();
    }

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> content)
    {
        using var file = Create(path, bufferSize: 0);
        file.Stream.Write(content);
        file.Commit();
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark.</summary>
    public static void WriteAllText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        WriteAllBytes(path, Utf8NoBom.GetBytes(text));
    }

    /// <summary>Flushes the content and renames it over <see cref="Path"/>.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (committed)
        {
            throw new InvalidOperationException($"{Path} is already committed.");
        }

        // A writer that owned the stream (a StreamWriter in a using) may have closed it, flushing it as it did.
        if (stream.CanWrite)
        {
            stream.Flush();
        }

        stream.Dispose();
        File.Move(TempPath, Path, overwrite: true);
        committed = true;
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        stream.Dispose();
        if (!committed)
        {
            try
            {
                File.Delete(TempPath);
            }
            catch (IOException)
            {
                // Best effort: the exception that got us here is the one worth reporting, not this one.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }
}
