using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YiwuGraph.Core;

namespace YiwuGraph.Ingestion;

/// <summary>
/// Cuts a page into lines and blocks and says what each line is: headline, byline, lead, body text, caption,
/// continuation marker, advert… Rules are about the printed shape of a line, never about particular names.
/// </summary>
internal static partial class PageLineClassifier
{
    private const int MaxHeadingLength = 42;

    /// <summary>The longest line that can be page furniture; an advert's lines are short.</summary>
    public const int MaxFurnitureLength = 40;

    /// <summary>Punctuation that ends or joins sentences: a line holding any of it is prose, not furniture.</summary>
    public static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create("。！？；!?;…");

    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "全媒体记者", "融媒体记者", "本报记者", "见习记者", "记者", "通讯员", "实习生", "首席记者", "特约记者",

        // The same roles as Taiwan and Hong Kong papers print them.
        "本報記者", "見習記者", "記者", "通訊員", "實習生", "首席記者", "特約記者",
    };

    /// <summary>
    /// Roles a web byline prints for the desk (<c>每经记者 赵云 每经编辑 孙磊</c>, <c>记者 王琳 编辑 李青</c>): the names
    /// after them edited or checked the report and wrote none of it, so they are read past and credited to no one,
    /// and the role word is not taken for a name.
    /// </summary>
    private static readonly HashSet<string> DeskRoleWords = new(StringComparer.Ordinal)
    {
        "编辑", "责任编辑", "责编", "主编", "美编", "校对", "审核", "审校", "编审",
    };

    /// <summary>Whether <paramref name="text"/> ends in a byline's role word (记者, 本报记者, 通讯员 …), and how long that word is (0 if not).</summary>
    internal static int RoleWordEnding(ReadOnlySpan<char> text)
    {
        foreach (var word in RoleWordsLongestFirst)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return word.Length;
            }
        }

        return 0;
    }

    private static readonly string[] RoleWordsLongestFirst = [.. RoleWords.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];

    /// <summary>Reporters' and the desk's role words, longest first: what a byline token may hold glued (每经编辑, 记者林晓燕).</summary>
    private static readonly string[] BylineRoleWordsLongestFirst =
        [.. RoleWords.Concat(DeskRoleWords).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];

    /// <summary>How the name of a news outlet ends (澎湃新闻, 新华社, 环球时报, 中新网, 央视, 浙江卫视频道): a byline's role after it is of that outlet.</summary>
    private static readonly string[] OutletEndings = ["新闻", "报", "社", "网", "台", "刊", "志", "频道", "视", "传媒", "财经", "客户端"];

    /// <summary>
    /// Outlets whose bylines print a short name no outlet ending gives (<c>每经记者</c> of 每日经济新闻, <c>南都记者</c> of
    /// 南方都市报, <c>财新记者</c>, <c>一财记者</c> of 第一财经, <c>21世纪经济报道记者</c>).
    /// </summary>
    private static readonly HashSet<string> OutletShortNames = new(StringComparer.Ordinal)
    {
        "每经", "南都", "财新", "一财", "北青", "中证", "券商中国", "21世纪经济报道",
    };

    /// <summary>The middle dots names are printed with: · (U+00B7), ・ (U+30FB), ･ (U+FF65), • (U+2022), ‧ (U+2027), ⋅ (U+22C5).</summary>
    private static readonly HashSet<int> MiddleDots = [0x00B7, 0x30FB, 0xFF65, 0x2022, 0x2027, 0x22C5];

    private static readonly HashSet<string> CreditWords = new(StringComparer.Ordinal) { "文/摄", "文／摄", "摄", "摄影", "文", "图", "报道" };

    public static List<PageItem> Classify(string text)
    {
        var items = new List<PageItem>();
        var block = 0;
        var inBlock = false;
        var markdownHeadings = MarkdownHeadingRegex().Count(text);
        var pageMarkup = IsNewspaperPageMarkup(text);
        var pos = 0;
        while (pos <= text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var lineEnd = nl < 0 ? text.Length : nl;
            var content = Trim(text, pos, lineEnd);
            if (content.IsEmpty)
            {
                if (inBlock)
                {
                    block++;
                    inBlock = false;
                }
            }
            else
            {
                inBlock = true;
                var marker = TrailingContinuationRegex().Match(content.Slice(text).ToString());
                if (marker.Success && marker.Index > 0)
                {
                    // "…热门领域。(下转第四版)": the marker is printed on the paragraph's last line.
                    var cut = content.Start + marker.Index;
                    items.Add(ClassifyLine(text, Trim(text, content.Start, cut), block, pageMarkup));
                    items.Add(new PageItem(PageItemKind.Continuation, block, 0, [new TextRange(cut, content.End)], marker.Value));
                }
                else
                {
                    items.Add(ClassifyLine(text, content, block, pageMarkup));
                }
            }

            if (nl < 0)
            {
                break;
            }

            pos = nl + 1;
        }

        MarkFurniture(items);
        MergeTextLines(text, items);
        MarkCaptions(items, markdownHeadings >= 2);
        return items;
    }

    public static bool IsTerminal(string s)
    {
        if (s.Length == 0)
        {
            return true;
        }

        var last = s[^1];
        if (last is '。' or '！' or '？' or '…' or '；' or '!' or '?' or ';' or '：' or ':')
        {
            return true;
        }

        return last is '”' or '’' or '」' or '』' or '）' or ')' or '"' && s.Length > 1 && s[^2] is '。' or '！' or '？' or '…' or '!' or '?' or '）';
    }

    /// <summary>Names (2–4 Han characters, a middle dot allowed) as bylines print them.</summary>
    public static bool IsPersonNameToken(string token) =>
        token.Length is >= 2 and <= 6 && PersonNameRegex().IsMatch(token);

    /// <summary>
    /// Parses a byline such as <c>全媒体记者 林晓燕 文/摄</c> or a photo credit <c>吕斌 摄</c>. Names are returned as
    /// printed (each is a slice of <paramref name="line"/>). Besides plain names, a line with a role word and a
    /// single name is a byline whenever that name is name-like (<see cref="IsNameLike"/>): printed names carry
    /// odd characters (a middle-dot variant, 〇, a rare character outside the basic block, a latin letter, a
    /// zero-width character), and such a line must not turn into a subtitle and lose its reporter.
    /// </summary>
    public static IReadOnlyList<string>? ParseByline(string line) => ParseCredits(line)?.Select(c => c.Name).ToList();

    /// <summary>
    /// <see cref="ParseByline"/> with, for each name, the role word printed before it and the outlet that role is of
    /// when the byline prints one: <c>澎湃新闻记者 王琳 实习生 李想</c> (记者 of 澎湃新闻, then 实习生),
    /// <c>环球时报驻美国特约记者 萧达</c> (特约记者 of 环球时报), <c>新华社记者王小明</c>.
    /// </summary>
    public static IReadOnlyList<BylineCredit>? ParseCredits(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > 48)
        {
            return null;
        }

        var tokens = new List<(string Text, BylineRole? Role)>();
        foreach (var raw in BylineTokens(line))
        {
            var token = raw;
            // A role glued to the name (记者林晓燕) or printed after the outlet's name (澎湃新闻记者, 新华社记者王小明).
            if (!RoleWords.Contains(token) && !DeskRoleWords.Contains(token) && SplitRole(token) is { } split)
            {
                tokens.Add((split.Role.Printed, split.Role));
                token = TrimInvisible(split.After);
                if (token.Length == 0)
                {
                    continue;
                }
            }

            tokens.Add((token, RoleWords.Contains(token) || DeskRoleWords.Contains(token) ? new BylineRole(token, token, null) : null));
        }

        var credits = new List<BylineCredit>();
        var looseNames = 0;
        BylineRole? role = null;
        var hasCredit = false;
        foreach (var (token, tokenRole) in tokens)
        {
            if (tokenRole is not null)
            {
                role = tokenRole;
            }
            else if (CreditWords.Contains(token))
            {
                hasCredit = true;
            }
            else if (role is not null && DeskRoleWords.Contains(role.Word) && IsNameLike(token))
            {
                // 编辑 孙磊: the desk is credited to no one.
                continue;
            }
            else if (IsPersonNameToken(token))
            {
                credits.Add(new BylineCredit(token, role?.Word, role?.Outlet, role?.Printed));
            }
            else if (role is not null && IsTwoGluedNames(token))
            {
                // 新华网太原3月11日电(记者晏国政吕梦琦): web copies of wire credits lose the space between two names of
                // three characters; a Chinese name of six Han characters without a dot is all but unknown.
                credits.Add(new BylineCredit(token[..3], role.Word, role.Outlet, role.Printed));
                credits.Add(new BylineCredit(token[3..], role.Word, role.Outlet, role.Printed));
            }
            else if (IsNameLike(token))
            {
                credits.Add(new BylineCredit(token, role?.Word, role?.Outlet, role?.Printed));
                looseNames++;
            }
            else
            {
                return null;
            }
        }

        // A name-like token that is not a plain name counts only as the one name after a role word.
        var hasRole = tokens.Exists(t => t.Role is not null);
        if (looseNames > 0 && !(hasRole && credits.Count == 1))
        {
            return null;
        }

        // "林晓燕 摄" is a credit; a bare list of names is not a byline.
        return credits.Count > 0 && (hasRole || (hasCredit && tokens[^1].Text is "摄" or "摄影")) ? credits : null;
    }

    private static bool IsTwoGluedNames(string token) =>
        token.Length == 6 && HanScript.IsAllHan(token);

    /// <summary>A role word inside <paramref name="token"/>, with the outlet printed before it, and what follows it.</summary>
    private static (BylineRole Role, string After)? SplitRole(string token)
    {
        foreach (var word in BylineRoleWordsLongestFirst)
        {
            var at = token.IndexOf(word, StringComparison.Ordinal);
            if (at < 0 || (at == 0 && token.Length == word.Length))
            {
                continue;
            }

            if (at == 0)
            {
                return (new BylineRole(word, word, null), token[word.Length..]);
            }

            if (OutletBefore(token[..at]) is var (valid, outlet) && valid)
            {
                return (new BylineRole(word, token[..(at + word.Length)], outlet), token[(at + word.Length)..]);
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// The outlet a wire dateline opens with (<c>新华社</c> of <c>新华社北京</c>, <c>中新网</c> of <c>中新网上海</c>): the
    /// shortest prefix of two characters or more that ends like an outlet's name, or null.
    /// </summary>
    public static string? LeadingOutlet(string dateline)
    {
        ArgumentNullException.ThrowIfNull(dateline);
        for (var end = 2; end <= dateline.Length; end++)
        {
            if (OutletEndings.Any(e => end - e.Length >= 1 && string.CompareOrdinal(dateline, end - e.Length, e, 0, e.Length) == 0))
            {
                return dateline[..end];
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="prefix"/> is what a byline prints before a role: an outlet (<c>澎湃新闻</c>, <c>新华社</c>,
    /// <c>环球时报</c>; <see cref="OutletEndings"/>), optionally with the post it reports from (<c>驻美国</c>), or the
    /// paper itself (<c>本报驻京</c>, no outlet named).
    /// </summary>
    private static (bool Valid, string? Outlet) OutletBefore(string prefix)
    {
        if (prefix.Length is < 2 or > 16 || !HanScript.IsAllHan(prefix))
        {
            return (false, null);
        }

        var post = prefix.IndexOf('驻', StringComparison.Ordinal);
        var outlet = post >= 0 ? prefix[..post] : prefix;
        if (outlet is "本报" or "本台" or "本刊" or "本网" || (outlet.Length == 0 && post == 0))
        {
            return (true, null);
        }

        return outlet.Length >= 2 && (OutletShortNames.Contains(outlet) || OutletEndings.Any(e => outlet.EndsWith(e, StringComparison.Ordinal))) ? (true, outlet) : (false, null);
    }

    /// <summary>
    /// A name as a byline may print it: 2–8 letters (Han of any block, 〇, latin), middle-dot variants between
    /// letters, zero-width characters anywhere inside. Digits, punctuation and symbols make it something else.
    /// </summary>
    public static bool IsNameLike(string token)
    {
        var letters = 0;
        var previousWasDot = true;
        foreach (var rune in token.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
            {
                continue;
            }

            if (MiddleDots.Contains(rune.Value))
            {
                if (previousWasDot)
                {
                    return false;
                }

                previousWasDot = true;
                continue;
            }

            if (!Rune.IsLetter(rune) && rune.Value != '〇')
            {
                return false;
            }

            letters++;
            previousWasDot = false;
        }

        return letters is >= 2 and <= 8 && !previousWasDot;
    }

    /// <summary>A byline's tokens: split at any space (full-width, no-break…) and at list commas, invisible edges trimmed.</summary>
    private static IEnumerable<string> BylineTokens(string line)
    {
        var start = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i == line.Length || char.IsWhiteSpace(line[i]) || line[i] is '、' or '，' or ',')
            {
                var token = TrimInvisible(line[start..i]);
                if (token.Length > 0)
                {
                    yield return token;
                }

                start = i + 1;
            }
        }
    }

    private static string TrimInvisible(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && char.GetUnicodeCategory(s[start]) == UnicodeCategory.Format)
        {
            start++;
        }

        while (end > start && char.GetUnicodeCategory(s[end - 1]) == UnicodeCategory.Format)
        {
            end--;
        }

        return s[start..end];
    }

    /// <summary>A signed piece's signature: <c>苏溪镇党委书记 程亮</c> or a desk such as <c>浙江日报评论员</c>.</summary>
    public static ArticleAuthor? ParseAuthorLine(string line)
    {
        var m = AuthorLineRegex().Match(line);
        if (!m.Success)
        {
            return null;
        }

        var name = m.Groups["name"].Success && m.Groups["name"].Value.Length > 0 ? m.Groups["name"].Value : null;
        return new ArticleAuthor(name, m.Groups["title"].Value);
    }

    /// <summary>
    /// A newspaper page marked up as the seed pages are: <c>##</c> banners over the page, then the articles'
    /// <c>###</c> headlines (no <c>#</c>, and no <c>##</c> after the first <c>###</c>). Anywhere else a Markdown
    /// heading is an article's headline or a sub-heading (<c># 标题</c> over a web article, <c>## 小标题</c> in it).
    /// </summary>
    private static bool IsNewspaperPageMarkup(string text)
    {
        var seenLevel3 = false;
        foreach (Match m in MarkdownHeadingLevelRegex().Matches(text))
        {
            switch (m.Groups[1].Length)
            {
                case 1: return false;
                case 2 when seenLevel3: return false;
                case 3: seenLevel3 = true; break;
            }
        }

        return seenLevel3;
    }

    private static PageItem ClassifyLine(string text, TextRange content, int block, bool pageMarkup)
    {
        var level = 0;
        var s = content.Slice(text);
        var m = MarkdownHeadingPrefixRegex().Match(s.ToString());
        if (m.Success)
        {
            level = m.Groups[1].Value.Length;
            content = Trim(text, content.Start + m.Length, content.End);
            s = content.Slice(text);
        }

        var line = s.ToString();
        var pieces = new List<TextRange> { content };
        if (line.Length > 0 && line[0] == '■')
        {
            var inner = Trim(text, content.Start + 1, content.End);
            var innerText = inner.Slice(text).ToString();
            return new PageItem(innerText == "导读" ? PageItemKind.DigestMarker : PageItemKind.ColumnTag, block, level, [inner], innerText);
        }

        if (level is 1 or 2 && pageMarkup)
        {
            return new PageItem(PageItemKind.Banner, block, level, pieces, line);
        }

        if (level >= 1)
        {
            return new PageItem(line == "导读" ? PageItemKind.DigestMarker : PageItemKind.Heading, block, level, pieces, line);
        }

        var kind = line switch
        {
            _ when line.StartsWith("本报讯", StringComparison.Ordinal) => PageItemKind.Lead,
            _ when ContinuationRegex().IsMatch(line) => PageItemKind.Continuation,
            _ when AttributionRegex().IsMatch(line) || SourceLine.Parse(line) is not null => PageItemKind.Attribution,
            _ when ParseByline(line) is not null => PageItemKind.Byline,
            _ when ParseAuthorLine(line) is not null => PageItemKind.AuthorLine,
            _ when line.StartsWith("图为", StringComparison.Ordinal) => PageItemKind.Caption,
            _ when IsHeadingShaped(line) => PageItemKind.Heading,
            _ => PageItemKind.Text,
        };
        return new PageItem(kind, block, 0, pieces, line);
    }

    /// <summary>
    /// A plain line printed like a headline: short, no sentence-ending or clause punctuation, and not the first
    /// half of a sentence the layout broke (those end in a function word or carry commas).
    /// </summary>
    private static bool IsHeadingShaped(string line)
    {
        if (line.Length > MaxHeadingLength || line.Contains('。', StringComparison.Ordinal))
        {
            return false;
        }

        var last = line[^1];
        if (last is '，' or '、' or ',' or '；' or '：' or ':' or '“' or '（' or '《')
        {
            return false;
        }

        // A comma belongs to a headline only in a short slogan (义乌，再出发) or a question (…，义乌何为？).
        if ((line.Contains('，', StringComparison.Ordinal) || line.Contains('、', StringComparison.Ordinal))
            && last is not ('？' or '?' or '！' or '!') && line.Length > 8)
        {
            return false;
        }

        // Characters a headline never ends on but a broken sentence often does.
        return !"的了和与及在对把被从向将为是等并而且或之由以于所着过给让使".Contains(last, StringComparison.Ordinal);
    }

    /// <summary>
    /// Page furniture (an advert box, a countdown, a hotline or contact line) is dropped line by line, never a
    /// whole block: on a page printed without blank lines one block is the whole page. A line is furniture when it
    /// is furniture-shaped (short, no sentence punctuation) and either carries a furniture marker (a countdown, a
    /// hotline or phone number, an advert label) or sits in an unbroken run of furniture-shaped lines above a
    /// marker line (the advert's name over its countdown and contact lines). Lines after the run's last marker
    /// start the next thing on the page, and a run that continues an unfinished sentence is prose.
    /// </summary>
    private static void MarkFurniture(List<PageItem> items)
    {
        var i = 0;
        while (i < items.Count)
        {
            if (!IsFurnitureCandidate(items[i]))
            {
                i++;
                continue;
            }

            // The run: consecutive furniture-shaped plain lines of one block.
            var end = i + 1;
            while (end < items.Count && items[end].Block == items[i].Block && IsFurnitureCandidate(items[end]))
            {
                end++;
            }

            var lastMarker = -1;
            for (var j = i; j < end; j++)
            {
                if (FurnitureMarkerRegex().IsMatch(items[j].Text))
                {
                    lastMarker = j;
                }
            }

            var previous = i > 0 && items[i - 1].Block == items[i].Block ? items[i - 1] : null;
            var continuesSentence = previous is { Kind: PageItemKind.Text or PageItemKind.Lead } && !IsTerminal(previous.Text);
            if (lastMarker >= 0 && !continuesSentence)
            {
                for (var j = i; j <= lastMarker; j++)
                {
                    items[j].Kind = PageItemKind.Advert;
                }
            }

            i = end;
        }
    }

    /// <summary>
    /// Whether a line has the shape of page furniture: a plain (not marked-up) line of at most
    /// <see cref="MaxFurnitureLength"/> characters without sentence punctuation. Prose never has this shape, so
    /// however the page is laid out a paragraph is never dropped as furniture.
    /// </summary>
    internal static bool IsFurnitureShaped(string line) =>
        line.Length is > 0 and <= MaxFurnitureLength && line.AsSpan().IndexOfAny(SentencePunctuation) < 0;

    private static bool IsFurnitureCandidate(PageItem item) =>
        item.Level == 0 && item.Kind is PageItemKind.Heading or PageItemKind.Text or PageItemKind.Caption or PageItemKind.AuthorLine
        && IsFurnitureShaped(item.Text);

    /// <summary>
    /// Consecutive plain text lines of one block form one paragraph, printed on several lines, where the layout wrapped
    /// them: a line that stops mid-sentence at no mark continues on the next only when the block is laid out wrapped
    /// and the line is as wide as its widest (<see cref="WrapWidthOfBlocks"/>). A narrower one is a line of its own, as
    /// pages that print one headline, sentence or clause per line have them (<c>范冰冰38岁生日尽显冷清</c> above
    /// <c>孙红雷庆生直言被爱开心</c>): gluing it to the next line would make one sentence of two. A line that ends its
    /// sentence, or stops at a pause, joins the next as before (<see cref="EndsLine"/>).
    /// </summary>
    private static void MergeTextLines(string text, List<PageItem> items)
    {
        var wrapWidths = WrapWidthOfBlocks(text, items);
        for (var i = items.Count - 1; i > 0; i--)
        {
            var a = items[i - 1];
            var b = items[i];
            if (a.Block != b.Block || a.Kind is not (PageItemKind.Text or PageItemKind.Lead))
            {
                continue;
            }

            if (EndsLine(a.Text) && !IsWrapped(text, a, wrapWidths))
            {
                // Whatever the next line turns out to be (a headline-shaped line read as text below), this one ends here.
                a.EndsParagraph = true;
                continue;
            }

            if (b.Kind == PageItemKind.Text)
            {
                a.Pieces.AddRange(b.Pieces);
                a.Text += b.Text;
                a.EndsParagraph = b.EndsParagraph;
                items.RemoveAt(i);
            }
        }

        // A block mixing a headline-shaped line with sentences is a paragraph whose first line happens to be short,
        // unless the line stops mid-sentence narrower than the block's wrapped lines: then it is a line of its own.
        for (var i = 0; i + 1 < items.Count; i++)
        {
            var a = items[i];
            var b = items[i + 1];
            if (a.Block == b.Block && a.Kind == PageItemKind.Heading && a.Level == 0 && b.Kind == PageItemKind.Text)
            {
                a.Kind = PageItemKind.Text;
                if (EndsLine(a.Text) && !IsWrapped(text, a, wrapWidths))
                {
                    a.EndsParagraph = true;
                    continue;
                }

                a.Pieces.AddRange(b.Pieces);
                a.Text += b.Text;
                a.EndsParagraph = b.EndsParagraph;
                items.RemoveAt(i + 1);
                i--;
            }
        }
    }

    /// <summary>
    /// Whether a line that is not as wide as its block's wrapped lines ends there: unless it ends a sentence (which
    /// joins the next line harmlessly) or stops at a pause (<c>近日，</c> above <c>赣州市中级人民法院…</c>: the sentence goes
    /// on), a line of its own. A headline, a date or a clause printed one per line stops at no mark.
    /// </summary>
    private static bool EndsLine(string line) => !IsTerminal(line) && line[^1] is not ('，' or '、' or ',');

    /// <summary>
    /// Columns a wrapped line may fall short of its block's widest line: a character that may not start a line pushed
    /// down with the one before it, a Latin word or figure that did not fit.
    /// </summary>
    private const int WrapSlack = 6;

    /// <summary>
    /// Each block's wrap width (by block number): the display width of its widest plain line when the block is laid
    /// out wrapped, that is when at least two thirds of its lines that stop mid-sentence (the last line aside) are
    /// about that wide; 0 when they are not (a list of headlines or clauses of any width, one per line).
    /// </summary>
    private static Dictionary<int, int> WrapWidthOfBlocks(string text, List<PageItem> items)
    {
        var lines = items.Where(i => i.Level == 0 && i.Kind is PageItemKind.Text or PageItemKind.Lead or PageItemKind.Heading)
            .SelectMany(i => i.Pieces.Select(p => (i.Block, Piece: p)))
            .ToList();
        var wrap = new Dictionary<int, int>();
        foreach (var block in lines.GroupBy(l => l.Block))
        {
            var widths = block.Select(l => (Width: LineWidth(text, l.Piece), Open: !IsTerminal(l.Piece.Slice(text).ToString()))).ToList();
            var widest = widths.Max(w => w.Width);
            var open = widths.Take(widths.Count - 1).Where(w => w.Open).ToList();
            var full = open.Count(w => w.Width >= widest - WrapSlack);
            wrap[block.Key] = open.Count > 0 && full * 3 >= open.Count * 2 ? widest : 0;
        }

        return wrap;
    }

    /// <summary>Whether the last printed line of <paramref name="item"/> is a line the layout wrapped: as wide as its block's wrap width.</summary>
    private static bool IsWrapped(string text, PageItem item, Dictionary<int, int> wrapWidths) =>
        wrapWidths.GetValueOrDefault(item.Block) is > 0 and var width && LineWidth(text, item.Pieces[^1]) >= width - WrapSlack;

    /// <summary>
    /// The display width of the printed line holding <paramref name="piece"/>, its indentation included (a paragraph's
    /// indented first line is as wide as the others): two columns for a wide character, one for the rest.
    /// </summary>
    private static int LineWidth(string text, TextRange piece)
    {
        var start = piece.Start == 0 ? 0 : text.LastIndexOf('\n', piece.Start - 1) + 1;
        var width = 0;
        for (var i = start; i < piece.End; i++)
        {
            width += IsWide(text[i]) ? 2 : 1;
        }

        return width;
    }

    /// <summary>Han characters, full-width forms and CJK punctuation take two columns; surrogate halves one each.</summary>
    private static bool IsWide(char c) =>
        c >= '\u1100' && (c <= '\u115F' || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3')
            || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6'));

    /// <summary>
    /// On pages whose headlines are marked up, a short unmarked line standing alone between paragraphs is a photo
    /// caption, unless it sits next to a headline (then it is a kicker or subtitle).
    /// </summary>
    private static void MarkCaptions(List<PageItem> items, bool markdownPage)
    {
        if (!markdownPage)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Kind != PageItemKind.Heading || item.Level != 0)
            {
                continue;
            }

            var prevHeading = i > 0 && items[i - 1].IsHeadingLike;
            var nextHeading = i + 1 < items.Count && items[i + 1].IsHeadingLike;
            if (!prevHeading && !nextHeading)
            {
                item.Kind = PageItemKind.Caption;
            }
        }
    }

    private static TextRange Trim(string text, int start, int end)
    {
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return new TextRange(start, end);
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\u200B';

    [GeneratedRegex(@"^(#{1,6})[ \t]+")]
    private static partial Regex MarkdownHeadingPrefixRegex();

    [GeneratedRegex(@"^#{1,6}[ \t]+\S", RegexOptions.Multiline)]
    private static partial Regex MarkdownHeadingRegex();

    [GeneratedRegex(@"^[ \t]*(#{1,6})[ \t]+\S", RegexOptions.Multiline)]
    private static partial Regex MarkdownHeadingLevelRegex();

    [GeneratedRegex(@"^[（(](下转|上接|转|接|相关报道|紧接)[^）)]{0,24}[）)]$")]
    private static partial Regex ContinuationRegex();

    [GeneratedRegex(@"[（(](下转|转)[^）)]{1,12}[）)]$")]
    private static partial Regex TrailingContinuationRegex();

    /// <summary>
    /// What only furniture prints, in its layout: a countdown with its number (倒计时 8 天), a hotline or contact
    /// label followed by its value (咨询热线: 0579-…, 电话：…, 地址：…), a phone number, an advert label (广告,
    /// （广告）, 广告热线). The bare words are not enough: 高考倒计时 or 整治违法广告 can be a headline.
    /// </summary>
    [GeneratedRegex(@"倒计时\s*[:：]?\s*\d+\s*(天|日|小时|时|分|周|个月)|热线(电话)?\s*[:：]?\s*\d|(电话|地址|网址|邮箱|传真|联系人)\s*[:：]|(?<!\d)\d{3,4}-\d{7,8}(?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)|^[（(【\[]?广告[）)】\]]?$|广告(热线|电话|部|中心|经营许可证|许可证|业务|投放|联系)")]
    private static partial Regex FurnitureMarkerRegex();

    [GeneratedRegex(@"^(?:(?:来源|稿源|转载自|原标题)[:：]|[（(【\[](?:本文|文章)?(?:来源|稿源|转载自)[:：][^（）()【】\[\]]{1,40}[）)】\]]$)")]
    private static partial Regex AttributionRegex();

    [GeneratedRegex(@"^[\u4E00-\u9FFF]{2,4}(·[\u4E00-\u9FFF]{1,4})?$")]
    private static partial Regex PersonNameRegex();

    [GeneratedRegex(@"^(?<title>[\u4E00-\u9FFF]{1,16}(书记|主任|局长|镇长|市长|区长|县长|部长|主席|校长|院长|评论员|社长|总编辑))(\s+(?<name>[\u4E00-\u9FFF]{2,4}))?$")]
    private static partial Regex AuthorLineRegex();
}
