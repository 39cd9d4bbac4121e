using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YiwuGraph.Core;

namespace YiwuGraph.Ingestion;

/// <summary>
/// Splits a newspaper page into articles the way a careful reader would: headline groups, bylines, datelines,
/// body paragraphs (layout-broken words rejoined, repeated paragraphs dropped), captions and markers set aside,
/// and headlines printed away from their body (a 导读 block, a headline after its story) put back.
/// </summary>
public sealed partial class ArticleSplitter
{
    private const double TeaserMatchThreshold = 0.5;
    private const double SwapMargin = 0.25;
    private const double TrailingHeadlineMargin = 0.2;
    private const int RepeatWindow = 32;

    private readonly IReadOnlySet<string> banners;

    /// <param name="banners">Page banners printed atop many pages (see <see cref="PageBannerDetector"/>), never headlines.</param>
    public ArticleSplitter(IReadOnlySet<string>? banners = null)
    {
        this.banners = banners ?? new HashSet<string>();
    }

    public IReadOnlyList<Article> Split(SourceDocument document) => SplitPage(document).Articles;

    /// <summary>Splits a page and says what was set aside: the page-furniture lines dropped and, when the page gives
    /// no article, why.</summary>
    public PageSplit SplitPage(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var items = PageLineClassifier.Classify(text);
        foreach (var item in items.Where(i => i.IsHeadingLike && banners.Contains(i.Text)))
        {
            item.Kind = PageItemKind.Banner;
        }

        var furniture = items.Where(i => i.Kind == PageItemKind.Advert).SelectMany(i => i.Pieces).ToList();
        // What each printed line was, taken now: later steps merge items.
        var lineKinds = items.SelectMany(i => i.Pieces.Select(_ => i.Kind)).ToList();

        JoinBrokenParagraphs(items);
        ReadHeadlineOnlyPageAsText(items);
        DropRepeatedParagraphs(items);
        var (drafts, orphans) = Assemble(items);
        SwapMisplacedHeadlines(drafts);
        MoveTrailingHeadlines(drafts);
        AssignOrphanHeadlines(drafts, orphans);
        var articles = new List<Article>();
        var used = drafts.Where(d => d.HasBody).SelectMany(d => d.HeadingGroups.SelectMany(g => g)).Select(i => i.Text).ToHashSet(StringComparer.Ordinal);
        var teasers = orphans.SelectMany(g => g).Where(i => i.Kind == PageItemKind.Heading && !used.Contains(i.Text)).ToList();
        foreach (var draft in drafts.Where(d => d.HasBody))
        {
            articles.Add(Build(document, articles.Count, draft, articles.Count == 0 ? teasers : []));
        }

        return new PageSplit(articles, furniture, articles.Count > 0 ? null : NoArticleReason(lineKinds));
    }

    /// <summary>Why a page gave no article, from what its lines were.</summary>
    private static string NoArticleReason(List<PageItemKind> lines)
    {
        var inv = CultureInfo.InvariantCulture;
        if (lines.Count == 0)
        {
            return "no text lines";
        }

        if (lines.TrueForAll(k => k == PageItemKind.Advert))
        {
            return string.Create(inv, $"all {lines.Count} lines were page furniture");
        }

        // Lines of one kind, most frequent first (then by name, so the wording is deterministic).
        var kinds = lines.GroupBy(k => k)
            .Select(g => (Name: KindName(g.Key), Count: g.Count()))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Select(x => string.Create(inv, $"{x.Count} {x.Name}"));
        return string.Create(inv, $"no body text among its lines ({string.Join(", ", kinds)})");
    }

    private static string KindName(PageItemKind kind) => kind switch
    {
        PageItemKind.Advert => "page furniture",
        PageItemKind.Banner => "banner",
        PageItemKind.Heading => "headline",
        PageItemKind.ColumnTag => "column tag",
        PageItemKind.DigestMarker => "digest marker",
        PageItemKind.Byline => "byline",
        PageItemKind.AuthorLine => "signature",
        PageItemKind.Caption => "caption",
        PageItemKind.Continuation => "continuation marker",
        PageItemKind.Attribution => "attribution",
        _ => "text",
    };

    /// <summary>
    /// A page that prints headline-like lines or photo captions and no body (a one-line wire flash, a title-only web
    /// item, a short sentence without a full stop, a picture with its 图为… line) has nothing else to read: its headlines become its body, each line a paragraph of
    /// its own, instead of the page giving no article and losing the people and organisations it names. Banners,
    /// bylines and other page furniture stay what they are, unless the page is nothing but credit lines (a sentence
    /// such as <c>证券时报记者桂衍民</c> on its own), which are then its text. Runs after paragraphs are joined, so
    /// headline lines are never glued together.
    /// </summary>
    private static void ReadHeadlineOnlyPageAsText(List<PageItem> items)
    {
        if (items.Exists(i => i.Kind is PageItemKind.Text or PageItemKind.Lead))
        {
            return;
        }

        var headed = items.Exists(i => i.Kind is PageItemKind.Heading or PageItemKind.Caption);
        foreach (var item in items.Where(i => headed ? i.Kind is PageItemKind.Heading or PageItemKind.Caption : i.Kind == PageItemKind.Byline))
        {
            item.Kind = PageItemKind.Text;
        }
    }

    /// <summary>A paragraph that stops mid-sentence continues in the next paragraph block (<c>市\n\n长温建飞</c>).</summary>
    private static void JoinBrokenParagraphs(List<PageItem> items)
    {
        for (var i = 0; i + 1 < items.Count; i++)
        {
            var a = items[i];
            var b = items[i + 1];
            if (a.Kind is PageItemKind.Text or PageItemKind.Lead && b.Kind == PageItemKind.Text
                && !PageLineClassifier.IsTerminal(a.Text) && !a.EndsParagraph)
            {
                a.Pieces.AddRange(b.Pieces);
                a.Text += b.Text;
                a.EndsParagraph = b.EndsParagraph;
                items.RemoveAt(i + 1);
                i--;
            }
        }
    }

    /// <summary>Layout sometimes prints a paragraph two or three times: keep the first.</summary>
    private static void DropRepeatedParagraphs(List<PageItem> items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var longParagraphs = new List<string>();
        items.RemoveAll(item =>
        {
            if (item.Kind is not (PageItemKind.Text or PageItemKind.Lead) || item.Text.Length < 8)
            {
                return false;
            }

            var key = Normalize(item.Text);
            if (!seen.Add(key))
            {
                return true;
            }

            // A repeated tail of a recent paragraph (the layout re-printed part of it). Only a window of recent
            // paragraphs is searched, so a very long page stays linear.
            if (key.Length >= 24 && longParagraphs.Exists(p => p.Length > key.Length && p.Contains(key, StringComparison.Ordinal)))
            {
                return true;
            }

            if (key.Length >= 24)
            {
                if (longParagraphs.Count == RepeatWindow)
                {
                    longParagraphs.RemoveAt(0);
                }

                longParagraphs.Add(key);
            }

            return false;
        });
    }

    private static (List<ArticleDraft> Drafts, List<List<PageItem>> Orphans) Assemble(List<PageItem> items)
    {
        var drafts = new List<ArticleDraft>();
        var orphans = new List<List<PageItem>>();
        var pending = new List<PageItem>();
        ArticleDraft? current = null;

        // The Markdown level of the page's article headlines: ### on a marked-up newspaper page (its ## lines are
        // banners), else the shallowest heading level (# 标题 over a web article); deeper headings are sub-headings.
        var articleLevel = items.Where(i => i.Kind is PageItemKind.Heading && i.Level > 0).Select(i => i.Level).DefaultIfEmpty(3).Min();
        articleLevel = Math.Min(articleLevel, 3);

        ArticleDraft Start()
        {
            var draft = new ArticleDraft();
            var groups = Group(pending);
            var digest = groups.FindLastIndex(g => g.Exists(i => i.Kind == PageItemKind.DigestMarker));
            if (digest >= 0)
            {
                // A 导读 block lists teasers; the headline right before the body is this article's own.
                orphans.AddRange(groups.Take(groups.Count - 1).Where(g => !g.Exists(i => i.Kind == PageItemKind.DigestMarker)));
                groups = groups.Count - 1 > digest ? [groups[^1]] : [];
            }

            draft.HeadingGroups.AddRange(groups);
            pending.Clear();
            drafts.Add(draft);
            return draft;
        }

        foreach (var item in items)
        {
            switch (item.Kind)
            {
                case PageItemKind.Banner:
                case PageItemKind.Advert:
                    break;
                case PageItemKind.Heading:
                case PageItemKind.ColumnTag:
                case PageItemKind.DigestMarker:
                    if (item.Level > articleLevel && pending.Count == 0 && current is { HasBody: true })
                    {
                        current.Sections.Add(item);
                    }
                    else
                    {
                        pending.Add(item);
                    }

                    break;
                case PageItemKind.Byline:
                    if (pending.Count == 0 && current is not null && item.Text.EndsWith('摄'))
                    {
                        current.Bylines.Add(item);
                    }
                    else
                    {
                        if (pending.Count > 0 || current is null || current.HasBody)
                        {
                            current = Start();
                        }

                        current.Bylines.Add(item);
                    }

                    break;
                case PageItemKind.AuthorLine:
                    if (pending.Count > 0 || current is null || current.HasBody)
                    {
                        current = Start();
                    }

                    current.Authors.Add(PageLineClassifier.ParseAuthorLine(item.Text)!);
                    current.Other.Add(item);
                    break;
                case PageItemKind.Lead:
                    if (pending.Count > 0 || current is null || current.HasBody)
                    {
                        current = Start();
                    }

                    current.Body.Add(item);
                    current.HasLead = true;
                    break;
                case PageItemKind.Text:
                    if (pending.Count > 0)
                    {
                        if (current is null || OpensArticle(pending, item, articleLevel))
                        {
                            current = Start();
                        }
                        else
                        {
                            current.Sections.AddRange(pending.Where(p => p.Kind == PageItemKind.Heading));
                            pending.Clear();
                        }
                    }
                    else if (current is null)
                    {
                        current = Start();
                    }

                    current.Body.Add(item);
                    break;
                case PageItemKind.Caption:
                    current ??= Start();
                    current.Captions.Add(item);
                    break;
                case PageItemKind.Continuation:
                    if (current is not null)
                    {
                        current.Continues |= item.Text.Contains('转', StringComparison.Ordinal);
                        current.Other.Add(item);
                    }

                    break;
                case PageItemKind.Attribution:
                    var sourceLine = SourceLine.Parse(item.Text);
                    if (sourceLine is { OpensArticle: true } && (pending.Count > 0 || current is null))
                    {
                        // 2021-05-22 08:15:32 来源：澎湃新闻 作者：王晓东 under a headline: the article starts here.
                        current = Start();
                    }

                    if (current is not null)
                    {
                        // 原标题：… names the headline a reprint had, not where it comes from: no attribution.
                        if ((sourceLine is null || sourceLine.Source is not null || current.Attribution is null)
                            && !item.Text.StartsWith(OriginalTitleLabel, StringComparison.Ordinal))
                        {
                            current.Attribution = item.Text;
                        }

                        if (sourceLine?.Author is { } author)
                        {
                            current.Authors.Add(new ArticleAuthor(author, "作者"));
                        }

                        current.Other.Add(item);
                    }

                    break;
            }
        }

        orphans.AddRange(Group(pending).Where(g => !g.Exists(i => i.Kind == PageItemKind.DigestMarker)));
        return (drafts, orphans);
    }

    /// <summary>Headlines followed by body text without a byline open a new article when they are marked up as
    /// article headlines (the page's article level), carry a column tag, or the text reads like a lead; otherwise
    /// they are sub-headings.</summary>
    private static bool OpensArticle(List<PageItem> pending, PageItem text, int articleLevel) =>
        pending.Exists(p => p.Kind == PageItemKind.ColumnTag || (p.Kind == PageItemKind.Heading && p.Level == articleLevel))
        || (pending.TrueForAll(p => p.Level == 0) && DatelineFinder.Find(text.Text) is not null);

    /// <summary>Headline lines printed in one block belong together; on marked-up pages each line is its own group.</summary>
    private static List<List<PageItem>> Group(List<PageItem> pending)
    {
        var groups = new List<List<PageItem>>();
        foreach (var item in pending)
        {
            var kicker = groups.Count > 0 && groups[^1][^1].Level == 0 && groups[^1][^1].Kind == PageItemKind.Heading && item.Level > 0;
            if (groups.Count > 0 && (groups[^1][^1].Block == item.Block || kicker))
            {
                groups[^1].Add(item);
            }
            else
            {
                groups.Add([item]);
            }
        }

        return groups;
    }

    /// <summary>A headline printed after its story (<c>…会议还研究了其他议题。 市政府召开第73次常务会议</c>):
    /// the next article's first headline group is this article's own when it fits this body clearly better
    /// (by any margin when this article has no headline yet).</summary>
    private static void MoveTrailingHeadlines(List<ArticleDraft> drafts)
    {
        for (var i = 0; i + 1 < drafts.Count; i++)
        {
            var d = drafts[i];
            var n = drafts[i + 1];
            if (!d.HasBody || n.HeadingGroups.Count < 2)
            {
                continue;
            }

            var first = n.HeadingGroups[0];
            var headline = string.Concat(first.Select(g => g.Text));
            var margin = d.HasTitle ? TrailingHeadlineMargin : 0.0;
            if (TitleSimilarity.Score(headline, d.BodyText) > TitleSimilarity.Score(headline, n.BodyText) + margin)
            {
                n.HeadingGroups.RemoveAt(0);
                d.HeadingGroups.Add(first);
            }
        }
    }

    /// <summary>Untitled articles take the teaser (导读) or stray headline that matches their body best.</summary>
    private static void AssignOrphanHeadlines(List<ArticleDraft> drafts, List<List<PageItem>> orphans)
    {
        foreach (var draft in drafts.Where(d => d.HasBody && !d.HasTitle))
        {
            var body = draft.BodyText;
            var best = orphans
                .Select(g => (Group: g, Score: g.Where(i => i.Kind == PageItemKind.Heading).Select(i => TitleSimilarity.Score(i.Text, body)).DefaultIfEmpty(0).Max()))
                .Where(x => x.Score >= TeaserMatchThreshold)
                .OrderByDescending(x => x.Score)
                .FirstOrDefault();
            if (best.Group is not null)
            {
                orphans.Remove(best.Group);
                draft.HeadingGroups.Add(best.Group);
            }
        }
    }

    /// <summary>Two neighbouring articles whose headlines fit each other's bodies far better were printed crossed.</summary>
    private static void SwapMisplacedHeadlines(List<ArticleDraft> drafts)
    {
        for (var i = 0; i + 1 < drafts.Count; i++)
        {
            var a = drafts[i];
            var b = drafts[i + 1];
            var ta = TitleCandidate(a);
            var tb = TitleCandidate(b);
            if (ta is null || tb is null || !a.HasBody || !b.HasBody)
            {
                continue;
            }

            var same = TitleSimilarity.Score(ta.Text, a.BodyText) + TitleSimilarity.Score(tb.Text, b.BodyText);
            var swapped = TitleSimilarity.Score(ta.Text, b.BodyText) + TitleSimilarity.Score(tb.Text, a.BodyText);
            if (swapped > same + SwapMargin)
            {
                // Only the headline groups move; sub-headings and other groups stay with the body they sit on.
                var ga = a.HeadingGroups.First(g => g.Contains(ta));
                var gb = b.HeadingGroups.First(g => g.Contains(tb));
                a.HeadingGroups[a.HeadingGroups.IndexOf(ga)] = gb;
                b.HeadingGroups[b.HeadingGroups.IndexOf(gb)] = ga;
            }
        }
    }

    /// <summary>
    /// The main headline: a marked-up headline before a plain line, the highest level, then the longest. A line
    /// opening with a dash is a subtitle (<c>——访…</c>) and a series tag (<c>…20年·时代答卷</c>) is not a headline.
    /// </summary>
    private static PageItem? TitleCandidate(ArticleDraft draft) =>
        draft.HeadingGroups.SelectMany(g => g)
            .Where(i => i.Kind == PageItemKind.Heading)
            .OrderBy(i => i.Text.StartsWith('—') || i.Text.StartsWith('-') ? 1 : 0)
            .ThenBy(i => i.Text.Contains('·', StringComparison.Ordinal) ? 1 : 0)
            .ThenBy(i => i.Level == 0 ? 3.5 : i.Level)
            .ThenByDescending(i => i.Text.Length)
            .FirstOrDefault();

    private static Article Build(SourceDocument document, int index, ArticleDraft draft, IReadOnlyList<PageItem> teasers)
    {
        var text = document.Text;
        var title = TitleCandidate(draft);
        var subtitles = draft.HeadingGroups.SelectMany(g => g)
            .Where(i => i != title && i.Kind is PageItemKind.Heading or PageItemKind.ColumnTag)
            .Select(i => i.Text).Distinct(StringComparer.Ordinal).ToList();

        var body = new StringBuilder();
        var segments = new List<TextSegment>();
        var paragraphs = new List<TextRange>();
        string? dateline = null;
        foreach (var item in draft.Body)
        {
            if (body.Length > 0)
            {
                body.Append('\n');
            }

            var paragraphStart = body.Length;
            var first = true;
            foreach (var piece in item.Pieces)
            {
                var start = piece.Start;
                if (first && item.Kind == PageItemKind.Lead)
                {
                    start += "本报讯".Length;
                    while (start < piece.End && (char.IsWhiteSpace(text[start]) || text[start] is '　' or ':' or '：' or '，' or ','))
                    {
                        start++;
                    }
                }

                first = false;
                if (start < piece.End)
                {
                    segments.Add(new TextSegment(body.Length, start, piece.End - start));
                    body.Append(text, start, piece.End - start);
                }
            }

            if (item.Kind == PageItemKind.Lead || (dateline is null && paragraphs.Count == 0 && !draft.HasLead))
            {
                dateline ??= DatelineFinder.Find(body.ToString(paragraphStart, body.Length - paragraphStart));
            }

            paragraphs.Add(new TextRange(paragraphStart, body.Length));
        }

        var credits = new List<ReporterCredit>();
        foreach (var line in draft.Bylines)
        {
            var piece = line.Pieces[0];
            foreach (var credit in PageLineClassifier.ParseCredits(line.Text) ?? [])
            {
                var at = text.IndexOf(credit.Name, piece.Start, piece.Length, StringComparison.Ordinal);
                credits.Add(new ReporterCredit(credit, line.Text, new TextRange(at, at + credit.Name.Length), line.Text.EndsWith('摄')));
            }
        }

        TextRange? leadCredit = null;
        if (paragraphs.Count > 0)
        {
            var (range, lead) = LeadCredits(body, paragraphs[0], segments);
            credits.AddRange(lead);
            leadCredit = lead.Count > 0 ? range : null;
        }

        var reporters = credits.Select(c => c.Name).Distinct(StringComparer.Ordinal).ToList();
        return new Article
        {
            Source = document.Name,
            Index = index,
            Title = title?.Text,
            TitleRange = title?.Pieces[0],
            Subtitles = subtitles,
            Sections = draft.Sections.Select(s => s.Text).ToList(),
            Reporters = reporters,
            Credits = credits,
            LeadCredit = leadCredit,
            Authors = draft.Authors,
            Dateline = dateline,
            Text = body.ToString(),
            Segments = segments,
            Paragraphs = paragraphs,
            Captions = draft.Captions.Select(c => c.Text).ToList(),
            Attribution = draft.Attribution,
            Continues = draft.Continues,
            SourceRanges = Merge(draft.AllPieces),
            Headlines = HeadlinesOf(text, draft.HeadingGroups.SelectMany(g => g).Concat(draft.Sections).Concat(draft.Captions).Concat(teasers)),
        };
    }

    /// <summary>
    /// Reporters credited in brackets at the start of the lead, after a wire or paper dateline or 本报讯 (already cut
    /// off the lead): <c>新华社杭州5月20日电（记者王小明）</c>, <c>本报讯（记者 李华 通讯员 张三）</c>, and as Taiwan and Hong
    /// Kong papers print it, with the place reported from: <c>【記者王大明／台北報導】</c>. The bracket must
    /// read as a byline (<see cref="PageLineClassifier.ParseByline"/>), so <c>（图）</c> or an aside is no credit.
    /// </summary>
    /// <returns>The bracket's range in the body and the credits it gives (none when it reads as no byline).</returns>
    private static (TextRange Bracket, List<ReporterCredit> Credits) LeadCredits(StringBuilder body, TextRange lead, List<TextSegment> segments)
    {
        var credits = new List<ReporterCredit>();
        var text = body.ToString(lead.Start, Math.Min(lead.Length, 80));
        var match = LeadCreditRegex().Match(text);
        if (!match.Success)
        {
            return (default, credits);
        }

        var credit = match.Groups["credit"];

        // 新华社北京12月3日电（记者张晓松）: a reporter the bracket names without an outlet is the wire's.
        var wire = match.Groups["wire"].Success ? PageLineClassifier.LeadingOutlet(match.Groups["wire"].Value) : null;
        foreach (var byline in PageLineClassifier.ParseCredits(credit.Value) ?? [])
        {
            var name = byline.Name;
            var at = lead.Start + credit.Index + credit.Value.IndexOf(name, StringComparison.Ordinal);
            if (TextSegment.IndexOf(segments, at) is var i and >= 0 && at + name.Length <= segments[i].BodyEnd)
            {
                var sourceAt = segments[i].SourceStart + (at - segments[i].BodyStart);
                var ofWire = byline with
                {
                    Outlet = byline.Outlet ?? (byline.Role is null ? null : wire),
                    PrintedRole = byline.Outlet is null && byline.Role is not null && wire is not null ? byline.Role : byline.PrintedRole,
                };
                credits.Add(new ReporterCredit(ofWire, match.Value, new TextRange(sourceAt, sourceAt + name.Length), credit.Value.EndsWith('摄')));
            }
        }

        var bracket = match.Groups["bracket"];
        return (new TextRange(lead.Start + bracket.Index, lead.Start + bracket.Index + bracket.Length), credits);
    }

    /// <summary>The label of a reprint's original headline line (<c>原标题：…</c>).</summary>
    private const string OriginalTitleLabel = "原标题";

    [GeneratedRegex(@"^(?:(?<wire>[\u4E00-\u9FFF]{2,14}?)(?:[0-9０-９]{2,4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|讯))?\s*(?<bracket>[（(【](?<credit>[^（）()【】／/]{2,40})(?:[／/][\u4E00-\u9FFF]{1,8}?(?:报导|报道|報導|報道|电|電|讯|訊))?[）)】])")]
    private static partial Regex LeadCreditRegex();

    /// <summary>Headline items printed on one line whose text is exactly that line's source text.</summary>
    private static List<PageHeadline> HeadlinesOf(string text, IEnumerable<PageItem> items) =>
        items.Where(i => i.Kind is PageItemKind.Heading or PageItemKind.ColumnTag or PageItemKind.Caption && i.Pieces.Count == 1
                && string.CompareOrdinal(text, i.Pieces[0].Start, i.Text, 0, i.Text.Length) == 0 && i.Pieces[0].Length == i.Text.Length)
            .Select(i => new PageHeadline(i.Text, i.Pieces[0]))
            .DistinctBy(h => h.SourceRange)
            .ToList();

    private static List<TextRange> Merge(IEnumerable<TextRange> ranges)
    {
        var result = new List<TextRange>();
        foreach (var r in ranges.Where(r => !r.IsEmpty).OrderBy(r => r.Start).ThenBy(r => r.End))
        {
            if (result.Count > 0 && r.Start <= result[^1].End)
            {
                result[^1] = new TextRange(result[^1].Start, Math.Max(result[^1].End, r.End));
            }
            else
            {
                result.Add(r);
            }
        }

        return result;
    }

    private static string Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
