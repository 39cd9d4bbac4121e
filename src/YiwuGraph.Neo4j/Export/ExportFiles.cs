using System.Text;

namespace YiwuGraph.Neo4j.Export;

/// <summary>File helpers shared by the exporters: UTF-8 without BOM, write-then-move so no half file is left.</summary>
internal static class ExportFiles
{
    public static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void WriteAtomically(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            write(stream);
        }

        File.Move(temp, path, overwrite: true);
    }

    public static void WriteAtomically(string path, string content) =>
        WriteAtomically(path, stream =>
        {
            var bytes = Utf8NoBom.GetBytes(content);
            stream.Write(bytes);
        });
}
