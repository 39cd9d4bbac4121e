using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// A person mention that is the whole title of a work between title marks (<c>《叶问》</c>, <c>《洛丽塔》</c>,
/// <c>《成吉思汗》</c>) names the film, book or game, not the person: the article is about the work, and linking it
/// to the person would tie the two in the graph. A person inside a longer title (<c>《邓小平文选》</c>) stays a person.
/// </summary>
public static class WorkTitles
{
    /// <summary><paramref name="mentions"/> without the persons that are a whole title in 《》.</summary>
    public static IReadOnlyList<FactMention> DropWholeTitlePersons(string text, IReadOnlyList<FactMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        return mentions.Any(m => IsWholeTitle(text, m)) ? [.. mentions.Where(m => !IsWholeTitle(text, m))] : mentions;
    }

    private static bool IsWholeTitle(string text, FactMention m) =>
        m.Kind == EntityKind.Person && m.Range.Start > 0 && m.Range.End < text.Length
        && text[m.Range.Start - 1] == '《' && text[m.Range.End] == '》';
}
