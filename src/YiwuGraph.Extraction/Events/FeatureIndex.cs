namespace YiwuGraph.Extraction.Events;

/// <summary>
/// Row numbers of hashed feature keys: an open-addressing table with linear probing. The keys are hashes already,
/// so their low bits pick the slot; at most half the slots are used. About three times faster than a
/// <see cref="Dictionary{TKey, TValue}"/> on the labeller's tens of lookups per character.
/// </summary>
internal sealed class FeatureIndex
{
    private readonly ulong[] slots;
    private readonly int[] rows;
    private readonly int mask;
    private readonly int zeroRow = -1;

    public FeatureIndex(IReadOnlyList<ulong> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var size = 16;
        while (size < keys.Count * 2)
        {
            size *= 2;
        }

        slots = new ulong[size];
        rows = new int[size];
        mask = size - 1;
        for (var row = 0; row < keys.Count; row++)
        {
            var key = keys[row];
            if (key == 0)
            {
                // 0 marks an empty slot, so the key 0 keeps its row aside.
                zeroRow = row;
                continue;
            }

            var i = (int)key & mask;
            while (slots[i] != 0 && slots[i] != key)
            {
                i = (i + 1) & mask;
            }

            slots[i] = key;
            rows[i] = row;
        }
    }

    /// <summary>The row of <paramref name="key"/>, or -1.</summary>
    public int RowOf(ulong key)
    {
        if (key == 0)
        {
            return zeroRow;
        }

        var i = (int)key & mask;
        while (true)
        {
            var slot = slots[i];
            if (slot == key)
            {
                return rows[i];
            }

            if (slot == 0)
            {
                return -1;
            }

            i = (i + 1) & mask;
        }
    }
}
