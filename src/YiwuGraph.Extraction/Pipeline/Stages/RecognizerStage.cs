using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>The trained recognizer (the tagger and its news layer) proposes mentions everywhere.</summary>
public sealed class RecognizerStage(IMentionSource recognizer) : INewsStage
{
    private readonly IMentionSource recognizer = recognizer ?? throw new ArgumentNullException(nameof(recognizer));

    public string Name => "recognizer";

    /// <summary>The tokens when the source can read them (<see cref="ITokenMentionSource"/>).</summary>
    public NewsAnnotation Needs => recognizer is ITokenMentionSource ? NewsAnnotation.Tokens : NewsAnnotation.None;

    public NewsAnnotation Adds => NewsAnnotation.RecognizerMentions;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.RecognizerMentions = recognizer is ITokenMentionSource reader && document.TokensOf(reader.Segmenter) is { } tokens
            ? reader.Find(document.Text, tokens)
            : recognizer.Find(document.Text);
    }
}
