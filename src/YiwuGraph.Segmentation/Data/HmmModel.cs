using YiwuGraph.Core;
using YiwuGraph.Segmentation.Internal;

namespace YiwuGraph.Segmentation;

/// <summary>
/// jieba's <c>finalseg</c> character HMM over the four states B, M, E, S (begin, middle, end, single) as immutable
/// data: start, transition and emission log-probabilities. States are numbered in letter order
/// (B=0, E=1, M=2, S=3) because jieba breaks Viterbi ties by comparing state letters.
/// </summary>
public sealed class HmmModel
{
    /// <summary>jieba's <c>MIN_FLOAT</c>, the log-probability of anything unseen.</summary>
    public const double MinFloat = -3.14e100;

    internal const int B = 0;
    internal const int E = 1;
    internal const int M = 2;
    internal const int S = 3;

    private const string Magic = "YWHM";
    private const string Letters = "BEMS";

    private HmmModel(double[] start, double[] trans, double[] emit)
    {
        Start = start;
        Trans = trans;
        Emit = emit;
    }

    /// <summary>Start log-probabilities by state (B, E, M, S).</summary>
    internal double[] Start { get; }

    /// <summary>Transition log-probabilities, <c>[from * 4 + to]</c>, <see cref="MinFloat"/> where absent.</summary>
    internal double[] Trans { get; }

    /// <summary>Emission log-probabilities, <c>[state * 65536 + char]</c>, <see cref="MinFloat"/> where absent.</summary>
    internal double[] Emit { get; }

    /// <summary>Builds a model from jieba's tables keyed by state letters (B, M, E, S).</summary>
    public static HmmModel FromTables(
        IReadOnlyDictionary<char, double> start,
        IReadOnlyDictionary<char, IReadOnlyDictionary<char, double>> trans,
        IReadOnlyDictionary<char, IReadOnlyDictionary<char, double>> emit)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(trans);
        ArgumentNullException.ThrowIfNull(emit);
        var s = new double[4];
        var t = new double[16];
        var e = new double[4 * 65536];
        Array.Fill(s, MinFloat);
        Array.Fill(t, MinFloat);
        Array.Fill(e, MinFloat);
        foreach (var (state, p) in start)
        {
            s[Index(state)] = p;
        }

        foreach (var (from, row) in trans)
        {
            foreach (var (to, p) in row)
            {
                t[(Index(from) * 4) + Index(to)] = p;
            }
        }

        foreach (var (state, row) in emit)
        {
            foreach (var (c, p) in row)
            {
                e[(Index(state) * 65536) + c] = p;
            }
        }

        return new HmmModel(s, t, e);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="ResourceLoadException">The stream is missing, truncated or corrupt.</exception>
    public static HmmModel Load(Stream stream, string resourceName = "jieba.hmm.bin")
    {
        var body = BinaryFormat.ReadBody(stream, Magic, resourceName);
        try
        {
            var r = new SpanReader(body);
            var s = new double[4];
            var t = new double[16];
            for (var i = 0; i < 4; i++)
            {
                s[i] = r.ReadDouble();
            }

            for (var i = 0; i < 16; i++)
            {
                t[i] = r.ReadDouble();
            }

            var e = new double[4 * 65536];
            Array.Fill(e, MinFloat);
            var count = r.ReadCount(4 * 65536);
            for (var i = 0; i < count; i++)
            {
                int state = r.ReadByte();
                var c = r.ReadChar();
                if (state > 3)
                {
                    throw new InvalidDataException($"bad state {state}");
                }

                e[(state * 65536) + c] = r.ReadDouble();
            }

            if (!r.AtEnd)
            {
                throw new InvalidDataException("trailing bytes");
            }

            return new HmmModel(s, t, e);
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
        foreach (var p in Start)
        {
            w.Write(p);
        }

        foreach (var p in Trans)
        {
            w.Write(p);
        }

        var count = Emit.Count(p => p != MinFloat);
        w.Write(count);
        for (var i = 0; i < Emit.Length; i++)
        {
            if (Emit[i] != MinFloat)
            {
                w.Write((byte)(i / 65536));
                w.Write((ushort)(i % 65536));
                w.Write(Emit[i]);
            }
        }
    }

    private static int Index(char letter)
    {
        var i = Letters.IndexOf(letter, StringComparison.Ordinal);
        return i >= 0 ? i : throw new ArgumentException($"unknown HMM state '{letter}'", nameof(letter));
    }
}
