using System.Globalization;
using System.Text;

namespace YiwuGraph.Extraction.Ner;

/// <summary>Precision, recall and F1 for one entity kind or overall.</summary>
public readonly record struct NerScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>CoNLL-style exact span match: an entity counts only if start, end and kind all agree.</summary>
public sealed class NerEvaluator
{
    private readonly int[] gold = new int[3];
    private readonly int[] predicted = new int[3];
    private readonly int[] correct = new int[3];

    public void Add(IReadOnlyList<NerSpan> goldSpans, IReadOnlyList<NerSpan> predictedSpans)
    {
        ArgumentNullException.ThrowIfNull(goldSpans);
        ArgumentNullException.ThrowIfNull(predictedSpans);
        var goldSet = new HashSet<NerSpan>(goldSpans);
        foreach (var span in goldSpans)
        {
            gold[(int)span.Kind]++;
        }

        foreach (var span in predictedSpans)
        {
            predicted[(int)span.Kind]++;
            if (goldSet.Contains(span))
            {
                correct[(int)span.Kind]++;
            }
        }
    }

    public NerScore For(NerEntityKind kind) => new(gold[(int)kind], predicted[(int)kind], correct[(int)kind]);

    public NerScore Overall => new(gold.Sum(), predicted.Sum(), correct.Sum());

    /// <summary>A fixed-width table: one row per kind and one overall row, figures in percent.</summary>
    public string FormatTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine("type      gold  pred  correct  precision  recall     F1");
        foreach (var kind in Enum.GetValues<NerEntityKind>())
        {
            AppendRow(sb, NerTagSet.KindCode(kind), For(kind));
        }

        AppendRow(sb, "overall", Overall);
        return sb.ToString();
    }

    private static void AppendRow(StringBuilder sb, string name, NerScore score) =>
        sb.AppendLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-8}{score.Gold,6}{score.Predicted,6}{score.Correct,9}{score.Precision * 100,11:F2}{score.Recall * 100,8:F2}{score.F1 * 100,7:F2}"));
}
