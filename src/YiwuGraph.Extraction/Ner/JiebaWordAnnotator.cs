using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Ner;

/// <summary>Feeds the jieba segmenter's words and POS tags to the tagger's word features.</summary>
public sealed class JiebaWordAnnotator : IWordAnnotator
{
    [ThreadStatic]
    private static List<Token>? threadTokens;

    private readonly JiebaSegmenter segmenter;
    private readonly bool withPos;

    public JiebaWordAnnotator(JiebaSegmenter segmenter, bool withPos)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        this.segmenter = segmenter;
        this.withPos = withPos;
    }

    /// <summary>The default segmenter with POS tags.</summary>
    public static JiebaWordAnnotator Default { get; } = new(JiebaSegmenter.CreateDefault(), withPos: true);

    /// <summary>The default segmenter without POS tags (word boundaries only).</summary>
    public static JiebaWordAnnotator Plain { get; } = new(JiebaSegmenter.CreateDefault(), withPos: false);

    /// <summary>The <see cref="Name"/> of the annotator with POS tags (the shipped model's).</summary>
    public const string PosAnnotatorName = "jieba-pos";

    public string Name => withPos ? PosAnnotatorName : "jieba";

    public void Annotate(ReadOnlySpan<char> text, WordAnnotations output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var tokens = threadTokens ??= new List<Token>(256);
        tokens.Clear();
        if (withPos)
        {
            segmenter.CutWithPos(text, tokens, hmm: true);
        }
        else
        {
            segmenter.Cut(text, tokens, hmm: true);
        }

        foreach (var token in tokens)
        {
            output.SetWord(token.Start, token.End, withPos ? token.Tag.Name : "w");
        }
    }
}
