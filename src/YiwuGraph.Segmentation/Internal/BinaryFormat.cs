using System.IO.Compression;
using System.Text;
using YiwuGraph.Core;

namespace YiwuGraph.Segmentation.Internal;

/// <summary>The shared envelope of the model files: a 4-byte magic, a version, then a zlib (Deflate) body; Deflate decodes several times faster than Brotli, which matters for load time.</summary>
internal static class BinaryFormat
{
    public const int Version = 3;

    public static BinaryWriter BeginWrite(Stream stream, string magic)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Encoding.ASCII.GetBytes(magic));
        stream.Write(BitConverter.GetBytes(Version));
        var deflate = new ZLibStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        return new BinaryWriter(deflate, Encoding.UTF8, leaveOpen: false);
    }

    /// <summary>Checks the envelope and returns the whole decompressed body, so parsing works on memory.</summary>
    public static byte[] ReadBody(Stream stream, string magic, string resourceName)
    {
        if (stream is null)
        {
            throw new ResourceLoadException(resourceName, "the resource is missing");
        }

        Span<byte> header = stackalloc byte[8];
        try
        {
            stream.ReadExactly(header);
        }
        catch (EndOfStreamException ex)
        {
            throw new ResourceLoadException(resourceName, "truncated header", ex);
        }

        if (Encoding.ASCII.GetString(header[..4]) != magic)
        {
            throw new ResourceLoadException(resourceName, $"not a '{magic}' model file");
        }

        var version = BitConverter.ToInt32(header[4..]);
        if (version != Version)
        {
            throw new ResourceLoadException(resourceName, $"unsupported version {version}");
        }

        try
        {
            using var deflate = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var memory = new MemoryStream(stream.CanSeek ? (int)Math.Min(int.MaxValue / 2, stream.Length * 3) : 0);
            deflate.CopyTo(memory, 1 << 16);
            return memory.GetBuffer().AsSpan(0, (int)memory.Length).ToArray();
        }
        catch (InvalidDataException ex)
        {
            throw new ResourceLoadException(resourceName, "corrupt compressed body", ex);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            throw new ResourceLoadException(resourceName, "corrupt compressed body", ex);
        }
    }

    public static void WriteVarInt(BinaryWriter w, long value)
    {
        var v = (ulong)value;
        while (v >= 0x80)
        {
            w.Write((byte)(v | 0x80));
            v >>= 7;
        }

        w.Write((byte)v);
    }

    public static long ReadVarInt(ref SpanReader r)
    {
        ulong result = 0;
        var shift = 0;
        while (true)
        {
            var b = r.ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (long)result;
            }

            shift += 7;
            if (shift > 63)
            {
                throw new InvalidDataException("varint too long");
            }
        }
    }
}

/// <summary>A bounds-checked little-endian reader over a byte array (throws <see cref="InvalidDataException"/>).</summary>
internal ref struct SpanReader
{
    private readonly ReadOnlySpan<byte> data;
    private int position;

    public SpanReader(ReadOnlySpan<byte> data)
    {
        this.data = data;
        position = 0;
    }

    public readonly bool AtEnd => position == data.Length;

    public byte ReadByte()
    {
        if (position >= data.Length)
        {
            throw new InvalidDataException("unexpected end of data");
        }

        return data[position++];
    }

    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        if (count < 0 || position + count > data.Length)
        {
            throw new InvalidDataException("unexpected end of data");
        }

        var span = data.Slice(position, count);
        position += count;
        return span;
    }

    public int ReadInt32() => BitConverter.ToInt32(ReadBytes(4));

    public long ReadInt64() => BitConverter.ToInt64(ReadBytes(8));

    public double ReadDouble() => BitConverter.ToDouble(ReadBytes(8));

    public char ReadChar() => (char)BitConverter.ToUInt16(ReadBytes(2));

    public string ReadString()
    {
        var length = ReadByte();
        return Encoding.UTF8.GetString(ReadBytes(length));
    }

    public int ReadCount(int max)
    {
        var count = ReadInt32();
        if (count < 0 || count > max)
        {
            throw new InvalidDataException($"implausible count {count}");
        }

        return count;
    }
}

internal static class BinaryWriterExtensions
{
    public static void WriteShortString(this BinaryWriter w, string s)
    {
        var bytes = Encoding.UTF8.GetBytes(s);
        if (bytes.Length > 255)
        {
            throw new ArgumentException($"'{s}' is longer than 255 bytes", nameof(s));
        }

        w.Write((byte)bytes.Length);
        w.Write(bytes);
    }
}
