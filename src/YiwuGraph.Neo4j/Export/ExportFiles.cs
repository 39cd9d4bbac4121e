using System.Text;
using YiwuGraph.Core;

namespace YiwuGraph.Neo4j.Export;

/// <summary>File helpers shared by the exporters: UTF-8 without BOM, written through <see cref="AtomicFile"/> so no half file is left.</summary>
internal static class ExportFiles
{
    public static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void WriteAtomically(string path, Action<Stream> write) => AtomicFile.Write(path, write);

    public static void WriteAtomically(string path, string content) => AtomicFile.WriteAllBytes(path, Utf8NoBom.GetBytes(content));
}
