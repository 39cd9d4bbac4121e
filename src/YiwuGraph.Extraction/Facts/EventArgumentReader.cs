using YiwuGraph.Core;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Fills in what an event's sentence and article say about it: its date (the time expression of its sentence,
/// else the last one before it, else the article's dateline, resolved against the publication date), its
/// signatories, the organiser of an award, and the roles people and organisations play (<c>主持</c> → host,
/// <c>在会上强调</c> / <c>作表态发言</c> → speaker, <c>参加</c> / <c>出席</c> → attendee).
/// </summary>
public sealed partial class EventArgumentReader
{
    private readonly string[] hostCues;
    private readonly string[] speakerCues;

    /// <summary>Cues that give everyone listed before them (back to the previous cue) the speaker role.</summary>
    private readonly string[] speakerListCues;
    private readonly string[] attendeeCues;
    private readonly Events.ReportSources sources;
    private static readonly string[] MainEventTypes =
    [
        EventLexicon.Meeting, EventLexicon.Inauguration, EventLexicon.Launch, EventLexicon.Ceremony, EventLexicon.Recruitment,
        EventLexicon.Release, EventLexicon.Exhibition,
    ];

    /// <summary>The event rules whose tests of a venue (在英国伦敦) and of the times before a verb this reader shares.</summary>
    private readonly EventExtractor venues;

    private static readonly Lazy<EventArgumentReader> Embedded = new(() => new EventArgumentReader(LexiconSet.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The reader of the cues <paramref name="lexicons"/> lists (person-cues.tsv, event-cues.tsv, relation-cues.tsv),
    /// sharing the venue and time tests of <paramref name="rules"/>, the event rules over the same lists (built here when null).
    /// </summary>
    public EventArgumentReader(LexiconSet lexicons, EventExtractor? rules = null)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        venues = rules ?? EventExtractor.For(lexicons);
        hostCues = [.. lexicons.PersonCues.WordsOf("host")];
        speakerCues = [.. lexicons.PersonCues.WordsOf("speaker")];
        speakerListCues = [.. lexicons.PersonCues.WordsOf("speaker-list")];
        attendeeCues = [.. lexicons.PersonCues.WordsOf("attendee")];
        sources = new(lexicons);
        timesOfDay = [.. lexicons.EventCues.WordsOf("time-of-day")];
        signingAdverbs = new(lexicons.RelationCues.WordsOf("signing-adverb").Prepend(string.Empty), StringComparer.Ordinal);
        meetVerbs = new(lexicons.EventCues.WordsOf("meet"), StringComparer.Ordinal);
        backReferences = [.. lexicons.RelationCues.WordsOf("back-reference").OrderByDescending(w => w.Length)];
        eventNameEndings = [.. lexicons.RelationCues.WordsOf("organized-event").OrderByDescending(w => w.Length)];
        objectCues = [.. lexicons.RelationCues.WordsOf("attend-object-verb")];
        genericAttended = [.. lexicons.RelationCues.WordsOf("attended-generic").OrderByDescending(w => w.Length)];
        negations = [.. lexicons.EventCues.WordsOf("negation")];
    }

    /// <summary>The reader of the embedded lists.</summary>
    public static EventArgumentReader Default => Embedded.Value;

    /// <summary><see cref="Default"/> for the embedded lists, else the reader of <paramref name="lexicons"/> sharing <paramref name="rules"/> (the event rules over them).</summary>
    public static EventArgumentReader For(LexiconSet lexicons, EventExtractor? rules = null) =>
        lexicons == LexiconSet.Default ? Default : new EventArgumentReader(lexicons, rules);

    /// <summary>Fills in the events' arguments; <paramref name="sentences"/> is the document's split of
    /// <paramref name="text"/>, or null to split here.</summary>
    public void Read(string text, string? dateline, IReadOnlyList<EntityRef> entities, IReadOnlyList<PositionFact> positions,
        IReadOnlyList<EventFact> events, DateOnly? publication, IReadOnlyList<TextRange>? sentences = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(events);
        // Times of day printed alone date a mention (15时34分47.8秒发生5.0级余震), never the event: its day comes from the dated expressions.
        var mentionExpressions = TimeExpressions.Find(text, clockTimes: true).Where(e => Usable(text, e)).ToList();
        var expressions = mentionExpressions.Where(e => !TimeExpressions.IsClockOnly(e.Text)).ToList();
        sentences ??= TextSpans.Sentences(text);
        var triggers = events.SelectMany(e => e.Mentions.Select(m => (m.Evidence, m.Trigger)).Prepend((e.Evidence, e.Trigger)))
            .Select(m => new TextRange(TriggerAt(text, m.Evidence, m.Trigger), TriggerAt(text, m.Evidence, m.Trigger) + m.Trigger.Length)).ToList();
        foreach (var e in events)
        {
            var words = e.Mentions.Select(m => m.Trigger).Prepend(e.Trigger).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            e.EvidenceTime ??= MentionTime(text, e.Evidence, e.Trigger, sentences, mentionExpressions, triggers, words);
            for (var i = 0; i < e.Mentions.Count; i++)
            {
                e.Mentions[i] = e.Mentions[i] with { Time = MentionTime(text, e.Mentions[i].Evidence, e.Mentions[i].Trigger, sentences, mentionExpressions, triggers, words) };
            }

            // The mention's time is the event's date unless it says less than the context may: a time of day alone or a
            // bare year (作为今年…的首站: the day named before the sentence says more).
            e.DateText ??= e.EvidenceTime is { } t && !TimeExpressions.IsClockOnly(t.Text) && !IsYearOnly(t.Text) && !IsRelativeYear(t.Text)
                ? t.Text
                : DateFor(text, e, sentences, expressions, dateline);
            if (e.DateText is not null && TimeExpressions.Parse(e.DateText) is { } parts)
            {
                var resolved = TimeExpressions.Resolve(parts, publication, parts.ContextDays is null ? null : ContextDate(text, e, expressions, publication));
                e.Date = resolved.Date;
                e.EndDate = resolved.EndDate;
            }

            if (e.Type == EventLexicon.Signing)
            {
                Signatories(text, e, entities);
            }
            else if (meetVerbs.Contains(e.Trigger))
            {
                MeetParties(text, e, sentences, entities);
            }
            else if (e.Type == EventLexicon.Award && e.Trigger == "授牌")
            {
                AwardParties(text, e, entities);
            }
        }

        // A visit is no article's main event for the roles of its other sentences (its visitor is read with it; on 1,050
        // MSRA pages the attendees and speakers it took were other events') unless the article has no other gathering
        // (霍尔果斯市委副书记、市长皮履屏等陪同调研). An event of the trained labeller's never is: its kinds are happenings
        // no one attends or speaks at (联合国秘书长…呼吁停火 beside 以色列国防军…发动空袭: the secretary-general spoke at no
        // airstrike); on 1,050 MSRA pages the attendees and speakers this dropped were all another sentence's.
        // An event of no known kind named only in passing (由北京市保龄球运动协会主办的…联赛, 新加坡工商联合会举办的晚会) is
        // none either: on 1,050 MSRA pages the 9 attendees other sentences gave such events were 9 other happenings' (参加世锦赛,
        // 出席１５国集团第八次首脑会议).
        var main = events.FirstOrDefault(e => MainEventTypes.Contains(e.Type))
            ?? events.FirstOrDefault(e => e.Type != EventLexicon.VisitInspection && e.FineType is null && !IsInPassing(e))
            ?? events.FirstOrDefault(e => e.FineType is null && !IsInPassing(e));
        if (main is not null)
        {
            Roles(text, sentences, main, events, entities, positions);
        }
    }

    private static bool IsInPassing(EventFact e) => e.NamedInPassing && e.Type == EventLexicon.Other;

    /// <summary>The last day the text names before the event's sentence or in it before the trigger, for <c>当天</c> and <c>次日</c>.</summary>
    private static DateOnly? ContextDate(string text, EventFact e, List<TimeExpression> expressions, DateOnly? publication)
    {
        foreach (var x in expressions.Where(x => x.Range.End <= e.Evidence.End).Reverse())
        {
            if (TimeExpressions.Parse(x.Text) is { ContextDays: null } parts && TimeExpressions.Resolve(parts, publication).Date is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// The time expression one mention of an event is reported with: in the mention's sentence, the last one before
    /// its trigger with no other event's trigger between them (<c>1月31日晚，…发生特大火灾，共造成17人死亡</c>: the
    /// fire is dated, the deaths are not), else the first after it in its clause (<c>事故约发生在15时15分</c>). A
    /// dateline's date (<c>5月12日电</c>) is the report's, not the event's, and a bare year is used only when nothing
    /// finer is printed. Null when the sentence gives none: the event's date then comes from its context
    /// (<see cref="DateFor"/>), which is the event's, not this mention's.
    /// </summary>
    private static TimeExpression? MentionTime(string text, TextRange evidence, string trigger, IReadOnlyList<TextRange> sentences,
        List<TimeExpression> expressions, List<TextRange> triggers, IReadOnlyList<string> words)
    {
        var sentence = sentences.FirstOrDefault(s => s.Contains(evidence.Start));
        var at = TriggerAt(text, evidence, trigger);
        var triggerEnd = at + trigger.Length;
        var clause = TextSpans.Clauses(text, sentence).FirstOrDefault(c => c.Contains(at));
        var candidates = expressions.Where(x => sentence.Contains(x.Range) && !IsDatelineDate(text, x)).ToList();
        foreach (var fine in (ReadOnlySpan<bool>)[true, false])
        {
            var before = candidates.LastOrDefault(x => x.Range.End <= at && IsYearOnly(x.Text) != fine);
            if (before.Text is not null && !triggers.Any(t => t.Start >= before.Range.End && t.End <= at)
                && !words.Any(w => text.IndexOf(w, before.Range.End, at - before.Range.End, StringComparison.Ordinal) >= 0))
            {
                return Joined(text, candidates, before);
            }

            var after = candidates.FirstOrDefault(x => x.Range.Start >= triggerEnd && x.Range.End <= clause.End && IsYearOnly(x.Text) != fine);
            if (after.Text is not null)
            {
                return Joined(text, candidates, after);
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="x"/> with the expressions joined to it by 及, 和, 、 or 与 on either side, as one time
    /// (<c>4月14日下午及昨日上午，…读书班举行</c>); its first expression is the date it resolves to.
    /// </summary>
    private static TimeExpression Joined(string text, List<TimeExpression> expressions, TimeExpression x)
    {
        var i = expressions.IndexOf(x);
        var first = i;
        while (first > 0 && IsJoin(text, expressions[first - 1].Range.End, expressions[first].Range.Start))
        {
            first--;
        }

        var last = i;
        while (last < expressions.Count - 1 && IsJoin(text, expressions[last].Range.End, expressions[last + 1].Range.Start))
        {
            last++;
        }

        if (first == last)
        {
            return x;
        }

        var range = new TextRange(expressions[first].Range.Start, expressions[last].Range.End);
        return new TimeExpression(range, text[range.Start..range.End]);
    }

    private static bool IsJoin(string text, int end, int start) => start == end + 1 && text[end] is '及' or '和' or '、' or '与';

    /// <summary>Where a mention's trigger is printed in its evidence (its start when it is not).</summary>
    private static int TriggerAt(string text, TextRange evidence, string trigger)
    {
        var at = trigger.Length == 0 ? -1 : text.IndexOf(trigger, evidence.Start, evidence.Length, StringComparison.Ordinal);
        return at < 0 ? evidence.Start : at;
    }

    /// <summary>A date printed as a dateline's (<c>5月12日电</c>, <c>12日讯</c>): the day the report was filed.</summary>
    private static bool IsDatelineDate(string text, TimeExpression x) => x.Range.End < text.Length && text[x.Range.End] is '电' or '讯';

    private static bool Usable(string text, TimeExpression e) =>
        !(e.Range.End < text.Length && text[e.Range.End] == '度') && !e.Text.EndsWith("以来", StringComparison.Ordinal);

    private string? DateFor(string text, EventFact e, IReadOnlyList<TextRange> sentences, List<TimeExpression> expressions, string? dateline)
    {
        var sentence = sentences.FirstOrDefault(s => s.Contains(e.Evidence.Start));
        var inSentence = expressions.Where(x => sentence.Contains(x.Range) && x.Range.Start <= e.Evidence.End && !IsDatelineDate(text, x)).ToList();
        var before = expressions.LastOrDefault(x => x.Range.End <= e.Evidence.Start && !IsYearOnly(x.Text));
        // 作为今年…的首站: a bare 今年 says less than the day named before the sentence.
        var pick = inSentence.FirstOrDefault(x => !IsYearOnly(x.Text)).Text
            ?? inSentence.FirstOrDefault(x => before.Text is null || !IsRelativeYear(x.Text)).Text;
        if (pick is not null)
        {
            return pick;
        }

        var opening = timesOfDay.FirstOrDefault(t => string.CompareOrdinal(text, sentence.Start, t, 0, t.Length) == 0);
        if (before.Text is { } day && opening is not null)
        {
            // 5月15日上午，…。下午，…又举行…: the sentence moves the same day on to another time.
            return timesOfDay.Aggregate(day, (d, t) => d.EndsWith(t, StringComparison.Ordinal) ? d[..^t.Length] : d) + opening;
        }

        return before.Text ?? dateline;
    }

    private readonly string[] timesOfDay;

    private static bool IsRelativeYear(string expression) => expression is "今年" or "去年" or "明年" or "前年";

    private static bool IsYearOnly(string expression) => expression.EndsWith('年') || (expression.Length == 5 && expression[4] == '年');

    /// <summary>What may stand between a signatory and 签约 (正式签约); empty when nothing does.</summary>
    private readonly HashSet<string> signingAdverbs;

    private void Signatories(string text, EventFact e, IReadOnlyList<EntityRef> entities)
    {
        var at = text.IndexOf(e.Trigger, e.Evidence.Start, e.Evidence.Length, StringComparison.Ordinal);
        if (at < 0)
        {
            return;
        }

        // 在佛堂镇签约, 于苏溪镇正式签约, 在四川成都签署: a place after 在 or 于 is where the parties sign, not one of them;
        // the party printed just before it (公司在佛堂镇签约) is joined to the verb through it.
        var whole = new TextRange(0, text.Length);
        var venue = entities.LastOrDefault(x => x.Kind == EntityKind.Place && x.Range.Start > Math.Max(0, e.Evidence.Start)
            && x.Range.End <= at && venues.IsVenue(text, whole, entities, x) && signingAdverbs.Contains(text[x.Range.End..at]));
        if (venue is not null)
        {
            e.Location ??= venue;
        }

        foreach (var party in entities.Where(x => x.Kind != EntityKind.Person && x.Range.Start >= e.Evidence.Start && x.Range.End <= at && x != venue
            && !(x.Kind == EntityKind.Place && venue is not null && venues.IsVenue(text, whole, entities, x))))
        {
            var gap = text[party.Range.End..Math.Min(at, party.Range.End + 2)];
            // 华为与中国移动12月2日在深圳签署: a date, and the venue after 在 or 于, may stand between a party and the verb.
            var adverb = venues.WithoutTimes(text[party.Range.End..at]);
            if (venue is not null && adverb.IndexOf(venue.Surface, StringComparison.Ordinal) is var v && v > 0 && adverb[v - 1] is '在' or '于')
            {
                adverb = adverb.Remove(v - 1, venue.Surface.Length + 1);
            }

            var joined = gap.Length == 0 || gap[0] is '与' or '和' or '同' or '签' or '、' or '及' || party.Range.End == at
                || signingAdverbs.Contains(adverb) || (venue is not null && party.Range.End == venue.Range.Start - 1);
            if (joined)
            {
                e.Participants.Add(new ParticipantFact(party, "signatory", e.Evidence, 0.8));
            }
        }
    }

    /// <summary>Verbs of one side receiving another (<c>会见</c>, <c>会晤</c>, <c>接见</c>; event-cues.tsv, meet).</summary>
    private readonly HashSet<string> meetVerbs;

    /// <summary>
    /// <c>国家主席习近平3日在北京人民大会堂会见美国总统拜登</c>: the people and organisations printed after a meet verb in
    /// its clause are the ones met (object), the person nearest before it in its sentence the one who meets (subject),
    /// each unless the event has them already. An organisation printed right before an office (<c>美国商会会长</c>)
    /// stands for its head, not for itself.
    /// </summary>
    private static void MeetParties(string text, EventFact e, IReadOnlyList<TextRange> sentences, IReadOnlyList<EntityRef> entities)
    {
        var at = TriggerAt(text, e.Evidence, e.Trigger);
        var sentence = sentences.FirstOrDefault(s => s.Contains(at));
        var clause = TextSpans.Clauses(text, sentence).FirstOrDefault(c => c.Contains(at));
        if (clause.Length == 0)
        {
            return;
        }

        if (!e.Participants.Any(p => p.Role == "subject")
            && entities.LastOrDefault(x => x.Kind == EntityKind.Person && sentence.Contains(x.Range) && x.Range.End <= at) is { } host
            && !e.Participants.Any(p => p.Entity.Name == host.Name))
        {
            e.Participants.Add(new ParticipantFact(host, "subject", new TextRange(Math.Min(host.Range.Start, e.Evidence.Start), e.Evidence.End), 0.6));
        }

        var parties = entities.Where(x => x.Kind is EntityKind.Person or EntityKind.Organization && clause.Contains(x.Range) && x.Range.Start >= at + e.Trigger.Length).ToList();
        foreach (var met in parties)
        {
            if (met.Kind == EntityKind.Organization && QualifiesOrCredits(text, clause, met, parties))
            {
                continue;
            }

            if (!e.Participants.Any(p => p.Entity.Name == met.Name))
            {
                e.Participants.Add(new ParticipantFact(met, "object", e.Evidence, 0.6));
            }
        }
    }

    /// <summary>
    /// Whether an organisation printed after a meet verb is no one met: it names the office of a person after it
    /// (<c>全国人大常委会副委员长谢非</c>, <c>泰国内政部常务副次长班宗·堪塔威拉</c>: a title in its phrase, or a person
    /// right after it with no 和, 及, 与 or 、 between), or it is a wire's credit (<c>傅全有会见秘鲁客人据新华社北京６月１０日电</c>).
    /// </summary>
    private static bool QualifiesOrCredits(string text, TextRange clause, EntityRef org, List<EntityRef> parties)
    {
        var next = parties.FirstOrDefault(p => p.Kind == EntityKind.Person && p.Range.Start >= org.Range.End);
        var phraseEnd = next?.Range.Start ?? clause.End;
        var phrase = text[org.Range.End..phraseEnd];
        var stop = phrase.IndexOfAny(['，', ',', '、', '；', ';', '。', '和', '及', '与']);
        var own = stop < 0 ? phrase : phrase[..stop];
        return (next is not null && stop < 0 && own.Length <= 12)
            || RuleLexicons.Default.Titles.Titles.Any(t => own.Contains(t, StringComparison.Ordinal))
            || WireDateline.Opens(text[org.Range.End..Math.Min(clause.End, org.Range.End + 16)]);
    }

    private static void AwardParties(string text, EventFact e, IReadOnlyList<EntityRef> entities)
    {
        var ward = text.IndexOf('为', e.Evidence.Start, e.Evidence.Length);
        if (ward < 0)
        {
            return;
        }

        e.Organizer ??= entities.LastOrDefault(x => x.Kind == EntityKind.Organization && x.Range.Start >= e.Evidence.Start && x.Range.End <= ward);
        foreach (var party in entities.Where(x => x.Kind == EntityKind.Organization && x.Range.Start > ward && x.Range.End <= e.Evidence.End))
        {
            e.Participants.Add(new ParticipantFact(party, "other", e.Evidence, 0.7));
        }
    }

    private void Roles(string text, IReadOnlyList<TextRange> sentences, EventFact main, IReadOnlyList<EventFact> events, IReadOnlyList<EntityRef> entities,
        IReadOnlyList<PositionFact> positions)
    {
        var positionOrgs = positions.Where(p => p.Organization is not null).Select(p => p.Organization!.Range).ToHashSet();
        foreach (var sentence in sentences)
        {
            var target = events.FirstOrDefault(e => sentence.Contains(e.Evidence.Start) && MainEventTypes.Contains(e.Type) && e.Type == EventLexicon.Meeting)
                ?? OwnGathering(sentence, main, events) ?? main;
            var attended = AttendedEvent(text, sentence, events);
            if (target == main && main.Type == EventLexicon.VisitInspection && attended != main
                && !sentence.Contains(main.Evidence.Start) && !main.Mentions.Any(m => sentence.Contains(m.Evidence.Start)))
            {
                // A visit takes the roles of its own sentences and of one that names it (皮履屏等陪同调研) only: on 1,050 MSRA
                // pages the speakers and attendees other sentences gave it were other gatherings' (情况汇报, 座谈).
                continue;
            }

            var inSentence = entities.Where(e => sentence.Contains(e.Range) && e.Kind != EntityKind.Place && !positionOrgs.Contains(e.Range)).ToList();
            var speakerTarget = TakesRolesOf(target, sentence, attended) ? target : null;
            foreach (var x in speakerTarget is null ? [] : inSentence)
            {
                var after = text.AsSpan(x.Range.End, Math.Min(6, sentence.End - x.Range.End));
                if (x.Kind == EntityKind.Person && TextSpans.StartsWithAny(after, hostCues))
                {
                    Add(speakerTarget!, x, "host", sentence);
                }
                else if (x.Kind == EntityKind.Person && TextSpans.StartsWithAny(after, speakerCues))
                {
                    Add(speakerTarget!, x, "speaker", sentence);
                }
            }

            ListRoles(text, sentence, inSentence, speakerTarget, attended ?? speakerTarget);
        }
    }

    /// <summary>
    /// The gathering of the rules' (a ceremony, an exhibition, an opening, …: <see cref="MainEventTypes"/>) that
    /// <paramref name="sentence"/> reports, when it does not name <paramref name="main"/>: the roles it gives are that
    /// gathering's (<c>莱索托新首相莫西西利的就职仪式在首都马塞卢举行，国王莱齐耶三世出席</c> on a page whose first gathering
    /// is a session of parliament). Pages of unrelated reports gave their first gathering the people of every other.
    /// </summary>
    private static EventFact? OwnGathering(TextRange sentence, EventFact main, IReadOnlyList<EventFact> events) =>
        sentence.Contains(main.Evidence.Start) || main.Mentions.Any(m => sentence.Contains(m.Evidence.Start))
            ? null
            : events.FirstOrDefault(e => e != main && e.FineType is null && MainEventTypes.Contains(e.Type) && sentence.Contains(e.Evidence.Start));

    /// <summary>
    /// Whether <paramref name="e"/> may take roles from <paramref name="sentence"/>: a rule event any sentence of its
    /// article, but a signing (the article's main event only when it reports no gathering) only one that names it: on 1,050
    /// MSRA pages the attendees and speakers other sentences gave signings were 25 of 25 another happening's (参加了葬礼,
    /// 参加了座谈会, 在表彰会上). An event of the trained labeller's (a 会见, a 发布, an 开幕) likewise takes only one that names it, by a mention or as
    /// what is attended (<c>…等参加了会见</c>, <c>出席开幕式</c>): on 1,050 MSRA pages the 216 hosts, speakers and attendees
    /// other sentences gave such events were nearly all another gathering's (出席了招待会 made 竹下登 an attendee of a
    /// 出版, 出席这次座谈会 made guests attendees of a 会见).
    /// </summary>
    private static bool TakesRolesOf(EventFact e, TextRange sentence, EventFact? attended) =>
        (e.FineType is null && e.Type != EventLexicon.Signing) || e == attended || sentence.Contains(e.Evidence.Start) || e.Mentions.Any(m => sentence.Contains(m.Evidence.Start));

    /// <summary>
    /// <c>参加调研</c>, <c>参加了会见</c>: the event whose trigger follows the attendance cue, when the article has one; of
    /// several, the last printed before the sentence ends.
    /// </summary>
    private EventFact? AttendedEvent(string text, TextRange sentence, IReadOnlyList<EventFact> events)
    {
        foreach (var cue in attendeeCues)
        {
            var at = text.IndexOf(cue, sentence.Start, sentence.Length, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var after = text.AsSpan(at + cue.Length, Math.Min(8, sentence.End - at - cue.Length));
            if (after.StartsWith("了", StringComparison.Ordinal))
            {
                // 参加了会见: the aspect particle stands between the cue and the event.
                after = after[1..];
            }

            // 出席由全国妇联举办的“儿童眼中的世界”…画展: the event whose own phrase opens right after the cue is the one attended.
            var opened = at + cue.Length + (text.AsSpan(at + cue.Length).StartsWith("了", StringComparison.Ordinal) ? 1 : 0);
            if (events.FirstOrDefault(e => e.Evidence.Start == opened && sentence.Contains(e.Evidence.Start)) is { } named)
            {
                return named;
            }

            if (AttendedByName(after, sentence, events) is { } byName)
            {
                return byName;
            }

            // The nearest event of that trigger printed before the sentence or in it: a page of several reports names
            // several meetings, and 王英凡参加了会见 attends the one just reported.
            EventFact? attended = null;
            foreach (var e in events)
            {
                if (e.Trigger.Length >= 2 && after.StartsWith(e.Trigger, StringComparison.Ordinal)
                    && (attended is null || (e.Evidence.Start < sentence.End && (attended.Evidence.Start >= sentence.End || e.Evidence.Start > attended.Evidence.Start))))
                {
                    attended = e;
                }
            }

            if (attended is not null)
            {
                return attended;
            }
        }

        return null;
    }

    /// <summary>Words that refer back to an event named before (<c>出席了这次座谈会</c>; relation-cues.tsv, back-reference).</summary>
    private readonly string[] backReferences;

    /// <summary><paramref name="attended"/> without the word referring back it opens with (<c>这次|座谈会</c>), if any.</summary>
    private string WithoutBackReference(string attended) =>
        backReferences.FirstOrDefault(b => attended.StartsWith(b, StringComparison.Ordinal)) is { } back ? attended[back.Length..] : attended;

    /// <summary>The endings of events' names (<c>报告会</c>, <c>活动</c>; relation-cues.tsv, organized-event), longest first.</summary>
    private readonly string[] eventNameEndings;

    /// <summary>
    /// <c>出席了报告会</c>, <c>参加了这次座谈会</c>: when no event's trigger follows the attendance cue, the event whose name
    /// ends with the event noun that does (after a word referring back), the last printed before the sentence ends; else null.
    /// Only where no trigger follows: a trigger names the event more surely than a noun many events end with.
    /// </summary>
    private EventFact? AttendedByName(ReadOnlySpan<char> printed, TextRange sentence, IReadOnlyList<EventFact> events)
    {
        var after = printed.ToString();
        if (events.Any(e => e.Trigger.Length >= 2 && after.StartsWith(e.Trigger, StringComparison.Ordinal)))
        {
            return null;
        }

        after = WithoutBackReference(after);

        // 出席会议, 出席大会, 参加活动: a bare noun of two characters that most events end with names none of them.
        var noun = eventNameEndings.FirstOrDefault(w => w.Length >= 3 && after.StartsWith(w, StringComparison.Ordinal));
        if (noun is null)
        {
            return null;
        }

        EventFact? attended = null;
        foreach (var e in events)
        {
            if (e.Name.EndsWith(noun, StringComparison.Ordinal)
                && (attended is null || (e.Evidence.Start < sentence.End && (attended.Evidence.Start >= sentence.End || e.Evidence.Start > attended.Evidence.Start))))
            {
                attended = e;
            }
        }

        return attended;
    }

    /// <summary>
    /// Everyone named in a list takes the role of the first cue after them (<c>市领导丁政、陈小忠、杨献等参加会议</c>;
    /// <c>市领导温建飞、杨献参加，田亮、…围绕学习内容作交流发言</c> gives attendees, then speakers). An organisation
    /// printed right before an office (<c>市法院院长</c>) stands for its unnamed head, not for itself.
    /// </summary>
    private void ListRoles(string text, TextRange sentence, List<EntityRef> inSentence, EventFact? speakerTarget, EventFact? attendeeTarget)
    {
        if (inSentence.Count == 0)
        {
            return;
        }

        var cues = new List<(int At, string Role)>();
        foreach (var (list, role) in new[] { (speakerListCues, "speaker"), (attendeeCues, "attendee"), (hostCues, "host"), (speakerCues.Except(speakerListCues).ToArray(), "speaker-direct") })
        {
            foreach (var cue in list)
            {
                for (var at = text.IndexOf(cue, sentence.Start, sentence.Length, StringComparison.Ordinal); at >= 0;
                     at = text.IndexOf(cue, at + cue.Length, sentence.End - at - cue.Length, StringComparison.Ordinal))
                {
                    // 未来奥运会也不会参加, 未出席: those named before it attend nothing; 参加了锦州战役, 参加植树活动, 出席全国政协…
                    // 会议的常委们: what they attend is something else. Either way the cue is theirs, and no later cue's role.
                    var attends = role != "attendee" || (!IsNegated(text, sentence, at)
                        && (attendeeTarget is null || AttendsTarget(text, sentence, at, cue, attendeeTarget)));
                    cues.Add((at, attends ? role : "none"));
                }
            }
        }

        if (cues.Count == 0)
        {
            return;
        }

        cues.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : string.CompareOrdinal(a.Role, b.Role));
        foreach (var x in inSentence)
        {
            if (x.Kind == EntityKind.Organization && (RuleLexicons.Default.Titles.Titles.Any(t => string.CompareOrdinal(text, x.Range.End, t, 0, t.Length) == 0)
                || OfficeOfPerson(text, x, inSentence)))
            {
                continue;
            }

            if (sources.IsCitedSource(text, x.Range))
            {
                // 据俄罗斯卫星通讯社报道，…也参加了会谈: the source of the report attends nothing it reports.
                continue;
            }

            var clauseStart = text.LastIndexOfAny(['，', '；', ',', ';'], Math.Max(sentence.Start, x.Range.Start - 1), Math.Max(0, x.Range.Start - sentence.Start)) + 1;
            if (cues.Any(c => c.At >= Math.Max(clauseStart, sentence.Start) && c.At < x.Range.Start))
            {
                // 何军杰导学了习近平总书记关于…的论述: a name after the verb of its own clause is what is talked about.
                continue;
            }

            var next = cues.FirstOrDefault(c => c.At >= x.Range.End);
            if (next.Role is "speaker" && x.Kind == EntityKind.Organization && !text.AsSpan(next.At).Contains("发言", StringComparison.Ordinal))
            {
                // Organisations speak at meetings (宣传部…作表态发言); those that 分享 are mostly hosts of a side event.
                continue;
            }

            if (next.Role is "speaker" && speakerTarget is not null)
            {
                Add(speakerTarget, x, "speaker", sentence);
            }
            else if (next.Role is "attendee" && attendeeTarget is not null)
            {
                Add(attendeeTarget, x, "attendee", sentence);
            }
        }
    }

    /// <summary>Attendance verbs whose object names what is attended (<c>参加</c>, <c>出席</c>; relation-cues.tsv, attend-object-verb).</summary>
    private readonly string[] objectCues;

    /// <summary>Nouns an attendance verb may take for any gathering (<c>会议</c>, <c>大会</c>; relation-cues.tsv, attended-generic).</summary>
    private readonly string[] genericAttended;

    /// <summary>
    /// Whether the attendance cue at <paramref name="at"/> attends <paramref name="target"/>: a cue that names no object
    /// (<c>与会</c>, <c>到场</c>) does; <c>参加</c> and <c>出席</c> only when what follows them, past 了, 过 and a back-reference,
    /// names the target (<see cref="IsTargetNamed"/>), either before 的 (<c>参加研讨会的美国代表团</c>) or after a short
    /// modifier ending in it (<c>参加了今天的会议</c>). On 1,050 MSRA pages 187 attendee edges of other objects went, read
    /// wrong but for about 11 (参加了锦州战役, 参加植树活动, 参加单打比赛, 出席全国政协九届常委会…的常委们).
    /// </summary>
    private bool AttendsTarget(string text, TextRange sentence, int at, string cue, EventFact target)
    {
        if (!objectCues.Contains(cue))
        {
            return true;
        }

        var start = at + cue.Length;
        var end = text.IndexOfAny(['，', ',', '。', '；', ';', '：', ':', '！', '？', '\n'], start, sentence.End - start) is var e && e >= 0 ? e : sentence.End;
        var after = text[start..Math.Min(end, start + 40)].TrimStart('了', '过');
        after = WithoutBackReference(after);

        // 参加了今天的座谈会, 出席了今天在人民大会堂举行的…典礼: a modifier ending in 的 says when or where, and the noun after
        // it is what is attended; 参加研讨会的美国代表团, 出席会议的委员们: the noun before 的 is, and the people after it attend.
        var de = after.IndexOf('的', StringComparison.Ordinal);
        var objects = de < 0 ? [after] : de <= MaxAttendedModifier ? new[] { after[..de], after[(de + 1)..] } : [after[..de]];
        return objects.Any(o => IsTargetNamed(o, target));
    }

    /// <summary>How long a modifier ending in 的 may stand between an attendance verb and what it attends (<c>今天在人民大会堂举行的</c>).</summary>
    private const int MaxAttendedModifier = 16;

    /// <summary>
    /// Whether <paramref name="attended"/>, printed after an attendance verb, names <paramref name="target"/>: nothing (<c>出席并讲话</c>:
    /// the object is the event reported), the target's trigger, a part of its name, a phrase holding the event noun its
    /// name ends with (<c>中国和日本北海道经济发展合作学术研讨会</c>, <c>座谈会听取大家意见</c>), or one opening with a noun
    /// any gathering is called by (<c>会议开幕式</c>, <c>大会期间</c>).
    /// </summary>
    private bool IsTargetNamed(string attended, EventFact target)
    {
        var stop = attended.IndexOfAny(['并', '等']);
        var phrase = stop < 0 ? attended : attended[..stop];
        var name = target.Name;
        return phrase.Length == 0
            || (target.Trigger.Length >= 2 && phrase.StartsWith(target.Trigger, StringComparison.Ordinal))
            || genericAttended.Any(w => phrase.StartsWith(w, StringComparison.Ordinal))
            || (phrase.Length >= 2 && name.Contains(phrase, StringComparison.Ordinal))
            || eventNameEndings.Any(w => w.Length >= 2 && phrase.Contains(w, StringComparison.Ordinal) && name.EndsWith(w, StringComparison.Ordinal))
            || (name.Length >= 4 && phrase.StartsWith(name[..4], StringComparison.Ordinal));
    }

    /// <summary>Words that deny what follows (<c>没有</c>, <c>未</c>, <c>不</c>; event-cues.tsv, negation).</summary>
    private readonly string[] negations;

    /// <summary>How many characters before a cue a negation may stand (<c>不会参加</c>, <c>未能出席</c>; not <c>不仅从与会的…</c>).</summary>
    private const int NegationReach = 2;

    /// <summary>Whether a negation word stands within <see cref="NegationReach"/> characters before the cue at <paramref name="at"/>, in its sentence.</summary>
    private bool IsNegated(string text, TextRange sentence, int at)
    {
        var start = Math.Max(sentence.Start, at - NegationReach);
        return TextSpans.ContainsAny(text.AsSpan(start, at - start), negations);
    }

    /// <summary>
    /// Whether an organisation names the office of the person printed right after it (<c>中国常驻联合国代表傅聪在发言中表示</c>):
    /// a person within 8 characters after it with no pause or conjunction between them.
    /// </summary>
    internal static bool OfficeOfPerson(string text, EntityRef org, List<EntityRef> inSentence)
    {
        var person = inSentence.FirstOrDefault(p => p.Kind == EntityKind.Person && p.Range.Start >= org.Range.End);
        return person is not null && person.Range.Start - org.Range.End <= 8
            && text.IndexOfAny(['，', ',', '、', '；', ';', '。', '和', '及', '与', '同'], org.Range.End, person.Range.Start - org.Range.End) < 0;
    }

    private static void Add(EventFact target, EntityRef x, string role, TextRange evidence)
    {
        // 叶利钦在年会开幕式上讲话: the trained layer's generic party of a type DuEE gives no party takes the rules' role.
        target.Participants.RemoveAll(p => p.Entity.Name == x.Name && p.Role == "other" && role != "other" && target.FineType is not null);
        if (target.Participants.Any(p => p.Entity.Name == x.Name) || (role == "attendee" && target.IsOrganizer(x.Name)))
        {
            // 浙江大学举行…纪念大会，校长杜江峰出席: the organiser holds the event; it does not attend it too.
            return;
        }

        target.Participants.Add(new ParticipantFact(x, role, evidence, role == "attendee" ? 0.7 : 0.8));
    }
}
