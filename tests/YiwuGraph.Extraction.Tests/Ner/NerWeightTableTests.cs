using System.Runtime.Intrinsics;
using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner;

public sealed class NerWeightTableTests
{
    private const int T = NerTagSet.Count;

    [Fact]
    public void Every_stored_key_adds_its_own_weights_and_absent_keys_add_nothing()
    {
        // Enough keys that buckets fill and overflow into their neighbours. Their top 16 bits (the
        // fingerprints) differ, so no key can take another's weights and every row must come back exactly.
        var random = new Random(11);
        var fingerprints = Enumerable.Range(2, 65_534).OrderBy(_ => random.Next()).Take(20_000).ToArray();
        var keys = fingerprints.Select(fp => ((ulong)fp << 48) | ((ulong)random.NextInt64() & 0xFFFF_FFFF_FFFFUL)).ToHashSet();

        var sorted = keys.Order().ToArray();
        var weights = new short[sorted.Length * T];
        for (var i = 0; i < weights.Length; i++)
        {
            // Rows of small weights are stored exactly; rows up to ±32767 within half a step, at most 1/127 of their largest.
            weights[i] = (short)(i % 7 == 0 ? random.Next(-32767, 32768) : random.Next(-127, 128));
        }

        var table = new NerWeightTable(sorted, weights);
        for (var f = 0; f < sorted.Length; f++)
        {
            var sums = Sum(table, sorted[f]);
            var row = weights.AsSpan(f * T, T);
            var largest = 0;
            foreach (var w in row)
            {
                largest = Math.Max(largest, Math.Abs((int)w));
            }

            for (var t = 0; t < T; t++)
            {
                Assert.InRange(sums[t] - row[t], -(largest / 127) - 1, (largest / 127) + 1);
                if (largest <= 127)
                {
                    Assert.Equal(row[t], sums[t]);
                }
            }
        }

        var absent = 0;
        while (absent < 20_000)
        {
            // Absent keys with fingerprint 1 (top bits 0), which no stored key has: they must find nothing.
            var key = (ulong)random.NextInt64() & 0xFFFF_FFFF_FFFFUL;
            if (keys.Contains(key))
            {
                continue;
            }

            absent++;
            Assert.All(Sum(table, key), s => Assert.Equal(0, s));
        }
    }

    [Fact]
    public void An_empty_table_adds_nothing()
    {
        var table = new NerWeightTable([], []);
        Assert.All(Sum(table, 12345UL), s => Assert.Equal(0, s));
    }

    private static int[] Sum(NerWeightTable table, ulong key)
    {
        var low = Vector256<int>.Zero;
        var high = Vector256<int>.Zero;
        table.Prefetch(key);
        table.AddTo(key, ref low, ref high);
        var lanes = new int[16];
        low.CopyTo(lanes);
        high.CopyTo(lanes.AsSpan(8));
        return lanes.AsSpan(NerWeightTable.FirstLane, T).ToArray();
    }
}
