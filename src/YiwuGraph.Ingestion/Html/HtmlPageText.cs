using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using YiwuGraph.Core;

namespace YiwuGraph.Ingestion.Html;

/// <summary>
/// The article of a saved web page (<c>.html</c>, <c>.htm</c>) as the page text the rest of ingestion reads, laid out
/// as news sites print a story: <c># headline</c>, an attribution line (<c>2026-11-20 10:35:12 来源：澎湃新闻 作者：王琳</c>)
/// from the page's metadata or the time and source it prints, then the story's paragraphs, its sub-headings as
/// <c>## …</c>. Menus, scripts, related-news lists and footers are left out. The text is the source every later offset
/// points into; the HTML itself is not kept.
/// </summary>
/// <remarks>
/// The story is the element whose paragraphs hold the most Han characters (each paragraph counts for its parent in
/// full and for its grandparent at half, as Mozilla's Readability scores them; text outside paragraphs counts for the
/// element holding it): a news page's body is one block of paragraphs, while menus and lists of related headlines
/// are links. Blocks that are mostly link text are dropped.
/// </remarks>
public static partial class HtmlPageText
{
    /// <summary>Elements that never hold the story's text.</summary>
    private static readonly string[] NoiseSelectors =
        ["script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "select", "nav", "aside", "footer"];

    /// <summary>Elements whose text is one block of the story.</summary>
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "FIGCAPTION", "TD", "DD", "DT",
    };

    /// <summary>Elements that hold blocks: a DIV or SECTION with text of its own outside them is a block too.</summary>
    private static readonly HashSet<string> ContainerTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "UL", "OL", "DL", "TABLE", "TBODY", "THEAD", "TR", "FIGURE", "CENTER", "SPAN", "FONT",
    };

    /// <summary>Metadata that names the publication time, most specific first.</summary>
    private static readonly string[] DateMeta =
        [
            "article:published_time", "og:article:published_time", "og:release_date", "pubdate", "publishdate", "publish_time", "PubDate",
            "datePublished", "publication_date", "apub:time", "weibo: article:create_at",
        ];

    /// <summary>Metadata that names the outlet a story comes from (a reprint's source, not the site showing it).</summary>
    private static readonly string[] StorySourceMeta = ["source", "og:article:source", "article:source", "mediaid"];

    /// <summary>
    /// The last characters of an outlet's name (人民网, 钱江晚报, 新华社, 央视频道): an author field that ends so names the
    /// site, not a writer, and is left out rather than made a person.
    /// </summary>
    private const string OutletNameEndings = "网报社台刊道号";

    /// <summary>Metadata that names the site showing the page: the source only when the page names no other.</summary>
    private static readonly string[] SiteMeta = ["og:site_name", "application-name"];

    /// <summary>The separators sites put between a headline and the site's name in a page's title (标题_新闻中心_新浪网).</summary>
    private static readonly string[] TitleSeparators = ["_", "|", "｜", " - ", " – ", " — ", "－"];

    /// <summary>A block whose link text is more than this share of its text is navigation, not story.</summary>
    private const double MaxLinkShare = 0.5;

    /// <summary>The most characters an author's name from the page's metadata may have (a name, not a sentence).</summary>
    private const int MaxAuthorLength = 12;

    /// <summary>
    /// The page text of the story in <paramref name="html"/>, or null when the page holds no paragraph with a Han
    /// character (a page of links, an empty template).
    /// </summary>
    public static string? Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var document = new HtmlParser().ParseDocument(html);
        var meta = MetaValues(document);
        var title = Title(document, meta);
        var attribution = Attribution(document, meta);
        foreach (var noise in document.QuerySelectorAll(string.Join(',', NoiseSelectors)).ToList())
        {
            noise.Remove();
        }

        var body = document.Body;
        if (body is null)
        {
            return null;
        }

        var story = StoryElement(body) ?? body;
        var blocks = new List<string>();
        CollectBlocks(story, blocks);

        // The headline is printed once, above the attribution, even when the story repeats it as its first heading.
        blocks.RemoveAll(b => title is not null && Normalize(b.TrimStart('#', ' ')) == title);
        if (!blocks.Exists(b => HanScript.ContainsHan(b)))
        {
            return null;
        }

        var page = new StringBuilder();
        if (title is not null)
        {
            page.Append("# ").Append(title).Append("\n\n");
        }

        if (attribution.Length > 0)
        {
            page.Append(attribution).Append("\n\n");
        }

        page.AppendJoin("\n\n", blocks).Append('\n');
        return page.ToString();
    }

    /// <summary>The headline: the page's first H1 with a Han character, else its og:title, else its title without the site's name.</summary>
    private static string? Title(IDocument document, IReadOnlyDictionary<string, string> meta)
    {
        var h1 = document.QuerySelectorAll("h1").Select(h => Normalize(h.TextContent)).FirstOrDefault(h => HanScript.ContainsHan(h));
        if (h1 is not null)
        {
            return h1;
        }

        var og = meta.GetValueOrDefault("og:title");
        if (og is not null && HanScript.ContainsHan(og))
        {
            return og;
        }

        var title = Normalize(document.Title ?? string.Empty);
        foreach (var separator in TitleSeparators)
        {
            var at = title.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                title = title[..at].Trim();
            }
        }

        return HanScript.ContainsHan(title) ? title : null;
    }

    /// <summary>
    /// The attribution line news sites print under a headline, made of what the page says in its metadata or prints
    /// in elements of their own: the publication time, the source (<c>来源：</c>) and the author (<c>作者：</c>); empty
    /// when it says none of them.
    /// </summary>
    private static string Attribution(IDocument document, IReadOnlyDictionary<string, string> meta)
    {
        var parts = new List<string>();
        var published = DateMeta.Select(meta.GetValueOrDefault).FirstOrDefault(v => v is not null)
            ?? LinkedDataDate(document)
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var time = (published is null ? null : PublicationTime(published)) ?? PrintedTime(document);
        if (time is not null)
        {
            parts.Add(time);
        }

        var source = FirstWithHan(meta, StorySourceMeta) ?? PrintedSource(document) ?? FirstWithHan(meta, SiteMeta);
        if (source is not null && PrintedSourceRegex().Match(source) is { Success: true } printed)
        {
            // A source field that prints its own label (来源：人民网－人民日报).
            source = printed.Groups["source"].Value;
        }

        if (source is not null)
        {
            parts.Add("来源：" + source);
        }

        if (meta.GetValueOrDefault("author") is { } author && HanScript.ContainsHan(author) && author.Length <= MaxAuthorLength
            && !OutletNameEndings.Contains(author[^1], StringComparison.Ordinal) && author != source)
        {
            parts.Add("作者：" + author);
        }

        return string.Join(' ', parts);
    }

    /// <summary>
    /// The first time of day with its date that the page prints in an element of its own (<c>2026年11月20日 10:35</c>,
    /// <c>2026-11-20 10:35:12</c>), as sites print a story's time under its headline; a date without a time is left
    /// alone, since site headers print the day's date.
    /// </summary>
    private static string? PrintedTime(IDocument document)
    {
        foreach (var element in document.Body?.QuerySelectorAll("*") ?? Enumerable.Empty<IElement>())
        {
            if (element.Children.Length == 0 && PrintedTimeRegex().Match(element.TextContent) is { Success: true } m)
            {
                int Part(string group) => m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
                if (Part("d") <= DateTime.DaysInMonth(Part("y"), Part("mo")))
                {
                    return new DateTime(Part("y"), Part("mo"), Part("d"), Part("h"), Part("mi"), Part("s"), DateTimeKind.Unspecified)
                        .ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                }
            }
        }

        return null;
    }

    /// <summary>The <c>datePublished</c> of the page's schema.org data (<c>script type="application/ld+json"</c>), or null.</summary>
    private static string? LinkedDataDate(IDocument document) =>
        document.QuerySelectorAll("script[type='application/ld+json']")
            .Select(script => LinkedDataDateRegex().Match(script.TextContent))
            .FirstOrDefault(m => m.Success)?.Groups["date"].Value;

    [GeneratedRegex(@"""datePublished""\s*:\s*""(?<date>[^""]{8,40})""")]
    private static partial Regex LinkedDataDateRegex();

    /// <summary>The outlet a page prints in a <c>来源：</c> element of its own (<c>来源：澎湃新闻</c>), or null.</summary>
    private static string? PrintedSource(IDocument document)
    {
        foreach (var element in document.Body?.QuerySelectorAll("*") ?? Enumerable.Empty<IElement>())
        {
            // Only an element whose own first text opens with the label is read whole (来源：<a>澎湃新闻</a>), so the
            // page is not read once for every element around it.
            if (element.FirstChild is { NodeType: NodeType.Text } first && Normalize(first.TextContent) is var opening
                && (opening.StartsWith("来源", StringComparison.Ordinal) || opening.StartsWith("稿源", StringComparison.Ordinal) || opening.StartsWith("本文来源", StringComparison.Ordinal))
                && PrintedSourceRegex().Match(Normalize(element.TextContent)) is { Success: true } m)
            {
                return m.Groups["source"].Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<y>(?:19|20)\d\d)\s*[-年/.]\s*(?<mo>1[0-2]|0?[1-9])\s*[-月/.]\s*(?<d>3[01]|[12]\d|0?[1-9])日?\s*(?<h>[01]?\d|2[0-3])[:：](?<mi>[0-5]\d)(?:[:：](?<s>[0-5]\d))?")]
    private static partial Regex PrintedTimeRegex();

    /// <summary>A whole element's text that is a source credit: 来源 or 稿源, a colon, and the outlet's name.</summary>
    [GeneratedRegex(@"^(?:来源|稿源|本文来源)\s*[:：]\s*(?<source>[\p{IsCJKUnifiedIdeographs}A-Za-z0-9·]{2,20})")]
    private static partial Regex PrintedSourceRegex();

    /// <summary>
    /// A machine-readable time (<c>2026-11-20T10:35:12+08:00</c>, <c>2026-11-20</c>) as sites print it
    /// (<c>2026-11-20 10:35:12</c>): the clock time of the zone it was published in, not converted; null when unreadable.
    /// </summary>
    private static string? PublicationTime(string value)
    {
        value = value.Trim();
        if (DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var time)
            ? time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>The first of the meta values <paramref name="names"/> that holds a Han character.</summary>
    private static string? FirstWithHan(IReadOnlyDictionary<string, string> meta, string[] names) =>
        names.Select(meta.GetValueOrDefault).FirstOrDefault(v => v is not null && HanScript.ContainsHan(v));

    /// <summary>
    /// The page's meta values by name, property or itemprop (case-insensitive; the first non-empty one of each name),
    /// normalised, read in one pass.
    /// </summary>
    private static Dictionary<string, string> MetaValues(IDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            if (key is not null && element.GetAttribute("content") is { } content && Normalize(content) is { Length: > 0 } value)
            {
                values.TryAdd(key.Trim(), value);
            }
        }

        return values;
    }

    /// <summary>
    /// The element whose paragraphs hold the most Han characters: a paragraph (<c>p</c>, <c>pre</c>, <c>blockquote</c>)
    /// counts in full for its parent and at half for its grandparent; text an element holds itself, outside any child
    /// (a table cell of paragraphs broken by <c>br</c>, as older sites lay a story out), counts in full for that
    /// element and at half for its parent. Blocks that are mostly links count for nothing.
    /// </summary>
    private static IElement? StoryElement(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        void Add(IElement? element, double score)
        {
            if (element is not null)
            {
                scores[element] = scores.GetValueOrDefault(element) + score;
            }
        }

        foreach (var element in body.QuerySelectorAll("*"))
        {
            var paragraph = element.TagName is "P" or "PRE" or "BLOCKQUOTE" ? HanScript.CountHan(element.TextContent) : 0;
            var own = element.ChildNodes.Where(n => n.NodeType == NodeType.Text).Sum(n => HanScript.CountHan(n.TextContent));
            if ((paragraph == 0 && own == 0) || LinkShare(element) > MaxLinkShare)
            {
                continue;
            }

            if (paragraph > 0)
            {
                Add(element.ParentElement, paragraph);
                Add(element.ParentElement?.ParentElement, paragraph / 2.0);
            }

            if (own > 0)
            {
                Add(element, own);
                Add(element.ParentElement, own / 2.0);
            }
        }

        // The dictionary lists elements in the order they were first scored (a paragraph's parent before the
        // paragraph), and a tie keeps the first: the container of a one-paragraph story, not the paragraph.
        IElement? best = null;
        var bestScore = 0.0;
        foreach (var (element, score) in scores)
        {
            if (score > bestScore)
            {
                best = element;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>The blocks of <paramref name="element"/> in page order: a block element's text, or a container's own text between its blocks.</summary>
    private static void CollectBlocks(IElement element, List<string> blocks)
    {
        if (BlockTags.Contains(element.TagName) || !HasBlockChild(element))
        {
            AddBlock(element, blocks);
            return;
        }

        var loose = new StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement e && (BlockTags.Contains(e.TagName) || (ContainerTags.Contains(e.TagName) && HasBlockChild(e))))
            {
                FlushLoose(loose, blocks);
                CollectBlocks(e, blocks);
            }
            else if (child is IElement inline)
            {
                AppendText(inline, loose);
            }
            else if (child.NodeType == NodeType.Text)
            {
                loose.Append(child.TextContent);
            }
        }

        FlushLoose(loose, blocks);
    }

    private static bool HasBlockChild(IElement element) =>
        element.Children.Any(c => BlockTags.Contains(c.TagName) || (ContainerTags.Contains(c.TagName) && HasBlockChild(c)));

    private static void FlushLoose(StringBuilder loose, List<string> blocks)
    {
        foreach (var line in loose.ToString().Split('\n'))
        {
            if (Normalize(line) is { Length: > 0 } text && HanScript.ContainsHan(text))
            {
                blocks.Add(text);
            }
        }

        loose.Clear();
    }

    /// <summary>A block's lines (a <c>br</c> breaks a line), unless most of its text is links; a heading becomes <c>## …</c>.</summary>
    private static void AddBlock(IElement element, List<string> blocks)
    {
        if (LinkShare(element) > MaxLinkShare)
        {
            return;
        }

        var text = new StringBuilder();
        AppendText(element, text);
        var heading = element.TagName.Length == 2 && element.TagName[0] == 'H' && char.IsAsciiDigit(element.TagName[1]);
        foreach (var line in text.ToString().Split('\n'))
        {
            if (Normalize(line) is { Length: > 0 } clean && (HanScript.ContainsHan(clean) || clean.Any(char.IsLetterOrDigit)))
            {
                blocks.Add(heading ? "## " + clean : clean);
            }
        }
    }

    /// <summary>The text of <paramref name="node"/>, a line break for each <c>br</c> and at the end of each nested block.</summary>
    private static void AppendText(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IElement { TagName: "BR" }:
                    text.Append('\n');
                    break;
                case IElement e:
                    AppendText(e, text);
                    if (BlockTags.Contains(e.TagName) || e.TagName is "DIV")
                    {
                        text.Append('\n');
                    }

                    break;
                default:
                    if (child.NodeType == NodeType.Text)
                    {
                        text.Append(child.TextContent);
                    }

                    break;
            }
        }
    }

    /// <summary>The share of <paramref name="element"/>'s characters that are link text (all of them inside a link).</summary>
    private static double LinkShare(IElement element)
    {
        if (element.Closest("a") is not null)
        {
            return 1;
        }

        var all = Normalize(element.TextContent).Length;
        if (all == 0)
        {
            return 0;
        }

        var linked = element.QuerySelectorAll("a").Sum(a => Normalize(a.TextContent).Length);
        return linked / (double)all;
    }

    /// <summary>Whitespace (spaces, tabs, no-break and ideographic spaces) collapsed to one space and trimmed.</summary>
    private static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u3000')
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

}
