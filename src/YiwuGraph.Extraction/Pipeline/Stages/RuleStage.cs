using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Pipeline.Stages;

/// <summary>The rules (title anchors, organisation and place endings, the gazetteer, home references) propose theirs.</summary>
public sealed class RuleStage(IMentionSource rules) : INewsStage
{
    private readonly IMentionSource rules = rules ?? throw new ArgumentNullException(nameof(rules));

    public string Name => "rules";

    /// <summary>The tokens when the source can read them (<see cref="ITokenMentionSource"/>).</summary>
    public NewsAnnotation Needs => rules is ITokenMentionSource ? NewsAnnotation.Tokens : NewsAnnotation.None;

    public NewsAnnotation Adds => NewsAnnotation.RuleMentions;

    public void Annotate(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.RuleMentions = rules is ITokenMentionSource reader && document.TokensOf(reader.Segmenter) is { } tokens
            ? reader.Find(document.Text, tokens)
            : rules.Find(document.Text);
    }
}
