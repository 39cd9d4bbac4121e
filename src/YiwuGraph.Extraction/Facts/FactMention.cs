using YiwuGraph.Core;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Facts;

/// <summary>The kinds of named entity the fact extractors link.</summary>
public enum EntityKind
{
    Person,
    Organization,
    Place,
}

/// <summary>A named entity found in an article body: its body range, kind and how sure the finder is.</summary>
public readonly record struct FactMention(TextRange Range, EntityKind Kind, double Confidence, string? FineType = null)
{
    public string GetText(string text) => text.Substring(Range.Start, Range.Length);
}

/// <summary>
/// Anything that finds entity mentions in a body: the built-in patterns, or a statistical recognizer plugged in
/// through an adapter. Implementations are pure and thread-safe.
/// </summary>
public interface IMentionSource
{
    IReadOnlyList<FactMention> Find(string text);
}

/// <summary>
/// A mention source that can read jieba tokens cut once for the whole text instead of segmenting it again; the
/// tokens must come from <see cref="Segmenter"/> (<c>CutWithPos</c>, HMM on).
/// </summary>
public interface ITokenMentionSource : IMentionSource
{
    JiebaSegmenter Segmenter { get; }

    IReadOnlyList<FactMention> Find(string text, IReadOnlyList<Token> tokens);
}
