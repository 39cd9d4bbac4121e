using System.Globalization;
using System.Text;
using System.Text.Json;
using YiwuGraph.Core;

namespace YiwuGraph.Extraction.Events;

/// <summary>
/// Reads DuEE 1.0 JSON lines (<c>{"text", "id", "event_list": [{"event_type", "trigger", "trigger_start_index",
/// "arguments": [{"role", "argument", "argument_start_index"}]}]}</c>). DuEE offsets count code points; they are
/// turned into UTF-16 offsets here, and every trigger and argument is checked against the text. A line that does
/// not parse or does not match its text names the file and the line.
/// </summary>
public static class DueeReader
{
    /// <summary>
    /// Every how-many-th line of DuEE train is held out as the project's dev part (never trained on): lines 8, 16, 24 …
    /// (1-based), 1,485 of 11,886. The file is ordered by event type, so a block at its end would hold only a few
    /// types; every eighth line holds them all in proportion.
    /// </summary>
    public const int DevEvery = 8;

    public static List<EventGoldDocument> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputFileException(path, "file not found");
        }

        var result = new List<EventGoldDocument>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            result.Add(ParseLine(line, path, lineNumber));
        }

        return result;
    }

    /// <summary>
    /// The deterministic split of DuEE train used by <c>train-events</c> and <c>eval-events</c>: every
    /// <paramref name="every"/>-th document (1-based) is the dev part, the rest train; 0 puts every document in train.
    /// </summary>
    public static (List<EventGoldDocument> Train, List<EventGoldDocument> Dev) Split(IReadOnlyList<EventGoldDocument> documents, int every = DevEvery)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfNegative(every);
        bool IsDev(int index) => every > 0 && (index + 1) % every == 0;
        return (documents.Where((_, i) => !IsDev(i)).ToList(), documents.Where((_, i) => IsDev(i)).ToList());
    }

    /// <summary>
    /// What a DuEE role is to the evaluation, from <c>Lexicons/event-roles.tsv</c>: time, place, a participant (a
    /// role the graph writes as <c>PARTICIPATED_IN</c>), or other (counts, amounts and things such as a product).
    /// </summary>
    public static GoldArgumentKind KindOfRole(string role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return EventTypeSchema.Default.RoleOf(role) switch
        {
            "time" => GoldArgumentKind.Time,
            "place" => GoldArgumentKind.Place,
            "count" or "amount" or "thing" or null => GoldArgumentKind.Other,
            _ => GoldArgumentKind.Participant,
        };
    }

    private static EventGoldDocument ParseLine(string line, string path, int lineNumber)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString() ?? throw new InputFileException(path, "text is null", lineNumber);
            var id = root.TryGetProperty("id", out var idElement) ? idElement.GetString() ?? string.Empty : string.Empty;
            var offsets = CodePoints.Utf16Offsets(text);
            var events = new List<GoldEvent>();
            foreach (var e in root.GetProperty("event_list").EnumerateArray())
            {
                var type = e.GetProperty("event_type").GetString() ?? throw new InputFileException(path, "event_type is null", lineNumber);
                var trigger = e.GetProperty("trigger").GetString() ?? string.Empty;
                var triggerRange = Span(text, offsets, e.GetProperty("trigger_start_index").GetInt32(), trigger, path, lineNumber);
                var arguments = new List<GoldArgument>();
                foreach (var a in e.GetProperty("arguments").EnumerateArray())
                {
                    var role = a.GetProperty("role").GetString() ?? string.Empty;
                    var value = a.GetProperty("argument").GetString() ?? string.Empty;
                    var range = Span(text, offsets, a.GetProperty("argument_start_index").GetInt32(), value, path, lineNumber);
                    arguments.Add(new GoldArgument(role, KindOfRole(role), range, value));
                }

                events.Add(new GoldEvent(triggerRange, trigger, type, null, arguments));
            }

            return new EventGoldDocument(id.Length > 0 ? id : lineNumber.ToString(CultureInfo.InvariantCulture), text, null, events);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InputFileException(path, "not a DuEE line: " + ex.Message, lineNumber);
        }
    }


    private static TextRange Span(string text, int[] offsets, int codePointStart, string value, string path, int lineNumber)
    {
        var codePoints = value.EnumerateRunes().Count();
        if (codePointStart < 0 || codePointStart + codePoints >= offsets.Length)
        {
            throw new InputFileException(path, $"offset {codePointStart} of '{value}' is outside the text", lineNumber);
        }

        var range = new TextRange(offsets[codePointStart], offsets[codePointStart + codePoints]);
        if (!text.AsSpan(range.Start, range.Length).SequenceEqual(value))
        {
            throw new InputFileException(path, $"'{value}' is not at offset {codePointStart} of the text", lineNumber);
        }

        return range;
    }
}
