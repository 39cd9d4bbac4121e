using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>
/// After the arbiter, the edges of person mentions: a name gives back the first character of the next word it took in
/// where the article prints it alone (<see cref="PersonOverruns"/>: <c>王颖申请辞去</c>, with the article's tokens), a
/// name the tagger started inside the word before starts where the article's longer name does, or is dropped inside a
/// word that names no one (<see cref="PersonStarts"/>: <c>何|鸿燊</c>, <c>工程系</c>), a
/// Japanese surname runs on to the given name the tagger left off (<see cref="JapaneseNames"/>: <c>张本|智和</c>), a
/// transliterated name gets back the last character the tagger left off (<see cref="TransliterationTails"/>:
/// <c>萨蒂希表示</c>), two halves of a hyphenated name are one, a name before 杯 names a cup, no person
/// (<see cref="Eponyms"/>), a name in quotes after a storm word names the storm (<see cref="StormNames"/>), and a name
/// before 主场 or 客场 names a team (<see cref="HomeGroundTeams"/>).
/// </summary>
public sealed class PersonEdgeStage(RuleLexicons lexicons, JiebaSegmenter? segmenter = null) : INewsStage
{
    private readonly PersonStarts starts = new(segmenter);
    private readonly TransliterationTails tails = new(lexicons);
    private readonly PersonOverruns overruns = new(lexicons);
    private readonly JapaneseNames japanese = new(lexicons);
    private readonly Eponyms eponyms = new(lexicons);
    private readonly StormNames storms = new(lexicons);
    private readonly HomeGroundTeams teams = new(lexicons);

    public string Name => "person-edges";

    public NewsAnnotation Needs => NewsAnnotation.Mentions;

    public NewsAnnotation Adds => NewsAnnotation.Mentions;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = (document.Annotations & NewsAnnotation.Tokens) != 0 ? document.Tokens : null;
        var text = document.Text;
        // In this order; each rule reads the mentions the one before left (a rule that changes nothing hands its list on).
        var mentions = overruns.Trim(text, document.Mentions, tokens);
        mentions = starts.Apply(text, mentions, tokens);
        mentions = japanese.Extend(text, mentions, tokens);
        mentions = tails.Extend(text, mentions, tokens);
        mentions = eponyms.Apply(text, mentions);
        mentions = storms.Apply(text, mentions);
        document.Mentions = teams.Apply(text, mentions);
    }
}
