using System.Globalization;
using System.Text;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Events;

/// <summary>Counts of one scored item, summed over documents.</summary>
public sealed record EventScore(string Name, int Gold, int Predicted, int CorrectPredicted, int FoundGold)
{
    public double Precision => Predicted == 0 ? 0 : (double)CorrectPredicted / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)FoundGold / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>How many matched events had their type right: coarse, and fine where the gold has a fine type.</summary>
public sealed record EventTypeAccuracy(int CoarseJudged, int CoarseRight, int FineJudged, int FineRight);

/// <summary>Everything <see cref="EventGraphEvaluator"/> measures.</summary>
public sealed record EventEvaluation(
    EventScore Triggers, EventScore Incidents, EventTypeAccuracy Types, IReadOnlyList<EventScore> Arguments)
{
    /// <summary>Casualties and amounts of found events (DuEE's 死亡人数, 受伤人数 and money roles); empty for corpora without them.</summary>
    public IReadOnlyList<EventScore> Figures { get; init; } = [];

    /// <summary>The predicted events that overlap no gold trigger and the gold events no prediction overlaps, document by document.</summary>
    public IReadOnlyList<EventError> Errors { get; init; } = [];

    /// <summary>The arguments of found events the graph missed or got wrong, one per gold event and argument kind.</summary>
    public IReadOnlyList<EventArgumentError> ArgumentErrors { get; init; } = [];
}

/// <summary>
/// One scoring error: a predicted event whose trigger overlaps no annotated one (<see cref="IsFalsePositive"/>), or an
/// annotated event no predicted trigger overlaps. <see cref="Label"/> is the prediction's coarse and fine type, or the
/// gold's CEC trigger class (<c>emergency</c>, <c>action</c>, …) or DuEE fine type.
/// </summary>
public sealed record EventError(string Document, bool IsFalsePositive, TextRange Trigger, string TriggerText, string Label, string Sentence);

/// <summary>
/// The arguments of one kind (<c>time</c>, <c>place</c>, <c>participant</c>) of a found gold event where the
/// prediction that found it differs: a gold text no predicted argument matches, or a predicted one that matches no
/// gold text. <see cref="Gold"/> and <see cref="Predicted"/> are all the event's texts of that kind, matched or not;
/// a predicted participant lists its node's names joined by <c>/</c>.
/// </summary>
public sealed record EventArgumentError(
    string Document, string Kind, TextRange Trigger, string TriggerText, IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted, string Sentence)
{
    /// <summary>Compares the lists by their texts (a record compares lists by reference).</summary>
    public bool Equals(EventArgumentError? other) =>
        other is not null && Document == other.Document && Kind == other.Kind && Trigger == other.Trigger && TriggerText == other.TriggerText
        && Gold.SequenceEqual(other.Gold, StringComparer.Ordinal) && Predicted.SequenceEqual(other.Predicted, StringComparer.Ordinal) && Sentence == other.Sentence;

    public override int GetHashCode() => HashCode.Combine(Document, Kind, Trigger);
}

/// <summary>
/// Scores the graph's events against annotated documents (DuEE sentences, CEC articles). It builds the graph of the
/// documents' texts exactly as <c>build</c> does (one page file per document) and, document by document, compares
/// the Event nodes reported in its articles with the annotated events:
/// <list type="bullet">
/// <item>A predicted event's trigger span is where its <c>trigger</c> (or one of its <c>triggers</c>, the words of
/// its further mentions) is printed inside each evidence of its <c>REPORTED_IN</c> (the evidence itself when none
/// is printed there). A predicted event is correct, and
/// a gold event found, when their trigger spans overlap (both counted as in the entity evaluation: precision over
/// predicted, recall over gold).</item>
/// <item>Incidents: recall of CEC's <c>emergency</c> triggers (the accident, the fire, the quake itself).</item>
/// <item>Type accuracy of each found gold event against the first predicted event that overlaps it: coarse type
/// (gold coarse from <c>Lexicons/event-types.tsv</c>; CEC incidents by document category), fine type for DuEE.</item>
/// <item>Arguments of found events. Time and place are per mention, as CEC annotates them: a mention's time is those
/// of the event's <c>dateTexts</c> (the time expressions its mentions are reported with) printed inside that mention's
/// evidence, which the graph stretches over the time of its sentence (<c>1月31日晚，…发生特大火灾</c>), so the event's
/// resolved <c>dateText</c>, when it comes from elsewhere (the sentence before, the dateline), is no mention's time; a
/// mention's place is the names of the event's <c>HELD_AT</c> places with a sighting that overlaps the mention's
/// evidence (the graph writes one for each mention whose sentence names the place). Participants are who
/// <c>PARTICIPATED_IN</c> or <c>ORGANIZED</c> the event, for every mention, each under its name and aliases (the node
/// of 央行 is named 中国人民银行). A predicted argument matches a gold one of the same kind when one text contains
/// the other.</item>
/// </list>
/// </summary>
public static class EventGraphEvaluator
{
    private static readonly GoldArgumentKind[] ArgumentKinds = [GoldArgumentKind.Time, GoldArgumentKind.Place, GoldArgumentKind.Participant];

    /// <summary>
    /// The event figures scored, each with the DuEE roles that annotate it: a count matches when the numbers are equal,
    /// an amount when one text contains the other.
    /// </summary>
    private static readonly (string Name, string[] GoldRoles, bool IsCount)[] FigureKinds =
    [
        ("deaths", ["死亡人数"], true),
        ("injured", ["受伤人数"], true),
        ("amount", ["融资金额", "罚款金额", "出售价格"], false),
    ];

    /// <summary>Builds the graph of <paramref name="documents"/> with <paramref name="builder"/> and scores it.</summary>
    /// <remarks>With <paramref name="keepPages"/> the pages are written there and kept, to be read or built again.</remarks>
    public static EventEvaluation Evaluate(
        IReadOnlyList<EventGoldDocument> documents, CorpusGraphBuilder builder, CancellationToken cancellationToken = default, string? keepPages = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(builder);
        var folder = keepPages is null ? Directory.CreateTempSubdirectory("yiwugraph-eval-events-") : Directory.CreateDirectory(keepPages);
        try
        {
            var names = new string[documents.Count];
            var texts = new string[documents.Count];
            for (var i = 0; i < documents.Count; i++)
            {
                names[i] = string.Create(CultureInfo.InvariantCulture, $"doc-{i + 1:000000}.txt");
                texts[i] = PageText(documents[i]);
                File.WriteAllText(Path.Combine(folder.FullName, names[i]), texts[i], new UTF8Encoding(false));
            }

            var graph = builder.Build([folder.FullName], cancellationToken: cancellationToken).Graph;
            return Score(documents, names, texts, graph);
        }
        finally
        {
            if (keepPages is null)
            {
                folder.Delete(recursive: true);
            }
        }
    }

    /// <summary>
    /// The page a document is built from: its text, then a full stop <c>。</c> when it does not end with one, and a
    /// line break. Many DuEE sentences are headlines (<c>…晋级四强！</c>); a page of one headline line has no article
    /// body, and events are read from bodies, so the stop makes the line the body it is in the gold. Offsets of the
    /// text are unchanged.
    /// </summary>
    public static string PageText(EventGoldDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text.TrimEnd('\n');
        var stop = text.EndsWith('。') ? string.Empty : "。";
        return text + stop + "\n" + document.Text[text.Length..].TrimStart('\n');
    }

    /// <summary>One event as the graph reports it in one document.</summary>
    private sealed record PredictedEvent(
        TextRange Trigger, string? Type, string? FineType, IReadOnlyDictionary<GoldArgumentKind, List<string>> Arguments, IReadOnlyDictionary<string, string> Figures);

    /// <summary>Scores <paramref name="graph"/>, whose articles' <c>source</c> is <paramref name="sources"/>[i] (text <paramref name="texts"/>[i]) for document i.</summary>
    public static EventEvaluation Score(IReadOnlyList<EventGoldDocument> documents, IReadOnlyList<string> sources, IReadOnlyList<string> texts, KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(graph);
        var predictedBySource = PredictedBySource(graph, sources, texts);
        int gold = 0, predicted = 0, correct = 0, found = 0, incidents = 0, incidentsFound = 0;
        int coarseJudged = 0, coarseRight = 0, fineJudged = 0, fineRight = 0;
        var args = ArgumentKinds.ToDictionary(k => k, _ => new int[4]);
        var figures = FigureKinds.ToDictionary(k => k.Name, _ => new int[4], StringComparer.Ordinal);
        var schema = EventTypeSchema.Default;
        var errors = new List<EventError>();
        var argumentErrors = new List<EventArgumentError>();
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var events = predictedBySource.GetValueOrDefault(sources[i]) ?? [];
            gold += document.Events.Count;
            predicted += events.Count;
            foreach (var p in events)
            {
                if (document.Events.Any(g => g.Trigger.Overlaps(p.Trigger)))
                {
                    correct++;
                }
                else
                {
                    var label = p.FineType is null ? p.Type ?? string.Empty : $"{p.Type}/{p.FineType}";
                    errors.Add(Error(document.Id, texts[i], true, p.Trigger, label));
                }
            }

            foreach (var g in document.Events)
            {
                var isIncident = g.TriggerClass == CecReader.EmergencyClass;
                incidents += isIncident ? 1 : 0;
                var match = events.FirstOrDefault(p => p.Trigger.Overlaps(g.Trigger));
                if (match is null)
                {
                    errors.Add(Error(document.Id, texts[i], false, g.Trigger, g.TriggerClass ?? g.FineType ?? string.Empty));
                    continue;
                }

                found++;
                incidentsFound += isIncident ? 1 : 0;
                var goldFine = g.FineType ?? (isIncident ? EventTypeSchema.CecIncidentType(document.Category) : null);
                if (goldFine is not null)
                {
                    coarseJudged++;
                    coarseRight += match.Type == schema.CoarseOf(goldFine) ? 1 : 0;
                    if (g.FineType is not null)
                    {
                        fineJudged++;
                        fineRight += match.FineType == g.FineType ? 1 : 0;
                    }
                }

                foreach (var kind in ArgumentKinds)
                {
                    var goldTexts = GoldTexts([g], kind);
                    args[kind][0] += goldTexts.Count;
                    var matchedGold = goldTexts.Count(text => match.Arguments[kind].Any(p => SameText(p, text)));
                    args[kind][3] += matchedGold;
                    if (matchedGold < goldTexts.Count || match.Arguments[kind].Any(p => !goldTexts.Any(text => SameText(p, text))))
                    {
                        var trigger = Error(document.Id, texts[i], false, g.Trigger, string.Empty);
                        argumentErrors.Add(new EventArgumentError(
                            document.Id, kind.ToString().ToLowerInvariant(), trigger.Trigger, trigger.TriggerText, goldTexts,
                            match.Arguments[kind].Select(p => p.Replace(FormSeparator, '/')).ToList(), trigger.Sentence));
                    }
                }

                foreach (var (name, roles, isCount) in FigureKinds)
                {
                    var goldFigures = GoldFigures([g], roles, isCount);
                    figures[name][0] += goldFigures.Count;
                    figures[name][3] += match.Figures.TryGetValue(name, out var value) && goldFigures.Any(t => SameFigure(value, t, isCount)) ? 1 : 0;
                }
            }

            // A correct predicted event's arguments are judged against the arguments of the gold events it overlaps.
            foreach (var p in events)
            {
                var overlapped = document.Events.Where(g => g.Trigger.Overlaps(p.Trigger)).ToList();
                if (overlapped.Count == 0)
                {
                    continue;
                }

                foreach (var kind in ArgumentKinds)
                {
                    var goldTexts = GoldTexts(overlapped, kind);
                    args[kind][1] += p.Arguments[kind].Count;
                    args[kind][2] += p.Arguments[kind].Count(a => goldTexts.Any(text => SameText(a, text)));
                }

                foreach (var (name, roles, isCount) in FigureKinds)
                {
                    if (p.Figures.TryGetValue(name, out var value))
                    {
                        figures[name][1]++;
                        figures[name][2] += GoldFigures(overlapped, roles, isCount).Any(t => SameFigure(value, t, isCount)) ? 1 : 0;
                    }
                }
            }
        }

        return new EventEvaluation(
            new EventScore("trigger", gold, predicted, correct, found),
            new EventScore("incident", incidents, 0, 0, incidentsFound),
            new EventTypeAccuracy(coarseJudged, coarseRight, fineJudged, fineRight),
            ArgumentKinds.Select(k => new EventScore(k.ToString().ToLowerInvariant(), args[k][0], args[k][1], args[k][2], args[k][3])).ToList())
        {
            Figures = documents.Any(d => d.Events.Any(e => e.Arguments.Any(a => FigureKinds.Any(f => f.GoldRoles.Contains(a.Role)))))
                ? FigureKinds.Select(f => new EventScore(f.Name, figures[f.Name][0], figures[f.Name][1], figures[f.Name][2], figures[f.Name][3])).ToList()
                : [],
            Errors = errors,
            ArgumentErrors = argumentErrors,
        };
    }

    private static EventError Error(string document, string text, bool isFalsePositive, TextRange trigger, string label)
    {
        var end = Math.Min(trigger.End, text.Length);
        var start = Math.Min(trigger.Start, end);
        return new EventError(document, isFalsePositive, new TextRange(start, end), text[start..end], label, SentenceAround(text, start, end));
    }

    /// <summary>How far a snippet reaches to either side of the trigger at most.</summary>
    private const int SnippetReach = 40;

    /// <summary>
    /// The sentence around <c>[start, end)</c> (at most <see cref="SnippetReach"/> characters to either side), the
    /// trigger in 【】, tabs and line breaks as spaces, so that one error is one line.
    /// </summary>
    private static string SentenceAround(string text, int start, int end)
    {
        var from = Math.Max(0, start - SnippetReach);
        var before = text.AsSpan(from, start - from).LastIndexOfAny(Facts.TextSpans.SentenceMarks);
        from = before >= 0 ? from + before + 1 : from;
        var to = Math.Min(text.Length, end + SnippetReach);
        var after = text.AsSpan(end, to - end).IndexOfAny(Facts.TextSpans.SentenceMarks);
        to = after >= 0 ? end + after + 1 : to;
        var snippet = text[from..start] + "【" + text[start..end] + "】" + text[end..to];
        return snippet.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ').Trim();
    }

    /// <summary>
    /// The errors as tab-separated lines: document id, <c>FP</c> (a predicted event overlapping no annotated trigger)
    /// or <c>FN</c> (an annotated event no prediction overlaps), the trigger as printed, the prediction's type
    /// (<c>coarse/fine</c>) or the gold's trigger class or fine type, and the trigger's sentence with the trigger in
    /// 【】. Documents in their order, then FP before FN, each by offset.
    /// </summary>
    public static string FormatErrors(IReadOnlyList<EventError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var sb = new StringBuilder();
        sb.AppendLine("# document\tFP|FN\ttrigger\ttype or gold class\tsentence");
        var documentOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in errors)
        {
            documentOrder.TryAdd(e.Document, documentOrder.Count);
        }

        foreach (var e in errors.OrderBy(e => documentOrder[e.Document]).ThenBy(e => e.IsFalsePositive ? 0 : 1)
            .ThenBy(e => e.Trigger.Start).ThenBy(e => e.Trigger.End).ThenBy(e => e.Label, StringComparer.Ordinal))
        {
            sb.Append(e.Document).Append('\t').Append(e.IsFalsePositive ? "FP" : "FN").Append('\t').Append(e.TriggerText.Replace('\t', ' ').Replace('\n', ' '))
                .Append('\t').Append(e.Label).Append('\t').AppendLine(e.Sentence);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The argument errors as tab-separated lines after a header (<c>eval-events --argument-errors</c>): document id, the kind (<c>time</c>,
    /// <c>place</c>, <c>participant</c>), the gold trigger, the gold texts and the predicted ones (each joined by
    /// <c> | </c>, <c>-</c> for none), and the trigger's sentence with the trigger in 【】. Documents in their order,
    /// then by trigger offset, the kinds of one event as found.
    /// </summary>
    public static string FormatArgumentErrors(IReadOnlyList<EventArgumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var sb = new StringBuilder();
        sb.AppendLine("# document	argument	trigger	gold	predicted	sentence");
        var documentOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in errors)
        {
            documentOrder.TryAdd(e.Document, documentOrder.Count);
        }

        // Ordering is stable: the kinds of one event stay in the order the evaluation found them (time, place, participant).
        foreach (var e in errors.OrderBy(e => documentOrder[e.Document]).ThenBy(e => e.Trigger.Start).ThenBy(e => e.Trigger.End))
        {
            sb.Append(e.Document).Append('\t').Append(e.Kind).Append('\t').Append(OneCell(e.TriggerText))
                .Append('\t').Append(Cell(e.Gold)).Append('\t').Append(Cell(e.Predicted)).Append('\t').AppendLine(e.Sentence);
        }

        return sb.ToString();

        static string Cell(IReadOnlyList<string> texts) => texts.Count == 0 ? "-" : string.Join(" | ", texts.Select(OneCell));

        static string OneCell(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
    }

    /// <summary>The annotated figures of <paramref name="events"/>: counts as numbers (<c>至少15人</c> → 15), amounts as written.</summary>
    private static List<string> GoldFigures(IEnumerable<GoldEvent> events, string[] roles, bool isCount) =>
        events.SelectMany(e => e.Arguments).Where(a => roles.Contains(a.Role))
            .Select(a => isCount ? CountOf(a.Text) : a.Text.Trim())
            .OfType<string>().Where(t => t.Length > 0).ToList();

    /// <summary>The number a count is written with (<c>3人</c>, <c>两名</c>, <c>至少15人</c>), or null when it holds none.</summary>
    private static string? CountOf(string text)
    {
        var start = 0;
        while (start < text.Length && !ChineseNumerals.IsNumeralChar(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && ChineseNumerals.IsNumeralChar(text[end]))
        {
            end++;
        }

        return ChineseNumerals.TryParse(text.AsSpan(start, end - start), out var value) ? ((long)value).ToString(CultureInfo.InvariantCulture) : null;
    }

    private static bool SameFigure(string predicted, string gold, bool isCount) =>
        isCount ? string.Equals(predicted, gold, StringComparison.Ordinal) : SameText(predicted, gold);

    /// <summary>The scores as a plain table.</summary>
    public static string FormatTable(EventEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("events         gold  predicted  correct  found  precision  recall      F1");
        Row(evaluation.Triggers);
        if (evaluation.Incidents.Gold > 0)
        {
            sb.AppendLine(string.Create(inv, $"incident  {evaluation.Incidents.Gold,9} {"",10} {"",8} {evaluation.Incidents.FoundGold,6} {"",10} {evaluation.Incidents.Recall,7:0.000}"));
        }

        var types = evaluation.Types;
        sb.AppendLine(string.Create(inv, $"type of found events: coarse {types.CoarseRight}/{types.CoarseJudged} = {Ratio(types.CoarseRight, types.CoarseJudged):0.000}, fine {types.FineRight}/{types.FineJudged} = {Ratio(types.FineRight, types.FineJudged):0.000}"));
        sb.AppendLine("arguments of found events");
        foreach (var a in evaluation.Arguments)
        {
            Row(a);
        }

        // Pooled over time, place and participants: the argument F1 the issue's target is stated in.
        Row(new EventScore(
            "all",
            evaluation.Arguments.Sum(a => a.Gold),
            evaluation.Arguments.Sum(a => a.Predicted),
            evaluation.Arguments.Sum(a => a.CorrectPredicted),
            evaluation.Arguments.Sum(a => a.FoundGold)));

        if (evaluation.Figures.Count > 0)
        {
            sb.AppendLine("figures of found events");
            foreach (var f in evaluation.Figures)
            {
                Row(f);
            }
        }

        return sb.ToString();

        void Row(EventScore s) =>
            sb.AppendLine(string.Create(inv, $"{s.Name,-11} {s.Gold,7} {s.Predicted,10} {s.CorrectPredicted,8} {s.FoundGold,6} {s.Precision,10:0.000} {s.Recall,7:0.000} {s.F1,7:0.000}"));
    }

    private static List<string> GoldTexts(IEnumerable<GoldEvent> events, GoldArgumentKind kind) =>
        events.SelectMany(e => e.Arguments).Where(a => a.Kind == kind).Select(a => a.Text.Trim()).Where(t => t.Length > 0).ToList();

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    /// <summary>
    /// Whether a predicted argument matches a gold text. A participant is predicted once with all the names its node
    /// is printed under (<see cref="Forms"/>: <c>中国人民银行</c> printed as <c>央行</c>), and matches when one of them does,
    /// as <c>eval-entities</c> reads a node's name or aliases.
    /// </summary>
    private static bool SameText(string predicted, string gold)
    {
        foreach (var form in predicted.Split(FormSeparator))
        {
            if (form.Length > 0 && gold.Length > 0 && (gold.Contains(form, StringComparison.Ordinal) || form.Contains(gold, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Joins the names a participant is printed under into one predicted argument; the graph never holds it.</summary>
    private const char FormSeparator = '\u001F';

    /// <summary>A node's name and its aliases (the forms printed in the articles), as one predicted argument.</summary>
    private static string Forms(GraphNode node) =>
        string.Join(FormSeparator, node.Properties.GetStrings("aliases").Prepend(node.Name).Distinct(StringComparer.Ordinal));

    /// <summary>
    /// A place's name and those of its aliases printed in <paramref name="text"/> (a mention's evidence), as one
    /// predicted argument: the node of 大理 is named 大理市, and an alias printed in another article says nothing of this one.
    /// </summary>
    private static string PrintedForms(GraphNode node, string text) =>
        string.Join(FormSeparator, node.Properties.GetStrings("aliases").Where(a => text.Contains(a, StringComparison.Ordinal))
            .Prepend(node.Name).Distinct(StringComparer.Ordinal));

    private static Dictionary<string, List<PredictedEvent>> PredictedBySource(KnowledgeGraph graph, IReadOnlyList<string> sources, IReadOnlyList<string> texts)
    {
        var textOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++)
        {
            textOf[sources[i]] = texts[i];
        }

        var result = new Dictionary<string, List<PredictedEvent>>(StringComparer.Ordinal);
        foreach (var node in graph.NodesWithLabel(NodeLabel.Event).OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            var mentionTimes = node.Properties.GetStrings("dateTexts");
            var arguments = new Dictionary<GoldArgumentKind, List<string>>
            {
                [GoldArgumentKind.Time] = [],
                [GoldArgumentKind.Place] = [],
                [GoldArgumentKind.Participant] = graph.InRelationships(node.Key)
                    .Where(r => r.Type == RelationshipTypes.ParticipatedIn || r.Type == RelationshipTypes.Organized)
                    .Select(r => Forms(graph.GetNode(r.Source))).Distinct(StringComparer.Ordinal).ToList(),
            };
            var figureValues = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, _, isCount) in FigureKinds)
            {
                var value = isCount
                    ? node.Properties.GetLong(name)?.ToString(CultureInfo.InvariantCulture)
                    : node.Properties.GetString(name + "Text");
                if (value is not null)
                {
                    figureValues[name] = value;
                }
            }

            var triggers = node.Properties.GetStrings("triggers").Prepend(node.Properties.GetString("trigger") ?? string.Empty)
                .Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            foreach (var reported in graph.OutRelationships(node.Key).Where(r => r.Type == RelationshipTypes.ReportedIn))
            {
                foreach (var evidence in reported.Evidence.Where(e => textOf.ContainsKey(e.Source)))
                {
                    var text = textOf[evidence.Source];
                    var end = Math.Min(evidence.End, text.Length);
                    var start = Math.Min(evidence.Start, end);
                    var span = new TextRange(start, end);
                    foreach (var trigger in triggers)
                    {
                        var at = text.IndexOf(trigger, start, end - start, StringComparison.Ordinal);
                        if (at >= 0)
                        {
                            span = new TextRange(at, at + trigger.Length);
                            break;
                        }
                    }

                    if (!result.TryGetValue(evidence.Source, out var list))
                    {
                        list = [];
                        result.Add(evidence.Source, list);
                    }

                    // The time of this mention: those of the event's dateTexts printed in its evidence (each mention's
                    // evidence covers the time it is reported with; a time read elsewhere is the event's, not the mention's).
                    var evidenceText = text[start..end];
                    var mentionArguments = new Dictionary<GoldArgumentKind, List<string>>(arguments)
                    {
                        [GoldArgumentKind.Time] = mentionTimes.Where(t => evidenceText.Contains(t, StringComparison.Ordinal)).ToList(),
                    };
                    // Its place: the HELD_AT places with a sighting that overlaps its evidence (the place printed with it).
                    mentionArguments[GoldArgumentKind.Place] = graph.OutRelationships(node.Key).Where(r => r.Type == RelationshipTypes.HeldAt
                        && r.Evidence.Any(x => x.Source == evidence.Source && x.Start < end && start < x.End)).Select(r => PrintedForms(graph.GetNode(r.Target), evidenceText)).ToList();

                    list.Add(new PredictedEvent(span, node.Properties.GetString("type"), node.Properties.GetString("fineType"), mentionArguments, figureValues));
                }
            }
        }

        return result;
    }
}
