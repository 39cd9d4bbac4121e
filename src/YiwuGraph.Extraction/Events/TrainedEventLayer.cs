using System.Buffers;
using System.Text.RegularExpressions;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Events;

/// <summary>
/// Adds the events the trained trigger labeller finds to those the civic trigger rules (<see cref="EventExtractor"/>)
/// found in one article, as <see cref="EventFact"/>s with the coarse <c>type</c> and the DuEE <c>fineType</c>:
/// <list type="bullet">
/// <item>The rules stay where they found something: a trigger inside the evidence of an event the rules found is
/// theirs (their names, organisers and roles are better on civic news). Elsewhere the labeller's event stands, of
/// any type: leaving the rules' own types (meeting, release, award, …) to the rules alone cost 0.06 trigger F1 on
/// the DuEE dev part (0.761 against 0.817) and gained nothing on the seed gold. A trigger that is one of the rules'
/// own words (<c>Lexicons/event-triggers.tsv</c>) typed otherwise than the rules type it is dropped.</item>
/// <item>A trigger right after a negation or future cue of <c>Lexicons/event-cues.tsv</c> (<c>没有开业</c>,
/// <c>将发布</c>, <c>计划推出</c>; one or two characters may stand after a cue of two or more) is dropped: the graph records what happened,
/// as the rules do (they skip a clause trigger after 将, 未, 即, 要).</item>
/// <item>One node per real event within an article: mentions of an incident type (accident, fire, disaster,
/// attack, epidemic) of the same fine type are one event (<c>车祸 … 事故</c>); other mentions are one event when
/// their type and trigger word are the same; a use that names parties the event lacks is one of its mentions only where
/// its sentence goes on about the event (<see cref="ContinuesIn"/>), else an event of its own: pages of unrelated
/// sentences gave the article's first event of a kind the parties of every later one. Every mention's clause is evidence.</item>
/// <item>Place and participants, with a model that has a role labeller (<see cref="EventTriggerModel.Roles"/>, the
/// shipped one): every person, organisation and place of the trigger's sentence is classified by
/// <see cref="EventRoleModel"/>; the surest place labelled <c>place</c> is the <c>HELD_AT</c>, people and
/// organisations labelled with a participant role take part with it (<c>PARTICIPATED_IN {role}</c>: victim,
/// perpetrator, winner, …), each only a role the event's fine type has in DuEE's schema (<c>Lexicons/event-type-roles.tsv</c>:
/// no winner of a poisoning). Further mentions of the event add what the first did not name. The clause rules below
/// are not used for these events: on the dev parts they were worse as a whole (DuEE place F1 0.295 against 0.510,
/// participants 0.538 against 0.563); taking the rules' place where the labeller gives none cost DuEE place
/// 0.502 → 0.305 for CEC 0.391 → 0.419, their participants where it gives none DuEE 0.552 → 0.556 for CEC
/// 0.095 → 0.048. An incident (accident, fire, disaster, attack, epidemic) the labeller gives no place takes the
/// place of its clause printed nearest before its trigger (<c>四川省汶川县7.8级地震</c>): CEC dev place F1 0.519 →
/// 0.537, DuEE dev 0.614 → 0.606, CEC train with a DuEE-only model 0.491 → 0.563.</item>
/// <item>Without a role labeller (a model trained by an older version): a recognised place of the trigger's
/// clause (nearest before the trigger, else after it), else one after 在 or 于 before it, as <c>HELD_AT</c>; the
/// people and organisations of the trigger's clause, <c>subject</c> before the trigger and <c>object</c> after it;
/// a clause with none takes the last one of its sentence before the trigger.</item>
/// <item>Precedence: the rules' events keep the arguments the rules and <see cref="EventArgumentReader"/> give
/// them (signatories, organisers, roles of civic news); the labellers decide the arguments of their own events
/// only. Time is read by <see cref="EventArgumentReader"/> for every event (<c>dateText</c>, <c>date</c>,
/// <c>endDate</c>).</item>
/// </list>
/// </summary>
public sealed class TrainedEventLayer
{
    internal static readonly string[] IncidentTypes = ["accident", "fire", "disaster", "attack", "epidemic"];

    private static readonly Lazy<TrainedEventLayer> DefaultLayer = new(
        () => new TrainedEventLayer(EventModelStore.DefaultLabellerInstance, EventTypeSchema.Default, LexiconSet.Default),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly EventTriggerLabeller labeller;
    private readonly EventTypeSchema schema;
    private readonly string[] cues;
    private readonly string[] attendeeCues;
    private readonly Dictionary<string, string> ruleTypeOfWord;
    private readonly HashSet<string> happeningHeads;
    private readonly HashSet<string> siteHeads;
    private readonly IncidentWordList incidentWords;
    private readonly HashSet<string> handledBefore;
    private readonly string[] prevention;
    private readonly ReportSources sources;
    private readonly string[] afterClauseEnds;
    private readonly WorldPlaces world;

    /// <summary>The rule layer over the same lists, which names an event from its clause (<see cref="EventExtractor.Clean"/>).</summary>
    private readonly EventExtractor ruleNames;

    private readonly string[] peopleAfterCountry;
    private readonly HashSet<string> beatVerbs;
    private readonly HashSet<string> loseToVerbs;
    private readonly HashSet<string> passiveBeatVerbs;
    private readonly string[] passiveMarkers;
    private readonly string[] negations;
    private readonly string[] opponentsBefore;
    private readonly HashSet<string> competitions;
    private readonly string[] competitionEndings;
    private readonly string[] mentionBackReferences;
    private readonly string[] settingOpeners;
    private readonly string[] settingEnds;

    /// <summary>
    /// The layer of <paramref name="labeller"/> and <paramref name="schema"/> with the cues <paramref name="lexicons"/>
    /// lists; events are named as <paramref name="rules"/>, the event rules over the same lists (built here when null), name theirs.
    /// </summary>
    public TrainedEventLayer(EventTriggerLabeller labeller, EventTypeSchema schema, LexiconSet lexicons, EventExtractor? rules = null)
    {
        ArgumentNullException.ThrowIfNull(labeller);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(lexicons);
        this.labeller = labeller;
        this.schema = schema;
        cues = [.. lexicons.EventCues.WordsOf("negation"), .. lexicons.EventCues.WordsOf("future")];
        attendeeCues = [.. lexicons.PersonCues.WordsOf("attendee")];
        handledBefore = new HashSet<string>(lexicons.EventCues.WordsOf("handled-before"), StringComparer.Ordinal);
        prevention = [.. lexicons.EventCues.WordsOf("prevention")];
        sources = new ReportSources(lexicons);
        afterClauseEnds = [.. lexicons.EventCues.WordsOf("after-clause")];
        peopleAfterCountry = [.. lexicons.EventCues.WordsOf("people-after-country")];
        beatVerbs = new HashSet<string>(lexicons.EventCues.WordsOf("beat-verb"), StringComparer.Ordinal);
        loseToVerbs = new HashSet<string>(lexicons.EventCues.WordsOf("lose-to-verb"), StringComparer.Ordinal);
        passiveBeatVerbs = new HashSet<string>(lexicons.EventCues.WordsOf("passive-beat-verb"), StringComparer.Ordinal);
        passiveMarkers = [.. lexicons.EventCues.WordsOf("passive")];
        negations = [.. lexicons.EventCues.WordsOf("negation")];
        opponentsBefore = [.. lexicons.EventCues.WordsOf("opponent-before")];
        competitions = new HashSet<string>(lexicons.EventCues.WordsOf("competition"), StringComparer.Ordinal);
        competitionEndings = [.. lexicons.EventCues.WordsOf("competition-ending")];
        mentionBackReferences = [.. lexicons.EventCues.WordsOf("mention-back-reference")];
        settingOpeners = [.. lexicons.EventCues.WordsOf("setting-opener")];
        settingEnds = [.. lexicons.EventCues.WordsOf("setting-end")];
        world = lexicons == LexiconSet.Default ? RuleLexicons.Default.World : new WorldPlaces(lexicons, PlaceGazetteer.Default);
        ruleNames = rules ?? EventExtractor.For(lexicons);

        ruleTypeOfWord = lexicons.EventTriggers.Entries.ToDictionary(e => e.Word, e => e.Class!, StringComparer.Ordinal);
        happeningHeads = new HashSet<string>(lexicons.EventEndings.WordsOf("incident-head"), StringComparer.Ordinal);
        siteHeads = new HashSet<string>(lexicons.EventEndings.WordsOf("incident-site"), StringComparer.Ordinal);
        incidentWords = new IncidentWordList(lexicons.IncidentWords);
        var verbs = string.Join('|', lexicons.EventCues.WordsOf("win-verb").Select(Regex.Escape));
        var prizes = string.Join('|', lexicons.EventCues.WordsOf("win-prize").Select(Regex.Escape));
        var notAfter = string.Join('|', lexicons.EventCues.WordsOf("win-not-after").Select(Regex.Escape));
        titleWon = verbs.Length == 0 || prizes.Length == 0 ? null : new Regex(
            "(?:" + verbs + ")了?[^，,。；;！？!?、：:“”]{0,12}?(?<prize>" + prizes + ")" + (notAfter.Length == 0 ? string.Empty : "(?!" + notAfter + ")"),
            RegexOptions.CultureInvariant);
    }

    /// <summary>A title won (<c>夺得金牌</c>, <c>获得男子单打冠军</c>), from the win cues of <c>Lexicons/event-cues.tsv</c>.</summary>
    private readonly Regex? titleWon;

    private const string TitleWonType = "竞赛行为-夺冠";

    /// <summary>
    /// Adds the prize of a title won (<c>潘展乐以46秒40夺得金牌</c>) as a <c>竞赛行为-夺冠</c> trigger where the labeller
    /// found no trigger in the phrase: DuEE marks 夺得 a trigger in 8 of the 86 training sentences that print it, so the
    /// labeller misses such titles; on DuEE train 164 of 204 such phrases hold a gold 夺冠 trigger. The prize is the
    /// trigger, as DuEE marks it most (冠军, 金牌); its winner comes from the role labeller like any trigger's.
    /// </summary>
    private void AddTitlesWon(string text, IReadOnlyList<TextRange> sentences, List<FoundTrigger> triggers)
    {
        if (titleWon is null || schema.CoarseOf(TitleWonType) is null)
        {
            return;
        }

        var found = triggers.Count;
        foreach (var sentence in sentences)
        {
            foreach (Match m in titleWon.Matches(text.Substring(sentence.Start, sentence.Length)))
            {
                var phrase = new TextRange(sentence.Start + m.Index, sentence.Start + m.Index + m.Length);
                var prize = m.Groups["prize"];
                var range = new TextRange(sentence.Start + prize.Index, sentence.Start + prize.Index + prize.Length);
                // 将赢得…总冠军, 力争夺得４枚以上的金牌: the cue stands before the verb, further from the prize than NotHappened looks.
                if (!triggers.Take(found).Any(t => t.Range.Overlaps(phrase)) && !NotHappened(text, phrase.Start))
                {
                    triggers.Add(new FoundTrigger(range, TitleWonType, 0));
                }
            }
        }

        triggers.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
    }

    /// <summary>The layer of the shipped model.</summary>
    public static TrainedEventLayer Default => DefaultLayer.Value;

    /// <summary>
    /// <see cref="Default"/> for the embedded lists, else the shipped labeller and schema with the cues of
    /// <paramref name="lexicons"/>, naming events with <paramref name="rules"/> (the event rules over them).
    /// </summary>
    public static TrainedEventLayer For(LexiconSet lexicons, EventExtractor? rules = null) =>
        lexicons == LexiconSet.Default ? Default : new TrainedEventLayer(EventModelStore.DefaultLabellerInstance, EventTypeSchema.Default, lexicons, rules);

    /// <summary>The labeller; its <see cref="EventTriggerLabeller.Segmenter"/> says whose tokens it reads.</summary>
    public EventTriggerLabeller Labeller => labeller;

    /// <summary>The rules' events followed by the trained labeller's new ones.</summary>
    /// <param name="tokens">The <c>CutWithPos</c> words of the whole text by the labeller's segmenter (the pipeline's
    /// tokens), or null to have the labeller cut each sentence itself; both give the same events.</param>
    /// <param name="sentences">The document's split of <paramref name="text"/> (<see cref="TextSpans.Sentences"/>), or null to split here.</param>
    /// <param name="credited">The reporters the article credits (<see cref="ReportCredits.Names"/>), never parties of
    /// its events; null to read them from <paramref name="text"/> alone.</param>
    public IReadOnlyList<EventFact> Add(string text, IReadOnlyList<EntityRef> entities, IReadOnlyList<EventFact> ruleEvents, IReadOnlyList<Token>? tokens = null,
        IReadOnlyList<TextRange>? sentences = null, IReadOnlySet<string>? credited = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(ruleEvents);
        var result = new List<EventFact>(ruleEvents);
        var added = new List<EventFact>();
        sentences ??= TextSpans.Sentences(text);
        credited ??= ReportCredits.Names(text, null, entities);
        var roleReader = labeller.Model.Roles is { } roleModel ? new RoleReader(roleModel, labeller.Segmenter, text, tokens) : null;
        var triggers = labeller.Find(text, sentences, tokens);
        AddTitlesWon(text, sentences, triggers);
        var triggerRanges = new Dictionary<EventFact, List<TextRange>>(ReferenceEqualityComparer.Instance);
        IReadOnlyList<Token> allTokens = tokens ?? labeller.Segmenter.CutWithPos(text);
        foreach (var found in triggers)
        {
            var type = schema.CoarseOf(found.FineType) ?? "other";

            if (ruleEvents.Any(e => e.Evidence.Overlaps(found.Range)) || NotHappened(text, found.Range.Start))
            {
                continue;
            }

            if (IncidentTypes.Contains(type) && (IncidentWordUse.NamesAnAspect(text, allTokens, found.Range, happeningHeads, siteHeads) || IsHandled(text, allTokens, found.Range)
                || IsPrevented(text, found.Range.Start)))
            {
                // 地震部门, 地震应急预案: the office or the plan, no sighting of the quake; 严防火灾发生: one guarded against.
                continue;
            }

            var trigger = text[found.Range.Start..found.Range.End];
            if (type == "attack" && AttackerIncident(text, found.Range.Start) is { } attacker)
            {
                // 特大暴雨袭击, 台风袭击: an attack whose attacker is a disaster or an epidemic is that incident.
                type = attacker;
            }

            if (ruleTypeOfWord.TryGetValue(trigger, out var ruleType) && ruleType != type)
            {
                // 签约 is a signing to the rules and a player joining a club to DuEE: on news the rules were written
                // for, the rules' reading of their own trigger words wins.
                continue;
            }

            var sentence = sentences.First(s => s.Contains(found.Range.Start));
            var clause = TextSpans.Clauses(text, sentence).First(c => c.Contains(found.Range.Start));
            var clauseEnd = Math.Max(clause.End, found.Range.End);
            clause = new TextRange(clause.Start, clauseEnd);
            // 塔吊倒塌事故 … 事故发生后: a generic head of an incident (incident-head: 事故, 事件) is the incident of its coarse
            // type the article already reported, whatever fine type the labeller gives the head alone.
            var roles = WithClausePlace(ReadRoles(roleReader, text, allTokens, entities, sentence, clause, found, credited), type, entities, clause, found.Range);
            // 外交部副部长杨洁篪等参加了会见: of several events of one kind the one attended, or continued, is the nearest
            // before; a use that names parties of its own continues an event only where its sentence does (ContinuesIn).
            var attends = AttendsOne(text, entities, found.Range.Start);
            var same = added.LastOrDefault(e => e.FineType == found.FineType
                    && (IncidentTypes.Contains(type) || (e.Trigger == trigger && (attends || !OtherParties(e, roles))))
                    && (attends || ContinuesIn(text, entities, sentences, triggerRanges[e], e, roles, sentence, found.Range)))
                ?? (IncidentTypes.Contains(type) && happeningHeads.Contains(trigger) ? added.FirstOrDefault(e => e.Type == type) : null)
                // 一起火灾 … 事故发生后，: a clause that dates the sentence by an incident refers to the one reported, whatever its type.
                ?? (IncidentTypes.Contains(type) && IsAfterClause(text, clause) ? added.LastOrDefault(e => IncidentTypes.Contains(e.Type)) : null);
            if (same is not null)
            {
                same.Mentions.Add(new EventMention(clause, trigger) { Place = roles?.Place });
                triggerRanges[same].Add(found.Range);
                if (roles is not null)
                {
                    // A further mention may name what the first did not (车祸 … 事故发生在解放西路).
                    same.Location ??= roles.Value.Place;
                    // 空军司令员刘顺尧、美国驻华大使尚慕杰等参加了会见: those who attend are attendees (the rules read them so,
                    // EventArgumentReader), not the hosts the labeller reads them as; as hosts they kept the rules from
                    // reading the host the meeting's own sentence names (张万年…会见了…克雷默).
                    foreach (var (who, role) in roles.Value.Participants.Where(p => !same.Participants.Any(q => q.Entity.Name == p.Entity.Name)
                        && !(attends && p.Entity.Range.End <= found.Range.Start)))
                    {
                        same.Participants.Add(new ParticipantFact(who, role, clause, 0.6));
                    }
                }

                continue;
            }

            var e = new EventFact
            {
                Type = type, FineType = found.FineType, Name = NameOf(text, clause, trigger, entities), Trigger = trigger, Evidence = clause, Confidence = 0.6,
                Location = roles is null ? PlaceNear(text, entities, sentence, clause, found.Range) : roles.Value.Place,
                EvidencePlace = roles?.Place,
            };
            if (roles is not null)
            {
                foreach (var (who, role) in roles.Value.Participants)
                {
                    e.Participants.Add(new ParticipantFact(who, role, clause, 0.6));
                }

                added.Add(e);
                triggerRanges[e] = [found.Range];
                continue;
            }

            var parties = entities.Where(x => x.Kind is EntityKind.Person or EntityKind.Organization && clause.Contains(x.Range) && !x.Range.Overlaps(found.Range)).ToList();
            if (parties.Count == 0)
            {
                // 湖人队今天客场作战，以102比98击败勇士: the subject opens the sentence, clauses before the trigger.
                parties = entities.Where(x => x.Kind is EntityKind.Person or EntityKind.Organization && sentence.Contains(x.Range) && x.Range.End <= found.Range.Start)
                    .TakeLast(1).ToList();
            }

            foreach (var who in parties)
            {
                e.Participants.Add(new ParticipantFact(who, who.Range.End <= found.Range.Start ? "subject" : "object", clause, 0.55));
            }

            added.Add(e);
            triggerRanges[e] = [found.Range];
        }

        if (added.Any(e => IncidentTypes.Contains(e.Type)))
        {
            AddRepeatedMentions(text, sentences, allTokens, triggers, ruleEvents, added, entities, roleReader, triggerRanges, credited);
        }

        foreach (var e in added)
        {
            if (IncidentTypes.Contains(e.Type) && IsAfterClause(text, e.Evidence) && e.Mentions.FirstOrDefault(m => !IsAfterClause(text, m.Evidence)) is { Trigger: not null } named)
            {
                // 事发后，… 中毒: a clause that dates the sentence by the event names none; a mention that reports it does.
                e.Name = NameOf(text, named.Evidence, named.Trigger, entities);
            }

            PlaceInSentence(entities, sentences, e);

            SeparateMentionsOfOneClause(text, e, triggerRanges[e]);
        }

        result.AddRange(added);
        return result;
    }

    /// <summary>Whether an attendance cue stands right before the trigger (<c>李小林出席了会见</c>, <c>参加了今天的会见</c>): the
    /// happening named before, which the people of its clause attend. Not when a person or organisation stands between
    /// the cue and the trigger (<c>潘长江参加韩德君婚礼</c>): that names whose happening is attended, one of its own.</summary>
    private bool AttendsOne(string text, IReadOnlyList<EntityRef> entities, int at)
    {
        var from = Math.Max(0, at - 6);
        var before = text.AsSpan(from, at - from);
        foreach (var cue in attendeeCues)
        {
            var i = before.LastIndexOf(cue, StringComparison.Ordinal);
            if (i >= 0 && before[(i + cue.Length)..].IndexOfAny('，', '。', '；') < 0)
            {
                var cueEnd = from + i + cue.Length;
                return !entities.Any(x => x.Kind is EntityKind.Person or EntityKind.Organization && x.Range.Start >= cueEnd && x.Range.End <= at);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a further use of an event's word, read with <paramref name="roles"/> in <paramref name="sentence"/>, may be
    /// a mention of <paramref name="e"/> as far as its parties go: it names no party the event lacks, or its sentence
    /// goes on about the event: it is the sentence of one of the event's mentions, or it names a person or organisation
    /// one of them names, or it names the event as a setting already known (<see cref="NamesItsSetting"/>: <c>傅全有在会见中指出</c>,
    /// <c>刚果总统萨苏也在闭幕式上发表讲话</c>). Pages of unrelated sentences (news digests, briefs, MSRA and DuEE pages) print one kind of
    /// happening many times: <c>雀巢裁员4000人 … 蔚来…裁减100名员工</c> are two lay-offs, and the parties of the second
    /// joined the first; <c>中国队1-3不敌土耳其队 … 穆雷以2-6，6-7（3）不敌头号种子蒂姆</c> made 土耳其队 Murray's opponent.
    /// </summary>
    private bool ContinuesIn(string text, IReadOnlyList<EntityRef> entities, IReadOnlyList<TextRange> sentences, List<TextRange> eventTriggers, EventFact e,
        TriggerArguments? roles, TextRange sentence, TextRange trigger)
    {
        if (roles is not { } read || read.Participants.All(p => e.Participants.Any(q => q.Entity.Name == p.Entity.Name)) || NamesItsSetting(text, sentence, trigger, IncidentTypes.Contains(e.Type)))
        {
            return true;
        }

        var own = eventTriggers.Select(t => sentences.FirstOrDefault(s => s.Contains(t.Start))).Distinct().ToList();
        if (own.Contains(sentence))
        {
            return true;
        }

        var named = entities.Where(x => x.Kind is EntityKind.Person or EntityKind.Organization && own.Any(s => s.Contains(x.Range)))
            .Select(x => x.Name).ToHashSet(StringComparer.Ordinal);
        return entities.Any(x => x.Kind is EntityKind.Person or EntityKind.Organization && sentence.Contains(x.Range) && named.Contains(x.Name));
    }

    /// <summary>
    /// Whether the trigger names its event as the setting of what its sentence reports, an event the reader already
    /// knows of: right after a setting opener and right before a setting end of <c>Lexicons/event-cues.tsv</c> (<c>在会见中指出</c>,
    /// <c>在开幕式上说</c>, <c>在会晤时</c>), or after a mention-back-reference word of <c>Lexicons/event-cues.tsv</c>
    /// in the phrase of an incident's word (<c>这次爆炸事件</c>, <c>这起车祸</c>), or before 发生 and one of those
    /// (<c>爆炸发生后</c>, <c>会见发生时</c>). Of other happenings the words are mostly adverbs (<c>这次荣获…最佳女主角</c>,
    /// <c>此次为家族生下长孙</c>) or refer to a report of the same sentence: on the DuEE pages 7 of 7 uses they joined to
    /// an event before were another sentence's. A clause that opens with the word before 后 (<c>辞职后，</c>) is no such
    /// setting: on the DuEE pages four of four such uses were another sentence's own resignation.
    /// </summary>
    private bool NamesItsSetting(string text, TextRange sentence, TextRange trigger, bool incident)
    {
        var after = text.AsSpan(trigger.End, sentence.End - trigger.End);
        var before = text.AsSpan(sentence.Start, trigger.Start - sentence.Start);
        var phrase = before[(before.LastIndexOfAny(ClauseStops) + 1)..];
        if (incident && TextSpans.ContainsAny(phrase[Math.Max(0, phrase.Length - MentionBackReach)..], mentionBackReferences))
        {
            return true;
        }

        if (after.StartsWith("发生", StringComparison.Ordinal) && TextSpans.StartsWithAny(after[2..], settingEnds))
        {
            // 爆炸发生后, 会见发生时: the happening dates what the sentence reports.
            return true;
        }

        return TextSpans.EndsWithAny(before, settingOpeners) && TextSpans.StartsWithAny(after, settingEnds);
    }

    /// <summary>How far before an event's word a word referring back to it may stand (<c>此次|日俄首脑非正式会晤</c>).</summary>
    private const int MentionBackReach = 10;

    /// <summary>
    /// Whether a further use of a happening's word (not an incident's) names other parties than the event has, so that
    /// it is another happening of its kind: <c>孙俊负于丹麦队的盖德，罗毅刚负于印尼队的叶诚万</c> are two matches,
    /// <c>胡锦涛在汉城会见金守汉 … 去年访华…会见了江泽民主席和乔石委员长</c> two meetings. Both must name people and share
    /// none of them, or none in one role both name people in (<c>钱其琛会见了…沃勒贝克 … 钱其琛还会见了…因苏尔萨</c>: one host,
    /// two guests), or name no people, parties in one role and share none; a use that names none (<c>胡锦涛在会见中简要介绍了</c>)
    /// is a mention of the event.
    /// </summary>
    private static bool OtherParties(EventFact e, TriggerArguments? roles)
    {
        if (roles is not { Participants.Count: > 0 } r || e.Participants.Count == 0)
        {
            return false;
        }

        var newPersons = r.Participants.Where(p => p.Entity.Kind == EntityKind.Person).Select(p => p.Entity.Name).ToList();
        var oldPersons = e.Participants.Where(p => p.Entity.Kind == EntityKind.Person).Select(p => p.Entity.Name).ToList();
        if (newPersons.Count > 0 && oldPersons.Count > 0)
        {
            // 孙俊负于丹麦队的盖德 … 董炯负于丹麦队的约纳森: one team, other players; the people tell the happenings apart.
            // 胡锦涛会见了金宇中 … 胡锦涛分别会见了赵世衡、朴泰俊: one host, other guests; so do the people of one role.
            return !newPersons.Intersect(oldPersons, StringComparer.Ordinal).Any()
                || r.Participants.Where(p => p.Entity.Kind == EntityKind.Person).Select(p => p.Role).Distinct(StringComparer.Ordinal).Any(role =>
                    e.Participants.Any(q => q.Entity.Kind == EntityKind.Person && q.Role == role)
                    && !r.Participants.Any(p => p.Entity.Kind == EntityKind.Person && p.Role == role
                        && e.Participants.Any(q => q.Entity.Kind == EntityKind.Person && q.Role == role && q.Entity.Name == p.Entity.Name)));
        }

        return !r.Participants.Any(p => e.Participants.Any(q => q.Entity.Name == p.Entity.Name))
            && r.Participants.Any(p => e.Participants.Any(q => q.Role == p.Role));
    }

    /// <summary>
    /// A word an incident was reported with, printed again in the article, is that incident again (<c>一起火灾 …
    /// 此外，火灾还导致2名女性受伤 … 据调查，火灾是由…引起的</c>): the labeller reads each sentence alone and misses
    /// some repeats. Such a repeat becomes a mention of the incident when it is a word of its own (not part of
    /// 地震局) or the head of a compound word (the 污染 of 水污染, the 事故 of 交通事故: the whole word is the
    /// mention), does not qualify a noun (地震部门, 爆炸现场, 起火点: the office, the site, not the happening), is no
    /// trigger the labeller found and stands in no rule event's evidence, and follows no negation or future cue.
    /// </summary>
    private void AddRepeatedMentions(string text, IReadOnlyList<TextRange> sentences, IReadOnlyList<Token> tokens, List<FoundTrigger> found,
        IReadOnlyList<EventFact> ruleEvents, List<EventFact> added, IReadOnlyList<EntityRef> entities, RoleReader? roleReader,
        Dictionary<EventFact, List<TextRange>> triggerRanges, IReadOnlySet<string> credited)
    {
        var taken = found.Select(f => f.Range).ToList();
        foreach (var e in added.Where(e => IncidentTypes.Contains(e.Type)))
        {
            var words = e.Mentions.Select(m => m.Trigger).Prepend(e.Trigger).Where(w => w.Length >= 2).Distinct(StringComparer.Ordinal).ToList();
            var repeats = new List<TextRange>();
            foreach (var word in words)
            {
                for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
                {
                    // 水污染 for 污染, 交通事故 for 事故: a compound headed by the word is a kind of the same happening.
                    var range = IncidentWordUse.CompoundWithHead(tokens, new TextRange(at, at + word.Length));

                    if (!taken.Any(t => t.Overlaps(range)) && !repeats.Any(r => r.Overlaps(range)) && !ruleEvents.Any(r => r.Evidence.Overlaps(range))
                        && IncidentWordUse.IsMention(text, tokens, range, happeningHeads) && !NotHappened(text, range.Start) && !IsHandled(text, tokens, range)
                        && !IsPrevented(text, range.Start))
                    {
                        repeats.Add(range);
                    }
                }
            }

            foreach (var range in repeats.OrderBy(r => r.Start))
            {
                var sentence = sentences.FirstOrDefault(s => s.Contains(range));
                if (sentence.Length == 0)
                {
                    continue;
                }

                var clause = TextSpans.Clauses(text, sentence).First(c => c.Contains(range.Start));
                clause = new TextRange(clause.Start, Math.Max(clause.End, range.End));
                var word = text[range.Start..range.End];
                var roles = WithClausePlace(ReadRoles(roleReader, text, tokens, entities, sentence, clause, new FoundTrigger(range, e.FineType!, 0), credited), e.Type, entities, clause, range);
                // 受一场来势凶猛的暴雨袭击，在太保重庆分公司投保的许多企业…: a repeat whose sentence names parties of its own and
                // does not go on about the incident adds none of them (ContinuesIn).
                var continues = ContinuesIn(text, entities, sentences, triggerRanges[e], e, roles, sentence, range);
                e.Mentions.Add(new EventMention(clause, word) { Place = roles?.Place });
                triggerRanges[e].Add(range);
                taken.Add(range);
                if (roles is not null && continues)
                {
                    e.Location ??= roles.Value.Place;
                    foreach (var (who, role) in roles.Value.Participants.Where(p => !e.Participants.Any(q => q.Entity.Name == p.Entity.Name)))
                    {
                        e.Participants.Add(new ParticipantFact(who, role, clause, 0.6));
                    }
                }
            }
        }
    }

    /// <summary>
    /// The role labeller's reading of one trigger, without the participants that only report or respond to it: a
    /// reporter the article credits (<c>记者张祝基、于青报道：…胡锦涛…会见</c> made the reporters hosts), an
    /// organisation or person that is the source of the report (<see cref="ReportSources.IsSource"/>), and, for an incident
    /// (accident, fire, disaster, attack, epidemic) in a clause that dates the rest of its sentence
    /// (<c>事故发生后，长乐市委…立即成立…</c>: <see cref="IsAfterClause"/>), everyone outside that clause. Other events
    /// keep the rest of the sentence: their party is often its subject (<c>徐国飞辞职后，将不再担任…</c>,
    /// <c>在1-0小胜阿拉维斯之后，塞维利亚…领跑</c>; on the DuEE dev part the rule for every type cost participant F1).
    /// </summary>
    private TriggerArguments? ReadRoles(RoleReader? roleReader, string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityRef> entities, TextRange sentence,
        TextRange clause, FoundTrigger found, IReadOnlySet<string> credited)
    {
        var incident = schema.CoarseOf(found.FineType) is { } type && IncidentTypes.Contains(type);
        var afterClause = incident && IsAfterClause(text, clause);
        var roles = roleReader?.Read(entities, sentence, found, schema.RolesOf(found.FineType),
            x => (afterClause && !clause.Contains(x.Range)) || ReportCredits.IsCredited(x, credited) || ReportCredits.IsWireCredit(text, x) || sources.IsSource(text, sentence, x.Range, found.Range, incident),
            // 台风袭击日本, 沙特所受到的邮轮袭击: the countries of an incident are where it struck, whatever the labeller says.
            x => !incident && StandsForItsPeople(text, tokens, entities, found.Range, x), schema.CoarseOf(found.FineType) == EventLexicon.Meeting);
        return roles is { } read ? WithContestSides(text, entities, WithoutCompetitionSides(read), sentence, clause, found.Range) : null;
    }

    /// <summary>
    /// The roles without a competition as a winner or loser (competition and competition-ending of
    /// <c>Lexicons/event-cues.tsv</c>: <c>欧冠</c>, <c>足协杯</c>): the competition is where the match is played, never a
    /// side; as a side it also took the place of the clause's real party (<c>北京国安…，足协杯四分之一决赛又被山东鲁能淘汰</c>
    /// made 足协杯 the loser and dropped 北京国安).
    /// </summary>
    private TriggerArguments WithoutCompetitionSides(TriggerArguments roles) =>
        roles.Participants.Any(p => p.Role is Winner or Loser && IsCompetition(p.Entity.Name))
            ? roles with { Participants = roles.Participants.FindAll(p => !(p.Role is Winner or Loser && IsCompetition(p.Entity.Name))) }
            : roles;

    /// <summary>Whether a name is a competition's: listed, or ending in a competition ending (<c>欧联杯</c>, <c>英超联赛</c>).</summary>
    private bool IsCompetition(string name) =>
        competitions.Contains(name) || (name.Length > 1 && TextSpans.EndsWithAny(name.AsSpan(1), competitionEndings));

    private const string Winner = "winner";
    private const string Loser = "loser";

    /// <summary>
    /// The winners and losers of a contest whose verb tells the sides by their order (beat-verb and lose-to-verb of
    /// <c>Lexicons/event-cues.tsv</c>; a passive-beat-verb only after a passive marker of its clause, <c>遭到淘汰</c>,
    /// <c>被勇士4-2淘汰</c>): in the trigger's clause the party before a beat verb won and the one after it
    /// lost (<c>方博4-1战胜38岁老将庄智渊</c>), the other way round for a lose-to verb (<c>林丹不敌谌龙</c>). The role
    /// labeller reads the words around a party, and a modifier before the one beaten (38岁老将, 丹麦一哥) made it a winner.
    /// The labeller also reads the whole sentence, and gives parties of other clauses a side: one whose side a party
    /// of the clause already takes is another match's or a bystander (<c>周俊勋战胜王立诚 … 工藤纪夫</c>,
    /// <c>最后周鹤洋以四分之一子险胜</c> with the loser named a clause before as a winner) and is dropped; where the
    /// clause names no party before its verb, the party that opens the nearest clause before it is its subject
    /// (<c>中国女篮…，以52∶70败给俄罗斯队</c>, <c>马琳以○比三负于丹麦的本特森，遭到淘汰</c>).
    /// </summary>
    private TriggerArguments WithContestSides(string text, IReadOnlyList<EntityRef> entities, TriggerArguments roles, TextRange sentence, TextRange clause, TextRange trigger)
    {
        var verb = ContestVerbAt(text, trigger);
        // 输|给了委内瑞拉: the sides stand around the whole verb the trigger is printed as.
        trigger = new TextRange(trigger.Start, Math.Max(trigger.End, trigger.Start + verb.Length));
        clause = new TextRange(clause.Start, Math.Max(clause.End, trigger.End));
        // 遭到淘汰的同时目送对手法国队晋级: after a passive beat verb stands no side of it.
        var passiveOnly = passiveBeatVerbs.Contains(verb);
        var beat = beatVerbs.Contains(verb)
            || (passiveOnly && TextSpans.ContainsAny(text.AsSpan(clause.Start, trigger.Start - clause.Start), passiveMarkers)
                // 0∶2不敌意大利遭遇淘汰: the clause's contest is the verb before, 淘汰 its outcome.
                && !ContestVerbBetween(text, new TextRange(clause.Start, clause.Start), trigger));
        if (!beat && !loseToVerbs.Contains(verb))
        {
            return roles;
        }

        var sidedInClause = new List<(EntityRef Entity, string Role)>();
        var sided = roles.Participants.ConvertAll<(EntityRef Entity, string Role)>(p =>
        {
            if (p.Role is Winner or Loser && !clause.Contains(p.Entity.Range)
                && entities.FirstOrDefault(x => x.Kind == p.Entity.Kind && x.Name == p.Entity.Name && clause.Contains(x.Range) && !x.Range.Overlaps(trigger)) is { } again)
            {
                // 湖人在主场迎战勇士，湖人104击败98勇士: the labeller keeps a name's first mention; the one in the
                // trigger's clause is the side its order tells.
                p = (again, p.Role);
            }

            if (p.Role is not (Winner or Loser) || !clause.Contains(p.Entity.Range) || ContestVerbBetween(text, p.Entity.Range, trigger)
                || TextSpans.EndsWithAny(text.AsSpan(clause.Start, p.Entity.Range.Start - clause.Start), opponentsBefore)
                || (passiveOnly && p.Entity.Range.Start >= trigger.End))
            {
                return p;
            }

            var before = p.Entity.Range.End <= trigger.Start;
            var between = before ? text.AsSpan(p.Entity.Range.End, trigger.Start - p.Entity.Range.End) : text.AsSpan(trigger.End, p.Entity.Range.Start - trigger.End);
            if ((before && TextSpans.ContainsAny(between, negations))
                || (!before && ContestVerbBetween(text, p.Entity.Range, new TextRange(clause.End, clause.End))))
            {
                // 没能击败; 胡荣华战胜赵国荣、吕钦击败赵汝权: 吕钦 is the next verb's party.
                return p;
            }

            // 皇马击败 is the beat verb's winner, 阿贾克斯被皇马击败 its loser.
            (EntityRef Entity, string Role) side = (p.Entity, (before && !TextSpans.ContainsAny(between, passiveMarkers)) == beat ? Winner : Loser);
            sidedInClause.Add(side);
            return side;
        });

        // The party of another clause the labeller gave a side: the last one before the clause stands for the clause's
        // missing subject; one whose side the clause names is not this match's.
        var subjectNamed = sidedInClause.Any(p => p.Entity.Range.End <= trigger.Start);
        // 此役由中国女排对阵亚洲老对手韩国女排，…横扫韩国队: a party after another party in its clause is no subject, nor is one
        // after a contest verb (猛龙…主场92:90战胜费城76人，从而以总比分4:3击败对手); 马琳以○比三负于丹麦的本特森，遭到淘汰:
        // the one that opens its clause is, whatever verb that clause has after it.
        var subject = subjectNamed ? null : sided.LastOrDefault(p => p.Role is Winner or Loser && p.Entity.Range.End <= clause.Start
            && ClauseStart(text, sentence, p.Entity.Range) is var opens
            && !ContestVerbBetween(text, new TextRange(opens, opens), new TextRange(p.Entity.Range.Start, p.Entity.Range.Start))
            && !sided.Any(q => q.Entity.Range.Start >= opens && q.Entity.Range.End <= p.Entity.Range.Start)
            // 与印尼男队的苏巴吉亚／迈纳基对阵，经多次反复才以７∶１５惜败: an opponent-before word names the other side.
            && !TextSpans.ContainsAny(text.AsSpan(opens, p.Entity.Range.Start - opens), opponentsBefore)).Entity;

        var result = new List<(EntityRef Entity, string Role)>(sided.Count);
        foreach (var p in sided)
        {
            if (p.Role is not (Winner or Loser) || clause.Contains(p.Entity.Range))
            {
                result.Add(p);
            }
            else if (subject is not null && p.Entity == subject)
            {
                // 马琳…，遭到淘汰: a passive marker of the clause before its verb turns the subject's side.
                var passive = TextSpans.ContainsAny(text.AsSpan(clause.Start, trigger.Start - clause.Start), passiveMarkers);
                result.Add((p.Entity, !passive == beat ? Winner : Loser));
            }
            else if (!sidedInClause.Any(q => q.Role == p.Role))
            {
                result.Add(p);
            }
        }

        return roles with { Participants = result };
    }

    /// <summary>
    /// The contest verb a trigger is printed as: the longest listed verb printed from its start that the trigger is the
    /// start of (输 of 输给, 负 of 负于) or that the trigger is, less a 了 after it (输给了); else the trigger itself.
    /// </summary>
    private string ContestVerbAt(string text, TextRange trigger)
    {
        var printed = text.AsSpan(trigger.Start);
        var word = printed[..trigger.Length];
        var best = word.ToString();
        var found = false;
        foreach (var v in beatVerbs.Concat(loseToVerbs).Concat(passiveBeatVerbs))
        {
            var fits = v.Length >= word.Length
                ? printed.StartsWith(v, StringComparison.Ordinal) && v.AsSpan().StartsWith(word, StringComparison.Ordinal)
                : word.StartsWith(v, StringComparison.Ordinal) && word[v.Length..] is "了";
            if (fits && (!found || v.Length > best.Length || (v.Length == best.Length && string.CompareOrdinal(v, best) < 0)))
            {
                (best, found) = (v, true);
            }
        }

        return best;
    }

    /// <summary>Where the clause of a party starts within its sentence.</summary>
    private static int ClauseStart(string text, TextRange sentence, TextRange party)
    {
        var stop = text.AsSpan(sentence.Start, party.Start - sentence.Start).LastIndexOfAny(ClauseStops);
        return stop < 0 ? sentence.Start : sentence.Start + stop + 1;
    }

    /// <summary>Whether another contest verb stands between a party and the trigger (<c>完胜尼日利亚和2-1击败韩国女足</c>: the
    /// first verb's side), so the order tells nothing of the trigger's sides.</summary>
    private bool ContestVerbBetween(string text, TextRange party, TextRange trigger)
    {
        var (from, to) = party.End <= trigger.Start ? (party.End, trigger.Start) : (trigger.End, party.Start);
        var between = text.AsSpan(from, Math.Max(0, to - from));
        return TextSpans.ContainsAny(between, beatVerbs) || TextSpans.ContainsAny(between, loseToVerbs);
    }

    /// <summary>
    /// Whether a place the role labeller reads as a party stands for its people there: a country printed as a word of
    /// its own (<c>巴西险胜土耳其</c>, <c>日本正式退出国际捕鲸委员会</c>, <c>以色列…空袭</c>: its team or its government).
    /// A country that qualifies the word after it (<c>巴西外援</c>, <c>菲律宾电信</c>, <c>日本外相</c>,
    /// <c>斯洛文尼亚的贝德内</c>; a word for people of the people-after-country cues of <c>Lexicons/event-cues.tsv</c>,
    /// <c>印度选手</c>, which jieba does not tag as a noun), or a person named right after it in its clause
    /// (<c>丹麦一哥乔纳森</c>, <c>秘鲁副总统阿劳斯</c>), is no party, nor one after 在, 于 or 赴 (where the event
    /// was); nor is a province, city or town, which the news prints for a club or a company named after it
    /// (<c>广州恒大</c>, <c>大连电瓷</c>).
    /// </summary>
    private bool StandsForItsPeople(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityRef> entities, TextRange trigger, EntityRef place)
    {
        if (!IsCountry(place.Name) || (place.Range.Start > 0 && text[place.Range.Start - 1] is '在' or '于' or '赴')
            || TextSpans.StartsWithAny(text.AsSpan(place.Range.End), peopleAfterCountry))
        {
            return false;
        }

        // 丹麦一哥乔纳森: a person named within a few characters after it, no stop nor the trigger between, is the party.
        var reach = Math.Min(text.Length, place.Range.End + PersonAfterCountryReach);
        if (entities.Any(p => p.Kind == EntityKind.Person && p.Range.Start >= place.Range.End && p.Range.Start < reach
            && !(trigger.Start >= place.Range.End && trigger.End <= p.Range.Start)
            && text.AsSpan(place.Range.End, p.Range.Start - place.Range.End).IndexOfAny(ClauseStops) < 0))
        {
            return false;
        }

        var next = Token.FirstEndingAfter(tokens, place.Range.End);
        if (next >= tokens.Count || tokens[next].Start != place.Range.End)
        {
            // The place ends inside a word (日本籍): it is part of another word.
            return next >= tokens.Count || tokens[next].Start >= place.Range.End;
        }

        var tag = tokens[next].Tag.Name;
        return !(tag is { Length: > 0 } && (tag[0] == 'n' || tag is "eng" or "j" or "uj" or "vn"));
    }

    /// <summary>How far after a country a person may be named and still be the one it qualifies (<c>美国搏击名将威廉乔佩</c>).</summary>
    private const int PersonAfterCountryReach = 10;

    private static readonly System.Buffers.SearchValues<char> ClauseStops = System.Buffers.SearchValues.Create("，,。；;：:、！？!?（）() \n");

    /// <summary>A country: one of <see cref="WorldPlaces.Countries"/> or a country of the gazetteer (<c>中国</c>).</summary>
    private bool IsCountry(string name) =>
        world.Countries.Contains(name) || PlaceGazetteer.Default.Find(name).Any(p => p.Level == PlaceLevel.Country);

    /// <summary>
    /// Whether the clause ends in an after-clause word of <c>Lexicons/event-cues.tsv</c> (<c>事发后，</c>,
    /// <c>地震发生之后，</c>): it dates the rest of the sentence by the event it names.
    /// </summary>
    private bool IsAfterClause(string text, TextRange clause)
    {
        var end = clause.End;
        while (end > clause.Start && text[end - 1] is '，' or ',' or '；' or ';' or '。' or ' ' or '　')
        {
            end--;
        }

        // 事后 or 之后 alone is no clause naming an event: the clause holds more than the word.
        return afterClauseEnds.Any(w => end - clause.Start > w.Length + 1 && string.CompareOrdinal(text, end - w.Length, w, 0, w.Length) == 0);
    }

    /// <summary>
    /// An incident the role labeller gives no place takes the place of its own clause printed nearest before its
    /// trigger (<c>四川省汶川县7.8级地震</c>, <c>益阳市…芦苇堆场发生火灾</c>): where a disaster, fire or accident
    /// happened is printed before it.
    /// </summary>
    private static TriggerArguments? WithClausePlace(TriggerArguments? roles, string? type, IReadOnlyList<EntityRef> entities, TextRange clause, TextRange trigger)
    {
        if (roles is not { Place: null } read || type is null || !IncidentTypes.Contains(type))
        {
            return roles;
        }

        var place = entities.LastOrDefault(x => x.Kind == EntityKind.Place && clause.Contains(x.Range) && x.Range.End <= trigger.Start);
        return place is null ? roles : read with { Place = place };
    }

    /// <summary>The arguments the role labeller gives one trigger: the place, if any, and the participants with their roles.</summary>
    private readonly record struct TriggerArguments(EntityRef? Place, List<(EntityRef Entity, string Role)> Participants);

    /// <summary>
    /// Classifies the entities of a trigger's sentence with the trained role labeller: a place labelled <c>place</c>
    /// (the surest one) is where the event happened, people and organisations labelled with a participant role take
    /// part with it. An entity labelled with a role its kind cannot play (a person as place) is left out.
    /// </summary>
    private const string Place = "place";

    /// <summary>
    /// The role of a person the labeller reads as a party of an event whose type DuEE's schema gives no party role
    /// (the speaker at an opening, <c>叶利钦在年会开幕式上讲话</c>; the one killed in a crash): which part the person
    /// played the labeller cannot tell, as DuEE never taught it; a rule's role (speaker, attendee) replaces it.
    /// </summary>
    private const string Other = "other";

    private sealed class RoleReader(EventRoleModel model, JiebaSegmenter segmenter, string text, IReadOnlyList<Token>? tokens)
    {
        private readonly TriggerFeatures.Words words = new();
        private readonly List<ulong> keys = new(64);
        private readonly float[] scores = new float[model.Labels.Length];
        private TextRange? wordsOf;

        /// <param name="notParty">Entities that take no part whatever their label (the source of the report); tested
        /// before a name's first labelled mention is taken, so that a later mention of the same name may be.</param>
        /// <param name="allowed">The roles the trigger's fine type can have (<see cref="EventTypeSchema.RolesOf"/>), or null for any.</param>
        /// <param name="placeParty">Whether a place the labeller reads as a party stands for its people (a country's team or government).</param>
        /// <param name="meeting">Whether the trigger is a meeting's, whose parties are the people, not their offices.</param>
        public TriggerArguments Read(IReadOnlyList<EntityRef> entities, TextRange sentence, FoundTrigger trigger, IReadOnlySet<string>? allowed, Func<EntityRef, bool> notParty,
            Func<EntityRef, bool> placeParty, bool meeting)
        {
            if (model.Labels.Length < 2)
            {
                // Trained on events without arguments: it knows no role.
                return new TriggerArguments(null, []);
            }

            if (wordsOf != sentence)
            {
                if (tokens is null)
                {
                    words.Read(segmenter, text.AsSpan(sentence.Start, sentence.Length));
                }
                else
                {
                    words.Read(text, sentence, tokens);
                }

                wordsOf = sentence;
            }

            var s = text.AsSpan(sentence.Start, sentence.Length);
            var type = EventRoleFeatures.TypeHash(trigger.FineType);
            EntityRef? place = null;
            var placeMargin = float.NegativeInfinity;
            var participants = new List<(EntityRef, string)>();
            foreach (var x in entities)
            {
                if (!sentence.Contains(x.Range) || x.Range.Length == 0 || x.Range.Overlaps(trigger.Range))
                {
                    continue;
                }

                EventRoleFeatures.Of(s, words, trigger.Range.Start - sentence.Start, trigger.Range.End - sentence.Start, type,
                    x.Range.Start - sentence.Start, x.Range.End - sentence.Start, keys);
                model.Classify(keys, scores);

                // The best role the trigger's fine type can have (DuEE's schema: no winner of a poisoning, no suspect of a
                // meeting), when it scores above no argument less the model's bias. Place stays a candidate whatever the
                // type, so that a country or city the labeller reads as the place is not made a party instead; a type
                // without a place takes none. A role the entity's kind cannot play (a person as place, a place as victim)
                // leaves it out: restricting the roles to those of its kind instead made places of the countries and
                // cities DuEE reads as subjects (place F1 0.51 → 0.40).
                // A type DuEE's schema gives no party (开幕, 闭幕, 车祸, 爆炸, 污染: its annotators marked none) is silent, not
                // a type without parties: a person the labeller reads with any role takes part in it, in the generic role.
                var best = -1;
                // Places and organisations are read as before: the place of such an event stays its place.
                var silent = allowed is not null && x.Kind == EntityKind.Person && allowed.All(r => r == Place);
                for (var c = 1; c < scores.Length; c++)
                {
                    if ((allowed is null || silent || model.Labels[c] == Place || allowed.Contains(model.Labels[c])) && (best < 0 || scores[c] > scores[best]))
                    {
                        best = c;
                    }
                }

                var margin = best < 0 ? float.NegativeInfinity : scores[best] - scores[0];
                var asPlace = model.Labels[best] == Place;
                if (margin <= -model.Bias || (asPlace && x.Kind != EntityKind.Place) || (!asPlace && x.Kind == EntityKind.Place && (margin <= 0 || !placeParty(x)))
                    || (asPlace && allowed is not null && !allowed.Contains(Place)))
                {
                    continue;
                }

                if (asPlace)
                {
                    if (margin > placeMargin)
                    {
                        (place, placeMargin) = (x, margin);
                    }
                }
                else if (!participants.Any(p => p.Item1.Name == x.Name) && !notParty(x)
                    // 会见了联邦委员会（议会上院）主席斯特罗耶夫: at a meeting an organisation that names the office of the person
                    // printed right after it is no party beside the person (the rules read the one met so too).
                    && !(meeting && x.Kind == EntityKind.Organization
                        && EventArgumentReader.OfficeOfPerson(text, x, [.. entities.Where(p => sentence.Contains(p.Range))])))
                {
                    participants.Add((x, silent ? Other : model.Labels[best]));
                }
            }

            return new TriggerArguments(place, participants);
        }
    }

    /// <summary>
    /// Whether the incident word at <paramref name="range"/> is the thing handled, and so no sighting of the incident:
    /// the jieba word right before it is a handled-before cue of <c>Lexicons/event-cues.tsv</c> (对袭击事件进行调查,
    /// 对事故负责).
    /// </summary>
    private bool IsHandled(string text, IReadOnlyList<Token> tokens, TextRange range)
    {
        var first = Token.FirstEndingAfter(tokens, range.Start);
        return first > 0 && first <= tokens.Count && tokens[first - 1].End == range.Start
            && handledBefore.Contains(text[tokens[first - 1].Start..tokens[first - 1].End]);
    }

    /// <summary>
    /// Whether a prevention cue of <c>Lexicons/event-cues.tsv</c> (防止, 严防, 以防, 减少 …) stands before the incident word
    /// at <paramref name="at"/> in its clause: the incident is guarded against (严防群死群伤的恶性火灾发生), not seen.
    /// </summary>
    private bool IsPrevented(string text, int at)
    {
        var clauseStart = text.AsSpan(0, at).LastIndexOfAny(ClauseBreaks) + 1;
        return TextSpans.ContainsAny(text.AsSpan(clauseStart, at - clauseStart), prevention);
    }

    /// <summary>The marks that end a clause: a prevention cue before one guards against nothing after it.</summary>
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create("，。；！？,;!?：:\n");

    /// <summary>
    /// A negation or future cue right before the trigger; a cue of two characters or more may also stand one or two
    /// characters before it (<c>计划推出</c>, <c>没有正式开业</c>), a one-character cue only right before it (<c>不幸去世</c> is no denial).
    /// </summary>
    private bool NotHappened(string text, int at)
    {
        foreach (var gap in (ReadOnlySpan<int>)[0, 1, 2])
        {
            var end = at - gap;
            if (cues.Any(n => (gap == 0 || n.Length > 1) && end >= n.Length && string.CompareOrdinal(text, end - n.Length, n, 0, n.Length) == 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A mention whose own sentence names the event's place, where the role labeller did not pick it for that
    /// mention, is a mention of the event at that place too (<c>HELD_AT</c> evidence): the place printed with it.
    /// </summary>
    private static void PlaceInSentence(IReadOnlyList<EntityRef> entities, IReadOnlyList<TextRange> sentences, EventFact e)
    {
        if (e.Location is not { } place)
        {
            return;
        }

        EntityRef? Named(TextRange evidence)
        {
            var sentence = sentences.FirstOrDefault(s => s.Contains(evidence.Start));
            return entities.FirstOrDefault(x => x.Kind == EntityKind.Place && x.Name == place.Name && sentence.Contains(x.Range));
        }

        e.EvidencePlace ??= Named(e.Evidence);
        for (var i = 0; i < e.Mentions.Count; i++)
        {
            if (e.Mentions[i].Place is null)
            {
                e.Mentions[i] = e.Mentions[i] with { Place = Named(e.Mentions[i].Evidence) };
            }
        }
    }

    /// <summary>
    /// Each mention's evidence starts after the event's words printed before its trigger in the same clause (of
    /// <c>原震中处发生余震：14时43分发生6.0级余震；</c> the first 余震 keeps the clause, the second has
    /// <c>：14时43分发生6.0级余震；</c>), so that two mentions of one clause are two sightings, and the first of the
    /// event's words in each evidence is its own trigger.
    /// </summary>
    private static void SeparateMentionsOfOneClause(string text, EventFact e, List<TextRange> ranges)
    {
        var words = e.Mentions.Select(m => m.Trigger).Prepend(e.Trigger).Distinct(StringComparer.Ordinal).ToList();
        TextRange Own(TextRange evidence, TextRange trigger)
        {
            var start = evidence.Start;
            foreach (var word in words)
            {
                for (var at = text.IndexOf(word, evidence.Start, trigger.Start - evidence.Start, StringComparison.Ordinal); at >= 0 && at + word.Length <= trigger.Start;
                     at = text.IndexOf(word, at + 1, trigger.Start - at - 1, StringComparison.Ordinal))
                {
                    start = Math.Max(start, at + word.Length);
                }
            }

            return new TextRange(start, evidence.End);
        }

        e.Evidence = Own(e.Evidence, ranges[0]);
        for (var i = 0; i < e.Mentions.Count; i++)
        {
            e.Mentions[i] = e.Mentions[i] with { Evidence = Own(e.Mentions[i].Evidence, ranges[i + 1]) };
        }
    }

    /// <summary>The class of an incident word printed right before an attack's trigger, when it is no attack itself.</summary>
    private string? AttackerIncident(string text, int triggerStart)
    {
        for (var length = Math.Min(IncidentWordList.MaxLength, triggerStart); length >= 2; length--)
        {
            if (incidentWords.ClassNameOf(text.AsSpan(triggerStart - length, length)) is { } incident && incident != "attack")
            {
                return incident;
            }
        }

        return null;
    }

    /// <summary>
    /// The clause as the event's name, without a leading time or adverb, cut to 40 characters around the trigger;
    /// a cut never falls inside a name printed in the clause (其全资子公司比亚迪电子（国际）有限公司拟以… keeps 比亚迪), and
    /// brackets or quotes it leaves without their partner are repaired (<see cref="EventNames"/>).
    /// </summary>
    private string NameOf(string text, TextRange clause, string trigger, IReadOnlyList<EntityRef> entities)
    {
        // Trimmed again after cleaning: a wire dateline it takes off (新华社北京12月3日电 国家主席…) leaves its space.
        var name = ruleNames.Clean(text[clause.Start..clause.End].Trim().TrimEnd('，', ',', '；', ';', '。', '！', '？', '!', '?')).Trim();
        if (name.Length <= 40)
        {
            return EventNames.Repair(text, clause, name.Length >= trigger.Length ? name : trigger, trigger, ruleNames.Clean, ruleNames.GlossHeadMarkers);
        }

        var at = Math.Max(0, name.IndexOf(trigger, StringComparison.Ordinal));
        var start = Math.Clamp(at - 20, 0, name.Length - 40);
        var end = start + 40;
        foreach (var e in entities.Where(e => clause.Contains(e.Range)))
        {
            for (var i = name.IndexOf(e.Surface, StringComparison.Ordinal); i >= 0; i = name.IndexOf(e.Surface, i + 1, StringComparison.Ordinal))
            {
                var after = i + e.Surface.Length;
                start = i < start && after > start ? i : start;
                end = i < end && after > end ? after : end;
            }
        }

        return EventNames.Repair(text, clause, name[start..end], trigger, ruleNames.Clean, ruleNames.GlossHeadMarkers);
    }

    /// <summary>
    /// Where the event happened: a place of the trigger's clause, nearest before the trigger, else after it; else a
    /// place of the sentence printed after 在 or 于 before the trigger (<c>在解放西路，一辆…相撞</c>).
    /// </summary>
    private static EntityRef? PlaceNear(string text, IReadOnlyList<EntityRef> entities, TextRange sentence, TextRange clause, TextRange trigger)
    {
        var places = entities.Where(e => e.Kind == EntityKind.Place && sentence.Contains(e.Range) && !e.Range.Overlaps(trigger)).ToList();
        return places.LastOrDefault(p => clause.Contains(p.Range) && p.Range.End <= trigger.Start)
            ?? places.FirstOrDefault(p => clause.Contains(p.Range) && p.Range.Start >= trigger.End)
            ?? places.LastOrDefault(p => p.Range.End <= trigger.Start && p.Range.Start > 0 && text[p.Range.Start - 1] is '在' or '于');
    }
}
