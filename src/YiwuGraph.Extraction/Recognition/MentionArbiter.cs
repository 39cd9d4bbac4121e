using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// Decides between the trained recognizer's mentions and the rules' mentions of one text, with an explicit
/// precedence (the pattern spaCy's entity ruler follows beside its statistical recognizer):
/// <list type="number">
/// <item><b>Agreement</b>: the same span and kind from both is kept once, surer than either
/// (1 − (1 − a)(1 − b)), with the rule's fine type when it has one.</item>
/// <item><b>Home references</b> (<c>我市</c>, <c>本市</c>): the rule's, since only the rules know the paper's home.</item>
/// <item><b>Rules that decompose or trim</b>: when every recognizer mention a rule mention overlaps lies inside
/// the rules' mentions (<c>霍尔果斯|综保区</c> read whole, <c>杭温城际铁路|义乌高铁站</c> read as two), or the
/// recognizer's organisation runs left over a word that never stands inside a name, the rules' reading wins:
/// they encode what the recognizer was never taught (zones, lines, short forms such as <c>义乌公安</c>).</item>
/// <item><b>Conflicts</b> (overlapping spans that differ): the recognizer's, which was trained on news of every
/// kind, where the rules were written while reading a few pages; measured on the dev corpora
/// (README, <c>eval-entities</c>).</item>
/// <item><b>Gaps</b>: a rule mention that overlaps no recognizer mention is kept: the rules cover what the
/// recognizer misses (names after titles it did not learn, venues, zones).</item>
/// </list>
/// The result is sorted by start and never overlaps.
/// </summary>
public sealed class MentionArbiter : IMentionSource
{
    private readonly IMentionSource recognizer;
    private readonly IMentionSource rules;

    public MentionArbiter(IMentionSource recognizer, IMentionSource rules)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(rules);
        this.recognizer = recognizer;
        this.rules = rules;
    }

    public IReadOnlyList<FactMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Decide(text, recognizer.Find(text), rules.Find(text));
    }

    /// <summary>The arbiter's decision over two non-overlapping mention lists (each sorted by start).</summary>
    public static IReadOnlyList<FactMention> Decide(string text, IReadOnlyList<FactMention> model, IReadOnlyList<FactMention> rules)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(rules);
        var kept = new List<FactMention>(model.Count + rules.Count);
        var modelKept = new bool[model.Count];
        Array.Fill(modelKept, true);
        var ruleOnly = new List<FactMention>();
        var coveredByRules = new bool[model.Concat(rules).Select(m => m.Range.End).DefaultIfEmpty(0).Max()];
        foreach (var rule in rules)
        {
            coveredByRules.AsSpan(rule.Range.Start, rule.Range.Length).Fill(true);
        }

        foreach (var rule in rules)
        {
            var overlapping = Overlapping(model, rule);
            if (overlapping.Count == 0)
            {
                ruleOnly.Add(rule);
                continue;
            }

            if (overlapping.Count == 1 && model[overlapping[0]].Range == rule.Range && model[overlapping[0]].Kind == rule.Kind)
            {
                var m = model[overlapping[0]];
                modelKept[overlapping[0]] = false;
                kept.Add(rule with { Confidence = 1 - ((1 - m.Confidence) * (1 - rule.Confidence)), FineType = rule.FineType ?? m.FineType });
                continue;
            }

            if (rule.FineType == "home"
                || overlapping.TrueForAll(i => !coveredByRules.AsSpan(model[i].Range.Start, model[i].Range.Length).Contains(false))
                || (overlapping.Count == 1 && GluesAClause(text, model[overlapping[0]], rule)))
            {
                foreach (var i in overlapping)
                {
                    modelKept[i] = false;
                }

                kept.Add(rule);
            }
        }

        for (var i = 0; i < model.Count; i++)
        {
            if (modelKept[i])
            {
                kept.Add(model[i]);
            }
        }

        kept.AddRange(ruleOnly);
        kept.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return kept;
    }

    /// <summary>
    /// The recognizer's organisation runs on to the left of the rule's over a word that never stands inside a name
    /// (<c>院士参观|浙江大学</c>, <c>委托|河北邢台防爆动力研究所</c>): the rule's name is the organisation.
    /// </summary>
    private static bool GluesAClause(string text, FactMention model, FactMention rule)
    {
        if (model.Kind != EntityKind.Organization || rule.Kind != EntityKind.Organization
            || rule.Range.End != model.Range.End || rule.Range.Start <= model.Range.Start)
        {
            return false;
        }

        var before = text.AsSpan(model.Range.Start, rule.Range.Start - model.Range.Start);
        foreach (var word in NamePatterns.NameBreakers)
        {
            if (before.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static List<int> Overlapping(IReadOnlyList<FactMention> sorted, FactMention mention)
    {
        var result = new List<int>();
        for (var i = 0; i < sorted.Count && sorted[i].Range.Start < mention.Range.End; i++)
        {
            if (sorted[i].Range.End > mention.Range.Start)
            {
                result.Add(i);
            }
        }

        return result;
    }
}
