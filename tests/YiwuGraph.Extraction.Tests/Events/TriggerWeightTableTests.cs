using YiwuGraph.Extraction.Events;

namespace YiwuGraph.Extraction.Tests.Events;

public sealed class TriggerWeightTableTests
{
    private const int Tags = TriggerTags.Count;

    private static (ulong[] Keys, float[] Weights) RandomRows(Random random, int count)
    {
        var keys = new HashSet<ulong>();
        while (keys.Count < count)
        {
            keys.Add((ulong)random.NextInt64() * 2654435761UL + 1);
        }

        var weights = new float[count * Tags];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)((random.NextDouble() * 40) - 20);
        }

        return ([.. keys], weights);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(20_000)]
    public void Every_key_adds_its_own_weights_to_half_a_step_of_the_16_bit_scale(int count)
    {
        var (keys, weights) = RandomRows(new Random(count), count);
        var table = new TriggerWeightTable(keys, weights);
        var step = weights.Max(Math.Abs) / short.MaxValue;
        var wrong = 0;
        for (var row = 0; row < keys.Length; row++)
        {
            var scores = new float[Tags];
            scores[2] = 1;
            table.AddTo(keys[row], scores);
            var right = true;
            for (var t = 0; t < Tags; t++)
            {
                var expected = weights[(row * Tags) + t] + (t == 2 ? 1 : 0);
                right &= Math.Abs(scores[t] - expected) <= step;
            }

            wrong += right ? 0 : 1;
        }

        // A key stored after another with its 16-bit fingerprint in the same bucket reads that key's weights: about
        // one pair in 22,000 keys at three keys a bucket (one here, row 4988 of 20,000).
        Assert.True(wrong <= Math.Max(1, count / 10_000), $"{wrong} of {count} keys read other weights");
    }

    [Fact]
    public void Absent_keys_and_key_0_add_nothing()
    {
        var random = new Random(3);
        var (keys, weights) = RandomRows(random, 5_000);
        var table = new TriggerWeightTable(keys, weights);
        var present = keys.ToHashSet();
        var added = 0;
        for (var i = 0; i < 5_000; i++)
        {
            var key = (ulong)random.NextInt64();
            if (present.Contains(key))
            {
                continue;
            }

            var scores = new float[Tags];
            table.AddTo(key, scores);
            added += scores.Any(s => s != 0) ? 1 : 0;
        }

        // Only an absent key whose 16-bit fingerprint meets a stored one's in its bucket takes weights: about 1 in 13,000.
        Assert.True(added <= 2, $"{added} absent keys took weights");
        var zero = new float[Tags];
        table.AddTo(0, zero);
        new TriggerWeightTable([], []).AddTo(12345, zero);
        Assert.All(zero, s => Assert.Equal(0f, s));
    }

    [Fact]
    public void Weights_of_a_loaded_model_come_back_exactly()
    {
        // A saved model's weights are 16-bit integers times the largest weight / 32767; the table keeps them so.
        var scale = 7.5f / short.MaxValue;
        short[] stored = [short.MaxValue, -12, 0, 1, -short.MaxValue, 300, 5, 6, 7, -8];
        var weights = stored.Select(q => q * scale).ToArray();
        var table = new TriggerWeightTable([11UL << 50, 13UL << 50], weights);
        var scores = new float[Tags];
        table.AddTo(13UL << 50, scores);
        Assert.Equal(weights[5..], scores);
    }

    [Fact]
    public void Pruning_drops_the_tag_rows_whose_weights_are_all_weak_and_keeps_the_others_whole()
    {
        var model = EventModelStore.Default;
        var pruned = model.WithoutWeakTagRows(2.5f);
        Assert.InRange(pruned.TagKeys.Length, 1, model.TagKeys.Length - 1);
        var rows = Enumerable.Range(0, model.TagKeys.Length).ToDictionary(r => model.TagKeys[r]);
        for (var row = 0; row < pruned.TagKeys.Length; row++)
        {
            var weights = pruned.TagWeights.AsSpan(row * Tags, Tags);
            Assert.Equal(model.TagWeights.AsSpan(rows[pruned.TagKeys[row]] * Tags, Tags), weights);
            Assert.Contains(weights.ToArray(), w => Math.Abs(w) >= 2.5f);
        }

        var strong = Enumerable.Range(0, model.TagKeys.Length).Count(r => model.TagWeights.AsSpan(r * Tags, Tags).ToArray().Any(w => Math.Abs(w) >= 2.5f));
        Assert.Equal(strong, pruned.TagKeys.Length);
        Assert.Equal(model.TypeKeys, pruned.TypeKeys);
    }
}
