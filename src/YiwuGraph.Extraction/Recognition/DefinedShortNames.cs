using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// Short names an article defines in brackets right after an organisation's full name: <c>台湾积体电路制造股份有限公司（台积电）</c>,
/// <c>中国证券监督管理委员会（证监会）</c>, and as filings and financial news print it,
/// <c>宁德时代新能源科技股份有限公司（以下简称“宁德时代”）</c>. The short name must be 2 to 6 Han characters, and in a bare
/// bracket taken in order from the full name, so that a bracketed place, note or aside (<c>（上海）</c>, <c>（筹）</c>,
/// <c>（局长王建国）</c>) is no definition; after a defining word the article says it is one
/// (<c>匈牙利公民党（简称青民盟）</c>, by the party's other name). The short name's other sightings in the article are
/// that organisation (<see cref="Apply"/>), also where the recognizer read a shorter name inside one (宁德 of 宁德时代股价
/// as a place), and the linker names them by the full name (<see cref="Find"/>).
/// </summary>
/// <remarks>
/// One instance holds the brackets of one text that could define a short name, found once with the words of one
/// list (<see cref="ShortNameDefinitions.In"/>, <see cref="Pipeline.NewsDocument.DefinedShortNamesBy"/>); which of them
/// do depends on the organisations each reader passes (the short-name stage its mentions, the linker its entities),
/// so that part is read per call. A bracket
/// that opens with a defining word (<c>short-name-definitions.tsv</c>: 以下简称, 下称, 簡稱) states the definition
/// itself, so the linker also reads those where no organisation was read right before them (<see cref="StatedFor"/>,
/// <see cref="StatedEndingAt"/>), the organisation rules before any was (<see cref="Stated"/>), and event names drop
/// them (<see cref="ShortNameDefinitions.WithoutDefinitions"/>). These two classes are the one reader of such brackets.
/// </remarks>
public sealed class DefinedShortNames
{
    /// <summary>The confidence of a sighting of a defined short name: the article itself says what it stands for.</summary>
    public const double ShortNameConfidence = 0.7;

    /// <summary>The longest name read before a bracket that states a definition (<see cref="Stated"/>).</summary>
    private const int MaxStatedFullLength = 30;

    /// <summary>The candidate short name in each bracket of the text, by the offset of its opening bracket.</summary>
    private readonly Dictionary<int, Bracket> candidates;

    private IReadOnlyDictionary<string, string>? stated;

    internal DefinedShortNames(string text, Dictionary<int, Bracket> candidates)
    {
        Text = text;
        this.candidates = candidates;
    }

    /// <summary>The text the brackets were found in.</summary>
    public string Text { get; }

    /// <summary>
    /// Short name → the name printed right before its bracket, for the brackets that state a definition with a
    /// defining word (<c>义乌市海内外高层次人才联谊会（以下简称“海高会”）</c>): the run of Han characters before the
    /// bracket (at most 30), from after its last 在 or 的, and longer than the short name. The first definition of a
    /// short name holds. Read where no organisation is known yet (the organisation rules) or where the name before
    /// the bracket was not read as one.
    /// </summary>
    public IReadOnlyDictionary<string, string> Stated => stated ??= StatedFor([]);

    /// <summary>
    /// <see cref="Stated"/> with the full names read from <paramref name="organizations"/> (ranges into <see cref="Text"/>):
    /// a stated short name is that of the organisation that ends right at its bracket
    /// (<c>“银联手机支付”平台由广州易联商业服务有限公司（以下简称“易联公司”）</c>: 广州易联商业服务有限公司, where the
    /// Han run reads 平台由广州易联商业服务有限公司), and of the Han run before it only where none does.
    /// </summary>
    public IReadOnlyDictionary<string, string> StatedFor(IEnumerable<TextRange> organizations)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        var ending = new Dictionary<int, TextRange>();
        foreach (var range in organizations)
        {
            ending.TryAdd(range.End, range);
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (open, bracket) in candidates.Where(c => c.Value.Stated).OrderBy(c => c.Key))
        {
            // 关税及贸易总协定（简称关贸总协定）: where the recognizer read no organisation before the bracket, the Han
            // run still names what the article defines (on the MSRA pages it is right there, and dropping it loses it).
            var full = ending.TryGetValue(open, out var range) && range.Length > bracket.ShortName.Length
                ? Text[range.Start..range.End]
                : HanNameBefore(open, bracket.ShortName);
            if (full is not null)
            {
                result.TryAdd(bracket.ShortName, full);
            }
        }

        return result;
    }

    /// <summary>The short name of the bracket that states a definition and closes right before <paramref name="end"/>, or null.</summary>
    /// <remarks><c>义乌市海内外高层次人才联谊会（以下简称“海高会”）广东分会</c>: a branch printed right after the definition.</remarks>
    public string? StatedEndingAt(int end)
    {
        if (end < 2 || Text[end - 1] is not ('）' or ')'))
        {
            return null;
        }

        var open = Text.LastIndexOfAny(['（', '('], end - 2);
        return open >= 0 && candidates.TryGetValue(open, out var bracket) && bracket.Stated && bracket.Close == end - 1 ? bracket.ShortName : null;
    }

    /// <summary>Short name → the full name it is defined for, among <paramref name="organizations"/> (ranges into <see cref="Text"/>).</summary>
    public IReadOnlyDictionary<string, string> Find(IEnumerable<TextRange> organizations)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var range in organizations)
        {
            if (ShortNameAfter(range) is { } shortName)
            {
                result.TryAdd(shortName, Text[range.Start..range.End]);
            }
        }

        return result;
    }

    /// <summary>
    /// <paramref name="mentions"/> (sorted, non-overlapping, ranges into <see cref="Text"/>) with each defined short
    /// name's uncovered sightings, the one in the brackets included, as mentions of the full name's kind; sorted by
    /// start and never overlapping.
    /// </summary>
    public IReadOnlyList<FactMention> Apply(IReadOnlyList<FactMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var text = Text;
        var defined = mentions.Where(m => m.Kind == EntityKind.Organization)
            .Select(m => (Mention: m, Short: ShortNameAfter(m.Range)))
            .Where(d => d.Short is not null)
            .DistinctBy(d => d.Short, StringComparer.Ordinal)
            .ToList();
        if (defined.Count == 0)
        {
            return mentions;
        }

        var kept = mentions.ToList();
        var added = new List<FactMention>();
        foreach (var (full, shortName) in defined.OrderByDescending(d => d.Short!.Length))
        {
            for (var at = text.IndexOf(shortName!, StringComparison.Ordinal); at >= 0; at = text.IndexOf(shortName!, at + 1, StringComparison.Ordinal))
            {
                var sighting = new TextRange(at, at + shortName!.Length);
                if (added.Exists(a => a.Range.Start < sighting.End && sighting.Start < a.Range.End))
                {
                    continue;
                }

                // A mention wholly inside the sighting (宁德 of 宁德时代) gives way to it; one that crosses its edge, or
                // covers it (the full name itself), keeps its place.
                var overlapping = kept.FindAll(m => m.Range.Start < sighting.End && sighting.Start < m.Range.End);
                if (overlapping.Exists(m => m.Range.Start < sighting.Start || m.Range.End > sighting.End
                    || (m.Range.Length == sighting.Length && m.Kind == EntityKind.Organization)))
                {
                    continue;
                }

                kept.RemoveAll(overlapping.Contains);
                added.Add(new FactMention(sighting, full.Kind, ShortNameConfidence, full.FineType));
            }
        }

        return added.Count == 0 ? mentions : [.. kept.Concat(added).OrderBy(m => m.Range.Start)];
    }

    /// <summary>The short name the bracket right after <paramref name="full"/> defines for it, or null.</summary>
    private string? ShortNameAfter(TextRange full) =>
        candidates.TryGetValue(full.End, out var bracket) && bracket.ShortName.Length < full.Length
            && (bracket.Stated || TextSpans.IsSubsequence(bracket.ShortName, Text.AsSpan(full.Start, full.Length))) ? bracket.ShortName : null;

    /// <summary>The run of Han characters before <paramref name="open"/> (at most 30), from after its last 在 or 的, if longer than <paramref name="shortName"/>.</summary>
    private string? HanNameBefore(int open, string shortName)
    {
        var start = open;
        while (start > 0 && open - start < MaxStatedFullLength && HanScript.IsHan(Text[start - 1]))
        {
            start--;
        }

        // 在义乌市海内外高层次人才联谊会（以下简称“海高会”）: a name starts after the last 在 or 的 of the run.
        var full = Text.AsSpan(start, open - start);
        full = full[(full.LastIndexOfAny('在', '的') + 1)..];
        return full.Length > shortName.Length ? full.ToString() : null;
    }

    /// <param name="ShortName">The short name the bracket holds, without defining words or quotes.</param>
    /// <param name="Close">The offset of the closing bracket.</param>
    /// <param name="Stated">Whether the bracket opens with a defining word (以下简称), not the bare short name.</param>
    internal readonly record struct Bracket(string ShortName, int Close, bool Stated);
}
