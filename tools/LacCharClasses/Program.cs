// Derives character classes from the character embeddings of Baidu's LAC (small) lexical analyser, as Debian's
// python3-jieba ships it in jieba/lac_small (Apache-2.0): word.dic (id<TAB>character) and model_baseline/word_emb,
// a Paddle LoDTensor file of 20,941 × 128 float32 rows. The embeddings were trained by Baidu on a large corpus to
// tag words, parts of speech and PER / LOC / ORG / TIME, so characters that play the same part in names share a
// class even when the NER training text barely has them. Spherical k-means (vectors normalised to unit length,
// cosine), k-means++ seeding from a fixed SplitMix64 seed, a fixed number of iterations, sums in double in row
// order: the same inputs give the same file on any machine.
//
// usage: dotnet run --project tools/LacCharClasses -- <lac_small dir> <out.tsv> <K[,K2…]> [iterations] [seed]
using System.Globalization;
using System.Text;
using YiwuGraph.Extraction.Ner;

if (args.Length < 3)
{
    Console.Error.WriteLine("usage: LacCharClasses <lac_small dir> <out.tsv> <K[,K2…]> [iterations=40] [seed=20261204]");
    return 2;
}

var dir = args[0];
var outPath = args[1];
var ks = args[2].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
var iterations = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 40;
var seed = args.Length > 4 ? ulong.Parse(args[4], CultureInfo.InvariantCulture) : 20261204UL;

var (rows, dim, data) = ReadLodTensor(Path.Combine(dir, "model_baseline", "word_emb"));
Console.Error.WriteLine($"word_emb: {rows} × {dim}");

// Characters in id order; a character that normalises to one the tagger already has (digits → '0', full-width
// ASCII → half-width, upper case) keeps the first id's row, so the file maps each normalised character once.
var chars = new List<char>();
var ids = new List<int>();
var seen = new HashSet<char>();
foreach (var line in File.ReadLines(Path.Combine(dir, "word.dic"), Encoding.UTF8))
{
    var tab = line.IndexOf('\t', StringComparison.Ordinal);
    if (tab < 0)
    {
        continue;
    }

    var id = int.Parse(line.AsSpan(0, tab), CultureInfo.InvariantCulture);
    var word = line[(tab + 1)..];
    // Multi-character entries are LAC's OOV markers; surrogate pairs are outside what the tagger's classes index.
    if (word.Length != 1 || char.IsSurrogate(word[0]) || char.IsWhiteSpace(word[0]) || char.IsControl(word[0]) || id >= rows)
    {
        continue;
    }

    var c = NerFeatureExtractor.NormalizeChar(word[0]);
    if (!char.IsControl(c) && seen.Add(c))
    {
        chars.Add(c);
        ids.Add(id);
    }
}

var n = chars.Count;
var x = new double[n * dim];
for (var i = 0; i < n; i++)
{
    double norm = 0;
    for (var d = 0; d < dim; d++)
    {
        double v = data[(ids[i] * dim) + d];
        norm += v * v;
    }

    norm = Math.Sqrt(norm);
    for (var d = 0; d < dim; d++)
    {
        x[(i * dim) + d] = norm > 0 ? data[(ids[i] * dim) + d] / norm : 0;
    }
}

Console.Error.WriteLine($"{n} characters");
var assignments = ks.Select(k => KMeans(x, n, dim, k, iterations, seed)).ToArray();

using var writer = new StreamWriter(outPath, false, new UTF8Encoding(false)) { NewLine = "\n" };
writer.WriteLine("# Character classes from the character embeddings of Baidu LAC (small), one column per granularity.");
writer.WriteLine("# Source: Debian python3-jieba 0.42.1-3, jieba/lac_small/word.dic and model_baseline/word_emb (20,941 × 128 float32);");
writer.WriteLine("#   upstream https://github.com/baidu/lac. Licence: Apache-2.0 (see NOTICE).");
writer.WriteLine($"# Derived by: dotnet run -c Release --project tools/LacCharClasses -- /usr/lib/python3/dist-packages/jieba/lac_small OUT {string.Join(',', ks)} {iterations} {seed}");
writer.WriteLine("#   (spherical k-means on unit-length vectors, k-means++ seeding, fixed seed and iterations; characters normalised as the tagger's features see them).");
writer.WriteLine($"# classes: {string.Join(' ', ks)}");
writer.WriteLine("# Format: character<TAB>class (1-based) per granularity; comment lines start with \"# \" (the character # itself is a data line \"#<TAB>…\").");
var order = Enumerable.Range(0, n).OrderBy(i => chars[i]).ToArray();
foreach (var i in order)
{
    writer.Write(chars[i]);
    foreach (var a in assignments)
    {
        writer.Write('\t');
        writer.Write((a[i] + 1).ToString(CultureInfo.InvariantCulture));
    }

    writer.WriteLine();
}

return 0;

static (int Rows, int Dim, float[] Data) ReadLodTensor(string path)
{
    using var reader = new BinaryReader(File.OpenRead(path));
    if (reader.ReadUInt32() != 0)
    {
        throw new InvalidDataException("unknown LoDTensor version");
    }

    var lodLevels = reader.ReadUInt64();
    for (var l = 0UL; l < lodLevels; l++)
    {
        var bytes = reader.ReadUInt64();
        reader.ReadBytes(checked((int)bytes));
    }

    if (reader.ReadUInt32() != 0)
    {
        throw new InvalidDataException("unknown tensor version");
    }

    var descSize = reader.ReadInt32();
    var desc = reader.ReadBytes(descSize);
    // TensorDesc protobuf: field 1 (varint) data type, 5 = FP32; field 2 (varint, repeated) dims.
    var dims = new List<long>();
    var dataType = -1L;
    var p = 0;
    while (p < desc.Length)
    {
        var tag = ReadVarint(desc, ref p);
        var field = tag >> 3;
        var wire = tag & 7;
        if (wire == 0)
        {
            var value = ReadVarint(desc, ref p);
            if (field == 1)
            {
                dataType = value;
            }
            else if (field == 2)
            {
                dims.Add(value);
            }
        }
        else if (wire == 2)
        {
            var len = (int)ReadVarint(desc, ref p);
            var end = p + len;
            while (p < end)
            {
                dims.Add(ReadVarint(desc, ref p));
            }
        }
        else
        {
            throw new InvalidDataException($"unexpected wire type {wire} in TensorDesc");
        }
    }

    if (dataType != 5 || dims.Count != 2)
    {
        throw new InvalidDataException($"expected a 2-D FP32 tensor, got type {dataType} dims [{string.Join(',', dims)}]");
    }

    var rows = (int)dims[0];
    var dim = (int)dims[1];
    var raw = reader.ReadBytes(rows * dim * 4);
    if (raw.Length != rows * dim * 4 || reader.BaseStream.Position != reader.BaseStream.Length)
    {
        throw new InvalidDataException($"data size {raw.Length} does not match {rows} × {dim} × 4 or trailing bytes remain");
    }

    var data = new float[rows * dim];
    Buffer.BlockCopy(raw, 0, data, 0, raw.Length);
    if (!BitConverter.IsLittleEndian)
    {
        throw new PlatformNotSupportedException("little-endian only");
    }

    return (rows, dim, data);
}

static long ReadVarint(byte[] b, ref int p)
{
    long v = 0;
    var shift = 0;
    while (true)
    {
        var c = b[p++];
        v |= (long)(c & 0x7F) << shift;
        if ((c & 0x80) == 0)
        {
            return v;
        }

        shift += 7;
    }
}

static int[] KMeans(double[] x, int n, int dim, int k, int iterations, ulong seed)
{
    var rng = seed;
    double NextUnit()
    {
        rng += 0x9E3779B97F4A7C15UL;
        var z = rng;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }

    double Dot(double[] a, int ai, double[] b, int bi)
    {
        double s = 0;
        for (var d = 0; d < dim; d++)
        {
            s += a[ai + d] * b[bi + d];
        }

        return s;
    }

    // k-means++ on cosine distance 1 − cos.
    var centres = new double[k * dim];
    var first = (int)(NextUnit() * n);
    Array.Copy(x, first * dim, centres, 0, dim);
    var best = new double[n];
    for (var i = 0; i < n; i++)
    {
        best[i] = Math.Max(0, 1 - Dot(x, i * dim, centres, 0));
    }

    for (var c = 1; c < k; c++)
    {
        double total = 0;
        for (var i = 0; i < n; i++)
        {
            total += best[i] * best[i];
        }

        var target = NextUnit() * total;
        var pick = n - 1;
        double run = 0;
        for (var i = 0; i < n; i++)
        {
            run += best[i] * best[i];
            if (run >= target)
            {
                pick = i;
                break;
            }
        }

        Array.Copy(x, pick * dim, centres, c * dim, dim);
        for (var i = 0; i < n; i++)
        {
            best[i] = Math.Min(best[i], Math.Max(0, 1 - Dot(x, i * dim, centres, c * dim)));
        }
    }

    var assign = new int[n];
    for (var it = 0; it < iterations; it++)
    {
        var moved = 0;
        double objective = 0;
        for (var i = 0; i < n; i++)
        {
            var bestC = 0;
            var bestDot = double.NegativeInfinity;
            for (var c = 0; c < k; c++)
            {
                var dot = Dot(x, i * dim, centres, c * dim);
                if (dot > bestDot)
                {
                    bestDot = dot;
                    bestC = c;
                }
            }

            if (it == 0 || assign[i] != bestC)
            {
                moved++;
            }

            assign[i] = bestC;
            objective += bestDot;
        }

        Array.Clear(centres);
        var sizes = new int[k];
        for (var i = 0; i < n; i++)
        {
            sizes[assign[i]]++;
            for (var d = 0; d < dim; d++)
            {
                centres[(assign[i] * dim) + d] += x[(i * dim) + d];
            }
        }

        var empty = new List<int>();
        for (var c = 0; c < k; c++)
        {
            double norm = 0;
            for (var d = 0; d < dim; d++)
            {
                norm += centres[(c * dim) + d] * centres[(c * dim) + d];
            }

            norm = Math.Sqrt(norm);
            if (sizes[c] == 0 || norm == 0)
            {
                empty.Add(c);
                continue;
            }

            for (var d = 0; d < dim; d++)
            {
                centres[(c * dim) + d] /= norm;
            }
        }

        // An empty class takes the point farthest from its own centre (lowest index on ties) as a fresh seed.
        foreach (var c in empty)
        {
            var far = 0;
            var farDot = double.PositiveInfinity;
            for (var i = 0; i < n; i++)
            {
                var dot = Dot(x, i * dim, centres, assign[i] * dim);
                if (dot < farDot)
                {
                    farDot = dot;
                    far = i;
                }
            }

            Array.Copy(x, far * dim, centres, c * dim, dim);
            assign[far] = c;
        }

        Console.Error.WriteLine($"k={k} iteration {it + 1}: {moved} moved, mean cosine {objective / n:F4}");
    }

    return assign;
}
