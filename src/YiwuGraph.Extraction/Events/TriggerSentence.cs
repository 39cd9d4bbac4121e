using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Events;

/// <summary>A trigger in a training sentence: its span and fine type (<c>灾害/意外-车祸</c>).</summary>
public readonly record struct TriggerSpan(int Start, int End, string FineType);

/// <summary>One sentence to train or score the trigger labeller on: its text and its triggers (offsets in the sentence).</summary>
public sealed record TriggerSentence(string Text, IReadOnlyList<TriggerSpan> Triggers);

/// <summary>
/// Turns annotated documents into trigger sentences, cut the way the labeller reads articles
/// (<see cref="TextSpans.Sentences"/>), so training and tagging see the same units.
/// </summary>
public static class TriggerSentences
{
    /// <summary>
    /// DuEE documents: every event's trigger with its fine type. Triggers of the same span (one word, two events)
    /// keep the first event's type; overlapping ones keep the first.
    /// </summary>
    public static List<TriggerSentence> FromDuee(IEnumerable<EventGoldDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var result = new List<TriggerSentence>();
        foreach (var document in documents)
        {
            Cut(document.Text, document.Events.Where(e => e.FineType is not null).Select(e => (e.Trigger, e.FineType!)), result);
        }

        return result;
    }

    /// <summary>
    /// CEC documents: an incident trigger (<c>emergency</c>) gets the fine type of its document's category
    /// (<see cref="EventTypeSchema.CecIncidentType"/>); any other annotated trigger gets the type
    /// <paramref name="knownTriggers"/> gives its text (DuEE's most common type for that word: <c>死亡</c> → 人生-死亡)
    /// and is no trigger otherwise. Further mentions of a document's incident words are incident triggers too. CEC annotates every happening (<c>说</c>, <c>赶到</c>), most of which are no news
    /// event in this schema; their characters are read as outside any trigger.
    /// </summary>
    public static List<TriggerSentence> FromCec(IEnumerable<EventGoldDocument> documents, IReadOnlyDictionary<string, string> knownTriggers)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(knownTriggers);
        var result = new List<TriggerSentence>();
        foreach (var document in documents)
        {
            var incident = EventTypeSchema.CecIncidentType(document.Category);
            var triggers = new List<(TextRange Range, string Type)>();
            foreach (var e in document.Events)
            {
                var type = e.TriggerClass == CecReader.EmergencyClass && incident is not null ? incident : knownTriggers.GetValueOrDefault(e.TriggerText);
                if (type is not null)
                {
                    triggers.Add((e.Trigger, type));
                }
            }

            // CEC marks an incident word as a trigger at some of its mentions only (火灾 … 这场火灾); the others are
            // the same incident, so they are triggers too rather than examples of a word that is none.
            var incidentWords = document.Events.Where(e => e.TriggerClass == CecReader.EmergencyClass && incident is not null && e.TriggerText.Length >= 2)
                .Select(e => e.TriggerText).Distinct(StringComparer.Ordinal).ToList();
            var annotated = document.Events.Select(e => e.Trigger).ToList();
            foreach (var word in incidentWords)
            {
                for (var at = document.Text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = document.Text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
                {
                    var range = new TextRange(at, at + word.Length);
                    if (!annotated.Any(a => a.Overlaps(range)) && !triggers.Any(t => t.Range.Overlaps(range)))
                    {
                        triggers.Add((range, incident!));
                    }
                }
            }

            Cut(document.Text, triggers, result);
        }

        return result;
    }

    /// <summary>
    /// Trigger words of DuEE documents and the type each is most often (ties: ordinal first), for words seen at
    /// least <paramref name="minCount"/> times with that type in at least half their uses.
    /// </summary>
    public static Dictionary<string, string> KnownTriggers(IEnumerable<EventGoldDocument> documents, int minCount = 3)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var e in documents.SelectMany(d => d.Events).Where(e => e.FineType is not null))
        {
            if (!counts.TryGetValue(e.TriggerText, out var byType))
            {
                byType = new Dictionary<string, int>(StringComparer.Ordinal);
                counts.Add(e.TriggerText, byType);
            }

            byType[e.FineType!] = byType.GetValueOrDefault(e.FineType!) + 1;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, byType) in counts)
        {
            var best = byType.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First();
            if (best.Value >= minCount && best.Value * 2 >= byType.Values.Sum())
            {
                result.Add(word, best.Key);
            }
        }

        return result;
    }

    private static void Cut(string text, IEnumerable<(TextRange Range, string Type)> triggers, List<TriggerSentence> output)
    {
        var all = triggers.OrderBy(t => t.Range.Start).ThenByDescending(t => t.Range.Length).ToList();
        foreach (var sentence in TextSpans.TrainingSentences(text))
        {
            var spans = new List<TriggerSpan>();
            foreach (var (range, type) in all)
            {
                if (!sentence.Contains(range) || range.Length == 0 || spans.Any(s => s.Start < range.End - sentence.Start && range.Start - sentence.Start < s.End))
                {
                    continue;
                }

                spans.Add(new TriggerSpan(range.Start - sentence.Start, range.End - sentence.Start, type));
            }

            output.Add(new TriggerSentence(text[sentence.Start..sentence.End], spans));
        }
    }
}
