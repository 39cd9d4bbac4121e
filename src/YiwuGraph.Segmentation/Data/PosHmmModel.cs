using YiwuGraph.Core;
using YiwuGraph.Segmentation.Internal;

namespace YiwuGraph.Segmentation;

/// <summary>
/// jieba's <c>posseg</c> joint HMM as immutable data: states are (B/M/E/S, tag) pairs, with start, transition and
/// emission log-probabilities and the table of states each character may take (<c>char_state_tab</c>).
/// States are numbered in the order of Python's tuple comparison, so Viterbi ties break the same way.
/// </summary>
public sealed class PosHmmModel
{
    private const string Magic = "YWPM";

    private PosHmmModel(char[] letters, PosTag[] tags, double[] start, double[] trans, int[] emitOffsets, ushort[] emitStates,
        double[] emitProbs, int[] charSlot, ulong[] charMasks)
    {
        StateCount = letters.Length;
        Words = (StateCount + 63) / 64;
        StateLetter = letters;
        StateTag = tags;
        Start = start;
        Trans = trans;
        EmitOffsets = emitOffsets;
        EmitStates = emitStates;
        EmitProbs = emitProbs;
        CharSlot = charSlot;
        CharMasks = charMasks;
        TransMask = new ulong[StateCount * Words];
        PredMask = new ulong[StateCount * Words];
        TransT = new double[StateCount * StateCount];
        HasTrans = new bool[StateCount];
        AllMask = new ulong[Words];
        for (var y = 0; y < StateCount; y++)
        {
            AllMask[y >> 6] |= 1UL << (y & 63);
            for (var z = 0; z < StateCount; z++)
            {
                TransT[(z * StateCount) + y] = trans[(y * StateCount) + z];
                if (!double.IsNegativeInfinity(trans[(y * StateCount) + z]))
                {
                    TransMask[(y * Words) + (z >> 6)] |= 1UL << (z & 63);
                    PredMask[(z * Words) + (y >> 6)] |= 1UL << (y & 63);
                    HasTrans[y] = true;
                }
            }
        }
    }

    public int StateCount { get; }

    internal int Words { get; }

    internal char[] StateLetter { get; }

    internal PosTag[] StateTag { get; }

    internal double[] Start { get; }

    /// <summary><c>[from * StateCount + to]</c>; negative infinity where jieba has no entry.</summary>
    internal double[] Trans { get; }

    internal ulong[] TransMask { get; }

    /// <summary>Per target state, the bitset of states with a transition into it.</summary>
    internal ulong[] PredMask { get; }

    /// <summary>The transposed transition matrix, <c>[to * StateCount + from]</c>.</summary>
    internal double[] TransT { get; }

    internal bool[] HasTrans { get; }

    internal ulong[] AllMask { get; }

    internal int[] EmitOffsets { get; }

    internal ushort[] EmitStates { get; }

    internal double[] EmitProbs { get; }

    /// <summary>Per character, 1 + its row in <see cref="CharMasks"/>, or 0 when jieba has no entry for it.</summary>
    internal int[] CharSlot { get; }

    internal ulong[] CharMasks { get; }

    /// <summary>Builds a model from jieba's tables; states are (letter, tag) pairs.</summary>
    public static PosHmmModel FromTables(
        IReadOnlyDictionary<(char Letter, string Tag), double> start,
        IReadOnlyDictionary<(char Letter, string Tag), IReadOnlyDictionary<(char Letter, string Tag), double>> trans,
        IReadOnlyDictionary<(char Letter, string Tag), IReadOnlyDictionary<char, double>> emit,
        IReadOnlyDictionary<char, IReadOnlyList<(char Letter, string Tag)>> charStates)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(trans);
        ArgumentNullException.ThrowIfNull(emit);
        ArgumentNullException.ThrowIfNull(charStates);
        var states = start.Keys.Concat(trans.Keys).Concat(emit.Keys).Distinct()
            .OrderBy(s => s.Letter).ThenBy(s => s.Tag, StringComparer.Ordinal).ToArray();
        var index = new Dictionary<(char, string), int>();
        for (var i = 0; i < states.Length; i++)
        {
            index[states[i]] = i;
        }

        var n = states.Length;
        var s = new double[n];
        Array.Fill(s, HmmModel.MinFloat);
        foreach (var (state, p) in start)
        {
            s[index[state]] = p;
        }

        var t = new double[n * n];
        Array.Fill(t, double.NegativeInfinity);
        var explicitTrans = new List<(int, int, double)>();
        foreach (var (from, row) in trans)
        {
            foreach (var (to, p) in row)
            {
                t[(index[from] * n) + index[to]] = p;
                explicitTrans.Add((index[from], index[to], p));
            }
        }

        var emitEntries = new List<(int State, char Char, double P)>();
        foreach (var (state, row) in emit)
        {
            foreach (var (c, p) in row)
            {
                emitEntries.Add((index[state], c, p));
            }
        }

        var tab = charStates.ToDictionary(p => p.Key, p => p.Value.Select(v => index[v]).ToArray());
        return Create(states.Select(x => x.Letter).ToArray(), states.Select(x => PosTag.FromName(x.Tag)).ToArray(), s,
            explicitTrans, emitEntries, tab);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="ResourceLoadException">The stream is missing, truncated or corrupt.</exception>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static PosHmmModel Load(Stream stream, string resourceName = "jieba.poshmm.bin")
    {
        var body = BinaryFormat.ReadBody(stream, Magic, resourceName);
        try
        {
            var r = new SpanReader(body);
            var n = r.ReadCount(4096);
            var letters = new char[n];
            var tags = new PosTag[n];
            for (var i = 0; i < n; i++)
            {
                letters[i] = (char)r.ReadByte();
                tags[i] = PosTag.FromName(r.ReadString());
            }

            var start = new double[n];
            for (var i = 0; i < n; i++)
            {
                start[i] = r.ReadDouble();
            }

            // Read straight into the dense tables; the file lists emissions by character, then state.
            var trans = new double[n * n];
            Array.Fill(trans, double.NegativeInfinity);
            var transCount = r.ReadCount(n * n);
            for (var i = 0; i < transCount; i++)
            {
                int from = CheckState(r.ReadChar(), n);
                int to = CheckState(r.ReadChar(), n);
                trans[(from * n) + to] = r.ReadDouble();
            }

            var emitCount = r.ReadCount(n * 65536);
            var offsets = new int[65537];
            var emitStates = new ushort[emitCount];
            var emitProbs = new double[emitCount];
            var previous = -1;
            for (var i = 0; i < emitCount; i++)
            {
                int state = CheckState(r.ReadChar(), n);
                int c = r.ReadChar();
                var key = (c * n) + state;
                if (key <= previous)
                {
                    throw new InvalidDataException("emissions are not sorted");
                }

                previous = key;
                offsets[c + 1]++;
                emitStates[i] = (ushort)state;
                emitProbs[i] = r.ReadDouble();
            }

            for (var c = 0; c < 65536; c++)
            {
                offsets[c + 1] += offsets[c];
            }

            var words = (n + 63) / 64;
            var charCount = r.ReadCount(65536);
            var slot = new int[65536];
            var masks = new ulong[(charCount + 1) * words];
            for (var i = 0; i < charCount; i++)
            {
                var c = r.ReadChar();
                slot[c] = i + 1;
                var k = r.ReadCount(n);
                for (var j = 0; j < k; j++)
                {
                    var y = CheckState(r.ReadChar(), n);
                    masks[(i * words) + (y >> 6)] |= 1UL << (y & 63);
                }
            }

            if (!r.AtEnd)
            {
                throw new InvalidDataException("trailing bytes");
            }

            return new PosHmmModel(letters, tags, start, trans, offsets, emitStates, emitProbs, slot, masks);
        }
        catch (InvalidDataException ex)
        {
            throw new ResourceLoadException(resourceName, ex.Message, ex);
        }
    }

    /// <summary>Writes the compact binary form.</summary>
    public void Save(Stream stream)
    {
        using var w = BinaryFormat.BeginWrite(stream, Magic);
        var n = StateCount;
        w.Write(n);
        for (var i = 0; i < n; i++)
        {
            w.Write((byte)StateLetter[i]);
            w.WriteShortString(StateTag[i].Name);
        }

        foreach (var p in Start)
        {
            w.Write(p);
        }

        var trans = new List<(int, int)>();
        for (var y = 0; y < n; y++)
        {
            for (var z = 0; z < n; z++)
            {
                if ((TransMask[(y * Words) + (z >> 6)] & (1UL << (z & 63))) != 0)
                {
                    trans.Add((y, z));
                }
            }
        }

        w.Write(trans.Count);
        foreach (var (y, z) in trans)
        {
            w.Write((ushort)y);
            w.Write((ushort)z);
            w.Write(Trans[(y * n) + z]);
        }

        w.Write(EmitStates.Length);
        for (var c = 0; c < 65536; c++)
        {
            for (var i = EmitOffsets[c]; i < EmitOffsets[c + 1]; i++)
            {
                w.Write(EmitStates[i]);
                w.Write((ushort)c);
                w.Write(EmitProbs[i]);
            }
        }

        var chars = Enumerable.Range(0, 65536).Where(c => CharSlot[c] != 0).ToArray();
        w.Write(chars.Length);
        foreach (var c in chars)
        {
            w.Write((ushort)c);
            var row = (CharSlot[c] - 1) * Words;
            var list = Enumerable.Range(0, n).Where(y => (CharMasks[row + (y >> 6)] & (1UL << (y & 63))) != 0).ToArray();
            w.Write(list.Length);
            foreach (var y in list)
            {
                w.Write((ushort)y);
            }
        }

    }

    private static int CheckState(int state, int n) =>
        state < n ? state : throw new InvalidDataException($"bad state {state}");

    private static PosHmmModel Create(char[] letters, PosTag[] tags, double[] start, List<(int From, int To, double P)> trans,
        List<(int State, char Char, double P)> emit, Dictionary<char, int[]> charStates)
    {
        var n = letters.Length;
        var t = new double[n * n];
        Array.Fill(t, double.NegativeInfinity);
        foreach (var (from, to, p) in trans)
        {
            t[(from * n) + to] = p;
        }

        emit.Sort((a, b) => a.Char != b.Char ? a.Char.CompareTo(b.Char) : a.State.CompareTo(b.State));
        var offsets = new int[65537];
        var states = new ushort[emit.Count];
        var probs = new double[emit.Count];
        for (var i = 0; i < emit.Count; i++)
        {
            offsets[emit[i].Char + 1]++;
            states[i] = (ushort)emit[i].State;
            probs[i] = emit[i].P;
        }

        for (var c = 0; c < 65536; c++)
        {
            offsets[c + 1] += offsets[c];
        }

        var words = (n + 63) / 64;
        var slot = new int[65536];
        var masks = new ulong[(charStates.Count + 1) * words];
        var next = 0;
        foreach (var (c, list) in charStates.OrderBy(p => p.Key))
        {
            slot[c] = next + 1;
            foreach (var y in list)
            {
                masks[(next * words) + (y >> 6)] |= 1UL << (y & 63);
            }

            next++;
        }

        return new PosHmmModel(letters, tags, start, t, offsets, states, probs, slot, masks);
    }
}
