using YiwuGraph.Core;

namespace YiwuGraph.Extraction.Ner;

/// <summary>What a mention names.</summary>
public enum MentionType
{
    Person,
    Organization,
    Place,
}

/// <summary>
/// One entity mention: a range of the recognised text, its type, its fine type (organisations: government,
/// party, company, association, school, media, other; places: country, province, city, county, town,
/// street, village, venue, foreign, other; persons: person) and a confidence in [0, 1].
/// </summary>
public readonly record struct Mention(TextRange Range, MentionType Type, string FineType, double Confidence)
{
    /// <summary>For persons anchored by a title (<c>市委书记</c>, <c>全媒体记者</c>), the title as written.</summary>
    public string? Title { get; init; }

    /// <summary>For places found in the gazetteer, its id (division code or <c>F…</c> for foreign places).</summary>
    public string? PlaceId { get; init; }

    /// <summary>For gazetteer places, the id of the parent division (null at the top).</summary>
    public string? ParentPlaceId { get; init; }

    /// <summary>Which evidence produced the mention: <c>model</c>, <c>title</c>, <c>suffix</c>, <c>gazetteer</c> (joined with '+').</summary>
    public string Source { get; init; } = "model";

    public ReadOnlySpan<char> Slice(string text) => Range.Slice(text);
}
