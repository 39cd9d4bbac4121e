using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Finds persons, organisations and places with patterns over jieba's POS tokens: names that a title or a
/// speech verb anchors (<see cref="PersonPatterns"/>), organisation names closed by an organisation suffix
/// (<see cref="OrganizationPatterns"/>), administrative places, venues and home references
/// (<see cref="PlacePatterns"/>). The fallback when no statistical recognizer is plugged in, and a second
/// opinion when one is.
/// </summary>
public sealed class PatternMentionSource : IMentionSource
{
    private readonly JiebaSegmenter segmenter;
    private readonly PlacePatterns placePatterns;

    public PatternMentionSource(JiebaSegmenter segmenter, HomeContext? home = null, PlaceDirectory? places = null)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        this.segmenter = segmenter;
        placePatterns = new PlacePatterns(home ?? HomeContext.None, places);
    }

    public IReadOnlyList<FactMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = segmenter.CutWithPos(text);
        var found = new List<FactMention>();
        placePatterns.FindPlaces(text, tokens, found);
        OrganizationPatterns.FindOrganizations(text, tokens, found);
        CompanyPatterns.FindCompanies(text, tokens, found);
        PersonPatterns.FindPersons(text, tokens, found);
        return MentionSet.Resolve(found);
    }
}
