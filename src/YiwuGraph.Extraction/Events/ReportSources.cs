using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Events;

/// <summary>
/// Who an article says reported an event: the outlet, office or person its sentence gives as the source
/// (<c>据新华社消息，…</c>, <c>记者从市公安局获悉，…</c>, <c>美国地质勘探局表示，…地震</c>). The trained event layer keeps
/// them out of the parties (<see cref="TrainedEventLayer"/>); the <c>event-sources</c> stage relates them to the events
/// they report (<c>REPORTED</c>). The words are the source and speech cues of <c>Lexicons/event-cues.tsv</c>.
/// </summary>
public sealed class ReportSources
{
    private readonly string[] sourceWords;
    private readonly string[] sourceAfterWords;
    private readonly string[] sourceBeforeWords;
    private readonly string[] creditOpens;
    private readonly string[] reportBeforeWords;
    private readonly Ner.News.OrganizationTypes types;

    /// <summary>Sources read with the cues of <paramref name="lexicons"/>; <paramref name="types"/> when the caller has them built already.</summary>
    public ReportSources(LexiconSet lexicons, Ner.News.OrganizationTypes? types = null)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        sourceAfterWords = [.. lexicons.EventCues.WordsOf("source-after")];
        sourceBeforeWords = [.. lexicons.EventCues.WordsOf("source-before")];
        sourceWords = [.. lexicons.EventCues.WordsOf("speech"), .. sourceAfterWords];
        creditOpens = [.. lexicons.EventCues.WordsOf("credit-open")];
        reportBeforeWords = [.. lexicons.EventCues.WordsOf("report-before")];
        this.types = types ?? Ner.News.OrganizationTypes.Of(lexicons);
    }

    /// <summary>
    /// Fills in <see cref="EventFact.Sources"/> of every event: the organisations and persons of a sentence that reports
    /// one of its mentions, that reported it by <see cref="IsReporter"/>, and that are none of its parties or the
    /// reporters the article credits (who report every event of their article: <c>WROTE</c>).
    /// </summary>
    public void Read(string text, IReadOnlyList<TextRange> sentences, IReadOnlyList<EntityRef> entities, IReadOnlyList<EventFact> events, IReadOnlySet<string> credited)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(credited);
        foreach (var e in events)
        {
            var incident = Array.IndexOf(TrainedEventLayer.IncidentTypes, e.Type) >= 0;
            foreach (var (clause, word) in e.Mentions.Select(m => (m.Evidence, m.Trigger)).Prepend((e.Evidence, e.Trigger)))
            {
                var at = text.IndexOf(word, clause.Start, clause.Length, StringComparison.Ordinal);
                var sentence = sentences.FirstOrDefault(s => s.Contains(clause.Start));
                if (at < 0 || sentence.Length == 0)
                {
                    continue;
                }

                var trigger = new TextRange(at, at + word.Length);
                foreach (var who in entities)
                {
                    if (who.Kind == EntityKind.Place || !sentence.Contains(who.Range) || who.Range.Overlaps(trigger)
                        || e.Participants.Any(p => p.Entity.Name == who.Name) || e.IsOrganizer(who.Name)
                        || ReportCredits.IsCredited(who, credited) || e.Sources.Any(s => s.Entity.Name == who.Name)
                        || !IsReporter(text, sentence, entities, who, trigger, incident))
                    {
                        continue;
                    }

                    e.Sources.Add(new SourceFact(who, new TextRange(Math.Min(who.Range.Start, clause.Start), Math.Max(who.Range.End, clause.End)), SourceConfidence));
                }
            }
        }

        if (OpeningWire(text, entities) is not { } wire)
        {
            return;
        }

        // The wire whose dateline opens the article sent all of it: it reported every event of the article, not only
        // those of the sentence its dateline opens, and its credit is the evidence.
        foreach (var e in events)
        {
            if (!e.Participants.Any(p => p.Entity.Name == wire.Who.Name) && !e.IsOrganizer(wire.Who.Name)
                && !e.Sources.Any(s => s.Entity.Name == wire.Who.Name))
            {
                e.Sources.Add(new SourceFact(wire.Who, wire.Credit, SourceConfidence));
            }
        }
    }

    /// <summary>
    /// The medium whose wire credit opens the text (<c>新华社北京６月２２日电</c>, <c>据新华社华盛顿…电</c>: nothing but
    /// spaces or a report-before word before it) and that credit, or null.
    /// </summary>
    private (EntityRef Who, TextRange Credit)? OpeningWire(string text, IReadOnlyList<EntityRef> entities)
    {
        foreach (var who in entities)
        {
            if (who.Kind == EntityKind.Organization && Opens(text.AsSpan(0, who.Range.Start))
                && ReportCredits.WireCredit(text, who) is { } credit && types.Classify(who.Name) == "media")
            {
                return (who, credit);
            }
        }

        return null;
    }

    private bool Opens(ReadOnlySpan<char> before)
    {
        before = before.Trim();
        if (before.IsEmpty)
        {
            return true;
        }

        foreach (var word in reportBeforeWords)
        {
            if (before.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the entity at <paramref name="who"/> is printed as the cited source of a report, whatever the report says:
    /// right after a report-before word of <c>event-cues.tsv</c> (据), with a speech or source word (报道, 称, 消息) at
    /// most eight characters after it (<c>据NHK周三报道</c>, <c>据俄罗斯卫星通讯社报道</c>). Such a source is neither the
    /// company a later 该公司 speaks of nor one that takes part in what it reports.
    /// </summary>
    public bool IsCitedSource(string text, TextRange who)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextSpans.EndsWithAny(text.AsSpan(0, who.Start), reportBeforeWords)
            && TextSpans.ContainsAny(text.AsSpan(who.End, Math.Min(CitedReportReach, text.Length - who.End)), sourceWords);
    }

    /// <summary>How far after a cited source its report word may stand (<c>据NHK周三报道</c>).</summary>
    private const int CitedReportReach = 8;

    /// <summary>How sure a source read from its cue word is.</summary>
    public const double SourceConfidence = 0.7;

    /// <summary>
    /// Whether the entity at <paramref name="who"/> is the source of the report of the trigger, not a party to it: it
    /// stands before a reporter's credit of its sentence (<c>沈阳晚报、沈阳网讯（记者李庆实）</c>: credit-open of
    /// <c>Lexicons/event-cues.tsv</c>), or its clause ends, before the trigger, in a speech verb or a source word
    /// (<c>据新华社消息，</c>, <c>记者从市公安局获悉，</c>), unless it is named again in what it reports, or that clause
    /// opens with a source-before word (<c>根据…未经联合国伊拉克援助团独立核实的数据，</c>). A speech verb counts for an incident only
    /// (<c>联合国伊拉克援助团１日发表公报说，…恐怖袭击</c>, <c>浙江省地震局表示，…震感明显</c>): a company or a club that
    /// announces its own deal, signing or resignation (<c>光大证券公告称，…辞职</c>, <c>韩国足协昨天宣布：退出…</c>) is the
    /// party DuEE marks.
    /// </summary>
    public bool IsSource(string text, TextRange sentence, TextRange who, TextRange trigger, bool incident)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Cue(text, sentence, who, trigger, incident).Kind != CueKind.None;
    }

    /// <summary>
    /// Whether the entity <paramref name="who"/> reported the trigger's event: a source (<see cref="IsSource"/>) bound to
    /// its cue, which makes it the one that reported rather than one named in the report's clause. That is a wire
    /// before the dateline of the sentence, typed media (<c>新华社莫斯科６月２５日电</c>: <see cref="ReportCredits.IsWireCredit"/>); an
    /// organisation before a reporter's credit (<c>沈阳晚报、沈阳网讯（记者李庆实）</c>); the first organisation or person
    /// after a report-before word opening the clause (<c>据新华社北京５月１１日电中国姑娘张晶…</c>: 新华社, not 张晶;
    /// <c>据美国《纽约时报》报道</c>); or the last before the word that ends the clause (<c>民政部说</c>, <c>记者从中国地震局获悉</c>;
    /// <c>那曲地委书记杨骏认为</c>: 杨骏), unless that word is the news of something (<c>离婚的消息</c>).
    /// </summary>
    public bool IsReporter(string text, TextRange sentence, IReadOnlyList<EntityRef> entities, EntityRef who, TextRange trigger, bool incident)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(who);
        if (who.Range.End <= trigger.Start && ReportCredits.IsWireCredit(text, who) && types.Classify(who.Name) == "media")
        {
            // 新华社莫斯科６月２５日电俄罗斯总统…签署了…: the wire before its dateline sent the report the dateline opens. Only
            // a medium: a city the sports stage read as its club (本报不来梅６月２日电) stands there too.
            return true;
        }

        var cue = Cue(text, sentence, who.Range, trigger, incident);
        bool Named(int from, int to) => entities.Any(x => x.Kind != EntityKind.Place && x.Range != who.Range && x.Range.Start >= from && x.Range.End <= to);
        switch (cue.Kind)
        {
            case CueKind.Credit:
                return true;
            case CueKind.Before:
                return TextSpans.StartsWithAny(text.AsSpan(cue.ClauseStart), reportBeforeWords) && !Named(cue.ClauseStart, who.Range.Start);
            case CueKind.After:
                // 离婚的消息: a word after 的 is the news of what precedes it, not who gave it.
                return !Named(who.Range.End, cue.ClauseEnd) && cue.WordStart > 0 && text[cue.WordStart - 1] != '的';
            default:
                return false;
        }
    }

    private enum CueKind
    {
        None,
        Credit,
        Before,
        After,
    }

    /// <summary>What makes <paramref name="who"/> a source, with its clause and the start of the word that ends it.</summary>
    private readonly record struct SourceCue(CueKind Kind, int ClauseStart = 0, int ClauseEnd = 0, int WordStart = 0);

    private SourceCue Cue(string text, TextRange sentence, TextRange who, TextRange trigger, bool incident)
    {
        if (TextSpans.ContainsAny(text.AsSpan(who.End, sentence.End - who.End), creditOpens))
        {
            return new SourceCue(CueKind.Credit);
        }

        // The end of the entity's clause, which must come before the trigger.
        var end = who.End;
        while (end < sentence.End && text[end] is not ('，' or ',' or '；' or ';' or '：' or ':' or '。'))
        {
            end++;
        }

        if (trigger.Start < who.End)
        {
            // …此次地震引发的海啸约有2米高，智利应急办公室称，…: who speaks of an incident after it is its source too.
            return incident && end < sentence.End && EndingWord(text, who.End, end, sourceWords) is { } spoken
                ? new SourceCue(CueKind.After, who.Start, end, spoken)
                : default;
        }

        if (end >= trigger.Start)
        {
            return default;
        }

        var start = who.Start;
        while (start > sentence.Start && text[start - 1] is not ('，' or ',' or '；' or ';' or '：' or ':'))
        {
            start--;
        }

        // 据新西兰航空公司发言人说，新西兰航空公司一架…客机…与一只飞鸟相撞: named again in what it reports, it is a party there.
        if (text.AsSpan(end, trigger.Start - end).IndexOf(text.AsSpan(who.Start, who.Length), StringComparison.Ordinal) >= 0)
        {
            return default;
        }

        // 根据…未经联合国伊拉克援助团独立核实的数据，: the clause says where the figures come from.
        if (TextSpans.StartsWithAny(text.AsSpan(start), sourceBeforeWords))
        {
            return new SourceCue(CueKind.Before, start, end);
        }

        return EndingWord(text, who.End, end, incident ? sourceWords : sourceAfterWords) is { } word ? new SourceCue(CueKind.After, start, end, word) : default;
    }

    /// <summary>The start of the first of <paramref name="words"/> that <c>[from, end)</c> ends with, or null.</summary>
    private static int? EndingWord(string text, int from, int end, string[] words) =>
        TextSpans.EndingWord(text.AsSpan(from, end - from), words) is { } word ? end - word.Length : null;
}
