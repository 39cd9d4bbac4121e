using System.Globalization;
using System.Text;
using System.Text.Json;
using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner;

/// <summary>
/// Scores recognised mentions against a seed-gold page, entity by entity: a gold entity is found when any
/// predicted surface form of its type equals its name or one of its aliases as printed (expanded aliases are
/// not printed forms and do not count). A distinct predicted form is correct when it names a gold entity of
/// its type; forms naming an <c>uncertain</c> entity count neither way.
/// </summary>
internal static class SeedScorer
{
    public sealed record TypeScore(int Gold, int Found, int Predicted, int Correct, List<string> Missed, List<string> Spurious)
    {
        public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

        public double Recall => Gold == 0 ? 0 : (double)Found / Gold;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    /// <summary>The page text with the layout's blank-line breaks inside paragraphs removed (市\n\n长 → 市长).</summary>
    public static string JoinLayoutBreaks(string raw)
    {
        var lines = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).ToList();
        var sb = new StringBuilder();
        var paragraph = new StringBuilder();
        var headingOpen = false;
        foreach (var rawLine in lines)
        {
            var line = rawLine.TrimStart('#', ' ');
            if (line.Length == 0)
            {
                continue;
            }

            var isHeading = rawLine.StartsWith('#') || line.StartsWith('■');
            var previous = paragraph.Length == 0 ? '\0' : paragraph[^1];
            var continues = paragraph.Length > 0 && !isHeading && "。！？”：；」）)…".IndexOf(previous, StringComparison.Ordinal) < 0
                && !headingOpen && paragraph.Length > 25 && !line.StartsWith("全媒体记者", StringComparison.Ordinal);
            if (!continues && paragraph.Length > 0)
            {
                sb.Append(paragraph).Append('\n');
                paragraph.Clear();
            }

            paragraph.Append(line);
            headingOpen = isHeading;
        }

        sb.Append(paragraph).Append('\n');
        return sb.ToString();
    }

    public static Dictionary<MentionType, TypeScore> Score(string goldJsonPath, string text, IReadOnlyList<Mention> mentions)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(goldJsonPath));
        var root = doc.RootElement;
        var result = new Dictionary<MentionType, TypeScore>();
        foreach (var (type, key) in new[] { (MentionType.Person, "persons"), (MentionType.Organization, "organizations"), (MentionType.Place, "places") })
        {
            var certain = new List<HashSet<string>>();
            var uncertainForms = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entity in root.GetProperty(key).EnumerateArray())
            {
                var forms = new HashSet<string>(StringComparer.Ordinal) { entity.GetProperty("name").GetString()! };
                var expanded = entity.TryGetProperty("expanded_aliases", out var ex) ? ex.EnumerateArray().Select(e => e.GetString()!).ToHashSet() : [];
                if (entity.TryGetProperty("aliases", out var aliases))
                {
                    foreach (var alias in aliases.EnumerateArray())
                    {
                        if (!expanded.Contains(alias.GetString()!))
                        {
                            forms.Add(alias.GetString()!);
                        }
                    }
                }

                if (entity.TryGetProperty("uncertain", out var u) && u.GetBoolean())
                {
                    uncertainForms.UnionWith(forms);
                }
                else
                {
                    certain.Add(forms);
                }
            }

            var predicted = mentions.Where(m => m.Type == type).Select(m => text.Substring(m.Range.Start, m.Range.Length)).ToHashSet(StringComparer.Ordinal);
            var goldForms = certain.SelectMany(f => f).ToHashSet(StringComparer.Ordinal);
            var found = certain.Count(forms => forms.Overlaps(predicted));
            var counted = predicted.Where(p => goldForms.Contains(p) || !uncertainForms.Contains(p)).ToList();
            var correct = counted.Count(goldForms.Contains);
            var missed = certain.Where(forms => !forms.Overlaps(predicted)).Select(forms => forms.First()).ToList();
            var spurious = counted.Where(p => !goldForms.Contains(p)).Order(StringComparer.Ordinal).ToList();
            result[type] = new TypeScore(certain.Count, found, counted.Count, correct, missed, spurious);
        }

        return result;
    }

    public static string Format(Dictionary<MentionType, TypeScore> scores)
    {
        var sb = new StringBuilder();
        foreach (var (type, s) in scores)
        {
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{type,-13} P {s.Precision:F3} R {s.Recall:F3} F1 {s.F1:F3}  (gold {s.Gold}, found {s.Found}, predicted {s.Predicted}, correct {s.Correct})"));
            sb.AppendLine("  missed:   " + string.Join(" ", s.Missed));
            sb.AppendLine("  spurious: " + string.Join(" ", s.Spurious));
        }

        return sb.ToString();
    }
}
