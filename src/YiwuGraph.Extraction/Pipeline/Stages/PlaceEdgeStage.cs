using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Recognition;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>
/// After the arbiter, the edges of place mentions: a place gives back the level word that opens the title of its head
/// printed right after it (<see cref="HeadTitleOverruns"/>: <c>高雄市|长韩国瑜</c> is 高雄 and 市长), and a place whose
/// name is a team office printed right before a person is that office, no place (<see cref="TeamTitlePlaces"/>), and a
/// place gives back the level word that opens a noun after it (<see cref="LevelNouns"/>: <c>临邑县|城</c> is 临邑), and a
/// place gives back the preposition it opens with (<see cref="PlacePrepositions"/>: <c>距|宏村</c> is 宏村).
/// </summary>
public sealed class PlaceEdgeStage(PlaceGazetteer gazetteer, RuleLexicons lexicons) : INewsStage
{
    private readonly HeadTitleOverruns headTitles = new(gazetteer);
    private readonly TeamTitlePlaces teamTitles = new((lexicons ?? throw new ArgumentNullException(nameof(lexicons))).Titles);
    private readonly LevelNouns levelNouns = new(lexicons.Set.NewsPlaces.WordsOf("noun-with-level"), gazetteer);
    private readonly PlacePrepositions prepositions = new(
        lexicons.Set.NewsPlaces.WordsOf("preposition"),
        lexicons.Set.StopWords.WordsOf("not-place").Concat(lexicons.Set.NewsPlaces.WordsOf("venue")).Concat(lexicons.Set.NewsPlaces.WordsOf("zone")),
        gazetteer);

    public string Name => "place-edges";

    public NewsAnnotation Needs => NewsAnnotation.Mentions;

    public NewsAnnotation Adds => NewsAnnotation.Mentions;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = (document.Annotations & NewsAnnotation.Tokens) != 0 ? document.Tokens : null;
        var text = document.Text;
        // In this order; each rule reads the mentions the one before left.
        var mentions = headTitles.Trim(text, document.Mentions);
        mentions = teamTitles.Drop(text, mentions);
        mentions = levelNouns.Trim(text, mentions, tokens);
        document.Mentions = prepositions.Trim(text, mentions, tokens);
    }
}
