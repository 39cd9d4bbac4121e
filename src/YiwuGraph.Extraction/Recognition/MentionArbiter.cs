using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// Decides between the trained recognizer's mentions and the rules' mentions of one text, with an explicit
/// precedence (the pattern spaCy's entity ruler follows beside its statistical recognizer):
/// <list type="number">
/// <item><b>Clauses</b>: a rule mention that runs over a clause word (stop-words.tsv, <c>clause-word</c>:
/// <c>叶辉|辞去|公司</c>, <c>利物浦|坐镇</c>) is refused wherever it lies; the recognizer's mentions around it stand.</item>
/// <item><b>Agreement</b>: the same span and kind from both is kept once, surer than either
/// (1 − (1 − a)(1 − b)), with the rule's fine type when it has one.</item>
/// <item><b>Home references</b> (<c>我市</c>, <c>本市</c>): the rule's, since only the rules know the paper's home.</item>
/// <item><b>Rules that decompose or trim</b>: when every recognizer mention a rule mention overlaps lies inside
/// the rules' mentions (<c>霍尔果斯|综保区</c> read whole, <c>杭温城际铁路|义乌高铁站</c> read as two), or the
/// recognizer's organisation runs left over a word that never stands inside a name, the rules' reading wins:
/// they encode what the recognizer was never taught (zones, lines, short forms such as <c>义乌公安</c>). Not when
/// the rule's organisation or place holds a recognizer mention and runs on to its left (<c>本报讯中共安徽省委</c>
/// over <c>中共安徽省委</c>): there the recognizer's stands (MSRA dev pages LOC +0.014, ORG +0.022; CLUENER dev
/// LOC −0.005, ORG +0.011). The cost: a name whose start only the rules read (<c>继峰座椅|义乌工厂</c>) keeps the
/// recognizer's shorter reading.</item>
/// <item><b>Branches</b>: a recognizer organisation that rule organisations side by side cover exactly
/// (<c>建行|上海市分行</c>: a listed short form and jieba's <c>nt</c> word for the branch) stands: the branch is named by
/// the whole (MSRA dev pages ORG 0.792 → 0.794, CLUENER dev and the seed pages unchanged).</item>
/// <item><b>Conflicts</b> (overlapping spans that differ): the recognizer's, which was trained on news of every
/// kind, where the rules were written while reading a few pages; measured on the dev corpora
/// (README, <c>eval-entities</c>).</item>
/// <item><b>Gaps</b>: a rule mention that overlaps no recognizer mention is kept only when the rule gives it a
/// fine type (home references, zones, towns, venues, world places, companies) or reads it as a short form of a
/// name printed in the same article (confidence ≤ <see cref="ShortFormConfidence"/>). The recognizer here is the
/// news layer, which already runs its own title, suffix and gazetteer rules beside the tagger; the plain pattern
/// hits it adds beyond them were four times in five wrong on the dev corpora (<c>一些村</c>, <c>县政府</c>,
/// <c>应该</c>): MSRA dev pages PER +0.006, LOC +0.023, ORG +0.020, CLUENER dev unchanged or up to +0.004, seed
/// pages unchanged. Dropping every gap mention was measured too (a further LOC +0.002, ORG +0.006 on MSRA) and
/// not kept: it loses the short forms, towns and zones the rules read from evidence. A word read only because
/// jieba's dictionary tags it <c>nt</c> has a confidence above the short forms'
/// (<see cref="Facts.OrganizationPatterns.DictionaryOnlyConfidence"/>), so it is not kept alone either
/// (<c>大操大办</c>, <c>监外执行</c>: MSRA dev pages ORG 0.763 → 0.771, CLUENER dev and the seed pages unchanged).</item>
/// </list>
/// The result is sorted by start and never overlaps.
/// </summary>
public static class MentionArbiter
{
    /// <summary>The highest confidence the rules give a short form they read from a name of the same article.</summary>
    public const double ShortFormConfidence = 0.7;

    /// <summary>The arbiter's decision over two non-overlapping mention lists (each sorted by start), with the embedded name breakers.</summary>
    public static IReadOnlyList<FactMention> Decide(string text, IReadOnlyList<FactMention> model, IReadOnlyList<FactMention> rules) =>
        Decide(text, model, rules, RuleLexicons.Default.Names);

    /// <summary>
    /// The arbiter's decision over two non-overlapping mention lists (each sorted by start); a model span that holds
    /// one of <paramref name="names"/>' name breakers before a rule's name glues a clause to it.
    /// </summary>
    public static IReadOnlyList<FactMention> Decide(string text, IReadOnlyList<FactMention> model, IReadOnlyList<FactMention> rules, NameLexicon names)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(names);
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
            if (HoldsAClauseWord(text, rule, names.ClauseWords))
            {
                continue;
            }

            var overlapping = Overlapping(model, rule);
            if (overlapping.Count == 0)
            {
                if (KeptInAGap(rule))
                {
                    ruleOnly.Add(rule);
                }

                continue;
            }

            if (overlapping.Count == 1 && model[overlapping[0]].Range == rule.Range && model[overlapping[0]].Kind == rule.Kind)
            {
                var m = model[overlapping[0]];
                modelKept[overlapping[0]] = false;
                kept.Add(rule with { Confidence = 1 - ((1 - m.Confidence) * (1 - rule.Confidence)), FineType = rule.FineType ?? m.FineType });
                continue;
            }

            if (OpensWithARecognizerPerson(rule, model, overlapping) || HoldsARecognizerBody(rule, model, overlapping))
            {
                continue;
            }

            if (overlapping.Count == 1 && model[overlapping[0]].Kind == EntityKind.Organization && rule.Kind == EntityKind.Organization
                && SplitsIntoOrganizations(model[overlapping[0]], rules))
            {
                continue;
            }

            if (rule.FineType == "home"
                || (overlapping.TrueForAll(i => !coveredByRules.AsSpan(model[i].Range.Start, model[i].Range.Length).Contains(false))
                    && !overlapping.Exists(i => ExtendsLeft(text, rule, model[i], names.CompanySenses)))
                || (overlapping.Count == 1 && GluesAClause(text, model[overlapping[0]], rule, names.NameBreakers)))
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
                kept.Add(Listed(text, model[i], names));
            }
        }

        kept.AddRange(ruleOnly);
        kept.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return kept;
    }

    /// <summary>
    /// A recognizer place or person that is exactly a name organization-short-forms.tsv lists (<c>家乐福</c>, <c>央行</c>)
    /// is that organisation: the list holds only names that stand for one body everywhere, and the recognizer reads some
    /// brands as places (<c>家乐福|中国区总裁</c>, where a place pattern read <c>家乐福中国区</c> and so hid the listed
    /// name from the rules' reading), which split one company into a place node and an organisation node.
    /// </summary>
    private static FactMention Listed(string text, FactMention model, NameLexicon names) =>
        model.Kind != EntityKind.Organization && names.TryGetOrganizationShortForm(text.AsSpan(model.Range.Start, model.Range.Length), out var form)
            ? model with { Kind = EntityKind.Organization, FineType = form.Type }
            : model;

    /// <summary>
    /// A rule mention beside no recognizer mention is kept when the rule says what it is (home references, zones,
    /// towns, venues, world places, companies: a fine type) or gives it no more than the confidence of the short
    /// forms it reads from a name of the same article (<c>领克工厂</c>, <c>义乌公安</c>; a few weak pattern hits
    /// share that level); the plain pattern hits, which the rules are surer of, are dropped.
    /// </summary>
    private static bool KeptInAGap(FactMention rule) => rule.FineType is not null || rule.Confidence <= ShortFormConfidence;

    /// <summary>
    /// The rule's place begins with a person the recognizer read and runs on past it (<c>陈凯|回乡</c> read as a place
    /// by its ending 乡): a place that opens with a person's name is a clause about that person, and the person
    /// stands. MSRA dev pages LOC +0.001, CLUENER dev and the seed pages unchanged. Not for organisations: there it
    /// cost the held-out seed page 002 the company of <c>洛克兄弟创始人、董事长张新刚</c> (the recognizer reads 洛克 as
    /// a person) and changed no dev score; clauses read as companies (<c>李卓奇|兼任了</c>) are the company
    /// patterns' to refuse.
    /// </summary>
    private static bool OpensWithARecognizerPerson(FactMention rule, IReadOnlyList<FactMention> model, List<int> overlapping) =>
        rule.Kind == EntityKind.Place && overlapping.Exists(i => model[i].Kind == EntityKind.Person
            && model[i].Range.Start == rule.Range.Start && model[i].Range.End < rule.Range.End);

    /// <summary>
    /// The rule's person holds an organisation or place the recognizer read (<c>以及|克莱斯勒汽车公司|总裁李·艾科卡</c>):
    /// a title anchored the rule's name too far to the left, over the body the person serves, and the recognizer's
    /// mentions stand. So does its reading of a name the rules took for a person (石家庄, 白宫, 国家队). A one-character
    /// short form is no body (<c>韩</c> in <c>教师韩某</c>, which the recognizer reads as Korea).
    /// </summary>
    private static bool HoldsARecognizerBody(FactMention rule, IReadOnlyList<FactMention> model, List<int> overlapping) =>
        rule.Kind == EntityKind.Person && overlapping.Exists(i => model[i].Kind != EntityKind.Person && model[i].Range.Length >= 2
            && rule.Range.Start <= model[i].Range.Start && model[i].Range.End <= rule.Range.End);

    /// <summary>
    /// The rule's organisation or place holds the recognizer's mention whole and runs on to its left
    /// (<c>本报讯|中共安徽省委</c>, <c>经|国务院办公厅</c>): the words a pattern takes in before a name are more often a
    /// clause than part of it. Persons are exempt: a title anchors the rule's name at its start
    /// (<c>州长吾肉孜阿力·哈西哈尔巴依</c>, where the recognizer read <c>阿力·哈西哈尔巴</c>). Nor is a car maker's group
    /// before a brand (company-senses.tsv: <c>东风|本田</c>, <c>一汽|丰田</c>): it is the joint venture's name.
    /// </summary>
    private static bool ExtendsLeft(string text, FactMention rule, FactMention model, CompanySenses senses) =>
        rule.Kind != EntityKind.Person && rule.Range.Start < model.Range.Start && rule.Range.End >= model.Range.End
        && !(rule.Kind == EntityKind.Organization && rule.Range.End == model.Range.End
            && senses.IsGroup(text.AsSpan(rule.Range.Start, model.Range.Start - rule.Range.Start)) && senses.IsBrand(text.AsSpan(model.Range.Start, model.Range.Length)));

    /// <summary>
    /// The recognizer's organisation runs on to the left of the rule's over a word that never stands inside a name
    /// (<c>院士参观|浙江大学</c>, <c>委托|河北邢台防爆动力研究所</c>): the rule's name is the organisation.
    /// </summary>
    private static bool GluesAClause(string text, FactMention model, FactMention rule, IReadOnlySet<string> nameBreakers)
    {
        if (model.Kind != EntityKind.Organization || rule.Kind != EntityKind.Organization
            || rule.Range.End != model.Range.End || rule.Range.Start <= model.Range.Start)
        {
            return false;
        }

        return TextSpans.ContainsAny(text.AsSpan(model.Range.Start, rule.Range.Start - model.Range.Start), nameBreakers);
    }

    /// <summary>
    /// The rule's name runs over a clause word (<c>叶辉|辞去|公司</c>, <c>法国参议院|表决|政府</c>, <c>中国女排|不失|一局</c>,
    /// <c>利物浦|坐镇</c>): a pattern read the clause around a name as the name, and it is refused, so the recognizer's
    /// mention, which the news layer cut at the same words, stands.
    /// </summary>
    private static bool HoldsAClauseWord(string text, FactMention rule, IReadOnlyList<string> clauseWords) =>
        TextSpans.ContainsAny(text.AsSpan(rule.Range.Start, rule.Range.Length), clauseWords);

    /// <summary>Whether rule organisations side by side, two or more, cover <paramref name="model"/> exactly (<c>建行|上海市分行</c>).</summary>
    private static bool SplitsIntoOrganizations(FactMention model, IReadOnlyList<FactMention> rules)
    {
        var at = model.Range.Start;
        var count = 0;
        foreach (var r in rules)
        {
            if (r.Range.End <= model.Range.Start || r.Range.Start >= model.Range.End)
            {
                continue;
            }

            if (r.Range.Start != at || r.Range.End > model.Range.End || r.Kind != EntityKind.Organization)
            {
                return false;
            }

            at = r.Range.End;
            count++;
        }

        return count >= 2 && at == model.Range.End;
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
