using System.Buffers;
using YiwuGraph.Core;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// The last step every event name passes through (the rules' and the trained layer's). A gloss in round brackets
/// (<c>熊某（男，40岁，永定区教字垭人）抓获</c>, <c>高雄县(北纬23.0度,东经120.6度)发生</c>) is no part of a name and goes. A
/// name whose brackets or quotes do not pair up (<see cref="Brackets"/>), because the clause or pattern that named it
/// stopped at a comma or dash inside a quote, or the 40-character cut fell inside one, is repaired against the sentence it
/// was read from: a name that starts inside a pair reaches back to its opener (<c>爱尚昌吉”旅游节开幕式</c> →
/// <c>“人在旅途，爱尚昌吉”旅游节开幕式</c>), one that ends inside a pair reaches on to its closer, when that mark stands in the
/// same sentence at most <see cref="Reach"/> characters away; a name that starts or ends inside a gloss loses the gloss
/// and, at its start, takes the words the gloss glosses instead (<c>永定区教字垭人）抓获</c> → <c>一举将盗窃莓茶的嫌疑人熊某抓获</c>);
/// a mark whose partner is not near is cut off with what it encloses, as long as the trigger and two characters are
/// left, else the mark alone is dropped. Whatever is left, the name returned holds only marks that pair
/// (<see cref="Brackets.AreBalanced"/>).
/// </summary>
public static class EventNames
{
    /// <summary>How many characters of the sentence a name may take in to reach a partner mark.</summary>
    public const int Reach = 20;

    /// <summary>How long the words before a gloss may be to stand in for it (<c>一举将盗窃莓茶的嫌疑人熊某</c>); longer ones are no head.</summary>
    private const int HeadBeforeGloss = 24;

    /// <summary>Repairs tried before the marks still unpaired are simply dropped; each repair settles one mark.</summary>
    private const int Repairs = 6;

    /// <summary>How far back a gloss in round brackets may open for the name to drop it (<c>卡里迪（…Carmine Rosato）</c>): dropping takes nothing in.</summary>
    private const int GlossReach = 60;

    /// <summary>What ends the words before a gloss: clause breaks and a dash; ASCII <c>:</c> stands in scores (<c>7:6（7:4）</c>).</summary>
    private const string HeadBreaks = "，,；;：。！？!?\n—";

    private static readonly char[] Pauses = ['，', ',', '、', '；', ';', '：', ':', ' ', '\u3000'];

    /// <summary>What a name does not open with once a repair cut it: pauses and dashes.</summary>
    private static readonly char[] Leading = [.. Pauses, '—', '-'];

    private static readonly SearchValues<char> GlossPauses = SearchValues.Create("，,、；;：:");

    /// <summary>
    /// <paramref name="name"/> without its glosses and with its marks paired, read against the sentence of <paramref name="evidence"/> in
    /// <paramref name="text"/>; <paramref name="clean"/> (<see cref="EventExtractor.Clean"/>) cleans the words taken in
    /// before a gloss, and <paramref name="glossHeads"/> (<see cref="EventExtractor.GlossHeadMarkers"/>) are where the last
    /// words of a long clause before a gloss best start: a preposition or verb that takes the glossed one as its object
    /// (<c>…洗浴中心成功将潜逃17年的…逃犯卢某（…）抓获</c> → <c>将潜逃17年的…逃犯卢某抓获</c>). A name without glosses whose
    /// marks pair is returned as it is.
    /// </summary>
    public static string Repair(string text, TextRange evidence, string name, string trigger, Func<string, string>? clean = null, SearchValues<char>? glossHeads = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(trigger);

        // Again once repaired: a theme the name was cut inside leaves four characters after it only once the quote it
        // cut is whole again (…母亲”为主题的“爱心 → …为主题的“爱心在国旗下凝聚”).
        var repaired = RepairMarks(text, evidence, name, trigger, clean, glossHeads);
        var withoutTheme = WithoutTheme(repaired, trigger);
        return WithoutEdgePauses(Brackets.AreBalanced(withoutTheme) ? withoutTheme : repaired);
    }

    /// <summary>Marks a name never starts with: a cut inside a list or a clause left its pause (<c>、宋楠惜、静芳共同主演的…</c>).</summary>
    private static readonly SearchValues<char> LeadingPauses = SearchValues.Create("，、；：,;:。！？!? \u3000");

    /// <summary>Marks a name never ends with: a cut before the next clause left its pause (<c>…刘殊涉嫌滥用职权、</c>).</summary>
    private static readonly SearchValues<char> TrailingPauses = SearchValues.Create("，、；：,;: \u3000");

    /// <summary>
    /// <paramref name="name"/> without the pauses and spaces at its edges, which a cut at a fixed length or at a clause
    /// leaves (<c>、宋楠惜、静芳共同主演的…电影</c> → <c>宋楠惜、静芳共同主演的…</c>); the name as it is when less than two
    /// characters would be left.
    /// </summary>
    private static string WithoutEdgePauses(string name)
    {
        var span = name.AsSpan();
        var start = span.IndexOfAnyExcept(LeadingPauses);
        var end = span.LastIndexOfAnyExcept(TrailingPauses);
        return start < 0 || end - start + 1 < 2 || (start == 0 && end == span.Length - 1) ? name : name[start..(end + 1)];
    }

    private static string RepairMarks(string text, TextRange evidence, string name, string trigger, Func<string, string>? clean, SearchValues<char>? glossHeads)
    {
        var withoutGlosses = WithoutGlosses(name, trigger);
        name = withoutGlosses.Length != name.Length && withoutGlosses.Trim().Length >= 2 ? withoutGlosses.Trim() : name;
        name = WithoutTheme(name, trigger);
        var sentence = SentenceOf(text, evidence);
        if (Brackets.AreBalanced(name))
        {
            return WholeTitle(text, sentence, evidence, name) ?? WithTitleBefore(text, sentence, evidence, name) ?? name;
        }

        var n = name;
        for (var repair = 0; repair < Repairs; repair++)
        {
            var unpaired = Brackets.Match(n).Unpaired;
            if (unpaired.Count == 0)
            {
                return n;
            }

            var k = unpaired[0];
            n = Brackets.CloserIndex(n[k]) >= 0
                ? RepairCloser(text, sentence, evidence, n, k, trigger, clean, glossHeads)
                : RepairOpener(text, sentence, evidence, n, k, trigger);
        }

        var left = Without(n, Brackets.Match(n).Unpaired).Trim();
        return left.Length > 0 ? left : Without(trigger, Brackets.Match(trigger).Unpaired);
    }

    /// <summary>A closer at <paramref name="k"/> whose opener the name lacks.</summary>
    private static string RepairCloser(string text, TextRange sentence, TextRange evidence, string n, int k, string trigger, Func<string, string>? clean, SearchValues<char>? glossHeads)
    {
        var kind = Brackets.CloserIndex(n[k]);
        var round = Brackets.IsRound(Brackets.Pairs[kind].Open);
        var whole = Locate(text, sentence, n, evidence);
        var piece = whole >= 0 ? whole : Locate(text, sentence, n[..(k + 1)], evidence);
        var at = piece + k;
        var holdsTrigger = n.Contains(trigger, StringComparison.Ordinal);
        var rest = n[(k + 1)..];
        var reach = ReachOf(kind);
        if (piece >= 0 && OpenerBefore(text, at, Math.Max(sentence.Start, piece - (round ? GlossReach : reach)), kind) is var open and >= 0 && open < piece)
        {
            if (round && IsGloss(text.AsSpan(open + 1, at - open - 1)) && (!holdsTrigger || rest.Contains(trigger, StringComparison.Ordinal)))
            {
                // 嫌疑人熊某（男，40岁，永定区教字垭人）抓获: the gloss goes, the words it glosses stand before the rest.
                var head = HeadBefore(text, open, sentence.Start, whole: rest.Trim().Length > trigger.Length + 1, glossHeads);
                head = head is { Length: > 0 } && clean is not null ? clean(head) : head;
                var joined = (head + rest).Trim().TrimStart(Leading);
                if (head is not null && joined.Length >= 2)
                {
                    return joined;
                }
            }

            if (text[open] == Brackets.Pairs[kind].Open && open >= piece - reach)
            {
                return text[open..piece] + n;
            }
        }

        var tail = rest.Trim().TrimStart(Leading);
        return tail.Length >= 2 && (!holdsTrigger || tail.Contains(trigger, StringComparison.Ordinal)) ? tail : n.Remove(k, 1);
    }

    /// <summary>An opener at <paramref name="k"/> whose closer the name lacks.</summary>
    private static string RepairOpener(string text, TextRange sentence, TextRange evidence, string n, int k, string trigger)
    {
        var kind = Brackets.OpenerIndex(n[k]);
        var round = Brackets.IsRound(n[k]);
        var whole = Locate(text, sentence, n, evidence);
        var piece = whole >= 0 ? whole : Locate(text, sentence, n[k..], evidence) - k;
        var end = piece + n.Length;
        var holdsTrigger = n.Contains(trigger, StringComparison.Ordinal);
        var head = WithoutDanglingLink(n[..k].Trim().TrimEnd(Pauses));
        var reach = ReachOf(kind);
        if (piece + k >= 0 && CloserAfter(text, piece + k, Math.Min(sentence.End, end + (round ? GlossReach : reach)), kind) is var close and >= 0 && close >= end)
        {
            if (round && IsGloss(text.AsSpan(piece + k + 1, close - piece - k - 1)) && (!holdsTrigger || head.Contains(trigger, StringComparison.Ordinal)))
            {
                // …将于今天（8月: a gloss the cut fell into goes.
                if (head.Length >= 2)
                {
                    return head;
                }
            }
            else if (text[close] == Brackets.Pairs[kind].Close && close < end + reach)
            {
                return n + text[end..(close + 1)];
            }
        }

        return head.Length >= 2 && (!holdsTrigger || head.Contains(trigger, StringComparison.Ordinal)) ? head : n.Remove(k, 1);
    }

    /// <summary>
    /// How far a name may reach for the partner of a mark of pair <paramref name="kind"/>: a book title is one name
    /// (<c>《纪念真理标准讨论二十周年我国改革开放二十周年·当代书画名家作品展》</c>) and is taken whole as far as a title runs
    /// (<see cref="TextSpans.MaxTitle"/>); other pairs <see cref="Reach"/>.
    /// </summary>
    private static int ReachOf(int kind) => Brackets.Pairs[kind].Open == '《' ? TextSpans.MaxTitle : Reach;

    /// <summary>
    /// <paramref name="name"/> without the theme it is printed with (<c>以“…”为主题的第二届数字中国建设峰会</c>,
    /// <c>以《就业———中国与欧洲联盟的共同任务》为主题的国际学术研讨会</c>): the theme describes the event and is often longer
    /// than its name, and a name cut inside it (<c>新辉煌”为主题的…峰会</c>) holds a fragment. What follows <c>为主题的</c>
    /// is the name when it is four characters or more and the trigger is not the theme's (<c>以“开幕”为主题的征文比赛</c>)
    /// unless it follows too; a clause that names the trigger before the theme keeps its words before it
    /// (<c>…联手推出以“物联共享、绿色出行”为主题的“e约车4.0”</c> → <c>…联手推出“e约车4.0”</c>). Else the name stays.
    /// </summary>
    private static string WithoutTheme(string name, string trigger)
    {
        const string Marker = "为主题的";
        var at = name.LastIndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return name;
        }

        var rest = name[(at + Marker.Length)..].Trim();
        var start = ThemeStart(name, at);
        var inTheme = trigger.Length > 0 && name.IndexOf(trigger, start, StringComparison.Ordinal) is var t and >= 0 && t < at + Marker.Length;
        if (rest.Length < 4 || (inTheme && !rest.Contains(trigger, StringComparison.Ordinal)))
        {
            return name;
        }

        var head = name[..start];
        return trigger.Length > 0 && head.Contains(trigger, StringComparison.Ordinal) ? head + rest : rest;
    }

    /// <summary>
    /// Where the theme before <paramref name="marker"/> (为主题的) starts in <paramref name="name"/>: at the 以 or the
    /// opener of the title or quote that ends right before the marker, else at the last 以 before it, else at 0.
    /// </summary>
    private static int ThemeStart(string name, int marker)
    {
        if (marker > 0 && Brackets.CloserIndex(name[marker - 1]) >= 0)
        {
            var pair = Brackets.Match(name).Paired.FirstOrDefault(p => p.Close == marker - 1);
            var open = pair.Close == marker - 1 ? pair.Open : 0;
            return open > 0 && name[open - 1] == '以' ? open - 1 : open;
        }

        return Math.Max(0, name.LastIndexOf('以', marker - 1));
    }

    /// <summary>
    /// The whole of the title or quoted name that <paramref name="name"/> is the end of (<c>传统文化研讨会</c> of
    /// <c>主办的“海峡两岸古籍整理与传统文化研讨会”</c>, <c>当代书画名家作品展</c> of <c>《…二十周年·当代书画名家作品展》</c>),
    /// without its marks as a quoted name is read whole, when the pair opens in the sentence at most
    /// <see cref="TextSpans.MaxTitle"/> characters before it closes and is no quoted speech (<c>他说：“…”</c>); else null.
    /// </summary>
    private static string? WholeTitle(string text, TextRange sentence, TextRange evidence, string name)
    {
        var at = Locate(text, sentence, name, evidence);
        var end = at + name.Length;
        if (at <= sentence.Start || end >= text.Length || text[end] is not ('”' or '》'))
        {
            return null;
        }

        var kind = Brackets.CloserIndex(text[end]);
        var open = OpenerBefore(text, end, Math.Max(sentence.Start, end - TextSpans.MaxTitle), kind);
        if (open < 0 || open >= at || text[open] != Brackets.Pairs[kind].Open || IsSpeech(text, open))
        {
            return null;
        }

        var whole = text[(open + 1)..end];
        return Brackets.AreBalanced(whole) ? whole : null;
    }

    /// <summary>
    /// <paramref name="name"/> with the short title or quoted term printed right before it that names its kind
    /// (<c>“华山系列”芯片发布会</c>, <c>“爱心献功臣”新闻发布会</c>): at most <see cref="Reach"/> characters without a pause or
    /// sentence mark inside, no quoted speech; null when there is none.
    /// </summary>
    private static string? WithTitleBefore(string text, TextRange sentence, TextRange evidence, string name)
    {
        var at = Locate(text, sentence, name, evidence);
        if (at <= sentence.Start || text[at - 1] is not ('”' or '》') || Leading.Contains(name[0]))
        {
            return null;
        }

        var kind = Brackets.CloserIndex(text[at - 1]);
        var open = OpenerBefore(text, at - 1, Math.Max(sentence.Start, at - 1 - Reach), kind);
        if (open < 0 || text[open] != Brackets.Pairs[kind].Open || IsSpeech(text, open))
        {
            return null;
        }

        var term = text[open..at];
        return term.AsSpan(1, term.Length - 2).IndexOfAny(TermBreaks) < 0 && Brackets.AreBalanced(term) ? term + name : null;
    }

    /// <summary>What a quoted term that names an event's kind does not hold: pauses and sentence marks (a quoted remark does).</summary>
    private static readonly SearchValues<char> TermBreaks = SearchValues.Create("，,、；;：:。！？!?…");

    /// <summary>Whether the quote opened at <paramref name="open"/> is speech: it follows a colon (<c>他说：“…”</c>).</summary>
    private static bool IsSpeech(string text, int open) => text[open] == '“' && open > 0 && text[open - 1] is '：' or ':';

    /// <summary>
    /// <paramref name="head"/> without a link word left hanging after a closing mark once what it linked was cut off
    /// (<c>授予“全省先进公安局”和</c> → <c>授予“全省先进公安局”</c>).
    /// </summary>
    private static string WithoutDanglingLink(string head) =>
        head.Length >= 2 && head[^1] is '和' or '及' or '与' or '、' && Brackets.CloserIndex(head[^2]) >= 0 ? head[..^1] : head;

    /// <summary>
    /// What round brackets enclose is a gloss rather than part of a name when it holds a pause (<c>男，40岁</c>) or five
    /// characters or more (<c>均为龙门镇人</c>); <c>（海南）</c>, <c>（扩大）</c>, <c>（国际）</c> are parts of names.
    /// </summary>
    private static bool IsGloss(ReadOnlySpan<char> inside) => inside.Length >= 5 || inside.IndexOfAny(GlossPauses) >= 0;

    /// <summary>
    /// The words of the clause before <paramref name="open"/>, back to a clause break, a dash, a space between Chinese
    /// words or the sentence start outside brackets, without the glosses they hold (<c>陈某境（男，18岁，）、吴某帆</c> →
    /// <c>陈某境、吴某帆</c>). When they are longer than <see cref="HeadBeforeGloss"/>, none are taken, unless
    /// <paramref name="whole"/> is false (what follows the gloss is no more than its trigger: <c>…逃犯卢某(男，41岁)抓获</c>);
    /// then their last <see cref="HeadBeforeGloss"/> characters are, from the first of <paramref name="glossHeads"/> among them on.
    /// Null when the brackets stand inside a pair opened before them (<c>《实况足球2020（PES 2020）》</c>): part of a
    /// title or quote, not a gloss on a name.
    /// </summary>
    private static string? HeadBefore(string text, int open, int sentenceStart, bool whole, SearchValues<char>? glossHeads)
    {
        var depth = 0;
        var i = open - 1;
        for (; i >= sentenceStart; i--)
        {
            var c = text[i];
            if (Brackets.CloserIndex(c) >= 0)
            {
                depth++;
            }
            else if (Brackets.OpenerIndex(c) >= 0)
            {
                if (depth == 0)
                {
                    return null;
                }

                depth--;
            }
            else if (depth == 0 && (HeadBreaks.Contains(c, StringComparison.Ordinal) || (c is ' ' or '\u3000' && !BetweenLatin(text, i))))
            {
                break;
            }
        }

        var head = text[(i + 1)..open];
        if (head.Length > HeadBeforeGloss)
        {
            if (whole)
            {
                return string.Empty;
            }

            head = head[^HeadBeforeGloss..];
            var verb = glossHeads is null ? -1 : head.AsSpan().IndexOfAny(glossHeads);
            head = verb > 0 ? head[verb..] : head;
        }

        return WithoutGlosses(head).Trim().TrimStart(Leading);
    }

    /// <summary>Whether the space at <paramref name="i"/> stands between two Latin letters or digits (<c>Tevin Biles</c>), inside a foreign name.</summary>
    private static bool BetweenLatin(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i - 1]) && char.IsAsciiLetterOrDigit(text[i + 1]);

    /// <summary>
    /// <paramref name="s"/> without the round-bracket glosses (<see cref="IsGloss"/>) it holds whole, except one that
    /// holds <paramref name="trigger"/> or stands inside a title or quote (<c>《实况足球2020（PES 2020）》</c>: part of the title).
    /// </summary>
    private static string WithoutGlosses(string s, string trigger = "")
    {
        var paired = Brackets.Match(s).Paired;
        var glosses = paired
            .Where(p => Brackets.IsRound(s[p.Open]) && IsGloss(s.AsSpan(p.Open + 1, p.Close - p.Open - 1))
                && !paired.Any(q => !Brackets.IsRound(s[q.Open]) && q.Open < p.Open && q.Close > p.Close)
                && (trigger.Length == 0 || !s.AsSpan(p.Open, p.Close - p.Open).Contains(trigger, StringComparison.Ordinal)))
            .OrderBy(p => p.Open).ToList();
        var kept = new System.Text.StringBuilder();
        var from = 0;
        foreach (var (o, c) in glosses)
        {
            if (o >= from)
            {
                kept.Append(s, from, o - from);
                from = c + 1;
                if (kept.Length > 0 && kept[^1] == ' ' && from < s.Length && s[from] == ' ')
                {
                    // 两位旅客 ( 夫妻二人 ) 已被: one space stands where the gloss stood.
                    kept.Length--;
                }
            }
        }

        return kept.Append(s, from, s.Length - from).ToString();
    }

    /// <summary>The opener of pair <paramref name="kind"/> (round ones of either width) that the closer at <paramref name="close"/> closes, at or after <paramref name="from"/>, or -1.</summary>
    private static int OpenerBefore(string text, int close, int from, int kind)
    {
        var depth = 0;
        for (var i = close - 1; i >= from; i--)
        {
            if (Brackets.ClosesLoosely(text[i], kind))
            {
                depth++;
            }
            else if (Brackets.OpensLoosely(text[i], kind) && depth-- == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The closer of pair <paramref name="kind"/> (round ones of either width) that closes the opener at <paramref name="open"/>, before <paramref name="to"/>, or -1.</summary>
    private static int CloserAfter(string text, int open, int to, int kind)
    {
        var depth = 0;
        for (var i = open + 1; i < to; i++)
        {
            if (Brackets.OpensLoosely(text[i], kind))
            {
                depth++;
            }
            else if (Brackets.ClosesLoosely(text[i], kind) && depth-- == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Where <paramref name="piece"/> is printed in <paramref name="sentence"/>: within the evidence if it is there, else first; -1 when nowhere.</summary>
    private static int Locate(string text, TextRange sentence, string piece, TextRange evidence)
    {
        if (piece.Length == 0)
        {
            return -1;
        }

        var first = -1;
        for (var i = text.IndexOf(piece, sentence.Start, sentence.Length, StringComparison.Ordinal);
             i >= 0 && i + piece.Length <= sentence.End;
             i = i + 1 < sentence.End ? text.IndexOf(piece, i + 1, sentence.End - i - 1, StringComparison.Ordinal) : -1)
        {
            if (i < evidence.End && i + piece.Length > evidence.Start)
            {
                return i;
            }

            first = first < 0 ? i : first;
        }

        return first;
    }

    /// <summary>The sentence (between 。！？!? or line breaks, not those in a book title) that the evidence opens in, through the one it ends in.</summary>
    private static TextRange SentenceOf(string text, TextRange evidence)
    {
        var start = Math.Clamp(evidence.Start, 0, text.Length);
        var from = TextSpans.SentenceStart(text, start);
        var last = Math.Clamp(Math.Max(evidence.End - 1, start), 0, text.Length);
        var end = last < text.Length ? TextSpans.SentenceEnd(text, last) : -1;
        return new TextRange(from, end < 0 ? text.Length : end);
    }

    private static string Without(string s, List<int> at)
    {
        var chars = s.ToList();
        foreach (var i in at.OrderDescending())
        {
            chars.RemoveAt(i);
        }

        return new string([.. chars]);
    }
}
