using System.Buffers;

namespace YiwuGraph.Neo4j.Client;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over arrays rented from <see cref="ArrayPool{T}.Shared"/>: request bodies of
/// large batches are built without large-object-heap allocations and returned to the pool after the request.
/// </summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private byte[] buffer;
    private int written;

    public PooledBufferWriter(int initialCapacity = 16 * 1024)
    {
        buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);
    }

    public ReadOnlyMemory<byte> WrittenMemory => buffer.AsMemory(0, written);

    public int WrittenCount => written;

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (written + count > buffer.Length)
        {
            throw new InvalidOperationException("Advanced past the end of the buffer.");
        }

        written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsMemory(written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsSpan(written);
    }

    public void Dispose()
    {
        var old = buffer;
        buffer = [];
        written = 0;
        if (old.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(old);
        }
    }

    private void Ensure(int sizeHint)
    {
        var needed = written + Math.Max(sizeHint, 1);
        if (needed <= buffer.Length)
        {
            return;
        }

        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
        buffer.AsSpan(0, written).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = bigger;
    }
}
