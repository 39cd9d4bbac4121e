using System.Globalization;
using System.Text;

namespace YiwuGraph.Extraction.Pipeline;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/> (written <c>I/N</c>, 0 ≤ I &lt; N): the pages whose name — the
/// path relative to the folder given, with '/' separators, as article keys have it — hashes to <c>I</c> modulo
/// <c>N</c> (64-bit FNV-1a of the UTF-8 name). A page's shard depends on nothing else, so machines that mount the
/// corpus at different places agree on it, and every partition of a corpus is a partition of its pages.
/// </summary>
public readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>The whole corpus as one shard.</summary>
    public static ShardSpec Whole { get; } = new(0, 1);

    /// <summary>Reads <c>I/N</c>; a malformed one is a <see cref="FormatException"/>.</summary>
    public static ShardSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1 || index >= count)
        {
            throw new FormatException($"expected I/N with 0 ≤ I < N (e.g. 3/8), got '{text}'");
        }

        return new ShardSpec(index, count);
    }

    /// <summary>Whether the page named <paramref name="name"/> belongs to this shard.</summary>
    public bool Contains(string name) => Count == 1 || (int)(Hash(name) % (ulong)Count) == Index;

    /// <summary>The name of the shard graph file, e.g. <c>shard-0003-of-0008.ygshard</c>.</summary>
    public string FileName => string.Create(CultureInfo.InvariantCulture, $"shard-{Index:D4}-of-{Count:D4}.ygshard");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    private static ulong Hash(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var h = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            h = (h ^ b) * 1099511628211UL;
        }

        return h;
    }
}
