using System.Text.Json;
using YiwuGraph.Core;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Extraction.Ner;

/// <summary>How CLUENER <c>address</c> spans become LOC spans.</summary>
public enum CluenerAddresses
{
    /// <summary>One LOC span per address, as annotated (<c>北京市海淀区中关村</c>).</summary>
    Whole,

    /// <summary>
    /// Cut at place boundaries, as MSRA annotates (<c>北京市|海淀区|中关村</c>): a leading piece that is a
    /// gazetteer name or ends in an administrative suffix (省市县区镇乡) becomes its own span
    /// (<see cref="CluenerNerReader.SplitAddress"/>).
    /// </summary>
    Split,
}

/// <summary>
/// Reads CLUENER JSON lines (<c>{"text": …, "label": {type: {surface: [[start, end]]}}}</c>, ranges
/// inclusive) as training or gold sentences in the MSRA scheme, through <see cref="KindOf"/>:
/// <c>name</c> PER; <c>company</c>, <c>government</c>, <c>organization</c> ORG; <c>address</c>, <c>scene</c> LOC.
/// Every other type (<c>position</c>, <c>book</c>, <c>game</c>, <c>movie</c>, or one never heard of) is
/// left as O, which is also what MSRA does with titles and works. Overlapping mapped spans (one line of the
/// corpus nests two companies) keep the longer one.
/// </summary>
public static class CluenerNerReader
{
    private const string AdministrativeEnds = "省市县区镇乡";

    /// <summary>
    /// CLUENER's types as the graph's kinds: <c>name</c> is a person; <c>company</c>, <c>government</c> and
    /// <c>organization</c> are organisations; <c>address</c> and <c>scene</c> (named sites) are places. Titles,
    /// books, games and films have no node kind and are left out.
    /// </summary>
    public static NerEntityKind? KindOf(string type) => type switch
    {
        "name" => NerEntityKind.Person,
        "company" or "government" or "organization" => NerEntityKind.Organization,
        "address" or "scene" => NerEntityKind.Location,
        _ => null,
    };

    /// <summary>Reads a CLUENER JSON-lines file; a line that does not parse names the file and the line.</summary>
    public static List<NerSentence> ReadFile(string path, CluenerAddresses addresses = CluenerAddresses.Whole, Func<string, bool>? isPlaceName = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = SourceTextReader.Open(path);
        return Read(reader, path, addresses, isPlaceName);
    }

    public static List<NerSentence> Read(TextReader reader, string sourceName, CluenerAddresses addresses = CluenerAddresses.Whole, Func<string, bool>? isPlaceName = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<NerSentence>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.AsSpan().Trim().IsEmpty)
            {
                continue;
            }

            try
            {
                sentences.Add(ParseLine(line, addresses, isPlaceName));
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or IndexOutOfRangeException)
            {
                throw new DataFormatException(sourceName, lineNumber, $"not a CLUENER line ({ex.Message})");
            }
        }

        return sentences;
    }

    private static NerSentence ParseLine(string line, CluenerAddresses addresses, Func<string, bool>? isPlaceName)
    {
        using var json = JsonDocument.Parse(line);
        var text = json.RootElement.GetProperty("text").GetString() ?? throw new FormatException("text is null");
        var utf16 = CodePoints.Utf16Offsets(text);
        var candidates = new List<(int Start, int End, NerEntityKind Kind, bool Address)>();
        if (json.RootElement.TryGetProperty("label", out var label))
        {
            foreach (var type in label.EnumerateObject())
            {
                if (KindOf(type.Name) is not { } kind)
                {
                    continue;
                }

                foreach (var surface in type.Value.EnumerateObject())
                {
                    foreach (var range in surface.Value.EnumerateArray())
                    {
                        // Offsets count code points and the end is inclusive: [start, end].
                        int first = range[0].GetInt32(), last = range[1].GetInt32();
                        if (first < 0 || last < first || last + 1 >= utf16.Length)
                        {
                            throw new FormatException($"range [{first}, {last}] of '{surface.Name}' is outside the text");
                        }

                        int start = utf16[first], end = utf16[last + 1];
                        if (!text.AsSpan(start, end - start).SequenceEqual(surface.Name))
                        {
                            throw new FormatException($"'{surface.Name}' is not at [{first}, {last}]");
                        }

                        candidates.Add((start, end, kind, type.Name == "address"));
                    }
                }
            }
        }

        // Longest first, then leftmost and by kind, so the choice does not depend on the JSON's key order.
        candidates.Sort((a, b) => (b.End - b.Start).CompareTo(a.End - a.Start) is var c && c != 0 ? c
            : a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));
        var taken = new bool[text.Length];
        var spans = new List<NerSpan>();
        foreach (var (start, end, kind, address) in candidates)
        {
            if (taken.AsSpan(start, end - start).Contains(true))
            {
                continue;
            }

            taken.AsSpan(start, end - start).Fill(true);
            if (address && addresses == CluenerAddresses.Split)
            {
                SplitAddress(text, start, end, isPlaceName, spans);
            }
            else
            {
                spans.Add(new NerSpan(start, end, kind));
            }
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new NerSentence(text, spans, Partial: true);
    }

    /// <summary>
    /// Cuts an address into the pieces MSRA would mark, as long as two characters remain after a cut: the longest
    /// leading place name (<c>上海|浦东新区</c>), or else the shortest leading piece of two or more characters
    /// that ends in an administrative suffix (<c>北京市|海淀区|中关村</c>).
    /// </summary>
    internal static void SplitAddress(string text, int start, int end, Func<string, bool>? isPlaceName, List<NerSpan> spans)
    {
        var position = start;
        while (end - position >= 4)
        {
            var cut = 0;
            for (var length = end - position - 2; length >= 2 && isPlaceName is not null; length--)
            {
                if (isPlaceName(text.Substring(position, length)))
                {
                    cut = length;
                    break;
                }
            }

            for (var length = 2; length <= end - position - 2 && cut == 0; length++)
            {
                if (AdministrativeEnds.Contains(text[position + length - 1], StringComparison.Ordinal))
                {
                    cut = length;
                }
            }

            if (cut == 0)
            {
                break;
            }

            spans.Add(new NerSpan(position, position + cut, NerEntityKind.Location));
            position += cut;
        }

        spans.Add(new NerSpan(position, end, NerEntityKind.Location));
    }
}
