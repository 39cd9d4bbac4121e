namespace YiwuGraph.Cli.Commands;

/// <summary>
/// Checks an output path given on the command line before any work is done, so that a run that cannot write its
/// result fails at once with a usage error naming the flag instead of after the work, in .NET's own words.
/// Nothing is created here: a folder that does not exist yet is made only when there is something to write.
/// </summary>
internal static class OutputPaths
{
    /// <summary>An output folder: an existing, writable folder, or one that can be created.</summary>
    public static string Folder(string flag, string path)
    {
        if (System.IO.File.Exists(path))
        {
            throw new UsageException($"{flag} {path}: is a file, not a folder");
        }

        CheckWritable($"{flag} {path}", path);
        return path;
    }

    /// <summary>An output file: not a folder, in a writable folder or one that can be created.</summary>
    public static string File(string flag, string path)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"{flag} {path}: is a folder, not a file");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (System.IO.File.Exists(folder))
        {
            throw new UsageException($"{flag} {path}: {folder} is a file, not a folder");
        }

        CheckWritable($"{flag} {path}", folder);
        return path;
    }

    /// <summary>Whether files can be written in <paramref name="folder"/>; errors start with <paramref name="what"/>, the flag and its value.</summary>
    private static void CheckWritable(string what, string folder)
    {
        var full = Path.GetFullPath(folder);
        var existing = full;
        while (!Directory.Exists(existing))
        {
            if (System.IO.File.Exists(existing))
            {
                throw new UsageException($"{what}: cannot create folder: {existing} is a file");
            }

            existing = Path.GetDirectoryName(existing);
            if (existing is null)
            {
                throw new UsageException($"{what}: cannot create folder: no such drive");
            }
        }

        // Permission bits do not tell (root, read-only mounts, /proc): trying is the only reliable check. The probe is
        // a hidden file of our own, created and removed at once; no file the user has is touched.
        var probe = Path.Combine(existing, $".yiwugraph-probe-{Guid.NewGuid():N}");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var reason = existing == full ? $"{existing} is not writable" : $"cannot create folder: {existing} is not writable";
            throw new UsageException($"{what}: {reason}");
        }
    }
}
