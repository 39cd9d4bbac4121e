using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Ner.News;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// The outlet a report's dateline opens with (<c>东南网3月31日讯</c>, <c>齐鲁网潍坊9月20日讯</c>, <c>据大河网郑州…电</c>).
/// Regional outlets are named after their region, so the tagger reads them as a place (东南网, 齐鲁网) or a person (猎云网).
/// A place or person mention that stands where a credit stands (at the start of a paragraph or sentence, or after 据),
/// ends in an outlet ending of news-organizations.tsv (class <c>outlet-ending</c>: 网, 社, 报, 台 …) or is followed by
/// one, and is followed by a wire dateline (<see cref="WireDateline.Opens"/>: a wire's place and a day before 电 or 讯)
/// is the outlet: an organisation, fine type media. A name the gazetteer knows as a place stays one (烟台 before
/// <c>3月31日电</c> is the dateline's place).
/// </summary>
public sealed class WireOutlets
{
    /// <summary>Characters after which a credit may stand, besides the start of the text.</summary>
    private const string CreditOpeners = "\n据。！？；　 ";

    /// <summary>How far after a mention its dateline is looked for: an ending, a place of six characters, a date.</summary>
    private const int DatelineWindow = 24;

    private readonly string[] endings;
    private readonly PlaceGazetteer gazetteer;

    public WireOutlets(IEnumerable<string> outletEndings, PlaceGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(outletEndings);
        endings = [.. outletEndings.Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(e => e.Length).ThenBy(e => e, StringComparer.Ordinal)];
        this.gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
    }

    /// <summary>
    /// <paramref name="mentions"/> (sorted, non-overlapping) with each place or person mention that is a dateline's
    /// outlet made an organisation, taking the outlet ending printed right after it; the same list when there is none.
    /// </summary>
    public IReadOnlyList<FactMention> Retype(string text, IReadOnlyList<FactMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var edits = new MentionEdits(mentions);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var next = i + 1 < mentions.Count ? mentions[i + 1].Range.Start : text.Length;
            if (m.Kind is EntityKind.Place or EntityKind.Person && OutletEnd(text, m.Range, next) is { } end)
            {
                edits.Replace(i, m with { Range = new TextRange(m.Range.Start, end), Kind = EntityKind.Organization, FineType = OrganizationTypes.Media });
            }
        }

        return edits.Result();
    }

    /// <summary>Where the outlet <paramref name="range"/> names ends (its ending included), or null when it is none.</summary>
    private int? OutletEnd(string text, TextRange range, int next)
    {
        if (range.Start > 0 && !CreditOpeners.Contains(text[range.Start - 1], StringComparison.Ordinal))
        {
            return null;
        }

        var end = range.End;
        // An ending the name holds after at least one character of its own (东南|网), else one printed right after it.
        if (range.Length < 2 || !TextSpans.EndsWithAny(text.AsSpan(range.Start + 1, range.Length - 1), endings))
        {
            var ending = TextSpans.StartingWord(text.AsSpan(end, Math.Max(0, Math.Min(next, text.Length) - end)), endings);
            if (ending is null)
            {
                return null;
            }

            end += ending.Length;
        }

        var outlet = text[range.Start..end];
        if (gazetteer.Names.ContainsKey(outlet) || outlet.Length < 2)
        {
            return null;
        }

        return WireDateline.Opens(text.Substring(end, Math.Min(DatelineWindow, text.Length - end))) ? end : null;
    }
}
