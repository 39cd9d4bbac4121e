using YiwuGraph.Core;

namespace YiwuGraph.Ingestion;

/// <summary>A piece of the article body copied verbatim from the source file: body <c>[BodyStart, BodyStart+Length)</c>.</summary>
public readonly record struct TextSegment(int BodyStart, int SourceStart, int Length)
{
    public int BodyEnd => BodyStart + Length;

    public int SourceEnd => SourceStart + Length;

    /// <summary>The index of the segment of <paramref name="segments"/> (in body order) that holds body offset <paramref name="bodyOffset"/>, or -1.</summary>
    public static int IndexOf(IReadOnlyList<TextSegment> segments, int bodyOffset)
    {
        ArgumentNullException.ThrowIfNull(segments);
        int lo = 0, hi = segments.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var s = segments[mid];
            if (bodyOffset < s.BodyStart)
            {
                hi = mid - 1;
            }
            else if (bodyOffset >= s.BodyEnd)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}

/// <summary>
/// One article split from a page. <see cref="Text"/> is the clean body: paragraphs separated by '\n', words
/// broken by the layout rejoined, duplicates dropped. <see cref="Segments"/> maps every body character back to
/// the exact character of the source file it came from.
/// </summary>
public sealed class Article
{
    public required string Source { get; init; }

    public required int Index { get; init; }

    /// <summary>The main headline; null when the page prints none that a reader can tie to this body.</summary>
    public required string? Title { get; init; }

    /// <summary>Kickers, subtitles and column tags printed with the headline.</summary>
    public required IReadOnlyList<string> Subtitles { get; init; }

    /// <summary>Sub-headings printed inside the body.</summary>
    public required IReadOnlyList<string> Sections { get; init; }

    /// <summary>Reporters and photographers named in bylines and photo credits, in order, distinct.</summary>
    public required IReadOnlyList<string> Reporters { get; init; }

    /// <summary>Where each reporter is named: the byline or credit line, and the name's range in the source file.</summary>
    public required IReadOnlyList<ReporterCredit> Credits { get; init; }

    /// <summary>
    /// The bracket at the start of the lead that credits its reporters, as a range of <see cref="Text"/>
    /// (<c>（记者王小明）</c>, <c>【記者王大明／台北報導】</c>); null when there is none. Recognizers read the text without it:
    /// a credit glued to the first sentence (<c>…台北報導】台灣積體電路…</c>) would otherwise run into its names.
    /// </summary>
    public TextRange? LeadCredit { get; init; }

    /// <summary>Authors of signed pieces (e.g. <c>苏溪镇党委书记 程亮</c>), with the title they sign with.</summary>
    public required IReadOnlyList<ArticleAuthor> Authors { get; init; }

    /// <summary>The time expression opening the lead, as written (<c>昨日</c>, <c>4月24日</c>), or null.</summary>
    public required string? Dateline { get; init; }

    public required string Text { get; init; }

    public required IReadOnlyList<TextSegment> Segments { get; init; }

    /// <summary>Paragraph ranges in <see cref="Text"/>.</summary>
    public required IReadOnlyList<TextRange> Paragraphs { get; init; }

    public required IReadOnlyList<string> Captions { get; init; }

    /// <summary>A credited source (<c>来源：浙江宣传</c>) or signing desk (<c>浙江日报评论员</c>), if printed.</summary>
    public required string? Attribution { get; init; }

    /// <summary>True when the page says the article continues elsewhere (<c>（下转第二版）</c>).</summary>
    public required bool Continues { get; init; }

    /// <summary>Every range of the source file this article was read from (headlines, bylines, body), sorted and merged.</summary>
    public required IReadOnlyList<TextRange> SourceRanges { get; init; }

    /// <summary>Source range of the headline, when there is one.</summary>
    public required TextRange? TitleRange { get; init; }

    /// <summary>
    /// The headline lines printed for this article (title, kicker, subtitles, the sub-headings inside its body and its
    /// photo captions)
    /// with their source ranges, and on a page's first article the teasers (导读) of stories printed on other pages,
    /// which belong to no article here. Entities named only in a headline are read from these: a sub-heading
    /// (<c>问：国家税务总局…</c>) is not part of <see cref="Text"/>, and without it what it names would be lost.
    /// </summary>
    public IReadOnlyList<PageHeadline> Headlines { get; init; } = [];

    /// <summary>Maps a body offset to the source-file offset of the same character.</summary>
    public int ToSourceOffset(int bodyOffset)
    {
        var i = FindSegment(bodyOffset);
        var s = Segments[i];
        return s.SourceStart + (bodyOffset - s.BodyStart);
    }

    /// <summary>Maps a non-empty body range to the smallest source range that covers it.</summary>
    public TextRange ToSourceRange(TextRange bodyRange)
    {
        if (bodyRange.IsEmpty)
        {
            var at = bodyRange.Start < Text.Length ? ToSourceOffset(bodyRange.Start) : ToSourceOffset(Text.Length - 1) + 1;
            return new TextRange(at, at);
        }

        return new TextRange(ToSourceOffset(bodyRange.Start), ToSourceOffset(bodyRange.End - 1) + 1);
    }

    private int FindSegment(int bodyOffset)
    {
        if (bodyOffset < 0 || bodyOffset >= Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(bodyOffset), $"Offset {bodyOffset} is outside the body of {Source}#{Index}.");
        }

        var found = TextSegment.IndexOf(Segments, bodyOffset);
        if (found >= 0)
        {
            return found;
        }

        // Paragraph separators are synthetic: map them to the character after the previous segment.
        throw new ArgumentOutOfRangeException(nameof(bodyOffset), $"Offset {bodyOffset} of {Source}#{Index} is a paragraph break, not source text.");
    }
}

/// <summary>A headline line as printed and where it is in the source file.</summary>
public sealed record PageHeadline(string Text, TextRange SourceRange);

/// <summary>The signer of an opinion piece: a name when printed, and the title or desk printed with it.</summary>
public sealed record ArticleAuthor(string? Name, string Title);

/// <summary>
/// A reporter named in a byline: what the byline says of them (<see cref="Byline"/>), the printed line, and the
/// name's range in the source file.
/// </summary>
public sealed record ReporterCredit(BylineCredit Byline, string Line, TextRange SourceRange, bool Photographer)
{
    public string Name => Byline.Name;

    /// <inheritdoc cref="BylineCredit.Outlet"/>
    public string? Outlet => Byline.Outlet;

    /// <inheritdoc cref="BylineCredit.Role"/>
    public string? Role => Byline.Role;

    /// <inheritdoc cref="BylineCredit.PrintedRole"/>
    public string? PrintedRole => Byline.PrintedRole;
}

/// <summary>One name of a byline, with the role word printed before it, the outlet that role is of, and the role as printed.</summary>
/// <param name="Name">The reporter's name.</param>
/// <param name="Role">The role word before the name (记者, 特约记者, 实习生), or null.</param>
/// <param name="Outlet">The outlet the byline names the reporter's role of (澎湃新闻 of <c>澎湃新闻记者 王琳</c>), or null.</param>
/// <param name="PrintedRole">The role as printed, outlet included (<c>环球时报驻美国特约记者</c>), or null.</param>
public sealed record BylineCredit(string Name, string? Role, string? Outlet, string? PrintedRole)
{
    /// <summary>
    /// The credits of a byline as printed (<c>记者张祝基、于青</c>, <c>新华社记者王小明摄</c>), or null when the text reads
    /// as no byline: names after a role word (记者, 通讯员, 实习生 …) or before 摄, as the splitter reads byline lines.
    /// </summary>
    public static IReadOnlyList<BylineCredit>? Parse(string line) => PageLineClassifier.ParseCredits(line);

    /// <summary>The length of the byline role word (记者, 本报记者, 通讯员 …) <paramref name="text"/> ends in, or 0.</summary>
    public static int RoleWordEnding(ReadOnlySpan<char> text) => PageLineClassifier.RoleWordEnding(text);
}

/// <summary>A role word of a byline as printed (<c>澎湃新闻记者</c>): the word, the printed token, and the outlet named.</summary>
internal sealed record BylineRole(string Word, string Printed, string? Outlet);

/// <summary>
/// What <see cref="ArticleSplitter.SplitPage"/> made of a page: its articles, the source ranges of the lines it
/// dropped as page furniture (adverts, countdowns, hotlines), one per line, and why it gave no article, if so.
/// </summary>
public sealed record PageSplit(IReadOnlyList<Article> Articles, IReadOnlyList<TextRange> FurnitureLines, string? NoArticleReason);
