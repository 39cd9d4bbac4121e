using YiwuGraph.Core;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Facts;

/// <summary>The figures of one event: casualties counted and an amount of money, as read in its sentences.</summary>
public sealed record EventFigures(long? Deaths, long? Injured, long? Missing, MoneyAmount? Amount)
{
    public static EventFigures None { get; } = new(null, null, null, null);
}

/// <summary>An amount of money as printed (<c>2.5亿元</c>), its value in units of the currency and the currency's ISO code (null when none is printed).</summary>
public sealed record MoneyAmount(string Text, double Value, string? Currency, TextRange Range);

/// <summary>
/// Reads the casualties of an incident (<c>造成3人死亡、5人受伤</c>, <c>死亡人数升至32人</c>, <c>3死5伤</c>) and the amount of
/// a deal, fine or market move (<c>融资2.5亿元</c>, <c>罚款50万美元</c>) in the sentences an event is reported in. The
/// words and the event types each figure belongs to are data (<c>event-figures.tsv</c>). Counts are read only next to a
/// casualty word with a classifier of persons or nothing between, so dates and ages are not counted; when a sentence
/// gives a count twice (a toll that rose) the largest is kept.
/// </summary>
public sealed class EventFigureReader
{
    private static readonly string[] CountWords = ["人数", "人员"];
    private static readonly string[] CountVerbs = ["已上升至", "已升至", "上升至", "升至", "增至", "增加到", "已达", "达到", "达", "为", "已"];

    private readonly (string Word, string Kind)[] casualtyWords;
    private readonly (string Word, string Code)[] currencies;
    private readonly HashSet<string> casualtyEvents;
    private readonly HashSet<string> amountEvents;
    private readonly string[] moneyVerbs;

    public EventFigureReader(Lexicon figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        casualtyWords = [.. figures.Entries
            .Where(e => e.Class is "deaths" or "injured" or "missing")
            .Select(e => (e.Word, e.Class!))
            .OrderByDescending(e => e.Word.Length)];
        currencies = [.. figures.Entries
            .Where(e => e.Class == "currency")
            .Select(e => (e.Word, e.Note ?? throw new DataFormatException(figures.Source, e.Line, "a currency needs its ISO code as the note")))
            .OrderByDescending(e => e.Word.Length)];
        casualtyEvents = new HashSet<string>(figures.WordsOf("casualty-event"), StringComparer.Ordinal);
        amountEvents = new HashSet<string>(figures.WordsOf("amount-event"), StringComparer.Ordinal);
        moneyVerbs = [.. figures.WordsOf("money-verb").OrderByDescending(w => w.Length)];
    }

    public static EventFigureReader Default { get; } = new(LexiconSet.Default.EventFigures);

    /// <summary>The figures of an event of coarse type <paramref name="type"/> reported in <paramref name="reported"/> (body ranges).</summary>
    public EventFigures Read(string text, string type, IEnumerable<TextRange> reported)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(reported);
        var casualties = casualtyEvents.Contains(type);
        var money = amountEvents.Contains(type);
        if (!casualties && !money)
        {
            return EventFigures.None;
        }

        var sentences = reported.Select(r => TextSpans.StatementAround(text, r)).Distinct().OrderBy(r => r.Start).ToList();
        long? deaths = null, injured = null, missing = null;
        MoneyAmount? amount = null;
        foreach (var sentence in sentences)
        {
            if (casualties)
            {
                foreach (var (kind, count) in Casualties(text, sentence))
                {
                    switch (kind)
                    {
                        case "deaths": deaths = Max(deaths, count); break;
                        case "injured": injured = Max(injured, count); break;
                        default: missing = Max(missing, count); break;
                    }
                }
            }

            if (money && amount is null)
            {
                amount = Amounts(text, sentence).FirstOrDefault();
            }
        }

        return deaths is null && injured is null && missing is null && amount is null
            ? EventFigures.None
            : new EventFigures(deaths, injured, missing, amount);
    }

    /// <summary>Every casualty count in <paramref name="sentence"/>: the kind (deaths, injured, missing) and the count.</summary>
    public IEnumerable<(string Kind, long Count)> Casualties(string text, TextRange sentence)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            var (word, kind) = casualtyWords.FirstOrDefault(c => string.CompareOrdinal(text, i, c.Word, 0, c.Word.Length) == 0 && i + c.Word.Length <= sentence.End);
            if (word is null)
            {
                continue;
            }

            // 3人死亡, 3名矿工遇难, 3死5伤: a count before the word, with persons or nothing between.
            if (CountBefore(text, sentence.Start, i, bare: word.Length == 1) is { } before)
            {
                yield return (kind, before);
            }
            else if (word.Length > 1 && CountAfter(text, i + word.Length, sentence.End) is { } after)
            {
                // 死亡3人, 死亡人数升至32人.
                yield return (kind, after);
            }

            i += word.Length - 1;
        }
    }

    /// <summary>
    /// Every amount of money in <paramref name="sentence"/>, in order: a number, then a currency word; or, right after
    /// a word of money (<c>罚款</c>, <c>融资</c>), a number with 万 or 亿 and no currency printed (<c>被罚130万</c>).
    /// </summary>
    public IEnumerable<MoneyAmount> Amounts(string text, TextRange sentence)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (moneyVerbs.FirstOrDefault(v => string.CompareOrdinal(text, i, v, 0, v.Length) == 0) is { } verb
                && BareAmountAfter(text, i + verb.Length, sentence.End) is { } bare)
            {
                yield return bare;
                i = bare.Range.End - 1;
                continue;
            }

            var (word, code) = currencies.FirstOrDefault(c => string.CompareOrdinal(text, i, c.Word, 0, c.Word.Length) == 0 && i + c.Word.Length <= sentence.End);
            if (word is null)
            {
                continue;
            }

            var end = i;
            // 2亿多元, 50余万元: an approximation between the number and the currency is part of the amount as printed.
            var numberEnd = end > sentence.Start && text[end - 1] is '多' or '余' ? end - 1 : end;
            var start = NumeralStart(text, sentence.Start, numberEnd);
            var number = text.AsSpan(start, numberEnd - start).ToString().Replace("多", string.Empty, StringComparison.Ordinal).Replace("余", string.Empty, StringComparison.Ordinal);
            if (start < numberEnd && ChineseNumerals.TryParse(number, out var value) && value > 0)
            {
                var range = new TextRange(start, i + word.Length);
                yield return new MoneyAmount(text[range.Start..range.End], value, code, range);
            }

            i += word.Length - 1;
        }
    }

    /// <summary>
    /// <c>罚款50万</c>, <c>罚没91.04亿元</c>: a number with a large unit right after a word of money (a currency word after
    /// it is kept), so that a count or a year after the word is not read as money.
    /// </summary>
    private MoneyAmount? BareAmountAfter(string text, int from, int sentenceEnd)
    {
        var start = from;
        foreach (var skip in AmountLeads)
        {
            if (string.CompareOrdinal(text, start, skip, 0, skip.Length) == 0)
            {
                start += skip.Length;
                break;
            }
        }

        var end = start;
        while (end < sentenceEnd && ChineseNumerals.IsNumeralChar(text[end]))
        {
            end++;
        }

        if (end == start || !(text[end - 1] is '万' or '亿') || !ChineseNumerals.TryParse(text.AsSpan(start, end - start), out var value) || value <= 0)
        {
            return null;
        }

        var (word, code) = currencies.FirstOrDefault(c => string.CompareOrdinal(text, end, c.Word, 0, c.Word.Length) == 0 && end + c.Word.Length <= sentenceEnd);
        var rangeEnd = word is null ? end : end + word.Length;
        return new MoneyAmount(text[start..rangeEnd], value, code, new TextRange(start, rangeEnd));
    }

    private static readonly string[] AmountLeads = ["了", "达", "约", "共", "近", "超过", "逾"];

    private static long? CountBefore(string text, int sentenceStart, int at, bool bare)
    {
        var end = at;
        if (!bare)
        {
            // A classifier of persons before the word (3人死亡), with at most a four-character noun between (3名矿工遇难).
            end = -1;
            for (var k = 1; k <= 5 && at - k > sentenceStart; k++)
            {
                var j = at - k;
                var c = text[j];
                if (c is '人' or '名' or '位' or '例' && (ChineseNumerals.IsNumeralChar(text[j - 1]) || text[j - 1] is '多' or '余'))
                {
                    end = j;
                    break;
                }

                if (!HanScript.IsHan(c) || ChineseNumerals.IsNumeralChar(c))
                {
                    return null;
                }
            }

            if (end < 0)
            {
                return null;
            }
        }

        if (end > sentenceStart && text[end - 1] is '多' or '余')
        {
            end--;
        }

        var start = NumeralStart(text, sentenceStart, end);
        return start < end && ChineseNumerals.TryParse(text.AsSpan(start, end - start), out var value) && value is >= 1 and < 1e7
            ? (long)value
            : null;
    }

    private static long? CountAfter(string text, int from, int sentenceEnd)
    {
        var i = from;
        foreach (var w in CountWords)
        {
            if (string.CompareOrdinal(text, i, w, 0, w.Length) == 0)
            {
                i += w.Length;
                break;
            }
        }

        foreach (var v in CountVerbs)
        {
            if (string.CompareOrdinal(text, i, v, 0, v.Length) == 0)
            {
                i += v.Length;
                break;
            }
        }

        var end = i;
        while (end < sentenceEnd && ChineseNumerals.IsNumeralChar(text[end]))
        {
            end++;
        }

        var number = end;
        if (end < sentenceEnd && text[end] is '多' or '余')
        {
            end++;
        }

        // The count names persons: 死亡3人, 受伤12名; a bare number after the word is another figure (死亡率3).
        return number > i && end < sentenceEnd && text[end] is '人' or '名' or '位' or '例'
            && ChineseNumerals.TryParse(text.AsSpan(i, number - i), out var value) && value is >= 1 and < 1e7
            ? (long)value
            : null;
    }

    /// <summary>Where the run of numeral characters ending at <paramref name="end"/> starts (a decimal point inside it only).</summary>
    private static int NumeralStart(string text, int floor, int end)
    {
        var start = end;
        while (start > floor && (ChineseNumerals.IsNumeralChar(text[start - 1]) || (text[start - 1] == ',' && start - 1 > floor && char.IsAsciiDigit(text[start - 2]))))
        {
            start--;
        }

        // A number does not start with its decimal point or a thousands separator.
        while (start < end && text[start] is '.' or '．' or ',')
        {
            start++;
        }

        return start;
    }

    private static long Max(long? a, long b) => a is { } x && x > b ? x : b;
}
