namespace YiwuGraph.Extraction.Ner;

/// <summary>Settings of <see cref="CharClusterBuilder"/>; the defaults build the shipped model's classes.</summary>
public sealed record CharClusterOptions
{
    /// <summary>Class counts, one clustering per entry (coarsest first).</summary>
    public IReadOnlyList<int> ClassCounts { get; init; } = [200];

    /// <summary>Characters seen fewer times than this get no class.</summary>
    public int MinCount { get; init; } = 3;

    /// <summary>The most frequent characters used as context columns.</summary>
    public int ContextCharacters { get; init; } = 3000;

    /// <summary>Dimensions kept from the truncated SVD of the PPMI matrix.</summary>
    public int Dimensions { get; init; } = 100;

    public int Seed { get; init; } = 20261122;
}

/// <summary>
/// Learns <see cref="CharClusters"/> from unlabelled text: counts each character's neighbours at offsets
/// −2, −1, +1, +2 among the most frequent characters, weights the counts by positive pointwise mutual
/// information, reduces them with a randomised truncated SVD (two power iterations), and groups the
/// length-normalised vectors with k-means (k-means++ seeding). Single-threaded with a fixed seed and
/// ordinal orderings, so the same text gives the same classes.
/// </summary>
public static class CharClusterBuilder
{
    private static readonly int[] Offsets = [-2, -1, 1, 2];

    public static CharClusters Build(IEnumerable<string> lines, CharClusterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        options ??= new CharClusterOptions();
        var text = lines.Select(line => line.Select(NerFeatureExtractor.NormalizeChar).ToArray()).ToList();

        var counts = new Dictionary<char, int>();
        foreach (var line in text)
        {
            foreach (var c in line)
            {
                counts[c] = counts.GetValueOrDefault(c) + 1;
            }
        }

        var vocabulary = counts.Where(p => p.Value >= options.MinCount && !char.IsWhiteSpace(p.Key))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => p.Key).ToArray();
        var largestK = options.ClassCounts.Count == 0 ? 0 : options.ClassCounts.Max();
        if (vocabulary.Length < Math.Max(2, largestK))
        {
            return CharClusters.Empty;
        }

        var rowOf = new Dictionary<char, int>(vocabulary.Length);
        for (var i = 0; i < vocabulary.Length; i++)
        {
            rowOf.Add(vocabulary[i], i);
        }

        var contextCount = Math.Min(options.ContextCharacters, vocabulary.Length);
        var matrix = PpmiMatrix(text, rowOf, contextCount);
        var embedding = TruncatedSvd(matrix, Math.Min(options.Dimensions, Math.Min(vocabulary.Length, matrix.Columns) - 1), options.Seed);
        NormalizeRows(embedding);

        var classes = new ushort[vocabulary.Length][];
        for (var i = 0; i < classes.Length; i++)
        {
            classes[i] = new ushort[options.ClassCounts.Count];
        }

        for (var level = 0; level < options.ClassCounts.Count; level++)
        {
            var assignment = KMeans(embedding, options.ClassCounts[level], options.Seed + level);
            for (var i = 0; i < assignment.Length; i++)
            {
                classes[i][level] = (ushort)(assignment[i] + 1);
            }
        }

        return new CharClusters(options.ClassCounts, [.. vocabulary.Select((c, i) => new KeyValuePair<char, ushort[]>(c, classes[i]))]);
    }

    /// <summary>Rows: vocabulary characters; columns: (offset, context character); values: PPMI, stored sparse.</summary>
    private static SparseMatrix PpmiMatrix(List<char[]> text, Dictionary<char, int> rowOf, int contextCount)
    {
        var cells = new Dictionary<long, int>();
        var columns = Offsets.Length * contextCount;
        foreach (var line in text)
        {
            for (var i = 0; i < line.Length; i++)
            {
                if (!rowOf.TryGetValue(line[i], out var row))
                {
                    continue;
                }

                for (var slot = 0; slot < Offsets.Length; slot++)
                {
                    var j = i + Offsets[slot];
                    if ((uint)j < (uint)line.Length && rowOf.TryGetValue(line[j], out var context) && context < contextCount)
                    {
                        var key = ((long)row * columns) + (slot * contextCount) + context;
                        cells[key] = cells.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        var rows = rowOf.Count;
        var rowSums = new double[rows];
        var columnSums = new double[columns];
        var total = 0d;
        foreach (var (key, count) in cells)
        {
            rowSums[key / columns] += count;
            columnSums[key % columns] += count;
            total += count;
        }

        var ordered = cells.Keys.Order().ToArray();
        var rowStart = new int[rows + 1];
        var columnIndex = new List<int>(ordered.Length);
        var values = new List<double>(ordered.Length);
        var currentRow = 0;
        foreach (var key in ordered)
        {
            var row = (int)(key / columns);
            var column = (int)(key % columns);
            while (currentRow < row)
            {
                rowStart[++currentRow] = values.Count;
            }

            var pmi = Math.Log(cells[key] * total / (rowSums[row] * columnSums[column]));
            if (pmi > 0)
            {
                columnIndex.Add(column);
                values.Add(pmi);
            }
        }

        while (currentRow < rows)
        {
            rowStart[++currentRow] = values.Count;
        }

        return new SparseMatrix(rows, columns, rowStart, [.. columnIndex], [.. values]);
    }

    /// <summary>Left singular vectors scaled by the square roots of the singular values (rows × k).</summary>
    private static double[][] TruncatedSvd(SparseMatrix a, int k, int seed)
    {
        var rank = k + 10;
        var random = new Random(seed);
        var omega = new double[a.Columns][];
        for (var i = 0; i < omega.Length; i++)
        {
            omega[i] = new double[rank];
            for (var j = 0; j < rank; j++)
            {
                omega[i][j] = Gaussian(random);
            }
        }

        var y = a.Times(omega);
        Orthonormalize(y);
        for (var iteration = 0; iteration < 2; iteration++)
        {
            var z = a.TransposeTimes(y);
            Orthonormalize(z);
            y = a.Times(z);
            Orthonormalize(y);
        }

        // B = Qᵀ A (rank × columns); the eigenvectors of B Bᵀ rotate Q onto A's leading left singular vectors.
        var b = a.TransposeTimes(y);
        var gram = new double[rank, rank];
        for (var i = 0; i < rank; i++)
        {
            for (var j = i; j < rank; j++)
            {
                var sum = 0d;
                foreach (var row in b)
                {
                    sum += row[i] * row[j];
                }

                gram[i, j] = sum;
                gram[j, i] = sum;
            }
        }

        var (eigenvalues, eigenvectors) = SymmetricEigen(gram);
        var order = Enumerable.Range(0, rank).OrderByDescending(i => eigenvalues[i]).ThenBy(i => i).Take(k).ToArray();
        var result = new double[a.Rows][];
        for (var r = 0; r < a.Rows; r++)
        {
            result[r] = new double[k];
            for (var d = 0; d < k; d++)
            {
                var column = order[d];
                var sum = 0d;
                for (var i = 0; i < rank; i++)
                {
                    sum += y[r][i] * eigenvectors[i, column];
                }

                // U·√S: singular value s = √eigenvalue, so the scale is eigenvalue^¼.
                result[r][d] = sum * Math.Pow(Math.Max(eigenvalues[column], 0), 0.25);
            }
        }

        return result;
    }

    /// <summary>Cyclic Jacobi rotations: eigenvalues and eigenvectors (columns) of a small symmetric matrix.</summary>
    private static (double[] Values, double[,] Vectors) SymmetricEigen(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var a = (double[,])matrix.Clone();
        var v = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            v[i, i] = 1;
        }

        for (var sweep = 0; sweep < 100; sweep++)
        {
            var off = 0d;
            for (var p = 0; p < n; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    off += a[p, q] * a[p, q];
                }
            }

            if (off < 1e-22)
            {
                break;
            }

            for (var p = 0; p < n; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    if (Math.Abs(a[p, q]) < 1e-300)
                    {
                        continue;
                    }

                    var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    var t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    if (theta == 0)
                    {
                        t = 1;
                    }

                    var c = 1 / Math.Sqrt((t * t) + 1);
                    var s = t * c;
                    for (var k = 0; k < n; k++)
                    {
                        var akp = a[k, p];
                        var akq = a[k, q];
                        a[k, p] = (c * akp) - (s * akq);
                        a[k, q] = (s * akp) + (c * akq);
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var apk = a[p, k];
                        var aqk = a[q, k];
                        a[p, k] = (c * apk) - (s * aqk);
                        a[q, k] = (s * apk) + (c * aqk);
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var vkp = v[k, p];
                        var vkq = v[k, q];
                        v[k, p] = (c * vkp) - (s * vkq);
                        v[k, q] = (s * vkp) + (c * vkq);
                    }
                }
            }
        }

        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = a[i, i];
        }

        return (values, v);
    }

    /// <summary>Modified Gram–Schmidt on the columns of a rows × k matrix.</summary>
    private static void Orthonormalize(double[][] m)
    {
        var k = m[0].Length;
        for (var j = 0; j < k; j++)
        {
            for (var i = 0; i < j; i++)
            {
                var dot = 0d;
                foreach (var row in m)
                {
                    dot += row[i] * row[j];
                }

                foreach (var row in m)
                {
                    row[j] -= dot * row[i];
                }
            }

            var norm = Math.Sqrt(m.Sum(row => row[j] * row[j]));
            foreach (var row in m)
            {
                row[j] = norm > 1e-12 ? row[j] / norm : 0;
            }
        }
    }

    private static void NormalizeRows(double[][] m)
    {
        foreach (var row in m)
        {
            var norm = Math.Sqrt(row.Sum(x => x * x));
            if (norm > 1e-12)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] /= norm;
                }
            }
        }
    }

    /// <summary>Lloyd's k-means with k-means++ seeding; returns a class in 0..k−1 per row.</summary>
    private static int[] KMeans(double[][] points, int k, int seed)
    {
        var random = new Random(seed);
        var n = points.Length;
        var dims = points[0].Length;
        var centers = new double[k][];
        centers[0] = (double[])points[random.Next(n)].Clone();
        var nearest = new double[n];
        Array.Fill(nearest, double.MaxValue);
        for (var c = 1; c < k; c++)
        {
            var total = 0d;
            for (var i = 0; i < n; i++)
            {
                nearest[i] = Math.Min(nearest[i], Distance(points[i], centers[c - 1]));
                total += nearest[i];
            }

            var target = random.NextDouble() * total;
            var chosen = n - 1;
            for (var i = 0; i < n; i++)
            {
                target -= nearest[i];
                if (target <= 0)
                {
                    chosen = i;
                    break;
                }
            }

            centers[c] = (double[])points[chosen].Clone();
        }

        var assignment = new int[n];
        Array.Fill(assignment, -1);
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var changed = 0;
            for (var i = 0; i < n; i++)
            {
                var best = 0;
                var bestDistance = double.MaxValue;
                for (var c = 0; c < k; c++)
                {
                    var d = Distance(points[i], centers[c]);
                    if (d < bestDistance)
                    {
                        bestDistance = d;
                        best = c;
                    }
                }

                if (assignment[i] != best)
                {
                    assignment[i] = best;
                    changed++;
                }
            }

            if (changed == 0)
            {
                break;
            }

            var sums = new double[k][];
            var sizes = new int[k];
            for (var c = 0; c < k; c++)
            {
                sums[c] = new double[dims];
            }

            for (var i = 0; i < n; i++)
            {
                var sum = sums[assignment[i]];
                var point = points[i];
                for (var d = 0; d < dims; d++)
                {
                    sum[d] += point[d];
                }

                sizes[assignment[i]]++;
            }

            for (var c = 0; c < k; c++)
            {
                if (sizes[c] == 0)
                {
                    continue; // an empty class keeps its old centre
                }

                for (var d = 0; d < dims; d++)
                {
                    centers[c][d] = sums[c][d] / sizes[c];
                }
            }
        }

        return assignment;
    }

    private static double Distance(double[] a, double[] b)
    {
        var sum = 0d;
        for (var i = 0; i < a.Length; i++)
        {
            var d = a[i] - b[i];
            sum += d * d;
        }

        return sum;
    }

    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Compressed sparse rows.</summary>
    private sealed class SparseMatrix(int rows, int columns, int[] rowStart, int[] columnIndex, double[] values)
    {
        public int Rows { get; } = rows;

        public int Columns { get; } = columns;

        /// <summary>A · M for a dense columns × k matrix M.</summary>
        public double[][] Times(double[][] m)
        {
            var k = m[0].Length;
            var result = new double[Rows][];
            for (var r = 0; r < Rows; r++)
            {
                var row = result[r] = new double[k];
                for (var p = rowStart[r]; p < rowStart[r + 1]; p++)
                {
                    var value = values[p];
                    var other = m[columnIndex[p]];
                    for (var j = 0; j < k; j++)
                    {
                        row[j] += value * other[j];
                    }
                }
            }

            return result;
        }

        /// <summary>Aᵀ · M for a dense rows × k matrix M.</summary>
        public double[][] TransposeTimes(double[][] m)
        {
            var k = m[0].Length;
            var result = new double[Columns][];
            for (var c = 0; c < Columns; c++)
            {
                result[c] = new double[k];
            }

            for (var r = 0; r < Rows; r++)
            {
                var source = m[r];
                for (var p = rowStart[r]; p < rowStart[r + 1]; p++)
                {
                    var value = values[p];
                    var target = result[columnIndex[p]];
                    for (var j = 0; j < k; j++)
                    {
                        target[j] += value * source[j];
                    }
                }
            }

            return result;
        }
    }
}
