using YiwuGraph.Extraction.Ner;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Plugs the statistical <see cref="NewsEntityRecognizer"/> into the fact extractors, merged with a second source
/// (the patterns) so that each covers the other's gaps; overlaps are settled by <see cref="MentionSet"/>.
/// </summary>
public sealed class RecognizerMentionSource : ITokenMentionSource
{
    private readonly NewsEntityRecognizer recognizer;
    private readonly IMentionSource? other;

    public RecognizerMentionSource(NewsEntityRecognizer recognizer, IMentionSource? other = null)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        this.recognizer = recognizer;
        this.other = other;
    }

    public JiebaSegmenter Segmenter => recognizer.Segmenter;

    public IReadOnlyList<FactMention> Find(string text) => Find(text, null);

    public IReadOnlyList<FactMention> Find(string text, IReadOnlyList<Token>? tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = recognizer.Recognize(text, tokens).Select(Convert).ToList();
        if (other is not null)
        {
            found.AddRange(other.Find(text));
        }

        return MentionSet.Resolve(found);
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
