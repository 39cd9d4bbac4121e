using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace YiwuGraph.Extraction.Ner;

/// <summary>
/// Open-addressing lookup from feature key to its 13 quantized weights. Each slot is 16 shorts (32 bytes):
/// a 32-bit fingerprint from the key's high half, then the weights, so one probe touches one cache line.
/// </summary>
internal sealed unsafe class NerWeightTable
{
    private const int Stride = 16;
    private readonly short[] slots;
    private readonly int mask;
    private readonly short* basePointer;

    public NerWeightTable(ulong[] keys, short[] weights)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        mask = capacity - 1;
        // Pinned so the tagger can prefetch slots by address while it sums the previous character.
        slots = GC.AllocateArray<short>(capacity * Stride, pinned: true);
        basePointer = (short*)Unsafe.AsPointer(ref slots[0]);
        for (var f = 0; f < keys.Length; f++)
        {
            var key = keys[f];
            var fp = Fingerprint(key);
            var slot = (int)key & mask;
            while (ReadFingerprint(slot) != 0)
            {
                slot = (slot + 1) & mask;
            }

            var baseIndex = slot * Stride;
            slots[baseIndex] = (short)(fp & 0xFFFF);
            slots[baseIndex + 1] = (short)(fp >> 16);
            Array.Copy(weights, f * NerTagSet.Count, slots, baseIndex + 2, NerTagSet.Count);
        }
    }

    /// <summary>Adds the weights of <paramref name="key"/> to <paramref name="sums"/>; unknown keys add nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddTo(ulong key, Span<int> sums)
    {
        var fp = Fingerprint(key);
        var slot = (int)key & mask;
        while (true)
        {
            var baseIndex = slot * Stride;
            var stored = (uint)(ushort)slots[baseIndex] | ((uint)(ushort)slots[baseIndex + 1] << 16);
            if (stored == fp)
            {
                var row = slots.AsSpan(baseIndex + 2, NerTagSet.Count);
                for (var t = 0; t < NerTagSet.Count; t++)
                {
                    sums[t] += row[t];
                }

                return;
            }

            if (stored == 0)
            {
                return;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Hints the CPU to load the slot of <paramref name="key"/> (no effect without SSE).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(ulong key)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(basePointer + (((int)key & mask) * Stride));
        }
    }

    /// <summary>
    /// Vector form of <see cref="AddTo"/>: adds the whole 16-short slot, widened to ints, to
    /// <paramref name="low"/> and <paramref name="high"/>; lanes 2..14 then hold the 13 tag sums.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddTo(ulong key, ref Vector256<int> low, ref Vector256<int> high)
    {
        var fp = Fingerprint(key);
        var slot = (int)key & mask;
        while (true)
        {
            var row = basePointer + (slot * Stride);
            var stored = (uint)(ushort)row[0] | ((uint)(ushort)row[1] << 16);
            if (stored == fp)
            {
                var (lo, hi) = Vector256.Widen(Vector256.Load(row));
                low += lo;
                high += hi;
                return;
            }

            if (stored == 0)
            {
                return;
            }

            slot = (slot + 1) & mask;
        }
    }

    private uint ReadFingerprint(int slot) =>
        (uint)(ushort)slots[slot * Stride] | ((uint)(ushort)slots[(slot * Stride) + 1] << 16);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fingerprint(ulong key) => (uint)(key >> 32) | 1u;
}
