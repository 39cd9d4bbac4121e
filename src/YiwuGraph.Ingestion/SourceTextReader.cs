using System.Text;
using YiwuGraph.Core;

namespace YiwuGraph.Ingestion;

/// <summary>
/// Reads a text source line by line with the encoding and binary checks of <see cref="SourceReader"/>, without
/// holding the whole source in memory: the verbs that stream (segment, ner, eval-ner, train-ner) read through
/// this, so a GBK file reads as it does in <c>build</c> and a binary one is refused before any output is written.
/// The encoding is decided on the first 64 KB; bytes later on that it cannot decode are an error naming the line.
/// An empty source is not an error here: each verb says what an empty input means for it.
/// </summary>
public sealed class SourceTextReader : TextReader
{
    private const int SniffBytes = 1 << 16;

    // Undecodable bytes become this noncharacter so that the line holding them can be named; a U+FFFF in the
    // text itself is reported the same way, which is right for text meant for people.
    private const char Invalid = '\uFFFF';

    private readonly StreamReader inner;
    private readonly string name;
    private readonly string encodingName;
    private int lineNumber;

    private SourceTextReader(StreamReader inner, string name, string encodingName)
    {
        this.inner = inner;
        this.name = name;
        this.encodingName = encodingName;
    }

    /// <summary>The encoding found: utf-8, utf-8-bom, utf-16le, utf-16be or gb18030.</summary>
    public string EncodingName => encodingName;

    /// <summary>Opens a file; throws <see cref="InputFileException"/> naming it when it is missing, binary or undecodable.</summary>
    public static SourceTextReader Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputFileException(path, "file not found");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(path, $"cannot be read ({ex.Message})");
        }

        try
        {
            return Open(stream, path);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads from <paramref name="stream"/> (a file or standard input), which the reader then owns;
    /// <paramref name="name"/> is what errors call it.
    /// </summary>
    public static SourceTextReader Open(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        var head = new byte[SniffBytes];
        var filled = 0;
        int read;
        var complete = false;
        while (filled < head.Length)
        {
            // A pipe hands over what it has; keep reading until the head is full or the input ends.
            if ((read = stream.Read(head, filled, head.Length - filled)) == 0)
            {
                complete = true;
                break;
            }

            filled += read;
        }

        var detected = SourceReader.Detect(head.AsSpan(0, filled), complete, name);
        var encoding = (Encoding)detected.Encoding.Clone();
        encoding.DecoderFallback = new DecoderReplacementFallback(Invalid.ToString());
        var rest = new PrefixedStream(head, detected.PreambleLength, filled, stream);
        var reader = new StreamReader(rest, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: false);
        return new SourceTextReader(reader, name, detected.Name);
    }

    public override string? ReadLine()
    {
        string? line;
        try
        {
            line = inner.ReadLine();
        }
        catch (IOException ex)
        {
            throw new InputFileException(name, $"cannot be read ({ex.Message})", lineNumber + 1);
        }

        if (line is null)
        {
            return null;
        }

        lineNumber++;
        if (line.Contains(Invalid, StringComparison.Ordinal))
        {
            throw new InputFileException(name, $"invalid {encodingName} (the encoding its start has)", lineNumber);
        }

        return line;
    }

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        return c == Invalid ? throw new InputFileException(name, $"invalid {encodingName} (the encoding its start has)") : c;
    }

    public override int Read(Span<char> buffer)
    {
        var count = inner.Read(buffer);
        return buffer[..count].Contains(Invalid) ? throw new InputFileException(name, $"invalid {encodingName} (the encoding its start has)") : count;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>The sniffed head (after its byte-order mark) followed by the rest of a stream that cannot seek back.</summary>
    private sealed class PrefixedStream(byte[] head, int position, int length, Stream tail) : Stream
    {
        private int position = position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (position < length)
            {
                var n = Math.Min(buffer.Length, length - position);
                head.AsSpan(position, n).CopyTo(buffer);
                position += n;
                return n;
            }

            return tail.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                tail.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
