using System.Buffers;
using System.Text;

namespace YiwuGraph.Graph.Storage;

/// <summary>
/// Splits a stream into lines of UTF-8 bytes without decoding them, so a JSON reader can parse each line where it
/// lies in the buffer. Lines end at <c>\n</c>, <c>\r\n</c> or <c>\r</c>, as for <see cref="StreamReader.ReadLine"/>;
/// a UTF-8 byte order mark is skipped, and a UTF-16 or UTF-32 one (seekable streams only) is transcoded to UTF-8.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    private const int InitialBufferSize = 1 << 20;

    private readonly Stream stream;
    private readonly Stream? transcoder;
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
    private int start;
    private int end;
    private bool endOfStream;
    private bool atFirstLine = true;

    public Utf8LineReader(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var encoding = stream.CanSeek ? WideEncodingOf(stream) : null;
        transcoder = encoding is null ? null : Encoding.CreateTranscodingStream(stream, encoding, Encoding.UTF8, leaveOpen: true);
        this.stream = transcoder ?? stream;
    }

    /// <summary>The next line without its terminator; false at the end of the stream. Valid until the next call.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var pending = buffer.AsSpan(start, end - start);
            var stop = pending.IndexOfAny((byte)'\n', (byte)'\r');
            if (stop >= 0 && (pending[stop] == '\n' || stop + 1 < pending.Length || endOfStream))
            {
                line = Trim(pending[..stop]);
                start += stop + (pending[stop] == '\r' && stop + 1 < pending.Length && pending[stop + 1] == '\n' ? 2 : 1);
                return true;
            }

            if (endOfStream)
            {
                if (pending.IsEmpty)
                {
                    line = default;
                    return false;
                }

                line = Trim(pending);
                start = end;
                return true;
            }

            Fill();
        }
    }

    public void Dispose()
    {
        transcoder?.Dispose();
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }

    /// <summary>UTF-16 and UTF-32 byte order marks, which <see cref="StreamReader"/> used to honour; the stream is left where it was.</summary>
    private static Encoding? WideEncodingOf(Stream stream)
    {
        var position = stream.Position;
        Span<byte> head = stackalloc byte[4];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = position;
        head = head[..read];
        return head switch
        {
            [0xFF, 0xFE, 0, 0] => Encoding.UTF32,
            [0, 0, 0xFE, 0xFF] => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
            [0xFF, 0xFE, ..] => Encoding.Unicode,
            [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
            _ => null,
        };
    }

    private ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line)
    {
        if (atFirstLine)
        {
            atFirstLine = false;
            if (line.StartsWith("\uFEFF"u8))
            {
                return line[3..];
            }
        }

        return line;
    }

    /// <summary>Moves the unread bytes to the front, grows the buffer if one line fills it, and reads more.</summary>
    private void Fill()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            endOfStream = true;
        }

        end += read;
    }
}
