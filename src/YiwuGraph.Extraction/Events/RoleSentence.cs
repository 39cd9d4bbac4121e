using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Events;

/// <summary>An argument of a training event: its span in the sentence and its graph role (<c>place</c>, <c>victim</c>, …).</summary>
public readonly record struct RoleArgument(int Start, int End, string Role);

/// <summary>
/// One event of a training sentence: its trigger, fine type, the arguments the role labeller learns
/// (<see cref="Arguments"/>) and the spans it neither learns nor is taught against (<see cref="Ignored"/>: times,
/// counts, amounts and things, which the graph writes otherwise, and roles a corpus annotates without a graph role).
/// </summary>
public sealed record RoleEvent(int TriggerStart, int TriggerEnd, string FineType, IReadOnlyList<RoleArgument> Arguments, IReadOnlyList<TextRange> Ignored);

/// <summary>A sentence to train the role labeller on: its text and its events (offsets in the sentence).</summary>
public sealed record RoleSentence(string Text, IReadOnlyList<RoleEvent> Events);

/// <summary>Turns annotated documents into role sentences, cut the way the labeller reads articles (<see cref="TextSpans.Sentences"/>).</summary>
public static class RoleSentences
{
    /// <summary>The graph roles a candidate entity can take in the graph: a place (<c>HELD_AT</c>) or a participant.</summary>
    public static bool IsEntityRole(string? role) => role is not null and not ("time" or "count" or "amount" or "thing");

    /// <summary>
    /// DuEE documents: every typed event with its arguments, DuEE roles mapped to graph roles by
    /// <paramref name="schema"/>; arguments of other graph roles (time, count, amount, thing) are ignored spans.
    /// </summary>
    public static List<RoleSentence> FromDuee(IEnumerable<EventGoldDocument> documents, EventTypeSchema schema)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(schema);
        var result = new List<RoleSentence>();
        foreach (var document in documents)
        {
            Cut(document.Text, document.Events.Where(e => e.FineType is not null).Select(e => (e, e.FineType!)), a => schema.RoleOf(a.Role), result);
        }

        return result;
    }

    /// <summary>
    /// CEC documents: events whose trigger is typed as <see cref="TriggerSentences.FromCec"/> types it, with their
    /// locations as <c>place</c>; CEC's participants and objects, which do not follow DuEE's roles, are ignored spans.
    /// </summary>
    public static List<RoleSentence> FromCec(IEnumerable<EventGoldDocument> documents, IReadOnlyDictionary<string, string> knownTriggers)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(knownTriggers);
        var result = new List<RoleSentence>();
        foreach (var document in documents)
        {
            var incident = EventTypeSchema.CecIncidentType(document.Category);
            var typed = new List<(GoldEvent, string)>();
            foreach (var e in document.Events)
            {
                var type = e.TriggerClass == CecReader.EmergencyClass && incident is not null ? incident : knownTriggers.GetValueOrDefault(e.TriggerText);
                if (type is not null)
                {
                    typed.Add((e, type));
                }
            }

            Cut(document.Text, typed, a => a.Kind == GoldArgumentKind.Place ? "place" : null, result);
        }

        return result;
    }

    private static void Cut(string text, IEnumerable<(GoldEvent Event, string Type)> events, Func<GoldArgument, string?> roleOf, List<RoleSentence> output)
    {
        var all = events.ToList();
        foreach (var sentence in TextSpans.TrainingSentences(text))
        {
            var inSentence = new List<RoleEvent>();
            foreach (var (e, type) in all)
            {
                if (!sentence.Contains(e.Trigger) || e.Trigger.Length == 0)
                {
                    continue;
                }

                var arguments = new List<RoleArgument>();
                var ignored = new List<TextRange>();
                foreach (var a in e.Arguments)
                {
                    var range = Trim(text, a.Range);
                    if (range.Length == 0 || !sentence.Contains(range) || range.Overlaps(e.Trigger))
                    {
                        continue;
                    }

                    var local = new TextRange(range.Start - sentence.Start, range.End - sentence.Start);
                    var role = roleOf(a);
                    if (IsEntityRole(role) && !arguments.Any(x => x.Start < local.End && local.Start < x.End))
                    {
                        arguments.Add(new RoleArgument(local.Start, local.End, role!));
                    }
                    else
                    {
                        ignored.Add(local);
                    }
                }

                inSentence.Add(new RoleEvent(e.Trigger.Start - sentence.Start, e.Trigger.End - sentence.Start, type, arguments, ignored));
            }

            if (inSentence.Count > 0)
            {
                output.Add(new RoleSentence(text[sentence.Start..sentence.End], inSentence));
            }
        }
    }

    /// <summary>The range without white space at either end.</summary>
    private static TextRange Trim(string text, TextRange range)
    {
        int start = range.Start, end = Math.Min(range.End, text.Length);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextRange(start, end);
    }
}
