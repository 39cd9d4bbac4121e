using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace YiwuGraph.Extraction.Ner;

/// <summary>
/// Lookup from feature key to its 13 weights in buckets of one cache line each: four slots per 64-byte
/// bucket, laid out as four 16-bit fingerprints (0 = empty), four 4-bit power-of-two exponents, and the four
/// rows of 13 weights as signed bytes (bytes 10..61). A key belongs to the bucket its low bits name and,
/// when that bucket is full, to the next one with room.
/// </summary>
/// <remarks>
/// Tagging waits on this table: about 30 lookups per character land at random in it. One lookup compares
/// the key's fingerprint with the bucket's four at once (a word-wide zero-lane test) and reads the weights
/// from the same cache line. The table this replaced probed 16-byte slots one at a time: at the load of a
/// pruned model (0.43) an absent key, a fifth of all lookups, took two probes on average, each a branch the
/// CPU guessed badly, and its lookups took 58 % more time (median of 15 passes over the features of MSRA
/// dev on the loaded machine: 569 against 359 ns per character for the same buckets with 8-bit
/// fingerprints). Fingerprints are 16 bits because comparing four 8-bit ones at once let about one key in
/// a hundred take a neighbour's weights, which cost 0.3 F1 on MSRA dev.
/// The model's 16-bit weights are re-encoded on load as <c>q × 2^e</c> with <c>|q| ≤ 127</c> per row, which
/// keeps every weight within half a step of 2^e, at most 1/127 of its row's largest. A key that meets a
/// different key with the same 16-bit fingerprint first adds that key's weights: one absent key in about
/// 30,000, and a stored key that follows another with its fingerprint in the same bucket (a few of a
/// model's 200,000 features), as the 64-bit hashing of features already accepts collisions of that kind.
/// </remarks>
internal sealed unsafe class NerWeightTable
{
    /// <summary>The lane of the sums where tag 0 lands; tags 0..12 are lanes <c>FirstLane</c> .. <c>FirstLane + 12</c>.</summary>
    public const int FirstLane = 3;

    private const int BucketBytes = 64;
    private const int SlotsPerBucket = 4;
    private const int ExponentsOffset = 8;
    private const int WeightsOffset = 10;
    private const ulong LowLanes = 0x0001_0001_0001_0001UL;
    private const ulong HighBits = 0x8000_8000_8000_8000UL;

    private readonly byte[] memory;
    private readonly int bucketMask;
    private readonly byte* buckets;

    // Sixteen zero bytes after the last bucket: what an absent key adds.
    private readonly byte* zeroRow;

    public NerWeightTable(ulong[] keys, short[] weights)
    {
        // Room for twice the keys: about two slots in four of a bucket are used.
        var bucketCount = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, keys.Length * 2 / SlotsPerBucket));
        bucketMask = bucketCount - 1;
        // Pinned so the tagger can prefetch buckets by address; aligned so that a bucket is one cache line.
        memory = GC.AllocateArray<byte>((bucketCount * BucketBytes) + 16 + BucketBytes, pinned: true);
        var start = (nint)Unsafe.AsPointer(ref memory[0]);
        buckets = (byte*)((start + BucketBytes - 1) & ~(nint)(BucketBytes - 1));
        zeroRow = buckets + (bucketCount * BucketBytes);
        for (var f = 0; f < keys.Length; f++)
        {
            var key = keys[f];
            var index = (int)key & bucketMask;
            while (((ushort*)(buckets + (index * BucketBytes)))[SlotsPerBucket - 1] != 0)
            {
                index = (index + 1) & bucketMask;
            }

            var bucket = buckets + (index * BucketBytes);
            var fingerprints = (ushort*)bucket;
            var slot = 0;
            while (fingerprints[slot] != 0)
            {
                slot++;
            }

            var row = weights.AsSpan(f * NerTagSet.Count, NerTagSet.Count);
            var exponent = Exponent(row);
            fingerprints[slot] = Fingerprint(key);
            ((ushort*)(bucket + ExponentsOffset))[0] |= (ushort)(exponent << (4 * slot));
            var stored = (sbyte*)(bucket + WeightsOffset + (slot * NerTagSet.Count));
            for (var t = 0; t < NerTagSet.Count; t++)
            {
                stored[t] = (sbyte)Math.Round(row[t] / (double)(1 << exponent), MidpointRounding.ToEven);
            }
        }
    }

    /// <summary>Hints the CPU to load the bucket of <paramref name="key"/> (no effect without SSE).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(ulong key)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(buckets + (((int)key & bucketMask) * BucketBytes));
        }
    }

    /// <summary>
    /// Adds the weights of <paramref name="key"/>, in the model's 16-bit units, to <paramref name="low"/> and
    /// <paramref name="high"/>: lanes <see cref="FirstLane"/> .. <see cref="FirstLane"/> + 12 of the pair hold
    /// the 13 tag sums (the other lanes are not sums). Absent keys add nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddTo(ulong key, ref Vector256<int> low, ref Vector256<int> high)
    {
        var wanted = Fingerprint(key) * LowLanes;
        var index = (int)key & bucketMask;
        byte* row;
        int exponent;
        while (true)
        {
            var bucket = buckets + (index * BucketBytes);
            var fingerprints = Unsafe.ReadUnaligned<ulong>(bucket);
            var difference = fingerprints ^ wanted;
            // The lowest flagged lane is the first slot whose fingerprint matches (a zero lane of difference).
            var matches = (difference - LowLanes) & ~difference & HighBits;
            if (matches != 0)
            {
                var slot = BitOperations.TrailingZeroCount(matches) >> 4;
                // Sixteen bytes that end with the row's last weight: they stay inside the bucket.
                row = bucket + WeightsOffset - FirstLane + (slot * NerTagSet.Count);
                exponent = (Unsafe.ReadUnaligned<ushort>(bucket + ExponentsOffset) >> (4 * slot)) & 15;
                break;
            }

            // Slots fill in order, so a bucket whose last slot is empty ends the search.
            if (fingerprints >> 48 == 0)
            {
                row = zeroRow;
                exponent = 0;
                break;
            }

            index = (index + 1) & bucketMask;
        }

        var (lo, hi) = Vector128.Widen(Vector128.Load((sbyte*)row));
        var (a, b) = Vector256.Widen(Vector256.Create(lo, hi));
        low += Vector256.ShiftLeft(a, exponent);
        high += Vector256.ShiftLeft(b, exponent);
    }

    /// <summary>The smallest e with every weight of the row within ±127 after division by 2^e (at most 9 for 16-bit weights).</summary>
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

    /// <summary>1..65535 from the key's high bits; 0 marks an empty slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ushort Fingerprint(ulong key)
    {
        var fp = (ushort)(key >> 48);
        return fp == 0 ? (ushort)1 : fp;
    }
}
