using System.Runtime.Intrinsics;
using YiwuGraph.Core;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Ner;

/// <summary>
/// The trained character tagger: features → quantized weights → constrained Viterbi → entity spans.
/// Immutable after construction and safe to share between threads (scratch buffers are per thread).
/// </summary>
public sealed class NerTagger
{
    /// <summary>Sentences longer than this are tagged in pieces (cut after punctuation where possible).</summary>
    public const int MaxSentenceLength = 512;

    [ThreadStatic]
    private static TaggerScratch? threadScratch;

    private readonly NerWeightTable table;
    private readonly float[] transitions;
    private readonly IWordAnnotator? wordAnnotator;

    public NerTagger(NerModel model, IWordAnnotator? wordAnnotator = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.WordAnnotator.Length > 0 && (wordAnnotator is null || wordAnnotator.Name != model.WordAnnotator))
        {
            throw new ResourceLoadException("ner model", $"the model needs word annotator '{model.WordAnnotator}', got '{wordAnnotator?.Name ?? "none"}'");
        }

        Model = model;
        this.wordAnnotator = model.WordAnnotator.Length > 0 ? wordAnnotator : null;
        Lexicon = CharLexicon.Build(model.Lexicon);
        table = new NerWeightTable(model.Keys, model.Weights);
        transitions = new float[model.Transitions.Length];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = model.Transitions[i];
        }
    }

    public NerModel Model { get; }

    public CharLexicon Lexicon { get; }

    /// <summary>Entity spans of <paramref name="text"/>, sorted and non-overlapping.</summary>
    public List<NerSpan> Tag(ReadOnlySpan<char> text)
    {
        var tags = new int[text.Length];
        TagInto(text, tags);
        return NerTagSet.Decode(tags);
    }

    /// <summary>
    /// Like <see cref="Tag(ReadOnlySpan{char})"/>, reusing the caller's segmentation of the same text:
    /// <paramref name="posTokens"/> must be jieba's <c>CutWithPos(text, hmm: true)</c> with the dictionary the
    /// model was trained with. The news layer segments every line for its own rules; handing those tokens
    /// over saves the tagger a second segmentation (the most expensive part of tagging).
    /// </summary>
    public List<NerSpan> Tag(ReadOnlySpan<char> text, IReadOnlyList<Token> posTokens)
    {
        ArgumentNullException.ThrowIfNull(posTokens);
        var tags = new int[text.Length];
        TagInto(text, tags, Model.WordAnnotator == JiebaWordAnnotator.PosAnnotatorName ? posTokens : null);
        return NerTagSet.Decode(tags);
    }

    /// <summary>BIOES tag ids for every character of <paramref name="text"/>.</summary>
    public void TagInto(ReadOnlySpan<char> text, Span<int> tags) => TagInto(text, tags, null);

    private void TagInto(ReadOnlySpan<char> text, Span<int> tags, IReadOnlyList<Token>? posTokens)
    {
        if (tags.Length < text.Length)
        {
            throw new ArgumentException("Tag buffer shorter than the text.", nameof(tags));
        }

        var scratch = threadScratch ??= new TaggerScratch();
        var start = 0;
        var firstToken = 0;
        while (start < text.Length)
        {
            var length = PieceLength(text[start..]);
            var piece = text.Slice(start, length);
            var words = posTokens is null ? Annotate(piece, scratch) : FromTokens(posTokens, ref firstToken, start, length, scratch);
            TagPiece(piece, tags.Slice(start, length), words, scratch);
            start += length;
        }
    }

    private WordAnnotations? Annotate(ReadOnlySpan<char> piece, TaggerScratch scratch)
    {
        if (wordAnnotator is null)
        {
            return null;
        }

        scratch.Words.Reset(piece.Length);
        wordAnnotator.Annotate(piece, scratch.Words);
        return scratch.Words;
    }

    /// <summary>The tokens inside the piece <c>[start, start + length)</c>, clipped to it and made piece-relative.</summary>
    private static WordAnnotations FromTokens(IReadOnlyList<Token> tokens, ref int first, int start, int length, TaggerScratch scratch)
    {
        var words = scratch.Words;
        words.Reset(length);
        var end = start + length;
        while (first < tokens.Count && tokens[first].End <= start)
        {
            first++;
        }

        for (var t = first; t < tokens.Count && tokens[t].Start < end; t++)
        {
            var token = tokens[t];
            var s = Math.Max(token.Start, start) - start;
            var e = Math.Min(token.End, end) - start;
            words.SetWord(s, e, token.Tag.Name);
        }

        return words;
    }

    private static int PieceLength(ReadOnlySpan<char> rest)
    {
        if (rest.Length <= MaxSentenceLength)
        {
            return rest.Length;
        }

        for (var i = MaxSentenceLength - 1; i >= MaxSentenceLength / 2; i--)
        {
            if (rest[i] is '。' or '，' or '；' or '！' or '？' or '\n' or ',' or ';')
            {
                return i + 1;
            }
        }

        return char.IsHighSurrogate(rest[MaxSentenceLength - 1]) ? MaxSentenceLength - 1 : MaxSentenceLength;
    }

    private void TagPiece(ReadOnlySpan<char> text, Span<int> tags, WordAnnotations? words, TaggerScratch scratch)
    {
        var n = text.Length;
        scratch.Matches.Reset(n);
        Lexicon.Annotate(text, scratch.Matches);

        NerFeatureExtractor.Extract(text, scratch.Matches, Model.Clusters, words, scratch.Features);
        var emissions = scratch.Emissions(n);
        Span<int> sums = stackalloc int[16];
        var features = scratch.Features;
        const int Ahead = 2;
        for (var i = 0; i < Math.Min(Ahead, n); i++)
        {
            foreach (var key in features.At(i))
            {
                table.Prefetch(key);
            }
        }

        for (var i = 0; i < n; i++)
        {
            // Memory latency dominates: ask for the slots of a later character before summing this one.
            if (i + Ahead < n)
            {
                foreach (var key in features.At(i + Ahead))
                {
                    table.Prefetch(key);
                }
            }

            var low = Vector256<int>.Zero;
            var high = Vector256<int>.Zero;
            foreach (var key in features.At(i))
            {
                table.AddTo(key, ref low, ref high);
            }

            low.CopyTo(sums);
            high.CopyTo(sums[8..]);
            var row = emissions.AsSpan(i * NerTagSet.Count, NerTagSet.Count);
            for (var t = 0; t < NerTagSet.Count; t++)
            {
                row[t] = sums[t + NerWeightTable.FirstLane];
            }
        }

        ViterbiDecoder.Decode(emissions, transitions, tags, scratch.Viterbi);
    }

    private sealed class TaggerScratch
    {
        private float[] emissions = new float[256 * NerTagSet.Count];

        public LexiconMatches Matches { get; } = new();

        public WordAnnotations Words { get; } = new();

        public FeatureBuffer Features { get; } = new();

        public ViterbiScratch Viterbi { get; } = new();

        public float[] Emissions(int n)
        {
            if (emissions.Length < n * NerTagSet.Count)
            {
                emissions = new float[n * NerTagSet.Count];
            }

            return emissions;
        }
    }
}
