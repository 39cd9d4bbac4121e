using System.Numerics;
using System.Runtime.CompilerServices;

namespace YiwuGraph.Segmentation.Internal;

/// <summary>
/// An immutable character trie in breadth-first layout: the children of a node are contiguous and sorted by
/// character, so a step is a binary search over a few neighbouring cells. The root has a direct table.
/// Node 0 is the root; <c>-1</c> means "no such node".
/// </summary>
internal sealed class PrefixTrie
{
    private readonly int[] rootChild;
    private readonly int[] firstChild;
    private readonly char[] edgeChar;

    private const int NodeBits = 20;
    private const ulong ChildMask = (1UL << NodeBits) - 1;

    // Below the root, edges live in one open-addressing table of packed (parent, char, child) words:
    // one probe, usually one cache line, instead of a binary search over the children.
    private readonly ulong[]? edgeTable;
    private readonly int edgeShift;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PrefixTrie(int[] rootChild, int[] firstChild, char[] edgeChar)
    {
        this.rootChild = rootChild;
        this.firstChild = firstChild;
        this.edgeChar = edgeChar;
        if (edgeChar.Length < (1 << NodeBits))
        {
            var edges = edgeChar.Length - firstChild[1];
            var bits = Math.Max(4, BitOperations.Log2((uint)Math.Max(1, edges)) + 2);
            edgeShift = 64 - bits;
            var table = new ulong[1 << bits];
            var mask = table.Length - 1;
            for (var parent = 1; parent < edgeChar.Length; parent++)
            {
                for (var child = firstChild[parent]; child < firstChild[parent + 1]; child++)
                {
                    var key = ((ulong)parent << 16) | edgeChar[child];
                    var h = (int)((key * 0x9E3779B97F4A7C15UL) >> edgeShift);
                    while (table[h] != 0)
                    {
                        h = (h + 1) & mask;
                    }

                    table[h] = (key << NodeBits) | (uint)child;
                }
            }

            edgeTable = table;
        }
    }

    public int NodeCount => edgeChar.Length;

    /// <summary>The character on the edge into each node (node 0, the root, has none).</summary>
    public ReadOnlySpan<char> EdgeChars => edgeChar;

    /// <summary>The number of children of <paramref name="node"/>.</summary>
    public int ChildCount(int node) => firstChild[node + 1] - firstChild[node];

    /// <summary>
    /// Rebuilds a trie from its breadth-first arrays (edge characters and child counts per node), checking that
    /// they describe a well-formed trie.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PrefixTrie FromArrays(char[] edgeChar, int[] childCount)
    {
        var count = edgeChar.Length;
        if (count == 0 || childCount.Length != count)
        {
            throw new InvalidDataException("empty trie");
        }

        var first = new int[count + 1];
        first[0] = 1;
        for (var n = 0; n < count; n++)
        {
            var next = (long)first[n] + childCount[n];
            if (childCount[n] < 0 || next > count || (n > 0 && childCount[n] > 0 && first[n] <= n))
            {
                throw new InvalidDataException($"bad child count at node {n}");
            }

            first[n + 1] = (int)next;
            for (var c = first[n] + 1; c < first[n + 1]; c++)
            {
                if (edgeChar[c] <= edgeChar[c - 1])
                {
                    throw new InvalidDataException($"children of node {n} are not sorted");
                }
            }
        }

        if (first[count] != count)
        {
            throw new InvalidDataException("child counts do not add up");
        }

        var root = new int[65536];
        Array.Fill(root, -1);
        for (var node = first[0]; node < first[1]; node++)
        {
            root[edgeChar[node]] = node;
        }

        return new PrefixTrie(root, first, edgeChar);
    }

    /// <summary>
    /// Builds the trie of <paramref name="sortedWords"/> (ordinal order, no duplicates) and reports, for each word,
    /// the node it ends at.
    /// </summary>
    public static PrefixTrie Build(string[] sortedWords, out int[] wordNode)
    {
        var n = sortedWords.Length;
        var current = new int[n];
        wordNode = new int[n];
        var edges = new List<char>(n * 2) { '\0' };
        var parents = new List<int>(n * 2) { -1 };
        var active = new int[n];
        var activeCount = 0;
        for (var i = 0; i < n; i++)
        {
            if (sortedWords[i].Length > 0)
            {
                active[activeCount++] = i;
            }
        }

        for (var level = 0; activeCount > 0; level++)
        {
            var lastParent = -1;
            var lastChar = '\0';
            var lastNode = -1;
            var kept = 0;
            for (var a = 0; a < activeCount; a++)
            {
                var i = active[a];
                var word = sortedWords[i];
                var parent = current[i];
                var c = word[level];
                if (parent != lastParent || c != lastChar)
                {
                    lastNode = edges.Count;
                    edges.Add(c);
                    parents.Add(parent);
                    lastParent = parent;
                    lastChar = c;
                }

                current[i] = lastNode;
                if (word.Length == level + 1)
                {
                    wordNode[i] = lastNode;
                }
                else
                {
                    active[kept++] = i;
                }
            }

            activeCount = kept;
        }

        var count = edges.Count;
        var first = new int[count + 1];
        var p = 0;
        for (var node = 1; node < count; node++)
        {
            var parent = parents[node];
            while (p <= parent)
            {
                first[p++] = node;
            }
        }

        while (p <= count)
        {
            first[p++] = count;
        }

        var root = new int[65536];
        Array.Fill(root, -1);
        var edgeArray = edges.ToArray();
        for (var node = first[0]; node < first[1]; node++)
        {
            root[edgeArray[node]] = node;
        }

        return new PrefixTrie(root, first, edgeArray);
    }

    /// <summary>The child of <paramref name="node"/> along <paramref name="c"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
    {
        if (node == 0)
        {
            return rootChild[c];
        }

        var table = edgeTable;
        if (table is not null)
        {
            var key = ((ulong)node << 16) | c;
            var h = (int)((key * 0x9E3779B97F4A7C15UL) >> edgeShift);
            var mask = table.Length - 1;
            while (true)
            {
                var slot = table[h];
                if (slot == 0)
                {
                    return -1;
                }

                if ((slot >> NodeBits) == key)
                {
                    return (int)(slot & ChildMask);
                }

                h = (h + 1) & mask;
            }
        }

        var lo = firstChild[node];
        var hi = firstChild[node + 1] - 1;
        var edges = edgeChar;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var e = edges[mid];
            if (e == c)
            {
                return mid;
            }

            if (e < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>The node spelling <paramref name="word"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(ReadOnlySpan<char> word)
    {
        var node = 0;
        foreach (var c in word)
        {
            node = Child(node, c);
            if (node < 0)
            {
                return -1;
            }
        }

        return word.IsEmpty ? -1 : node;
    }

    /// <summary>Every node with its spelling, depth first in character order (that is, sorted).</summary>
    public IEnumerable<(int Node, string Text)> Enumerate()
    {
        var stack = new Stack<(int Node, string Text)>();
        for (var node = firstChild[1] - 1; node >= firstChild[0] && node >= 1; node--)
        {
            stack.Push((node, edgeChar[node].ToString()));
        }

        while (stack.Count > 0)
        {
            var (node, text) = stack.Pop();
            yield return (node, text);
            for (var child = firstChild[node + 1] - 1; child >= firstChild[node]; child--)
            {
                stack.Push((child, text + edgeChar[child]));
            }
        }
    }
}
