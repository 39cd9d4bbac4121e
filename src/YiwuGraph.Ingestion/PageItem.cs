using YiwuGraph.Core;

namespace YiwuGraph.Ingestion;

/// <summary>What a line (or a run of lines) of a newspaper page is.</summary>
internal enum PageItemKind
{
    Banner,
    Heading,
    ColumnTag,
    DigestMarker,
    Byline,
    AuthorLine,
    Lead,
    Text,
    Caption,
    Continuation,
    Attribution,
    Advert,
}

/// <summary>
/// A classified unit of a page. <see cref="Pieces"/> are the source ranges of its content (one per printed line,
/// markup and outer whitespace excluded); <see cref="Block"/> numbers the blank-line-separated block it sits in.
/// </summary>
internal sealed class PageItem
{
    public PageItem(PageItemKind kind, int block, int level, List<TextRange> pieces, string text)
    {
        Kind = kind;
        Block = block;
        Level = level;
        Pieces = pieces;
        Text = text;
    }

    public PageItemKind Kind { get; set; }

    public int Block { get; }

    /// <summary>Markdown heading level (1–6), or 0 for a plain line.</summary>
    public int Level { get; }

    public List<TextRange> Pieces { get; }

    public string Text { get; set; }

    /// <summary>
    /// The item ends its paragraph although its last line stops without a sentence end: it is a line of its own in a
    /// block whose other lines are wider (a headline or a clause printed one per line, as web pages and sentence lists
    /// print them), not a line the layout wrapped. Paragraphs that stop mid-sentence are joined across blank lines
    /// (<c>市\n\n长温建飞</c>) only when this is false.
    /// </summary>
    public bool EndsParagraph { get; set; }

    public bool IsHeadingLike => Kind is PageItemKind.Heading or PageItemKind.ColumnTag or PageItemKind.DigestMarker;

    public override string ToString() => $"{Kind}({Level}) b{Block}: {Text}";
}
