using System.Globalization;
using System.Text;
using YiwuGraph.Core;
using YiwuGraph.Segmentation.Internal;

namespace YiwuGraph.Segmentation;

/// <summary>jieba.analyse's IDF table (<c>idf.txt</c>) as immutable data, with jieba's median for unknown words.</summary>
public sealed class IdfTable
{
    private const string Magic = "YWID";
    private readonly Dictionary<string, double> idf;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private IdfTable(Dictionary<string, double> idf, double median)
    {
        this.idf = idf;
        lookup = idf.GetAlternateLookup<ReadOnlySpan<char>>();
        Median = median;
    }

    /// <summary><c>sorted(values)[len // 2]</c>, the weight jieba gives words missing from the table.</summary>
    public double Median { get; }

    public int Count => idf.Count;

    /// <summary>The IDF of <paramref name="word"/>, or <see cref="Median"/>.</summary>
    public double Get(ReadOnlySpan<char> word) => lookup.TryGetValue(word, out var v) ? v : Median;

    /// <summary>Parses jieba's text format: <c>word idf</c> per line.</summary>
    /// <exception cref="ResourceLoadException">A line is malformed.</exception>
    public static IdfTable FromText(Stream stream, string resourceName = "idf.txt")
    {
        if (stream is null)
        {
            throw new ResourceLoadException(resourceName, "the resource is missing");
        }

        var table = new Dictionary<string, double>(StringComparer.Ordinal);
        using var reader = new StreamReader(stream, Encoding.UTF8, true, leaveOpen: true);
        var lineNo = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(' ');
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                throw new ResourceLoadException(resourceName, $"invalid IDF entry at line {lineNo}: {line}");
            }

            table[parts[0]] = v;
        }

        var values = table.Values.ToArray();
        Array.Sort(values);
        return new IdfTable(table, values.Length == 0 ? 0.0 : values[values.Length / 2]);
    }

    /// <summary>Reads a table written by <see cref="Save"/>.</summary>
    /// <exception cref="ResourceLoadException">The stream is missing, truncated or corrupt.</exception>
    public static IdfTable Load(Stream stream, string resourceName = "jieba.idf.bin")
    {
        var body = BinaryFormat.ReadBody(stream, Magic, resourceName);
        try
        {
            var r = new SpanReader(body);
            var median = r.ReadDouble();
            var count = r.ReadCount(50_000_000);
            var table = new Dictionary<string, double>(count, StringComparer.Ordinal);
            Span<char> buffer = stackalloc char[256];
            var previous = 0;
            for (var i = 0; i < count; i++)
            {
                int shared = r.ReadByte();
                int suffix = r.ReadByte();
                if (shared > previous || shared + suffix > buffer.Length)
                {
                    throw new InvalidDataException($"bad word record {i}");
                }

                for (var k = 0; k < suffix; k++)
                {
                    buffer[shared + k] = r.ReadChar();
                }

                previous = shared + suffix;
                table[new string(buffer[..previous])] = r.ReadDouble();
            }

            if (!r.AtEnd)
            {
                throw new InvalidDataException("trailing bytes");
            }

            return new IdfTable(table, median);
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
        w.Write(Median);
        var words = idf.Keys.Where(k => k.Length <= 255).Order(StringComparer.Ordinal).ToArray();
        w.Write(words.Length);
        var previous = string.Empty;
        foreach (var word in words)
        {
            var shared = 0;
            while (shared < previous.Length && shared < word.Length && previous[shared] == word[shared])
            {
                shared++;
            }

            w.Write((byte)shared);
            w.Write((byte)(word.Length - shared));
            for (var k = shared; k < word.Length; k++)
            {
                w.Write((ushort)word[k]);
            }

            w.Write(idf[word]);
            previous = word;
        }
    }
}
