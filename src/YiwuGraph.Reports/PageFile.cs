using System.Text;
using YiwuGraph.Core;

namespace YiwuGraph.Reports;

/// <summary>
/// One thread's page buffer: a page is rendered into <see cref="Text"/>, encoded into a reused byte buffer and
/// written with one call, so writing 140,000 pages allocates neither page strings nor file streams.
/// </summary>
internal sealed class PageFile
{
    private readonly Encoder encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private byte[] bytes = new byte[1 << 16];

    public StringBuilder Text { get; } = new(1 << 15);

    /// <summary>Writes <see cref="Text"/> as UTF-8 (no byte order mark) to <paramref name="path"/> and clears it.</summary>
    public void WriteTo(string path)
    {
        var needed = Encoding.UTF8.GetMaxByteCount(Text.Length);
        if (bytes.Length < needed)
        {
            bytes = new byte[Math.Max(needed, bytes.Length * 2)];
        }

        var length = 0;
        foreach (var chunk in Text.GetChunks())
        {
            // Not flushed between chunks: a surrogate pair split across two chunks is encoded whole.
            length += encoder.GetBytes(chunk.Span, bytes.AsSpan(length), flush: false);
        }

        length += encoder.GetBytes([], bytes.AsSpan(length), flush: true);
        Text.Clear();
        Write(path, bytes.AsSpan(0, length));
    }

    /// <summary>
    /// Replaces a file's content through <see cref="AtomicFile"/>: a cancelled or failed run leaves each page either
    /// as it was or complete, never cut short.
    /// </summary>
    public static void Write(string path, ReadOnlySpan<byte> content) => AtomicFile.WriteAllBytes(path, content);
}
