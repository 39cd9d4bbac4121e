using YiwuGraph.Extraction.Ner;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Plugs the statistical <see cref="NewsEntityRecognizer"/> into the pipeline as a mention source; its mentions are
/// sorted and never overlap, and the arbiter settles them against the rules'.
/// </summary>
public sealed class RecognizerMentionSource : ITokenMentionSource
{
    private readonly NewsEntityRecognizer recognizer;
    private readonly bool oneCharacterShortForms;

    /// <param name="recognizer">The trained recognizer with its news layer.</param>
    /// <param name="oneCharacterShortForms">
    /// Also pass on the recognizer's one-character persons and places, for a consumer that links them to a full name
    /// of the article or drops them (<see cref="EntityResolver"/>, as <c>build</c> does).
    /// </param>
    public RecognizerMentionSource(NewsEntityRecognizer recognizer, bool oneCharacterShortForms = false)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        this.recognizer = recognizer;
        this.oneCharacterShortForms = oneCharacterShortForms;
    }

    public JiebaSegmenter Segmenter => recognizer.Segmenter;

    public IReadOnlyList<FactMention> Find(string text) => Find(text, null);

    public IReadOnlyList<FactMention> Find(string text, IReadOnlyList<Token>? tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        return recognizer.Recognize(text, tokens, oneCharacterShortForms).Select(Convert).ToList();
    }

    private static FactMention Convert(Mention m)
    {
        var kind = m.Type switch
        {
            MentionType.Person => EntityKind.Person,
            MentionType.Organization => EntityKind.Organization,
            _ => EntityKind.Place,
        };
        var fine = m.Type == MentionType.Place && m.FineType == "venue" ? "venue" : null;
        return new FactMention(m.Range, kind, Math.Clamp(m.Confidence, 0, 1), fine);
    }
}
