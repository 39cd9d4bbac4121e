using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>Cuts the whole text into jieba words with POS tags once, for every stage that reads them.</summary>
public sealed class TokenizerStage(JiebaSegmenter segmenter) : INewsStage
{
    private readonly JiebaSegmenter segmenter = segmenter ?? throw new ArgumentNullException(nameof(segmenter));

    public string Name => "tokenizer";

    public NewsAnnotation Needs => NewsAnnotation.None;

    public NewsAnnotation Adds => NewsAnnotation.Tokens;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetTokens(segmenter, segmenter.CutWithPos(document.Text));
    }
}
