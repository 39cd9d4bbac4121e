using System.Globalization;
using System.Text;
using YiwuGraph.Core;
using YiwuGraph.Segmentation.Internal;

namespace YiwuGraph.Segmentation;

/// <summary>
/// A Chinese word segmenter and POS tagger that gives the same output as jieba 0.42.1 (<c>jieba.cut</c>,
/// <c>jieba.posseg.cut</c>, <c>cut_all</c>, <c>cut_for_search</c>). Instances are immutable and thread-safe;
/// adding user words returns a new instance that shares the dictionary. Tokens are <c>[Start, End)</c> UTF-16
/// ranges into the input plus a <see cref="PosTag"/>, appended to a caller-owned list.
/// </summary>
public sealed partial class JiebaSegmenter
{
    internal const string DictionaryResource = "jieba.dict.bin";
    internal const string HmmResource = "jieba.hmm.bin";
    internal const string PosHmmResource = "jieba.poshmm.bin";
    internal const string IdfResource = "jieba.idf.bin";

    private static readonly Lazy<JiebaSegmenter> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<HmmModel> DefaultHmm =
        new(() => LoadResource(HmmResource, HmmModel.Load), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<PosHmmModel> DefaultPosModel =
        new(() => LoadResource(PosHmmResource, PosHmmModel.Load), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly JiebaDictionary dictionary;
    private readonly HmmModel hmm;
    private readonly Lazy<PosHmmModel> posModel;
    private readonly WordOverlay? overlay;
    private readonly PrefixTrie trie;
    private readonly int[] nodeFreq;
    private readonly double[] nodeLogFreq;
    private long total;
    private double logTotal;

    private JiebaSegmenter(JiebaDictionary dictionary, HmmModel hmm, Lazy<PosHmmModel> posModel, WordOverlay? overlay)
    {
        this.dictionary = dictionary;
        this.hmm = hmm;
        this.posModel = posModel;
        this.overlay = overlay;
        trie = dictionary.Trie;
        nodeFreq = dictionary.NodeFreq;
        nodeLogFreq = dictionary.NodeLogFreq;
        total = dictionary.Total + (overlay?.AddedTotal ?? 0);
        logTotal = Math.Log(total);
    }

    /// <summary>The dictionary this segmenter was built on (without user words).</summary>
    public JiebaDictionary Dictionary => dictionary;

    /// <summary>jieba's <c>total</c>: the sum of all frequencies including user words.</summary>
    public long Total => total;

    /// <summary>The number of words added on top of <see cref="Dictionary"/>.</summary>
    public int UserWordCount => overlay?.WordCount ?? 0;

    /// <summary>
    /// The default segmenter with jieba 0.42.1's dictionary and models, embedded in this assembly. Loaded on first
    /// use, once per process; the POS model loads on the first POS call.
    /// </summary>
    /// <exception cref="ResourceLoadException">An embedded resource is missing or corrupt.</exception>
    public static JiebaSegmenter CreateDefault() => DefaultInstance.Value;

    /// <summary>A segmenter over explicit data (for example a custom dictionary built with <see cref="JiebaDictionary.FromText"/>).</summary>
    public static JiebaSegmenter Create(JiebaDictionary dictionary, HmmModel hmm, PosHmmModel posModel)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(hmm);
        ArgumentNullException.ThrowIfNull(posModel);
        return new JiebaSegmenter(dictionary, hmm, new Lazy<PosHmmModel>(posModel), null);
    }

    /// <summary>A segmenter over an explicit dictionary with jieba's embedded HMMs.</summary>
    public static JiebaSegmenter Create(JiebaDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        return new JiebaSegmenter(dictionary, DefaultHmm.Value, DefaultPosModel, null);
    }

    /// <summary>Opens one of this assembly's embedded model resources (for tools and benchmarks).</summary>
    /// <exception cref="ResourceLoadException">The resource is not embedded.</exception>
    public static Stream OpenResource(string name)
    {
        return typeof(JiebaSegmenter).Assembly.GetManifestResourceStream(name)
            ?? throw new ResourceLoadException(name, "the embedded resource is missing from YiwuGraph.Segmentation");
    }

    /// <summary>jieba's <c>FREQ.get(word, 0)</c> including user words: 0 for unknown words and mere prefixes.</summary>
    public int GetFrequency(ReadOnlySpan<char> word) => Freq(word, out _);

    /// <summary>
    /// jieba's <c>suggest_freq(word)</c>: the frequency that makes <paramref name="word"/> come out whole.
    /// Use it with <see cref="AddWord"/>.
    /// </summary>
    public long SuggestFrequency(string word)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        var ftotal = (double)total;
        var freq = 1.0;
        var tokens = new List<Token>();
        Cut(word, tokens, hmm: false);
        foreach (var t in tokens)
        {
            var f = Freq(t.Slice(word), out var present);
            freq *= (present ? f : 1) / ftotal;
        }

        var own = Freq(word, out var wordPresent);
        return Math.Max((long)(freq * total) + 1, wordPresent ? own : 1);
    }

    /// <summary>jieba's <c>suggest_freq((seg1, seg2, …))</c>: the frequency that makes the joined word split into these segments.</summary>
    public long SuggestFrequency(params string[] segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var ftotal = (double)total;
        var freq = 1.0;
        foreach (var seg in segments)
        {
            var f = Freq(seg, out var present);
            freq *= (present ? f : 1) / ftotal;
        }

        var own = Freq(string.Concat(segments), out _);
        return Math.Min((long)(freq * total), own);
    }

    /// <summary>
    /// jieba's <c>add_word</c>: a new segmenter that also knows <paramref name="word"/>. Without a frequency, jieba's
    /// suggestion is used; frequency 0 deletes the word (and forces the HMM to split it).
    /// </summary>
    public JiebaSegmenter AddWord(string word, int? frequency = null, string? tag = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        var next = Derive();
        next.AddWordInPlace(word, frequency, tag);
        return next;
    }

    /// <summary>jieba's <c>del_word</c>: a new segmenter where <paramref name="word"/> has frequency 0.</summary>
    public JiebaSegmenter RemoveWord(string word) => AddWord(word, 0);

    /// <summary>
    /// jieba's <c>load_userdict</c>: a new segmenter with every line of a UTF-8 user dictionary
    /// (<c>word [freq] [tag]</c>) added in order.
    /// </summary>
    /// <exception cref="ResourceLoadException">A frequency does not fit an int.</exception>
    public JiebaSegmenter LoadUserDictionary(Stream stream, string name = "user dictionary")
    {
        ArgumentNullException.ThrowIfNull(stream);
        var next = Derive();
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var lineNo = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNo++;
            var line = raw.Trim(' ', '\t', '\r', '\n', '\v', '\f').TrimStart('\uFEFF');
            if (line.Length == 0)
            {
                continue;
            }

            var (word, freqText, tag) = ParseUserLine(line);
            int? freq = null;
            if (freqText is not null)
            {
                if (!int.TryParse(freqText, NumberStyles.None, CultureInfo.InvariantCulture, out var f))
                {
                    throw new ResourceLoadException(name, $"line {lineNo}: frequency '{freqText}' is too large: {line}");
                }

                freq = f;
            }

            next.AddWordInPlace(word, freq, tag);
        }

        return next;
    }

    /// <summary>Splits a user-dictionary line like jieba's <c>^(.+?)( [0-9]+)?( [a-z]+)?$</c>.</summary>
    internal static (string Word, string? Freq, string? Tag) ParseUserLine(string line)
    {
        for (var split = 1; split < line.Length; split++)
        {
            if (line[split] != ' ')
            {
                continue;
            }

            var p = split + 1;
            var digits = p;
            while (digits < line.Length && char.IsAsciiDigit(line[digits]))
            {
                digits++;
            }

            string? freq = null;
            var rest = p - 1;
            if (digits > p)
            {
                freq = line[p..digits];
                rest = digits;
                if (rest == line.Length)
                {
                    return (line[..split], freq, null);
                }
            }

            // rest points at the space before a possible tag
            if (line[rest] == ' ' && rest + 1 < line.Length)
            {
                var q = rest + 1;
                while (q < line.Length && char.IsAsciiLetterLower(line[q]))
                {
                    q++;
                }

                if (q == line.Length && q > rest + 1)
                {
                    return (line[..split], freq, line[(rest + 1)..]);
                }
            }
        }

        return (line, null, null);
    }

    private static JiebaSegmenter LoadDefault()
    {
        var dictionary = LoadResource(DictionaryResource, JiebaDictionary.Load);
        return new JiebaSegmenter(dictionary, DefaultHmm.Value, DefaultPosModel, null);
    }

    private static T LoadResource<T>(string name, Func<Stream, string, T> load)
    {
        using var stream = OpenResource(name);
        return load(stream, name);
    }

    private JiebaSegmenter Derive() =>
        new(dictionary, hmm, posModel, overlay?.Clone() ?? new WordOverlay());

    private void AddWordInPlace(string word, int? frequency, string? tag)
    {
        if (frequency < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), "A frequency cannot be negative.");
        }

        var freq = frequency ?? (int)Math.Min(int.MaxValue, SuggestFrequency(word));
        overlay!.Add(word, freq, string.IsNullOrEmpty(tag) ? PosTag.None : PosTag.FromName(tag));
        total += freq;
        logTotal = Math.Log(total);
    }

    /// <summary>jieba's <c>FREQ.get(s)</c>: the frequency, and whether <paramref name="s"/> is a key at all (word or prefix).</summary>
    internal int Freq(ReadOnlySpan<char> s, out bool present)
    {
        if (overlay is not null)
        {
            var o = overlay.Find(s);
            if (o >= 0)
            {
                present = true;
                var f = overlay.FreqAt(o);
                if (f >= 0)
                {
                    return f;
                }
            }
        }

        var node = trie.Find(s);
        if (node >= 0)
        {
            present = true;
            return nodeFreq[node];
        }

        present = overlay is not null && overlay.Find(s) >= 0;
        return 0;
    }

    /// <summary>jieba's <c>word_tag_tab.get(word, 'x')</c>.</summary>
    internal PosTag TagOf(ReadOnlySpan<char> word)
    {
        if (overlay is not null)
        {
            var o = overlay.Find(word);
            if (o >= 0 && overlay.TagAt(o) != PosTag.None)
            {
                return overlay.TagAt(o);
            }
        }

        var node = trie.Find(word);
        if (node < 0)
        {
            return PosTag.X;
        }

        var tag = dictionary.NodeTag[node];
        return tag == PosTag.None ? PosTag.X : tag;
    }
}
