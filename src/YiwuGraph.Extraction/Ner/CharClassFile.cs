using System.Globalization;
using YiwuGraph.Core;

namespace YiwuGraph.Extraction.Ner;

/// <summary>
/// Reads character classes kept as a data file (such as <c>Ner/Data/lac-char-classes.tsv</c>, derived from Baidu
/// LAC's pretrained character embeddings by <c>tools/LacCharClasses</c>): comment lines start with <c>"# "</c>,
/// one of them <c># classes: K1 [K2 …]</c> gives the class count of each column; every other line is
/// <c>character&lt;TAB&gt;class[&lt;TAB&gt;class…]</c> with 1-based classes, characters normalised as
/// <see cref="NerFeatureExtractor.NormalizeChar"/> does. Only training reads the file: the classes are stored in
/// the model (<see cref="NerModel.Clusters"/>) and tagging reads them from there.
/// </summary>
public static class CharClassFile
{
    public static CharClusters Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int[]? counts = null;
        var entries = new List<KeyValuePair<char, ushort[]>>();
        var seen = new HashSet<char>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            // "#<TAB>…" is the character '#'; any other line starting with '#' is a comment.
            if (line[0] == '#' && (line.Length < 2 || line[1] != '\t'))
            {
                const string Header = "# classes:";
                if (line.StartsWith(Header, StringComparison.Ordinal))
                {
                    counts = [.. line[Header.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => ParseCount(v, sourceName, lineNumber))];
                }

                continue;
            }

            if (counts is null)
            {
                throw new ResourceLoadException(sourceName, $"line {lineNumber}: data before the '# classes:' line");
            }

            var fields = line.Split('\t');
            if (fields[0].Length != 1 || fields.Length != counts.Length + 1)
            {
                throw new ResourceLoadException(sourceName, $"line {lineNumber}: expected one character and {counts.Length} classes");
            }

            var c = fields[0][0];
            if (NerFeatureExtractor.NormalizeChar(c) != c || !seen.Add(c))
            {
                throw new ResourceLoadException(sourceName, $"line {lineNumber}: U+{(int)c:X4} is not normalised or is listed twice");
            }

            var classes = new ushort[counts.Length];
            for (var level = 0; level < counts.Length; level++)
            {
                if (!ushort.TryParse(fields[level + 1], NumberStyles.None, CultureInfo.InvariantCulture, out classes[level])
                    || classes[level] == 0 || classes[level] > counts[level])
                {
                    throw new ResourceLoadException(sourceName, $"line {lineNumber}: class '{fields[level + 1]}' is outside 1..{counts[level]}");
                }
            }

            entries.Add(new(c, classes));
        }

        if (counts is null || entries.Count == 0)
        {
            throw new ResourceLoadException(sourceName, "no '# classes:' line or no characters");
        }

        return new CharClusters(counts, entries);
    }

    public static CharClusters Read(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Read(reader, path);
    }

    private static int ParseCount(string value, string sourceName, int lineNumber) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is > 0 and <= ushort.MaxValue
            ? count
            : throw new ResourceLoadException(sourceName, $"line {lineNumber}: bad class count '{value}'");
}
