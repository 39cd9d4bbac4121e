using YiwuGraph.Segmentation.Internal;

namespace YiwuGraph.Segmentation;

/// <summary>A keyword and its TF-IDF weight.</summary>
public readonly record struct Keyword(string Word, double Weight);

/// <summary>
/// Keyword extraction like <c>jieba.analyse.extract_tags</c>: term frequency in the text times jieba's IDF,
/// ignoring one-character words and a few English stop words, best first (ties in order of first appearance).
/// </summary>
public sealed class TfIdfKeywordExtractor
{
    private static readonly Lazy<TfIdfKeywordExtractor> DefaultInstance = new(
        () =>
        {
            using var stream = JiebaSegmenter.OpenResource(JiebaSegmenter.IdfResource);
            return new TfIdfKeywordExtractor(JiebaSegmenter.CreateDefault(), IdfTable.Load(stream, JiebaSegmenter.IdfResource));
        },
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "of", "is", "and", "to", "in", "that", "we", "for", "an", "are", "by", "be", "as", "on", "with", "can",
        "if", "from", "which", "you", "it", "this", "then", "at", "have", "all", "not", "one", "has", "or",
    };

    private readonly JiebaSegmenter segmenter;
    private readonly IdfTable idf;

    public TfIdfKeywordExtractor(JiebaSegmenter segmenter, IdfTable idf)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(idf);
        this.segmenter = segmenter;
        this.idf = idf;
    }

    /// <summary>The extractor over the default segmenter and jieba's embedded IDF table (loaded once).</summary>
    public static TfIdfKeywordExtractor CreateDefault() => DefaultInstance.Value;

    /// <summary>
    /// <c>extract_tags(text, topK, withWeight=True, allowPOS)</c>: the <paramref name="topK"/> best keywords
    /// (all when 0). With <paramref name="allowPos"/>, words are POS-tagged and only those tags count.
    /// </summary>
    public IReadOnlyList<Keyword> ExtractTags(string text, int topK = 20, IReadOnlyCollection<string>? allowPos = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        var filter = allowPos is { Count: > 0 } ? new HashSet<string>(allowPos, StringComparer.Ordinal) : null;
        if (filter is null)
        {
            segmenter.Cut(text, tokens);
        }
        else
        {
            segmenter.CutWithPos(text, tokens);
        }

        var freq = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var t in tokens)
        {
            if (filter is not null && !filter.Contains(t.Tag.Name))
            {
                continue;
            }

            var span = t.Slice(text);
            if (PythonStrippedLength(span) < 2)
            {
                continue;
            }

            var word = span.ToString();
            if (StopWords.Contains(word.ToLowerInvariant()))
            {
                continue;
            }

            if (freq.TryGetValue(word, out var f))
            {
                freq[word] = f + 1.0;
            }
            else
            {
                freq[word] = 1.0;
                order.Add(word);
            }
        }

        var total = 0.0;
        foreach (var w in order)
        {
            total += freq[w];
        }

        var result = new List<Keyword>(order.Count);
        foreach (var w in order)
        {
            result.Add(new Keyword(w, freq[w] * (idf.Get(w) / total)));
        }

        // A stable sort, like Python's sorted(..., reverse=True): equal weights keep their first-seen order.
        var sorted = result.Select((k, i) => (k, i)).OrderByDescending(p => p.k.Weight).ThenBy(p => p.i).Select(p => p.k).ToList();
        return topK > 0 && sorted.Count > topK ? sorted.GetRange(0, topK) : sorted;
    }

    private static int PythonStrippedLength(ReadOnlySpan<char> s)
    {
        var a = 0;
        var b = s.Length;
        while (a < b && CharClass.IsPythonSpace(s[a]))
        {
            a++;
        }

        while (b > a && CharClass.IsPythonSpace(s[b - 1]))
        {
            b--;
        }

        var count = 0;
        for (var i = a; i < b; i++)
        {
            if (!char.IsLowSurrogate(s[i]) || i == a || !char.IsHighSurrogate(s[i - 1]))
            {
                count++;
            }
        }

        return count;
    }
}
