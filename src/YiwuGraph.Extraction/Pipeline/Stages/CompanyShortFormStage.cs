using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Recognition;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>
/// After propagation, the brands of the companies the article names in full, where they stand as whole words
/// (<see cref="CompanyShortForms"/>: 比亚迪 beside 比亚迪股份有限公司).
/// </summary>
public sealed class CompanyShortFormStage(RuleLexicons lexicons, PlaceGazetteer places) : INewsStage
{
    private readonly CompanyShortForms brands = new(lexicons, places);

    public string Name => "company-brands";

    public NewsAnnotation Needs => NewsAnnotation.Mentions | NewsAnnotation.Tokens;

    public NewsAnnotation Adds => NewsAnnotation.Mentions;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Mentions = brands.Apply(document.Text, document.Mentions, document.Tokens);
    }
}
