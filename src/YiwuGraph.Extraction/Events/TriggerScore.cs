using System.Globalization;

namespace YiwuGraph.Extraction.Events;

/// <summary>
/// Mention-level scores of the trigger labeller on annotated sentences: a trigger is right when its span equals a
/// gold one (<see cref="Spans"/>), and typed right when its fine type is the gold one too (<see cref="Typed"/>).
/// </summary>
public sealed record TriggerScore(int Gold, int Predicted, int SpansRight, int TypedRight)
{
    public double Precision => Predicted == 0 ? 0 : (double)SpansRight / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)SpansRight / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>F1 counting a trigger right only with its fine type right.</summary>
    public double TypedF1 => Gold + Predicted == 0 ? 0 : 2.0 * TypedRight / (Gold + Predicted);

    public static TriggerScore Of(EventTriggerLabeller labeller, IEnumerable<TriggerSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(labeller);
        ArgumentNullException.ThrowIfNull(sentences);
        int gold = 0, predicted = 0, spans = 0, typed = 0;
        foreach (var sentence in sentences)
        {
            var found = labeller.Find(sentence.Text);
            gold += sentence.Triggers.Count;
            predicted += found.Count;
            foreach (var f in found)
            {
                var match = sentence.Triggers.FirstOrDefault(t => t.Start == f.Range.Start && t.End == f.Range.End);
                if (match.FineType is not null)
                {
                    spans++;
                    typed += match.FineType == f.FineType ? 1 : 0;
                }
            }
        }

        return new TriggerScore(gold, predicted, spans, typed);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"gold {Gold}, predicted {Predicted}, spans right {SpansRight} (P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000}), typed right {TypedRight} (F1 {TypedF1:0.000})");
}
