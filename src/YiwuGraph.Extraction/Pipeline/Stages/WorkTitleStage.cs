using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>
/// After the person edges, titles between title marks (<see cref="WorkTitles"/>): a person that is a whole title
/// (<c>《叶问》</c>) is no person mention, and a periodical's title (<c>《巴尔的摩太阳报》</c>) is a media organisation.
/// </summary>
public sealed class WorkTitleStage(RuleLexicons lexicons) : INewsStage
{
    private readonly WorkTitles titles = new(lexicons);

    public string Name => "work-titles";

    public NewsAnnotation Needs => NewsAnnotation.Mentions;

    public NewsAnnotation Adds => NewsAnnotation.Mentions;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Mentions = titles.Apply(document.Text, document.Mentions);
    }
}
