using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace YiwuGraph.Extraction.Events;

/// <summary>
/// Lookup from a character feature's key to its five tag weights in buckets of one cache line each: five slots per
/// 64-byte bucket, laid out as five 16-bit fingerprints (0 = empty) and then the five rows of five tag weights as
/// 16-bit integers (bytes 10..59), one scale for the whole table. A key belongs to the bucket its low 32 bits name
/// and, when that bucket is full, to the next one with room.
/// </summary>
/// <remarks>
/// Inside <c>build</c> the NER tagger runs between two articles' labelling and evicts this table, so nearly every
/// one of the labeller's twenty-odd lookups per character misses the cache; one lookup here reads one cache line
/// (the table it replaced kept 32-byte entries of a 64-bit key and five floats at most half full: four times the
/// memory). The weights are the model file's own 16-bit values times its scale, so the labeller's scores are those
/// of the float table. A key that meets another key with the same 16-bit fingerprint in its bucket takes that
/// key's weights (about one absent key in 13,000), as the 64-bit hashing of features already accepts collisions.
/// </remarks>
internal sealed unsafe class TriggerWeightTable
{
    private const int BucketBytes = 64;
    private const int SlotsPerBucket = 5;
    private const int WeightsOffset = 2 * SlotsPerBucket;
    private const int Tags = TriggerTags.Count;

    /// <summary>Keys per bucket on average (three of five slots): few buckets fill, so an absent key mostly reads one line.</summary>
    private const int KeysPerBucket = 3;

    private readonly byte[] memory;
    private readonly byte* buckets;
    private readonly uint bucketCount;
    private readonly float scale;

    /// <param name="keys">The features' keys (0, the empty mark of the float table this replaced, is left out).</param>
    /// <param name="weights">Their <see cref="TriggerTags.Count"/> weights each, in key order.</param>
    public TriggerWeightTable(ulong[] keys, float[] weights)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(weights);
        var largest = 0f;
        foreach (var w in weights)
        {
            largest = Math.Max(largest, Math.Abs(w));
        }

        // The model file's scale, so that a loaded model's 16-bit weights come back exactly.
        scale = largest == 0 ? 1 : largest / short.MaxValue;
        bucketCount = (uint)Math.Max(1, (keys.Length + KeysPerBucket - 1) / KeysPerBucket);
        // Pinned so the labeller can prefetch buckets by address; aligned so that a bucket is one cache line.
        memory = GC.AllocateArray<byte>((int)(bucketCount * BucketBytes) + BucketBytes, pinned: true);
        var start = (nint)Unsafe.AsPointer(ref memory[0]);
        buckets = (byte*)((start + BucketBytes - 1) & ~(nint)(BucketBytes - 1));
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row];
            if (key == 0)
            {
                continue;
            }

            var index = BucketOf(key);
            while (((ushort*)(buckets + (index * BucketBytes)))[SlotsPerBucket - 1] != 0)
            {
                index = index + 1 == bucketCount ? 0 : index + 1;
            }

            var bucket = buckets + (index * BucketBytes);
            var fingerprints = (ushort*)bucket;
            var slot = 0;
            while (fingerprints[slot] != 0)
            {
                slot++;
            }

            fingerprints[slot] = Fingerprint(key);
            var stored = (short*)(bucket + WeightsOffset) + (slot * Tags);
            for (var t = 0; t < Tags; t++)
            {
                stored[t] = (short)Math.Clamp(MathF.Round(weights[(row * Tags) + t] / scale), short.MinValue, short.MaxValue);
            }
        }
    }

    /// <summary>Bytes the buckets take.</summary>
    public long Bytes => (long)bucketCount * BucketBytes;

    /// <summary>Hints the CPU to load the bucket of <paramref name="key"/> (no effect without SSE).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(ulong key)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(buckets + (BucketOf(key) * BucketBytes));
        }
    }

    /// <summary>Adds the tag weights of <paramref name="key"/> to <paramref name="scores"/> (length <see cref="TriggerTags.Count"/>); absent keys add nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddTo(ulong key, Span<float> scores)
    {
        if (key == 0)
        {
            return;
        }

        var wanted = Vector128.Create(Fingerprint(key));
        var index = BucketOf(key);
        while (true)
        {
            var bucket = buckets + (index * BucketBytes);
            var fingerprints = Vector128.Load((ushort*)bucket);
            var matches = Vector128.Equals(fingerprints, wanted).ExtractMostSignificantBits() & ((1u << SlotsPerBucket) - 1);
            if (matches != 0)
            {
                var row = (short*)(bucket + WeightsOffset) + (System.Numerics.BitOperations.TrailingZeroCount(matches) * Tags);
                scores[0] += row[0] * scale;
                scores[1] += row[1] * scale;
                scores[2] += row[2] * scale;
                scores[3] += row[3] * scale;
                scores[4] += row[4] * scale;
                return;
            }

            // Slots fill in order, so a bucket whose last slot is empty ends the search.
            if (((ushort*)bucket)[SlotsPerBucket - 1] == 0)
            {
                return;
            }

            index = index + 1 == bucketCount ? 0 : index + 1;
        }
    }

    /// <summary>The bucket of a key: its low 32 bits scaled to the bucket count (the fingerprint is the high 16).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint BucketOf(ulong key) => (uint)(((ulong)(uint)key * bucketCount) >> 32);

    /// <summary>1..65535 from the key's high bits; 0 marks an empty slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ushort Fingerprint(ulong key)
    {
        var fp = (ushort)(key >> 48);
        return fp == 0 ? (ushort)1 : fp;
    }
}
