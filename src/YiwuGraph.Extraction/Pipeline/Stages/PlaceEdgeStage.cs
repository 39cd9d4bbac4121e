using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Recognition;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>
/// After the arbiter, the edges of place mentions: a place gives back the level word that opens the title of its head
/// printed right after it (<see cref="HeadTitleOverruns"/>: <c>高雄市|长韩国瑜</c> is 高雄 and 市长), and a place whose
/// name is a team office printed right before a person is that office, no place (<see cref="TeamTitlePlaces"/>).
/// </summary>
public sealed class PlaceEdgeStage(PlaceGazetteer gazetteer, TitleLexicon titles) : INewsStage
{
    private readonly HeadTitleOverruns headTitles = new(gazetteer);
    private readonly TeamTitlePlaces teamTitles = new(titles);

    public string Name => "place-edges";

    public NewsAnnotation Needs => NewsAnnotation.Mentions;

    public NewsAnnotation Adds => NewsAnnotation.Mentions;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = teamTitles.Drop(document.Text, headTitles.Trim(document.Text, document.Mentions));
        if (!ReferenceEquals(result, document.Mentions))
        {
            document.Mentions = result;
        }
    }
}
