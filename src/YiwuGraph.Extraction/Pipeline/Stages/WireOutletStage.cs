using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Recognition;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>
/// After the arbiter, the outlet a dateline opens with is an organisation, not the place or person the tagger read
/// (<see cref="WireOutlets"/>: <c>东南网3月31日讯</c>, <c>齐鲁网潍坊9月20日讯</c>). Before propagation, so the outlet's
/// other mentions follow.
/// </summary>
public sealed class WireOutletStage(RuleLexicons lexicons, PlaceGazetteer gazetteer) : INewsStage
{
    private readonly WireOutlets outlets = new((lexicons ?? throw new ArgumentNullException(nameof(lexicons))).Set.NewsOrganizations.WordsOf("outlet-ending"), gazetteer);

    public string Name => "wire-outlets";

    public NewsAnnotation Needs => NewsAnnotation.Mentions;

    public NewsAnnotation Adds => NewsAnnotation.Mentions;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Mentions = outlets.Retype(document.Text, document.Mentions);
    }
}
