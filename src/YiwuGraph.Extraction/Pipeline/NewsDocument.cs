using YiwuGraph.Core;
using YiwuGraph.Extraction.Events;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;
using YiwuGraph.Ingestion;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Pipeline;

/// <summary>
/// One text on its way through <see cref="NewsPipeline"/>: the text is stored once, every annotation is a list of
/// <c>[Start, End)</c> ranges into it, and each stage adds the annotations it declares. Reading an annotation no
/// stage has added yet throws, so a pipeline in the wrong order fails at once instead of reading an empty list.
/// </summary>
/// <remarks>Not thread-safe: one document belongs to one worker; the pipeline and its stages are shared.</remarks>
public sealed class NewsDocument
{
    private IReadOnlyList<Token>? tokens;
    private IReadOnlyList<FactMention>? recognizerMentions;
    private IReadOnlyList<FactMention>? ruleMentions;
    private IReadOnlyList<FactMention>? mentions;
    private IReadOnlyList<EntityRef>? entities;
    private IReadOnlyList<PositionFact>? positions;
    private IReadOnlyList<EventFact>? events;
    private IReadOnlyList<RelationFact>? relations;
    private IReadOnlyList<TextRange>? sentences;
    private (ShortNameDefinitions Definitions, DefinedShortNames Found)? definedShortNames;
    private IReadOnlySet<string>? creditedReporters;
    private IReadOnlyList<string>? placeAnchors;
    private readonly string? source;

    /// <summary>
    /// An article body, with the publication date its relative dates are read against. <paramref name="readAs"/>,
    /// when given, is what the stages read instead of the body: a rendering of it of the same length (traditional
    /// characters read as simplified, <see cref="TraditionalChinese"/>), so every range still points into the body.
    /// </summary>
    public NewsDocument(Article article, DateOnly? publication, string? readAs = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (readAs is not null && readAs.Length != article.Text.Length)
        {
            throw new ArgumentException("The text read must be as long as the article's, so that ranges hold for both.", nameof(readAs));
        }

        Article = article;
        Text = readAs ?? article.Text;
        Dateline = article.Dateline;
        PublicationDate = publication;
    }

    /// <summary>A bare text (a headline, a sentence given to <c>ner --news</c>): no article, no dateline, no date.</summary>
    public NewsDocument(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The article the text is the body of, or null for a bare text.</summary>
    public Article? Article { get; }

    /// <summary>
    /// The file the text was read from: the article's, or for a bare text (a headline) the one its reader names;
    /// null when unknown. Linking scopes names with a bare level that no home expands (<c>市委</c>) to its folder.
    /// </summary>
    public string? Source
    {
        get => source ?? Article?.Source;
        init => source = value;
    }

    public string Text { get; }

    /// <summary>
    /// The text's sentences (<see cref="TextSpans.Sentences"/>: up to 。！？!? or a line break), split once on first use
    /// and read by every stage that works sentence by sentence.
    /// </summary>
    public IReadOnlyList<TextRange> Sentences => sentences ??= TextSpans.Sentences(Text);

    /// <summary>
    /// The brackets of the text that can define an organisation's short name with the words of
    /// <paramref name="definitions"/> (<see cref="Recognition.DefinedShortNames"/>), found once on first use and read
    /// by the short-name stage, the linker and the article's headlines. Like <see cref="Sentences"/> they depend on
    /// the text (and the pipeline's lists) alone, so no stage has to add them: a pipeline without the short-name stage
    /// (<see cref="NewsPipelines.WithMentions"/>) still links defined short names. Asked with other words, they are
    /// found again.
    /// </summary>
    public DefinedShortNames DefinedShortNamesBy(ShortNameDefinitions definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        if (definedShortNames is not { } found || found.Definitions != definitions)
        {
            definedShortNames = (definitions, definitions.In(Text));
        }

        return definedShortNames.Value.Found;
    }

    public string? Dateline { get; }

    public DateOnly? PublicationDate { get; }

    /// <summary>What the stages have added so far.</summary>
    public NewsAnnotation Annotations { get; private set; }

    /// <summary>Jieba's <c>CutWithPos</c> of the whole text, by <see cref="TokenSegmenter"/>.</summary>
    public IReadOnlyList<Token> Tokens => Get(tokens, NewsAnnotation.Tokens);

    /// <summary>The segmenter that cut <see cref="Tokens"/>: a stage reads them only if it segments with the same one.</summary>
    public JiebaSegmenter? TokenSegmenter { get; private set; }

    public IReadOnlyList<FactMention> RecognizerMentions
    {
        get => Get(recognizerMentions, NewsAnnotation.RecognizerMentions);
        set => recognizerMentions = Set(value, NewsAnnotation.RecognizerMentions);
    }

    public IReadOnlyList<FactMention> RuleMentions
    {
        get => Get(ruleMentions, NewsAnnotation.RuleMentions);
        set => ruleMentions = Set(value, NewsAnnotation.RuleMentions);
    }

    /// <summary>The mentions recognition settled on: sorted by start, never overlapping.</summary>
    public IReadOnlyList<FactMention> Mentions
    {
        get => Get(mentions, NewsAnnotation.Mentions);
        set => mentions = Set(value, NewsAnnotation.Mentions);
    }

    /// <summary>
    /// The places the text names unambiguously (<see cref="EntityResolver.PlaceAnchors"/>), set by the linker with the
    /// entities it resolved by them and read again by the relations between places, so both choose the same division
    /// among those that share a name.
    /// </summary>
    public IReadOnlyList<string> PlaceAnchors
    {
        get => Get(placeAnchors, NewsAnnotation.Entities);
        set => placeAnchors = value ?? throw new ArgumentNullException(nameof(value));
    }

    public IReadOnlyList<EntityRef> Entities
    {
        get => Get(entities, NewsAnnotation.Entities);
        set
        {
            entities = Set(value, NewsAnnotation.Entities);
            creditedReporters = null;
        }
    }

    /// <summary>
    /// The reporters the article credits (<see cref="ReportCredits.Names"/>), who are parties of none of its
    /// events; read from the text, the article's bylines and the entities, once for the stages that ask.
    /// </summary>
    public IReadOnlySet<string> CreditedReporters => creditedReporters ??= ReportCredits.Names(Text, Article?.Reporters, Entities);

    public IReadOnlyList<PositionFact> Positions
    {
        get => Get(positions, NewsAnnotation.Positions);
        set => positions = Set(value, NewsAnnotation.Positions);
    }

    /// <summary>The events; the argument stage fills in their dates, places and participants.</summary>
    public IReadOnlyList<EventFact> Events
    {
        get => Get(events, NewsAnnotation.Events);
        set => events = Set(value, NewsAnnotation.Events);
    }

    public IReadOnlyList<RelationFact> Relations
    {
        get => Get(relations, NewsAnnotation.Relations);
        set => relations = Set(value, NewsAnnotation.Relations);
    }

    public void SetTokens(JiebaSegmenter segmenter, IReadOnlyList<Token> value)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        tokens = Set(value, NewsAnnotation.Tokens);
        TokenSegmenter = segmenter;
    }

    /// <summary>The tokens, when <paramref name="segmenter"/> cut them; otherwise null (the caller segments itself).</summary>
    public IReadOnlyList<Token>? TokensOf(JiebaSegmenter segmenter) => ReferenceEquals(segmenter, TokenSegmenter) ? tokens : null;

    /// <summary>Marks an annotation that lives inside another one (event arguments inside the events) as added.</summary>
    public void MarkAnnotated(NewsAnnotation annotation) => Annotations |= annotation;

    private T Get<T>(T? value, NewsAnnotation annotation)
        where T : class =>
        value ?? throw new InvalidOperationException($"No stage has added {annotation} to this document yet.");

    private T Set<T>(T value, NewsAnnotation annotation)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        Annotations |= annotation;
        return value;
    }
}
