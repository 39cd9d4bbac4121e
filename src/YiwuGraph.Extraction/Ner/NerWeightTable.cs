using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace YiwuGraph.Extraction.Ner;

/// <summary>
/// Open-addressing lookup from feature key to its 13 weights, 16 bytes per slot so that four slots share a
/// cache line: an 8-bit fingerprint, a per-row power-of-two exponent, and the 13 weights as signed bytes.
/// </summary>
/// <remarks>
/// Tagging is bound by memory latency: about 32 lookups per character land at random in this table. The
/// model's 16-bit weights are re-encoded on load as <c>q × 2^e</c> with <c>|q| ≤ 127</c> per row, which
/// halves the table (8 MB instead of 16 MB for the shipped model) and keeps every weight within 1/254 of its
/// row's largest. An unknown key that meets a stored key with the same 8-bit fingerprint before an empty
/// slot adds that key's weights; at the table's load factor that happens to roughly 1 in 400 unknown keys,
/// and the 64-bit hashing of features already accepts collisions of the same kind.
/// </remarks>
internal sealed unsafe class NerWeightTable
{
    private const int Stride = 16;
    private readonly sbyte[] slots;
    private readonly int mask;
    private readonly sbyte* basePointer;

    public NerWeightTable(ulong[] keys, short[] weights)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        mask = capacity - 1;
        // Pinned so the tagger can prefetch slots by address while it sums the previous character.
        slots = GC.AllocateArray<sbyte>(capacity * Stride, pinned: true);
        basePointer = (sbyte*)Unsafe.AsPointer(ref slots[0]);
        for (var f = 0; f < keys.Length; f++)
        {
            var key = keys[f];
            var slot = (int)key & mask;
            while (slots[slot * Stride] != 0)
            {
                slot = (slot + 1) & mask;
            }

            var baseIndex = slot * Stride;
            var row = weights.AsSpan(f * NerTagSet.Count, NerTagSet.Count);
            var exponent = Exponent(row);
            slots[baseIndex] = Fingerprint(key);
            slots[baseIndex + 1] = (sbyte)exponent;
            for (var t = 0; t < NerTagSet.Count; t++)
            {
                slots[baseIndex + 2 + t] = (sbyte)Math.Round(row[t] / (double)(1 << exponent), MidpointRounding.ToEven);
            }
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
    /// Adds the weights of <paramref name="key"/>, in the model's 16-bit units, to <paramref name="low"/> and
    /// <paramref name="high"/>: lanes 2..14 of the pair hold the 13 tag sums. Unknown keys add nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddTo(ulong key, ref Vector256<int> low, ref Vector256<int> high)
    {
        var fp = Fingerprint(key);
        var slot = (int)key & mask;
        while (true)
        {
            var row = basePointer + (slot * Stride);
            var stored = row[0];
            if (stored == fp)
            {
                var (lo, hi) = Vector128.Widen(Vector128.Load(row));
                var (a, b) = Vector256.Widen(Vector256.Create(lo, hi));
                var exponent = row[1];
                low += Vector256.ShiftLeft(a, exponent);
                high += Vector256.ShiftLeft(b, exponent);
                return;
            }

            if (stored == 0)
            {
                return;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The smallest e with every weight of the row within ±127 after division by 2^e.</summary>
    private static int Exponent(ReadOnlySpan<short> row)
    {
        var largest = 0;
        foreach (var w in row)
        {
            largest = Math.Max(largest, Math.Abs((int)w));
        }

        var exponent = 0;
        while (Math.Round(largest / (double)(1 << exponent), MidpointRounding.ToEven) > 127)
        {
            exponent++;
        }

        return exponent;
    }

    /// <summary>1..127 or −128..−1 from the key's high bits; 0 marks an empty slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static sbyte Fingerprint(ulong key)
    {
        var fp = (sbyte)(key >> 56);
        return fp == 0 ? (sbyte)1 : fp;
    }
}
