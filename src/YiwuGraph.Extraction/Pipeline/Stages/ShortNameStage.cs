using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Recognition;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>
/// After propagation, the short names of organisations the article names in full: those it defines in brackets
/// (<see cref="DefinedShortNames"/>: 台湾积体电路制造股份有限公司（台积电）), then the brands of its companies where they
/// stand as whole words (<see cref="CompanyShortForms"/>: 比亚迪 beside 比亚迪股份有限公司).
/// </summary>
public sealed class ShortNameStage(RuleLexicons lexicons, PlaceGazetteer places) : INewsStage
{
    private readonly CompanyShortForms brands = new(lexicons, places);

    private readonly ShortNameDefinitions definitions = lexicons.ShortNameDefinitions;

    public string Name => "short-names";

    public NewsAnnotation Needs => NewsAnnotation.Mentions | NewsAnnotation.Tokens;

    public NewsAnnotation Adds => NewsAnnotation.Mentions;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var defined = document.DefinedShortNamesBy(definitions).Apply(document.Mentions);
        document.Mentions = brands.Apply(document.Text, defined, document.Tokens);
    }
}
