using System.Text.RegularExpressions;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Finds the events an article reports, one sentence at a time: meetings convened (<c>召开…会</c>), happenings held
/// at a place (<c>…在…举行</c>, split when several share one sentence), launches, signings, unveilings, awards,
/// visits by a leader, and named event nouns (<c>政企座谈会</c>). One event per real happening: repeated mentions
/// in an article are merged. Arguments are read by <see cref="EventArgumentReader"/>.
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>Words an event's name drops when it opens with them (<c>随后</c>, <c>我市</c>), in the order listed.</summary>
    private readonly string[] leadingNoise;

    /// <summary>
    /// Where the words before a gloss an event's name drops best start when they are too long to stand in whole
    /// (<c>event-cues.tsv</c>, gloss-head-marker: 将, 把, 被 …; <see cref="EventNames.Repair"/>).
    /// </summary>
    public System.Buffers.SearchValues<char> GlossHeadMarkers { get; }

    /// <summary>The words that define a short name in brackets, which a name drops with the bracket.</summary>
    private readonly Recognition.ShortNameDefinitions shortNameDefinitions;

    /// <summary>Words after a trigger that make it a point in time (<c>开业第一周</c>, <c>签约后</c>), not an event reported.</summary>
    private readonly string[] timeAfterEvent;

    /// <summary>Words after an honour verb that make it a count of honours (<c>获评数量</c>), not an honour won.</summary>
    private readonly string[] notAnHonour;

    /// <summary>Openings of a phrase that refers back to an event named elsewhere (<c>本届博览会</c>).</summary>
    private readonly string[] namedBackReferences;

    private static readonly Lazy<EventExtractor> Embedded = new(() => new EventExtractor(LexiconSet.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The rules over the embedded lists.</summary>
    public EventExtractor()
        : this(LexiconSet.Default)
    {
    }

    /// <summary>The rules over the embedded lists, built once (their patterns are compiled).</summary>
    public static EventExtractor Default => Embedded.Value;

    /// <summary><see cref="Default"/> for the embedded lists, else the rules over <paramref name="lexicons"/>.</summary>
    public static EventExtractor For(LexiconSet lexicons) => lexicons == LexiconSet.Default ? Default : new EventExtractor(lexicons);

    /// <summary>The rules over the cues <paramref name="lexicons"/> lists (relation-cues.tsv, event-cues.tsv, event-endings.tsv,
    /// organization-endings.tsv).</summary>
    public EventExtractor(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        timeAfterEvent = [.. lexicons.EventCues.WordsOf("time-after-event")];
        notAnHonour = [.. lexicons.EventCues.WordsOf("not-an-honour")];
        namedBackReferences = [.. lexicons.EventCues.WordsOf("event-back-reference")];
        leadingNoise = [.. lexicons.EventCues.WordsOf("name-leading-noise")];
        GlossHeadMarkers = System.Buffers.SearchValues.Create(string.Concat(lexicons.EventCues.WordsOf("gloss-head-marker")));
        shortNameDefinitions = Recognition.ShortNameDefinitions.For(lexicons);
        signingSides = [.. lexicons.RelationCues.WordsOf("signing-side")];
        notVenuePrepositions = new(lexicons.RelationCues.WordsOf("not-at"), StringComparer.Ordinal);
        organizeVerbs = [.. lexicons.RelationCues.WordsOf("organize-verb").OrderByDescending(w => w.Length)];
        organizerAdverbs = [.. lexicons.RelationCues.WordsOf("organizer-adverb").OrderByDescending(w => w.Length)];
        listJoiners = [.. lexicons.RelationCues.WordsOf("list-joiner")];
        organizedEventEndings = [.. lexicons.RelationCues.WordsOf("organized-event").OrderByDescending(w => w.Length)];
        endingContinuations = [.. lexicons.RelationCues.WordsOf("ending-continuation")];
        organizationNameEndings = [.. lexicons.OrganizationEndings.WordsOf("name")];
        organizedBackReferences = [.. lexicons.RelationCues.WordsOf("back-reference")];
        notShowEndings = [.. lexicons.EventEndings.WordsOf("not-exhibition")];
        timesOfDay = [.. lexicons.EventCues.WordsOf("time-of-day")];
        signingNotMade = [.. lexicons.RelationCues.WordsOf("signing-not-made")];
        visitTo = [.. lexicons.EventCues.WordsOf("visit-to")];
        notYetVisited = [.. lexicons.EventCues.WordsOf("visit-not-yet")];
        visitPlaceEnds = [.. lexicons.EventCues.WordsOf("visit-place-end")];
        speechVerbs = [.. lexicons.EventCues.WordsOf("speech")];
        futureCues = [.. lexicons.EventCues.WordsOf("future")];
        visitBackReferences = [.. lexicons.EventCues.WordsOf("visit-back-reference")];
        scheduledCues = [.. lexicons.EventCues.WordsOf("scheduled")];
        notFutureWords = [.. lexicons.EventCues.WordsOf("not-future")];
        visitEnds = [.. lexicons.EventCues.WordsOf("visit-ending")];
        visitPlansAfter = [.. lexicons.EventCues.WordsOf("visit-plan-after")];
        visitNouns = [.. lexicons.EventCues.WordsOf("visit-noun")];
        invitationWords = [.. lexicons.EventCues.WordsOf("invitation")];
        notANameOpening = [.. lexicons.EventEndings.WordsOf("attended-not-name")];
        eventWords = new EventLexicon(lexicons);
        // 政企座谈会, 人才招聘会: a name of up to 12 characters closed by an ending that names an event on its own.
        namedNounPattern = new Regex(
            @"(?<=^|[，,、在了和与及“”（(])(?<name>[\u4e00-\u9fff]{2,12}?)(?<end>"
            + string.Join('|', eventWords.NamedEventEndings.Select(Regex.Escape)) + ")",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        attendedPattern = new(
        @"(?:出席|参加|列席)[了完过]?(?<name>[^，,。；;！？!?、：:“”‘’（）()《》\s]{1,28}?(?<end>"
        + string.Join('|', lexicons.EventEndings.WordsOf("attended-event").OrderByDescending(w => w.Length).Select(Regex.Escape))
        + @"))(?=$|[，,。；;！？!?、（(]|并|和|与|及|暨|上|时|期间|后)",
        RegexOptions.Compiled);
        organizerGap = new(
        @"^(?:[0-9０-９]{1,2}日(?=就))?(?<adv>(?:" + AdverbAlternation(lexicons) + @")+)?(?:又|还|也|正式)?(?:在(?<loc>[一-鿿]{2,10}?))?(?:就(?!在)[^，,。；;]{1,40}?)?(?:又|还|也|正式|专门|紧急)?(?<adv>(?:"
        + AdverbAlternation(lexicons) + @")+)?$", RegexOptions.CultureInvariant);
    }

    /// <summary>The events of <paramref name="text"/>, read sentence by sentence (<paramref name="sentences"/>, the
    /// document's split, or null to split here).</summary>
    public IReadOnlyList<EventFact> Find(string text, IReadOnlyList<EntityRef> entities, IReadOnlyList<TextRange>? sentences = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        var events = new List<EventFact>();
        foreach (var sentence in sentences ?? TextSpans.Sentences(text))
        {
            var s = text[sentence.Start..sentence.End];
            var taken = new List<TextRange>();
            var firstOfSentence = events.Count;
            if (s.Contains("召开", StringComparison.Ordinal))
            {
                Convened(sentence, s, entities, events, taken);
            }

            if (s.Contains("举行", StringComparison.Ordinal) || s.Contains("举办", StringComparison.Ordinal))
            {
                Hosted(text, sentence, s, entities, events, taken);
            }

            if (s.Contains('在', StringComparison.Ordinal) && HeldVerb().IsMatch(s))
            {
                Held(sentence, s, entities, events, taken);
            }

            if (s.Contains("举行", StringComparison.Ordinal) || s.Contains("召开", StringComparison.Ordinal) || s.Contains("开幕", StringComparison.Ordinal) || s.Contains("举办", StringComparison.Ordinal))
            {
                SubjectHeld(sentence, s, entities, events, taken);
            }

            Clauses(text, sentence, entities, events, taken);
            if (s.Contains('由', StringComparison.Ordinal))
            {
                Sponsored(text, sentence, s, entities, events, firstOfSentence, taken);
            }

            if (s.Contains('会', StringComparison.Ordinal) || s.Contains('班', StringComparison.Ordinal))
            {
                NamedNouns(text, sentence, s, events, taken);
            }

            if (s.Contains("出席", StringComparison.Ordinal) || s.Contains("参加", StringComparison.Ordinal) || s.Contains("列席", StringComparison.Ordinal))
            {
                Attended(sentence, s, entities, events, taken);
            }
        }

        foreach (var e in events)
        {
            // Before the merge, which tells mentions of one event by their names.
            e.Name = EventNames.Repair(text, e.Evidence, e.Name, e.Trigger, Clean, GlossHeadMarkers);
        }

        return Merge(events);
    }

    /// <summary><c>市委组织部召开部务会（扩大）会议</c>.</summary>
    private void Convened(TextRange sentence, string s, IReadOnlyList<EntityRef> entities, List<EventFact> events, List<TextRange> taken)
    {
        foreach (Match m in ConvenePattern().Matches(s))
        {
            var range = new TextRange(sentence.Start + m.Index, sentence.Start + m.Index + m.Length);
            var organizer = entities.LastOrDefault(e => e.Kind != EntityKind.Person && e.Range.End == range.Start);
            EntityRef? location = null;
            if (organizer is { Kind: EntityKind.Place } && IsVenue(s, sentence, entities, organizer))
            {
                // 国务院妇女儿童工作委员会今天在中南海召开, 荣耀系列在英国伦敦召开: a place after 在 or 于 is where the meeting
                // is held, never who holds it; the organiser is printed before 在.
                location = organizer;
                organizer = null;
            }

            if (organizer is null || m.Groups["name"].Value == "会议")
            {
                var before = OrganizerBefore(entities, s, sentence, range.Start, placesToo: false);
                organizer = before.Organizer;
                location = before.Location ?? location;
            }

            // 在卢森堡召开的北约外长会议: 的 opens no name.
            var name = m.Groups["name"].Value.Length > 3 && m.Groups["name"].Value[0] == '的' ? m.Groups["name"].Value[1..] : m.Groups["name"].Value;
            if (name == "会议" && organizer is null)
            {
                continue;
            }

            if (name == "会议")
            {
                // 省委省政府在义乌召开会议: a bare 会议 is named by who held it and where.
                name = s[(organizer!.Range.Start - sentence.Start)..(range.End - sentence.Start)];
            }
            else if (organizer is { Kind: EntityKind.Organization } && !name.StartsWith(organizer.Surface, StringComparison.Ordinal))
            {
                name = organizer.Surface + name;
            }

            var meeting = new EventFact { Type = EventLexicon.Meeting, Name = name, Trigger = "召开", Evidence = Extend(range, organizer), Organizer = organizer, Location = location, Confidence = 0.85 };
            meeting.CoOrganizers.AddRange(ListedWith(s, sentence, entities, organizer, range.Start));
            meeting.Evidence = Extend(meeting.Evidence, meeting.CoOrganizers.FirstOrDefault());
            events.Add(meeting);
            taken.Add(range);
        }
    }

    /// <summary><c>省政府新闻办举行新闻发布会</c>: an organiser holding a named event.</summary>
    private void Hosted(string text, TextRange sentence, string s, IReadOnlyList<EntityRef> entities, List<EventFact> events, List<TextRange> taken)
    {
        foreach (Match m in HostPattern().Matches(s))
        {
            var range = new TextRange(sentence.Start + m.Index, sentence.Start + m.Index + m.Length);
            // 在亚洲协会举行的年度餐会上: an organisation after 在 that holds the event named after 的 is its organiser; 在日内瓦大学
            // 举行报告会, 华为在深圳总部举办: one after 在 before the verb of its clause is only where the event is held.
            var relative = m.Groups["name"].Value.StartsWith('的');
            var (organizer, location, venue) = OrganizerBefore(entities, s, sentence, range.Start, placesToo: false, venuesOrganize: relative);
            if ((organizer ?? venue) is null || taken.Any(t => t.Overlaps(range)))
            {
                continue;
            }

            var trigger = m.Groups["verb"].Value;
            if (m.Groups["name"].Value == "座谈")
            {
                // 义乌市人民政府与克孜勒苏柯尔克孜自治州人民政府举行座谈: both sides meet; neither organises the other.
                if (organizer is null)
                {
                    continue;
                }

                var partner = entities.LastOrDefault(e => e.Kind == EntityKind.Organization && e.Range.End == organizer.Range.Start - 1
                    && text[organizer.Range.Start - 1] is '与' or '和' or '同');
                var talks = new EventFact
                {
                    Type = EventLexicon.Meeting, Name = (partner is null ? organizer.Surface : partner.Surface + text[partner.Range.End] + organizer.Surface) + "座谈",
                    Trigger = "座谈", Evidence = Extend(Extend(range, organizer), partner), Location = location, Confidence = 0.75,
                };
                foreach (var side in new[] { partner, organizer }.OfType<EntityRef>())
                {
                    talks.Participants.Add(new ParticipantFact(side, "attendee", talks.Evidence, 0.75));
                }

                events.Add(talks);
                taken.Add(range);
                continue;
            }

            // 香港贸易发展局就…举行的为期两天的会议: 的 and a duration open no name.
            // The event keeps the name it is printed with (日内瓦大学报告会) when only its venue is named before the verb.
            var name = (organizer ?? venue)!.Surface + Clean(m.Groups["name"].Value);
            var hosted = new EventFact
            {
                Type = eventWords.TypeOf(name), Name = name, Trigger = trigger, Evidence = Extend(range, organizer ?? venue), Organizer = organizer, Location = location, Confidence = 0.8,
                NamedInPassing = relative,
            };
            hosted.CoOrganizers.AddRange(ListedWith(s, sentence, entities, organizer, range.Start));
            hosted.Evidence = Extend(hosted.Evidence, hosted.CoOrganizers.FirstOrDefault());
            events.Add(hosted);
            taken.Add(range);
        }
    }

    /// <summary><c>…启动仪式在…举行</c>; <c>A、B及C在…举行</c> gives three events.</summary>
    private void Held(TextRange sentence, string s, IReadOnlyList<EntityRef> entities, List<EventFact> events, List<TextRange> taken)
    {
        foreach (Match m in HeldPattern().Matches(s))
        {
            var subject = m.Groups["subj"];
            var subjectStart = sentence.Start + subject.Index;
            // 在卢森堡就科索沃局势举行: the topic after 就 is no place of the event.
            var loc = m.Groups["loc"];
            var topic = loc.Value.IndexOf('就', StringComparison.Ordinal);
            var locEnd = sentence.Start + loc.Index + (topic > 0 ? topic : loc.Length);
            var location = entities.LastOrDefault(e => e.Kind == EntityKind.Place
                && e.Range.Start >= sentence.Start + loc.Index && e.Range.End <= locEnd);
            var trigger = m.Groups["verb"].Value;
            var parts = SplitList(AfterDash(subject.Value, out var dashOffset));
            subjectStart += dashOffset;
            var typed = parts.Count > 1 && parts.All(p => eventWords.TriggerOf(p.Text) is not null);
            foreach (var (partText, partOffset) in typed ? parts : [(subject.Value[dashOffset..], 0)])
            {
                var name = Clean(partText);
                if (name.Length < 2)
                {
                    continue;
                }

                var type = eventWords.TypeOf(name);
                if (type == EventLexicon.Other && trigger == "启动")
                {
                    type = EventLexicon.Launch;
                }
                else if (trigger == "发布")
                {
                    // “疫小盾”智能辅助预检应用在义乌正式发布: what is released is named, the release is the event.
                    type = EventLexicon.Release;
                    name = name.TrimEnd('正', '式') + trigger;
                }

                if (type == EventLexicon.Other && entities.Any(e => e.Kind == EntityKind.Organization && e.Surface == name && subject.Value.Contains(name, StringComparison.Ordinal)))
                {
                    // 欧盟外长理事会3日在卢森堡就科索沃局势举行特别会议: an organisation (理事会, 委员会) that holds the event is its
                    // organiser, not the event; the organiser's rule names the meeting.
                    continue;
                }

                if (futureCues.Concat(scheduledCues).Any(f => name.EndsWith(f, StringComparison.Ordinal)))
                {
                    // 世博会将于明年五月一日在昆明开幕, 第二次全体会议定于７月１０日在北京举行: announced, not held yet (the name
                    // keeps the cue once Clean has taken the date and 于 off). The phrase is taken, so that no other rule reads
                    // an event from it (颁奖典礼将于…举行 is no 颁奖 either).
                    taken.Add(new TextRange(subjectStart + partOffset, sentence.Start + m.Index + m.Length));
                    continue;
                }

                if (type == EventLexicon.Other && namedBackReferences.Any(b => name.StartsWith(b, StringComparison.Ordinal)))
                {
                    // 这次运动会于…在德班举行: an event named before; its own sentence names it.
                    continue;
                }

                if (type is EventLexicon.Other or EventLexicon.VisitInspection && !EventNounEnding().IsMatch(name))
                {
                    // 应邀对韩国进行正式访问的…胡锦涛今天在汉城出席…举行: a visit is not held at a place; a subject naming
                    // one without an event noun (考察活动) is a person's description, no event.
                    continue;
                }

                var start = subjectStart + partOffset;
                var range = new TextRange(start, sentence.Start + m.Index + m.Length);
                events.Add(new EventFact
                {
                    Type = type, Name = name, Trigger = typed ? eventWords.TriggerOf(name) ?? trigger : trigger, Evidence = range,
                    Location = location, Confidence = 0.8,
                });
                taken.Add(new TextRange(start, start + partText.Length));
            }
        }
    }

    /// <summary><c>市委常委会…专题读书班举行</c>: an event noun as the subject of 举行 at the end of a clause.</summary>
    private void SubjectHeld(TextRange sentence, string s, IReadOnlyList<EntityRef> entities, List<EventFact> events, List<TextRange> taken)
    {
        foreach (Match m in SubjectHeldPattern().Matches(s))
        {
            var range = new TextRange(sentence.Start + m.Index, sentence.Start + m.Index + m.Length);
            if (taken.Any(t => t.Overlaps(range)))
            {
                continue;
            }

            var name = Clean(m.Groups["subj"].Value);
            if (name.Length < 4 || !(EventNounEnding().IsMatch(name) || name.EndsWith('班')) || namedBackReferences.Any(b => name.StartsWith(b, StringComparison.Ordinal)))
            {
                continue;
            }

            var subjectStart = sentence.Start + m.Groups["subj"].Index + m.Groups["subj"].Value.IndexOf(name, StringComparison.Ordinal);
            var organizer = entities.FirstOrDefault(e => e.Kind == EntityKind.Organization && e.Range.Start == subjectStart);
            events.Add(new EventFact
            {
                Type = eventWords.TypeOf(name), Name = name, Trigger = m.Groups["verb"].Value, Evidence = range, Organizer = organizer, Confidence = 0.75,
            });
            taken.Add(range);
        }
    }

    /// <summary>
    /// The organiser printed before a verb, directly or with a place between (<c>省委省政府在义乌召开</c>), and that place.
    /// An organisation printed after 在 or 于 (<c>在日内瓦大学举行报告会</c>) is where the event is held, not who holds it,
    /// unless <paramref name="venuesOrganize"/> (<c>在亚洲协会举行的年度餐会上</c>: the verb opens a phrase naming the event):
    /// it is returned as the venue and the organiser is looked for before it.
    /// </summary>
    private (EntityRef? Organizer, EntityRef? Location, EntityRef? Venue) OrganizerBefore(IReadOnlyList<EntityRef> entities, string s, TextRange sentence, int verbAt,
        bool placesToo, bool venuesOrganize = true)
    {
        EntityRef? venue = null;
        foreach (var candidate in entities.Where(e => (e.Kind == EntityKind.Organization || (placesToo && e.Kind == EntityKind.Place)) && e.Range.End <= verbAt && e.Range.Start >= sentence.Start).Reverse())
        {
            var e = candidate;
            var gap = s[(e.Range.End - sentence.Start)..(verbAt - sentence.Start)];
            var m = organizerGap.Match(WithoutTimes(gap));
            if (!m.Success)
            {
                continue;
            }

            if (!venuesOrganize && venue is null && IsVenue(s, sentence, entities, e))
            {
                venue = e;
                continue;
            }

            if (m.Groups["adv"].Success)
            {
                // 北京市工商联与市劳动局等部门共同举办: the first of the organisers listed before 共同 is named for them all.
                for (var first = ListedBefore(s, sentence, entities, e); first is not null; first = ListedBefore(s, sentence, entities, first))
                {
                    e = first;
                }
            }

            var location = m.Groups["loc"].Success
                ? entities.LastOrDefault(p => p.Kind == EntityKind.Place && p.Range.Start >= e.Range.End + gap.IndexOf('在') + 1 && p.Range.End <= verbAt
                    && p.Range.Start <= e.Range.End + gap.IndexOf('在') + 1 + MaxVenueLead)
                : null;
            return (e, location, venue);
        }

        return (null, null, venue);
    }

    /// <summary>The organisation printed right before <paramref name="e"/> with a list joiner between (<c>北京市工商联与市劳动局</c>), if any.</summary>
    private EntityRef? ListedBefore(string s, TextRange sentence, IReadOnlyList<EntityRef> entities, EntityRef e) =>
        entities.LastOrDefault(p => p.Kind == EntityKind.Organization && p.Range.End < e.Range.Start && p.Range.Start >= sentence.Start
            && listJoiners.Contains(s[(p.Range.End - sentence.Start)..(e.Range.Start - sentence.Start)]));

    /// <summary>
    /// The organisations listed with <paramref name="organizer"/> before the verb at <paramref name="verbAt"/>, joined by a
    /// list joiner (<c>中宣部、中直机关工委…和司法部联合举办</c>, <c>市委、市政府召开</c>): each organised the event too. In text
    /// order, without the organiser itself.
    /// </summary>
    private List<EntityRef> ListedWith(string s, TextRange sentence, IReadOnlyList<EntityRef> entities, EntityRef? organizer, int verbAt)
    {
        var listed = new List<EntityRef>();
        if (organizer is not { Kind: EntityKind.Organization })
        {
            return listed;
        }

        for (var before = ListedBefore(s, sentence, entities, organizer); before is not null; before = ListedBefore(s, sentence, entities, before))
        {
            listed.Insert(0, before);
        }

        for (var after = ListedAfter(s, sentence, entities, organizer, verbAt); after is not null; after = ListedAfter(s, sentence, entities, after, verbAt))
        {
            listed.Add(after);
        }

        return listed;
    }

    /// <summary>The organisation printed right after <paramref name="e"/> with a list joiner between, ending before <paramref name="verbAt"/>, if any.</summary>
    private EntityRef? ListedAfter(string s, TextRange sentence, IReadOnlyList<EntityRef> entities, EntityRef e, int verbAt) =>
        entities.FirstOrDefault(p => p.Kind == EntityKind.Organization && p.Range.Start > e.Range.End && p.Range.End <= verbAt
            && listJoiners.Contains(s[(e.Range.End - sentence.Start)..(p.Range.Start - sentence.Start)]));

    /// <summary>
    /// What may stand between an organiser and its verb once dates are read past: an adverb, a place after 在 and a topic
    /// after 就 (<c>联合国安理会2日就印巴核试验问题举行紧急会议</c>, <c>欧盟外长理事会3日在卢森堡就科索沃局势举行</c>); a bare
    /// day before 就, which <see cref="WithoutTimes"/> does not read as a date (its lookahead has verbs and 在); and the words
    /// that end a list of organisers or join them in the act (<c>等部门共同</c>, <c>联合</c>; relation-cues.tsv, organizer-adverb).
    /// </summary>
    private readonly Regex organizerGap;

    private static string AdverbAlternation(LexiconSet lexicons) =>
        string.Join('|', lexicons.RelationCues.WordsOf("organizer-adverb").OrderByDescending(w => w.Length).Select(Regex.Escape));

    /// <summary>How many characters that are no place may stand between 在 and the place an event is held at (<c>在阿联酋首都阿布扎比</c>).</summary>
    private const int MaxVenueLead = 3;

    /// <summary>
    /// Whether <paramref name="e"/> is printed as where something happens: after 在 or 于 in its clause, with only places
    /// and at most <see cref="MaxVenueLead"/> other characters between (<c>在英国伦敦</c>, <c>在阿联酋首都阿布扎比</c>, <c>于北京</c>).
    /// </summary>
    internal bool IsVenue(string s, TextRange sentence, IReadOnlyList<EntityRef> entities, EntityRef e)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(e);
        var start = e.Range.Start - sentence.Start;
        if (start <= 0 || start > s.Length)
        {
            return false;
        }

        var clauseStart = s.LastIndexOfAny(ClauseMarks, start - 1) + 1;
        var at = s.LastIndexOfAny(['在', '于'], start - 1, start - clauseStart);
        if (at < 0 || (s[at] == '于' && at > 0 && notVenuePrepositions.Contains(s.Substring(at - 1, 2))))
        {
            return false;
        }

        var lead = s[(at + 1)..start];
        foreach (var p in entities.Where(p => p.Kind == EntityKind.Place && p.Range.Start >= sentence.Start + at + 1 && p.Range.End <= e.Range.Start))
        {
            lead = lead.Replace(p.Surface, string.Empty, StringComparison.Ordinal);
        }

        // 在这里与美国匹兹堡市签订: a party joined after the place (与, 、) is no place where it is held.
        return lead.Length <= MaxVenueLead && !lead.Contains('、', StringComparison.Ordinal) && !signingSides.Any(w => lead.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Words between the parties of a signing (与, 同: relation-cues.tsv signing-side), which no venue holds.</summary>
    private readonly string[] signingSides;

    /// <summary>Words that end in 于 and are no 'at' (<c>位于</c> is handled by LOCATED_IN; <c>由于</c>, <c>关于</c>, <c>对于</c>).</summary>
    private readonly HashSet<string> notVenuePrepositions;

    /// <summary>Verbs of organising an event (<c>主办</c>, <c>承办</c>, <c>召开</c>; relation-cues.tsv, organize-verb).</summary>
    private readonly string[] organizeVerbs;

    /// <summary>Words between organisers and their verb (<c>联合</c>, <c>共同</c>; relation-cues.tsv, organizer-adverb).</summary>
    private readonly string[] organizerAdverbs;

    /// <summary>Words that join the organisers of one event (<c>、</c>, <c>和</c>; relation-cues.tsv, list-joiner).</summary>
    private readonly string[] listJoiners;

    /// <summary>Words that end the name of an event organised (<c>研讨会</c>, <c>活动</c>; relation-cues.tsv, organized-event).</summary>
    private readonly string[] organizedEventEndings;

    /// <summary>Characters after an event ending that make it part of a longer noun (<c>会长</c>, <c>会堂</c>, <c>展馆</c>).</summary>
    private readonly string[] endingContinuations;

    /// <summary>Organisation endings (<c>协会</c>, <c>委员会</c>): an event name ending so is an organisation's.</summary>
    private readonly string[] organizationNameEndings;

    /// <summary>Openings of an organised event's name that refer back to one named before (<c>这一活动</c>; relation-cues.tsv, back-reference).</summary>
    private readonly string[] organizedBackReferences;

    /// <summary>Words ending in 展 that name no show (<c>发展</c>, <c>开展</c>).</summary>
    private readonly string[] notShowEndings;

    /// <summary>
    /// <c>由中国作家协会创联部、《散文选刊》杂志社和焦作矿务局联合举办的中国当代散文创作研讨会</c>: the first organisation
    /// after 由 organises the event named after the organising verb and 的 (<see cref="OrganizedEventName"/>). An event
    /// another rule read from the same sentence under that name, or under the whole phrase, takes the organiser when it has
    /// none and the name printed after 的; else the phrase is an event of its own.
    /// </summary>
    private void Sponsored(string text, TextRange sentence, string s, IReadOnlyList<EntityRef> entities, List<EventFact> events, int firstOfSentence, List<TextRange> taken)
    {
        for (var by = s.IndexOf('由', StringComparison.Ordinal); by >= 0; by = s.IndexOf('由', by + 1))
        {
            var clauseEnd = s.IndexOfAny(ClauseMarks, by);
            var stretch = clauseEnd < 0 ? s[by..] : s[by..clauseEnd];
            var (verb, verbAt) = organizeVerbs.Select(v => (Verb: v, At: stretch.IndexOf(v + "的", StringComparison.Ordinal))).Where(x => x.At > 1).OrderBy(x => x.At).FirstOrDefault();
            if (verb is null)
            {
                continue;
            }

            var organizersEnd = sentence.Start + by + verbAt;
            var organizer = entities.FirstOrDefault(e => e.Kind == EntityKind.Organization && e.Range.Start == sentence.Start + by + 1 && e.Range.End <= organizersEnd);
            if (organizer is null || !OrganizersListed(text[organizer.Range.End..organizersEnd], entities, organizer.Range.End, organizersEnd))
            {
                continue;
            }

            var nameStart = organizersEnd + verb.Length + 1;
            var name = OrganizedEventName(text, nameStart, sentence.Start + by + stretch.Length, entities);
            if (name is null)
            {
                continue;
            }

            var nameRange = new TextRange(nameStart, nameStart + name.Length);
            var range = new TextRange(sentence.Start + by, nameRange.End);
            if (namedBackReferences.Concat(organizedBackReferences).Any(b => name.StartsWith(b, StringComparison.Ordinal)))
            {
                // 由公安部主办的这个展, 由国家海洋局…主办的此次大型科普游园活动: an event named before, which this phrase does not name.
                taken.Add(range);
                continue;
            }

            // 由A、B和C联合主办的, 由A主办、B承办的: every organisation listed after 由 organised the event, and so does a place
            // listed (由科技部和北京市联合主办的) that is no place where something is held.
            var listed = entities.Where(e => e.Range.Start > organizer.Range.Start && e.Range.End <= organizersEnd && (e.Kind == EntityKind.Organization
                || (e.Kind == EntityKind.Place && !IsVenue(s, sentence, entities, e)))).ToList();
            var same = events.Skip(firstOfSentence).FirstOrDefault(e => e.Evidence.Overlaps(nameRange)
                && (e.Name.EndsWith(name, StringComparison.Ordinal) || name.EndsWith(e.Name, StringComparison.Ordinal)));
            if (same is not null)
            {
                // 由…和焦作矿务局联合举办的: the organiser another rule read inside the list gives way to the first one listed.
                if (same.Organizer is null || (same.Organizer.Range.Start >= organizer.Range.Start && same.Organizer.Range.End <= organizersEnd))
                {
                    same.Organizer = organizer;
                    same.CoOrganizers.Clear();
                    same.CoOrganizers.AddRange(listed);
                }

                same.Name = name;
                continue;
            }

            if (taken.Any(t => t.Overlaps(range)))
            {
                continue;
            }

            var sponsored = new EventFact { Type = eventWords.TypeOf(name), Name = name, Trigger = verb, Evidence = range, Organizer = organizer, Confidence = 0.7, NamedInPassing = true };
            sponsored.CoOrganizers.AddRange(listed);
            events.Add(sponsored);
            taken.Add(range);
        }
    }

    /// <summary>
    /// Whether what stands between the first organiser after 由 and the organising verb is other organisers and what joins
    /// them (<c>、《散文选刊》杂志社和焦作矿务局联合</c>): once the organisations and places are taken out, only list joiners,
    /// organiser adverbs and title marks are left.
    /// </summary>
    private bool OrganizersListed(string between, IReadOnlyList<EntityRef> entities, int start, int end)
    {
        var rest = between;
        foreach (var e in entities.Where(e => e.Kind is EntityKind.Organization or EntityKind.Place && e.Range.Start >= start && e.Range.End <= end))
        {
            rest = rest.Replace(e.Surface, string.Empty, StringComparison.Ordinal);
        }

        // 由A主办、B承办的: the role of each organiser may be printed after it.
        foreach (var w in organizerAdverbs.Concat(listJoiners).Concat(organizeVerbs))
        {
            rest = rest.Replace(w, string.Empty, StringComparison.Ordinal);
        }

        // 、《散文选刊》杂志社和: a head the recogniser left out of a name (杂志社) may stand there too.
        return rest.Count(c => c is not ('《' or '》')) <= MaxVenueLead;
    }

    /// <summary>
    /// The name of an event organised, printed from <paramref name="start"/>: up to the first event ending (<c>研讨会</c>,
    /// <c>活动</c>, <c>邀请赛</c>) outside quotes that no longer noun goes on from (<c>会长</c>, <c>展馆</c>, <c>发展</c>)
    /// and no organisation ends at (<c>务工青年协会</c>); null when the clause names none within 40 characters.
    /// </summary>
    private string? OrganizedEventName(string text, int start, int end, IReadOnlyList<EntityRef> entities)
    {
        var depth = 0;
        for (var i = start + 1; i <= Math.Min(end, start + 40); i++)
        {
            depth += text[i - 1] switch { '“' or '《' or '「' => 1, '”' or '》' or '」' => -1, _ => 0 };
            if (depth > 0)
            {
                continue;
            }

            var candidate = text[start..i];
            var ending = organizedEventEndings.FirstOrDefault(w => candidate.EndsWith(w, StringComparison.Ordinal));
            if (ending is not null && candidate.Length == ending.Length && !(i < text.Length && endingContinuations.Any(c => string.CompareOrdinal(text, i, c, 0, c.Length) == 0)))
            {
                // 由美国中文电视台主办的演唱会是…纪念活动: the bare noun is the event; it names none of its own.
                return null;
            }

            if (ending is null || candidate.Length <= ending.Length
                || (i < text.Length && endingContinuations.Any(c => string.CompareOrdinal(text, i, c, 0, c.Length) == 0))
                || notShowEndings.Any(w => candidate.EndsWith(w, StringComparison.Ordinal))
                || organizationNameEndings.Any(w => candidate.EndsWith(w, StringComparison.Ordinal))
                || entities.Any(e => e.Kind == EntityKind.Organization && e.Range.End == i && e.Range.Start >= start))
            {
                continue;
            }

            return candidate;
        }

        return null;
    }

    /// <summary>Parts of the day printed alone that may stand where a date does (<c>新闻办上午举行</c>).</summary>
    private readonly string[] timesOfDay;

    /// <summary>
    /// <paramref name="gap"/> without the dates and times printed in it (<c>3日</c>, <c>昨天</c>, <c>日前</c>,
    /// <c>12月2日上午</c>, <c>上午</c>): national and wire news date a happening between its subject and its verb
    /// (<c>上海市政府新闻办3日举行新闻发布会</c>, <c>华为与中国移动12月2日在深圳签署</c>), which says nothing
    /// about who does it. A day printed alone (<c>3日</c>) is read as a date only where a verb or 在 follows it.
    /// </summary>
    internal string WithoutTimes(string gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        // The gap ends at the verb: read it with a comma after it, so that a bare day at its end is a date.
        var times = TimeExpressions.Find(gap + "，");
        var result = new System.Text.StringBuilder(gap.Length);
        var at = 0;
        foreach (var t in times.Where(t => t.Range.End <= gap.Length))
        {
            result.Append(gap, at, Math.Max(0, t.Range.Start - at));
            at = Math.Max(at, t.Range.End);
        }

        result.Append(gap, at, gap.Length - at);
        var rest = result.ToString();
        foreach (var word in timesOfDay)
        {
            rest = rest.Replace(word, string.Empty, StringComparison.Ordinal);
        }

        return rest;
    }

    /// <summary>Signings, unveilings, awards and visits read clause by clause.</summary>
    private void Clauses(string text, TextRange sentence, IReadOnlyList<EntityRef> entities, List<EventFact> events, List<TextRange> taken)
    {
        foreach (var clause in TextSpans.Clauses(text, sentence))
        {
            if (taken.Any(t => t.Overlaps(clause)))
            {
                continue;
            }

            var c = text[clause.Start..clause.End].TrimEnd('，', ',', '；', ';', '。');
            var type = eventWords.TypeOf(c);
            var trigger = eventWords.TriggerOf(c);
            if (type == EventLexicon.Release && trigger == "发布" && c.EndsWith("发布", StringComparison.Ordinal) && (c.Contains('《') || c.Contains('“')))
            {
                // 由…出演的短剧《鸡毛换糖》正式发布: a named work released; its description before 的 is not the name.
                var work = c[(c.LastIndexOf('的', c.IndexOfAny(['《', '“'])) + 1)..].Replace("正式", string.Empty, StringComparison.Ordinal);
                events.Add(new EventFact { Type = type, Name = Clean(work), Trigger = trigger, Evidence = clause, Confidence = 0.7 });
                taken.Add(clause);
                continue;
            }

            if (trigger is null || type is EventLexicon.Meeting or EventLexicon.Other or EventLexicon.Exhibition or EventLexicon.Release)
            {
                continue;
            }

            var at = c.IndexOf(trigger, StringComparison.Ordinal);
            if (IsReferenceToEvent(c, at, trigger) || InsideQuotes(c, at) || (at > 0 && "刚已将正未即要".Contains(c[at - 1], StringComparison.Ordinal)))
            {
                continue;
            }

            if (type == EventLexicon.Signing && IsSigningNotMade(Masked(text, clause, entities), at, trigger))
            {
                continue;
            }

            string name;
            switch (type)
            {
                case EventLexicon.Signing:
                    name = Clean(c);
                    break;
                case EventLexicon.Inauguration:
                    name = Clean(StripDefinitions(c[..(at + trigger.Length)]));
                    break;
                case EventLexicon.Award when trigger == "授牌":
                    var quoted = QuotedTerm().Match(c);
                    name = quoted.Success ? quoted.Value + trigger : Clean(c[..(at + trigger.Length)]);
                    break;
                case EventLexicon.Award when trigger is "荣膺" or "入选" or "获评" or "荣获" or "揭晓":
                    if (!TryHonour(text, sentence, clause, c, at, trigger, entities, events))
                    {
                        continue;
                    }

                    taken.Add(clause);
                    continue;
                case EventLexicon.Award:
                    var ward = c.LastIndexOf('为', at);
                    name = Clean(ward >= 0 ? c[ward..(at + trigger.Length)] : c[..(at + trigger.Length)]);
                    break;
                case EventLexicon.VisitInspection:
                    if (!TryVisit(text, sentence, clause, c, trigger, entities, events))
                    {
                        continue;
                    }

                    taken.Add(clause);
                    continue;
                default:
                    continue;
            }

            if (name.Length < 4 || namedBackReferences.Any(b => name.StartsWith(b, StringComparison.Ordinal)))
            {
                continue;
            }

            events.Add(new EventFact { Type = type, Name = name, Trigger = trigger, Evidence = clause, Confidence = 0.75 });
            taken.Add(clause);
        }
    }

    /// <summary>
    /// <c>市经信局因此获评全国工信系统先进集体</c>, <c>（我市）成功入选…典型案例</c>: an honour won. The winner is the
    /// organisation or place before the verb in the clause, else the first one of the sentence; organisations
    /// that win take part with the role other.
    /// </summary>
    private bool TryHonour(string text, TextRange sentence, TextRange clause, string c, int at, string trigger, IReadOnlyList<EntityRef> entities, List<EventFact> events)
    {
        var verbAt = clause.Start + at;
        var winner = entities.LastOrDefault(e => e.Kind != EntityKind.Person && e.Range.Start >= clause.Start && e.Range.End <= verbAt)
            ?? (HonourOpening().IsMatch(c[..at]) ? entities.FirstOrDefault(e => e.Kind != EntityKind.Person && e.Range.Start >= sentence.Start && e.Range.End <= clause.Start) : null);
        var rest = c[(at + trigger.Length)..].TrimStart('了');
        if (rest.Length < 4 || (winner is null && trigger != "揭晓") || notAnHonour.Any(w => rest.StartsWith(w, StringComparison.Ordinal)))
        {
            // 获评数量创历史新高 counts honours; it is not one.
            return false;
        }

        var name = trigger == "揭晓" ? trigger + rest
            : winner is null || winner.Range.Start >= clause.Start ? Clean(c[..at] + trigger + rest)
            : winner.Surface + trigger + rest;
        var e = new EventFact { Type = EventLexicon.Award, Name = name, Trigger = trigger, Evidence = clause, Confidence = 0.65 };
        if (winner is { Kind: EntityKind.Organization })
        {
            e.Participants.Add(new ParticipantFact(winner, "other", new TextRange(Math.Min(winner.Range.Start, clause.Start), clause.End), 0.65));
        }

        events.Add(e);
        return true;
    }

    /// <summary>
    /// The text of <paramref name="clause"/> with the names of its entities blanked out (same length): a cue word inside a
    /// name (<c>中国国家发展计划委员会</c>, <c>几内亚计划合作部长</c>) says nothing of the verb.
    /// </summary>
    private static string Masked(string text, TextRange clause, IReadOnlyList<EntityRef> entities)
    {
        var chars = text[clause.Start..clause.End].ToCharArray();
        foreach (var e in entities.Where(e => e.Range.Start >= clause.Start && e.Range.End <= clause.End))
        {
            Array.Fill(chars, '　', e.Range.Start - clause.Start, e.Range.Length);
        }

        return new string(chars);
    }

    /// <summary>Words before a signing verb that make the signing called for, refused, denied or asked about (relation-cues.tsv, signing-not-made).</summary>
    private readonly string[] signingNotMade;

    /// <summary>
    /// Whether the signing whose verb stands at <paramref name="at"/> of <paramref name="clause"/> was not made: a word of
    /// <see cref="signingNotMade"/> (<c>呼吁巴基斯坦、印度共同签署</c>, <c>印度拒绝签署</c>, <c>也没有同任何外国公司签订</c>) or a
    /// future cue (<c>将与湖人签约</c>, <c>拟签署</c>; not inside 将军 or 将近) before it in the clause. Not when the verb
    /// qualifies a noun after 的 (<c>印尼将认真执行与所有外国签署的协议</c>): the word is the main verb's, and that signing was made.
    /// </summary>
    internal bool IsSigningNotMade(string clause, int at, string trigger)
    {
        ArgumentNullException.ThrowIfNull(clause);
        ArgumentNullException.ThrowIfNull(trigger);
        var end = at + trigger.Length;
        if (end < clause.Length && clause[end] == '的')
        {
            return false;
        }

        var before = clause[..at];
        if (signingNotMade.Any(w => before.Contains(w, StringComparison.Ordinal)))
        {
            return true;
        }

        foreach (var cue in futureCues)
        {
            for (var i = before.IndexOf(cue, StringComparison.Ordinal); i >= 0; i = before.IndexOf(cue, i + 1, StringComparison.Ordinal))
            {
                if (!InsideWord(before, i, cue.Length, notFutureWords))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Words right before a place that make it the place a visit goes to (<c>对越南进行正式访问</c>, <c>来华访问</c>).</summary>
    private readonly string[] visitTo;

    /// <summary>Words that make a visit invited or wished for (<c>邀请哈塔米总统访问沙特阿拉伯</c>); <c>应…邀请</c> does not.</summary>
    private readonly string[] notYetVisited;

    /// <summary>Words after a place visited that end its phrase (<c>访问以色列时</c>, <c>访问日本后</c>).</summary>
    private readonly string[] visitPlaceEnds;

    /// <summary>Speech verbs: a person who says something about a visit (<c>小渊说，胡锦涛副主席此次访问日本后</c>) is not the visitor.</summary>
    private readonly string[] speechVerbs;

    /// <summary>Future cues (<c>将于…对中国进行正式访问</c>): a visit announced has not happened yet.</summary>
    private readonly string[] futureCues;

    /// <summary>
    /// A visit by a leader: the first person of the sentence who does not speak of it (a speech verb between the person and
    /// the visit verb in the person's clause), with the place visited (after a word of <see cref="visitTo"/>, or right
    /// after the verb) or a date. A visit announced (<c>将于5月25日至28日对中国进行正式访问</c>) is none yet.
    /// </summary>
    private bool TryVisit(string text, TextRange sentence, TextRange clause, string c, string trigger, IReadOnlyList<EntityRef> entities, List<EventFact> events)
    {
        var at = clause.Start + c.IndexOf(trigger, StringComparison.Ordinal);
        var leader = Visitor(text, sentence, clause, at, trigger, entities);
        if (leader is null)
        {
            return false;
        }

        if (IsPlannedVisit(text, clause, at, trigger))
        {
            return false;
        }

        if (!clause.Contains(leader.Range) && visitBackReferences.Any(b => text.AsSpan(clause.Start, at - clause.Start).EndsWith(b, StringComparison.Ordinal)))
        {
            // 他相信这次访问将为…作出积极贡献, 李主席的这次访问: a visit named before, whose visitor this clause does not print.
            return false;
        }

        if (at >= 2 && text.AsSpan(at - 2, 2).SequenceEqual("陪同"))
        {
            // 皮履屏等陪同调研: the hosts accompany someone else's visit; EventArgumentReader makes them attendees.
            return false;
        }

        // 对越南进行正式访问, 赴新疆阿拉山口、霍尔果斯等边境口岸开展调研, 义乌之行: the last place before the verb from
        // the first one a visit goes to (after a visit-to word, or right before the verb); 美国总统克林顿访华 names the
        // visitor's country, not the place visited. 访问日本, 访问以色列时: else a place right after the verb that ends
        // its phrase (考察浙江重要讲话精神 qualifies a speech).
        var before = entities.Where(e => e.Kind == EntityKind.Place && clause.Contains(e.Range) && e.Range.End <= at).ToList();
        var anchor = before.FirstOrDefault(e => e.Range.End == at
            || visitTo.Any(w => e.Range.Start >= w.Length && string.CompareOrdinal(text, e.Range.Start - w.Length, w, 0, w.Length) == 0));
        var after = at + trigger.Length + (at + trigger.Length < clause.End && text[at + trigger.Length] == '了' ? 1 : 0);
        var place = (anchor is null ? null : before.LastOrDefault(e => e.Range.Start >= anchor.Range.Start))
            ?? entities.FirstOrDefault(e => e.Kind == EntityKind.Place && clause.Contains(e.Range) && e.Range.Start == after
                && (e.Range.End >= clause.End || "，,。；;".Contains(text[e.Range.End], StringComparison.Ordinal)
                    || visitPlaceEnds.Any(w => string.CompareOrdinal(text, e.Range.End, w, 0, w.Length) == 0)));
        // 拉·甘地１９８８年访华以及江泽民１９９６年访问印度, 新华社北京６月１５日电…于６月８日至１３日对中国进行了国事访问: the
        // visit's date is the last one before its verb (or, when the visit qualifies its visitor, the one right after the
        // visitor: 正在…访问的…石广生８日), not one after it (访问了１９９５年１月遭受强烈地震的神户港 dates the quake); a dateline's
        // date (the day of the report, which its 今天 names) only when the sentence prints no other.
        var qualifies = leader.Range.Start > at && at + trigger.Length < clause.End && text[at + trigger.Length] == '的';
        var dates = TimeExpressions.Find(text[sentence.Start..sentence.End]).Where(d => d.Text.Any(char.IsDigit)).ToList();
        bool IsDateline(TimeExpression d) => sentence.Start + d.Range.End < text.Length && text[sentence.Start + d.Range.End] is '电' or '讯';
        var date = dates.LastOrDefault(d => !IsDateline(d) && (sentence.Start + d.Range.End <= at || (qualifies && sentence.Start + d.Range.Start == leader.Range.End)));
        if (date.Text is null)
        {
            date = dates.FirstOrDefault(IsDateline);
        }
        if (place is null && date.Text is null)
        {
            return false;
        }

        var name = leader.Name + (date.Text ?? string.Empty) + (place?.Surface ?? string.Empty) + trigger;
        var said = leader.Range.Start >= clause.Start && leader.Range.End <= at ? text[leader.Range.Start..(at + trigger.Length)] : null;
        if (said is { Length: <= 40 } && (said.Contains("带队", StringComparison.Ordinal) || said.Contains('赴')))
        {
            // 温建飞带队赴新疆阿拉山口、霍尔果斯等边境口岸开展调研: a trip is named as the paper words it.
            name = said;
        }

        // 江泽民会见了正在北京访问的英国葛兰素·威康公司总裁理查德·赛克斯: a visit that qualifies its visitor is read from
        // its place to the visitor only, so that the clause's own event (the meeting, which the trained layer finds) stays.
        var evidence = qualifies ? new TextRange(Math.Min(place?.Range.Start ?? at, at), leader.Range.End) : clause;
        var e = new EventFact { Type = EventLexicon.VisitInspection, Name = name, Trigger = trigger, Evidence = evidence, Location = place, DateText = date.Text, Confidence = 0.7 };
        e.Participants.Add(new ParticipantFact(leader, "leader", new TextRange(Math.Min(leader.Range.Start, clause.Start), Math.Max(leader.Range.End, clause.End)), 0.75));
        events.Add(e);
        return true;
    }

    /// <summary>
    /// Whether the visit whose verb stands at <paramref name="at"/> is announced, invited, wished for or prepared, not
    /// made: a future cue anywhere before the verb in its clause (<c>将于…对中国进行正式访问</c>, <c>将作为…的御代表于…对中国进行</c>,
    /// <c>将从５月８日开始对上述３国进行</c>, <c>取消对中国即将进行的访问</c>) unless the visit is ending (<c>将结束对日本…的访问</c>),
    /// a word of a plan or a wish (<c>决定派特使来南亚访问</c>, <c>愿意尽早到印巴访问</c>, <c>邀请哈塔米总统访问</c>, except
    /// in <c>应…邀请</c>), or a word of preparation after it (<c>为克林顿访华作准备</c>, <c>访华事宜</c>). A noun the verb
    /// begins (<c>访问团</c>, <c>访问学者</c>, <c>考察报告</c>) names no visit at all.
    /// </summary>
    internal bool IsPlannedVisit(string text, TextRange clause, int at, string trigger)
    {
        var announced = text[clause.Start..at];
        var rest = text[(at + trigger.Length)..clause.End];
        if (visitNouns.Any(w => rest.StartsWith(w, StringComparison.Ordinal)) || visitPlansAfter.Any(w => rest.Contains(w, StringComparison.Ordinal)))
        {
            return true;
        }

        if (notYetVisited.Any(w => announced.Contains(w, StringComparison.Ordinal)) && !announced.Contains('应', StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var cue in futureCues)
        {
            for (var i = announced.IndexOf(cue, StringComparison.Ordinal); i >= 0; i = announced.IndexOf(cue, i + 1, StringComparison.Ordinal))
            {
                // 叶尔塔耶夫将军, 将近: a word that holds the cue is no cue; 将结束对日本的访问: the visit is under way.
                if (!InsideWord(announced, i, cue.Length, notFutureWords) && !visitEnds.Any(w => announced.IndexOf(w, i + cue.Length, StringComparison.Ordinal) >= 0))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the <paramref name="length"/> characters at <paramref name="at"/> of <paramref name="s"/> lie inside one of <paramref name="words"/> printed there.</summary>
    private static bool InsideWord(string s, int at, int length, string[] words)
    {
        foreach (var w in words)
        {
            for (var start = Math.Max(0, at + length - w.Length); start <= at && start + w.Length <= s.Length; start++)
            {
                if (string.CompareOrdinal(s, start, w, 0, w.Length) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Words right before a visit verb that refer back to a visit named before (<c>这次访问</c>).</summary>
    private readonly string[] visitBackReferences;

    /// <summary>Words of a date set (<c>定于７月１０日</c>) that, like a future cue, make an event announced.</summary>
    private readonly string[] scheduledCues;

    /// <summary>Words that hold a future cue and are none (<c>将军</c>, <c>将近</c>).</summary>
    private readonly string[] notFutureWords;

    /// <summary>Words between a future cue and a visit verb that make the visit one under way (<c>将结束对日本的访问</c>).</summary>
    private readonly string[] visitEnds;

    /// <summary>Words after a visit verb in its clause that make it prepared, not made (<c>访华作准备</c>, <c>访华事宜</c>).</summary>
    private readonly string[] visitPlansAfter;

    /// <summary>Words right after a visit verb that make it part of a noun (<c>访问团</c>, <c>访问学者</c>, <c>考察报告</c>).</summary>
    private readonly string[] visitNouns;

    /// <summary>
    /// Who visits: the first person after the verb and 的 in its clause (<c>正在黎巴嫩访问的法国总统希拉克</c>); else the
    /// person nearest before the verb who does not speak of it (<c>应迟浩田的邀请，由越南国防部长范文荣率领的…对中国进行…访问</c>,
    /// <c>基辛格在安排尼克松总统访华事宜时</c>), or the first of a list it ends (<c>叶帮锐、市长温建飞到…调研</c>); else the
    /// first person of the sentence who does not speak of it.
    /// </summary>
    private EntityRef? Visitor(string text, TextRange sentence, TextRange clause, int at, string trigger, IReadOnlyList<EntityRef> entities)
    {
        var persons = entities.Where(e => e.Kind == EntityKind.Person && sentence.Contains(e.Range) && !Invites(text, sentence, e)).ToList();
        var end = at + trigger.Length;
        if (end < clause.End && text[end] == '的')
        {
            // 正在意大利访问的人民日报代表团: the visitor named after 的 is an organisation, and a visit is a person's.
            var after = entities.FirstOrDefault(e => e.Kind is EntityKind.Person or EntityKind.Organization && e.Range.Start > end && clause.Contains(e.Range)
                && !(e.Kind == EntityKind.Organization && persons.Any(p => p.Range.Start >= e.Range.End && p.Range.Start - e.Range.End <= 12
                    && text[e.Range.End..p.Range.Start].IndexOfAny(['，', '、', '和', '及', '与']) < 0)));
            if (after is not null)
            {
                return after.Kind == EntityKind.Person ? after : null;
            }
        }

        var index = persons.FindLastIndex(e => e.Range.End <= at && !SpeaksBefore(text, e, at));
        if (index < 0)
        {
            return persons.FirstOrDefault(e => !SpeaksBefore(text, e, at));
        }

        while (index > 0 && persons[index - 1].Range.End < persons[index].Range.Start
            && text[persons[index - 1].Range.End..persons[index].Range.Start] is { Length: <= 12 } between
            && between.IndexOfAny(['、', '和', '与', '及']) >= 0 && between.IndexOfAny(['，', ',', '。', '；', ';', '：', ':']) < 0)
        {
            index--;
        }

        return persons[index];
    }

    /// <summary>
    /// Whether <paramref name="person"/> is named in an invitation (<c>应国家副主席胡锦涛的邀请，…抵京访华</c>,
    /// <c>应江泽民主席之邀</c>): 应 before the person and 邀请 or 之邀 after it in the person's clause. The inviter is the
    /// host of a visit, never its visitor.
    /// </summary>
    private bool Invites(string text, TextRange sentence, EntityRef person)
    {
        var start = text.LastIndexOfAny(ClauseMarks, Math.Max(sentence.Start, person.Range.Start - 1), Math.Max(0, person.Range.Start - sentence.Start)) + 1;
        var end = text.IndexOfAny(ClauseMarks, person.Range.End, sentence.End - person.Range.End);
        var after = text[person.Range.End..(end < 0 ? sentence.End : end)];
        return text.IndexOf('应', Math.Max(start, sentence.Start), person.Range.Start - Math.Max(start, sentence.Start)) >= 0
            && invitationWords.Any(w => after.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Words after an inviter in its clause (<c>邀请</c>, <c>之邀</c>).</summary>
    private readonly string[] invitationWords;

    private static readonly char[] ClauseMarks = ['，', ',', '。', '；', ';', '：', ':'];

    /// <summary>Whether a speech verb stands between <paramref name="person"/> and <paramref name="at"/> in the person's clause.</summary>
    private bool SpeaksBefore(string text, EntityRef person, int at)
    {
        if (person.Range.End >= at)
        {
            return false;
        }

        var stretch = text[person.Range.End..at];
        var clauseEnd = stretch.IndexOfAny(['，', ',', '：', ':', '；', ';']);
        var own = clauseEnd < 0 ? stretch : stretch[..clauseEnd];
        return speechVerbs.Any(v => own.Contains(v, StringComparison.Ordinal));
    }

    private static bool InsideQuotes(string clause, int at)
    {
        var open = clause.LastIndexOf('“', at);
        return open >= 0 && clause.IndexOf('”', open) is var close && (close < 0 || close > at);
    }

    /// <summary><c>出席揭牌活动</c> refers back to the unveiling; it is not a second one.</summary>
    private bool IsReferenceToEvent(string clause, int at, string trigger)
    {
        var after = clause[(at + trigger.Length)..];
        var before = clause[..at];
        // 新市场开业第一周便迎来大量外商: the opening dates something else; it is not reported.
        return after.StartsWith("活动", StringComparison.Ordinal) || after.StartsWith("仪式", StringComparison.Ordinal)
            || timeAfterEvent.Any(w => after.StartsWith(w, StringComparison.Ordinal))
            || before.EndsWith("出席", StringComparison.Ordinal) || before.EndsWith("参加", StringComparison.Ordinal)
            || before.EndsWith("观摩", StringComparison.Ordinal);
    }

    /// <summary><c>政企座谈会</c>, <c>新闻发布会</c>: event nouns with a name of their own.</summary>
    private void NamedNouns(string text, TextRange sentence, string s, List<EventFact> events, List<TextRange> taken)
    {
        foreach (Match m in namedNounPattern.Matches(s))
        {
            var range = new TextRange(sentence.Start + m.Index, sentence.Start + m.Index + m.Length);
            if (taken.Any(t => t.Overlaps(range)))
            {
                continue;
            }

            if (text.AsSpan(range.End).StartsWith("等形式", StringComparison.Ordinal) || text.AsSpan(range.End).StartsWith("等方式", StringComparison.Ordinal))
            {
                // 通过组织线下洽谈、开展商贸交流研讨会等形式: ways of working, not a meeting that took place.
                continue;
            }

            // 黄敏在发布会上致辞, 余承东出席发布会: the words before a preposition or a verb inside the match are the
            // clause's subject, not the event's name; what is left (发布会) is too short to name one.
            var value = m.Value;
            var inside = ClauseWordInName().Matches(m.Groups["name"].Value);
            if (inside.Count > 0)
            {
                value = value[(inside[^1].Index + inside[^1].Length)..];
            }

            var name = Clean(LeadingVerb().Replace(value, string.Empty));
            if (namedBackReferences.Any(b => name.StartsWith(b, StringComparison.Ordinal)) || name.Length <= m.Groups["end"].Length + 1)
            {
                continue;
            }

            events.Add(new EventFact { Type = eventWords.TypeOf(name), Name = name, Trigger = m.Groups["end"].Value, Evidence = range, Confidence = 0.6 });
            taken.Add(range);
        }
    }

    /// <summary>
    /// <c>市委书记叶帮锐出席全市经济工作会议并讲话</c>, <c>潘功胜出席金融街论坛年会并发表讲话</c>: a gathering with a name of its
    /// own printed as what someone attends (<c>event-endings.tsv</c>, attended-event) is an event where no verb of holding
    /// names it. The name must hold more than its ending and no back-reference (出席会议, 参加此次大会 refer to an event
    /// named elsewhere); the people who attend are read by <see cref="EventArgumentReader"/> from the verb.
    /// </summary>
    private void Attended(TextRange sentence, string s, IReadOnlyList<EntityRef> entities, List<EventFact> events, List<TextRange> taken)
    {
        foreach (Match m in attendedPattern.Matches(s))
        {
            var group = m.Groups["name"];
            var range = new TextRange(sentence.Start + group.Index, sentence.Start + group.Index + group.Length);
            if (taken.Any(t => t.Overlaps(range)) || ClauseWordInName().IsMatch(group.Value))
            {
                continue;
            }

            var name = Clean(group.Value);
            var qualifier = name[..^m.Groups["end"].Length];
            if (TextSpans.StartsWithAny(name, namedBackReferences) || TextSpans.StartsWithAny(name, notANameOpening)
                || qualifier.Length < MinAttendedQualifier || qualifier.Contains('或') || qualifier.EndsWith('的'))
            {
                // 出席这一会议, 参加任何小组的会议, 出席签字仪式, 参加国际会议: a reference or a kind of gathering, not one named.
                continue;
            }

            // 潘功胜在北京出席…年会: a place printed between 在 and the verb is where the gathering is held.
            var verbStart = sentence.Start + m.Index;
            var location = entities.LastOrDefault(e => e.Kind == EntityKind.Place && e.Range.End == verbStart
                && e.Range.Start > sentence.Start && s[e.Range.Start - sentence.Start - 1] == '在');
            events.Add(new EventFact
            {
                Type = eventWords.TypeOf(name), Name = name, Trigger = m.Groups["end"].Value, Evidence = location is null ? range : new TextRange(location.Range.Start, range.End),
                Location = location, Confidence = 0.6,
            });
            taken.Add(range);
        }
    }

    /// <summary>
    /// Words that open a reference to a gathering or a kind of one, not its name (这一会议, 那次会议, 任何小组的会议,
    /// 一个纪念…的会议, 某日本语学校的毕业典礼, 重要会议; event-endings.tsv, attended-not-name).
    /// </summary>
    private readonly string[] notANameOpening;

    /// <summary>
    /// How many characters a gathering's name must print before its ending (七国集团|年会, 经济工作|会议): two name only a
    /// kind of gathering (签字|仪式, 成立|大会, 国际|会议).
    /// </summary>
    private const int MinAttendedQualifier = 3;

    /// <summary>
    /// An attendance verb and the gathering's name after it, up to an ending of <c>event-endings.tsv</c> (attended-event)
    /// that closes its clause or is followed by 并, 和, 暨 …; the name holds no pause, quote or bracket.
    /// </summary>
    private readonly Regex attendedPattern;

    /// <summary>Event types by trigger words and name endings (event-triggers.tsv, event-endings.tsv).</summary>
    private readonly EventLexicon eventWords;

    /// <summary>A name closed by an ending of event-endings.tsv's named-event class (<c>政企座谈会</c>).</summary>
    private readonly Regex namedNounPattern;

    private static List<EventFact> Merge(List<EventFact> events)
    {
        var merged = new List<EventFact>();
        foreach (var e in events)
        {
            var same = merged.FirstOrDefault(m => m.Type == e.Type && (m.Name.Contains(e.Name, StringComparison.Ordinal) || e.Name.Contains(m.Name, StringComparison.Ordinal)
                || (e.Type == EventLexicon.VisitInspection && e.DateText is not null && e.DateText == m.DateText)
                || (e.Type == EventLexicon.VisitInspection && e.Location is not null && e.Location.Name == m.Location?.Name && SameLeader(e, m)
                    && (e.DateText == m.DateText || (e.DateText ?? m.DateText)?.Contains('年', StringComparison.Ordinal) == false))));
            if (same is null)
            {
                merged.Add(e);
                continue;
            }

            same.Participants.AddRange(e.Participants);
            if (same.Organizer is null)
            {
                same.Organizer = e.Organizer;
                same.CoOrganizers.AddRange(e.CoOrganizers);
            }

            same.Location ??= e.Location;
        }

        return merged;
    }

    /// <summary>Whether two visits have one visitor (<c>罗斌赴南非访问</c> in a headline, <c>罗斌少将率领的…今日离京赴南非访问</c> in its
    /// body); with one place and no two dates they are one visit, unless only one is dated and by its year
    /// (<c>１９９３年１０月叶利钦访问日本时</c> recalls another visit than this one).</summary>
    private static bool SameLeader(EventFact a, EventFact b) =>
        a.Participants.Any(p => p.Role == "leader" && b.Participants.Any(q => q.Role == "leader" && q.Entity.Name == p.Entity.Name));

    private static TextRange Extend(TextRange range, EntityRef? by) =>
        by is null ? range : new TextRange(Math.Min(range.Start, by.Range.Start), Math.Max(range.End, by.Range.End));

    /// <summary><c>全国首个…AI智能体——“疫小盾”智能辅助预检应用</c>: the name follows the dash; the description before it is not.</summary>
    private static string AfterDash(string subject, out int offset)
    {
        var dash = subject.LastIndexOf("——", StringComparison.Ordinal);
        offset = dash >= 0 && dash + 2 < subject.Length - 1 ? dash + 2 : 0;
        return subject[offset..];
    }

    private static List<(string Text, int Offset)> SplitList(string subject)
    {
        var parts = new List<(string, int)>();
        var start = 0;
        for (var i = 0; i <= subject.Length; i++)
        {
            if (i == subject.Length || subject[i] == '、' || subject[i] == '及' || subject[i] == '和')
            {
                if (i > start)
                {
                    parts.Add((subject[start..i], start));
                }

                start = i + 1;
            }
        }

        return parts;
    }

    /// <summary>Drops a leading time expression, home reference or adverb, and definitions in brackets.</summary>
    public string Clean(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var p = Duration().Replace(StripDefinitions(phrase).Trim().TrimStart('，', ',', '、'), string.Empty);
        var wire = WireDateline.Find(p);
        if (wire.Success && wire.Index + wire.Length < p.Length - 1)
        {
            // 新华社日内瓦5月11日电（记者刘洋）中美经贸高层会谈: a wire dateline and its credit are not part of the name.
            p = p[(wire.Index + wire.Length)..];
        }

        var colon = p.LastIndexOfAny(['：', ':']);
        if (colon >= 0 && colon < p.Length - 2)
        {
            // 温得和克消息：为期三天的…会议 — the dateline before the colon is not part of the name.
            p = p[(colon + 1)..];
        }

        // 第十五届中国国际航空航天博览会11日在珠海开幕: a day at the end of the subject dates the event; the comma
        // stands for the verb that followed it, after which a bare day (11日) is read as a date.
        // 世贸组织第二次部长级会议１８日至２０日: the days of a range, or a list (２１日、２２日), go one after the other. 博览会于今日: 于 before the date goes with it.
        for (var trailing = TimeExpressions.Find(p + "，").LastOrDefault();
             trailing.Text is not null && trailing.Range.End == p.Length && trailing.Range.Start > 0;
             trailing = TimeExpressions.Find(p + "，").LastOrDefault())
        {
            p = p[..trailing.Range.Start].TrimEnd('至', '到', '、', '和', '及', '-', '—', '~', '～', '于');
        }

        var changed = true;
        while (changed && p.Length > 0)
        {
            changed = false;
            var date = TimeExpressions.Find(p).FirstOrDefault();
            if (date.Text is not null && date.Range.Start == 0 && !p[date.Range.End..].StartsWith("度", StringComparison.Ordinal))
            {
                p = p[date.Range.End..].TrimStart('，', ',', '、', ' ');
                changed = true;
            }

            // 为期两天的会议: the whole duration goes before the noise word 为期 alone could.
            var duration = Duration().Match(p);
            if (duration.Success)
            {
                p = p[duration.Length..];
                changed = true;
            }

            foreach (var noise in leadingNoise)
            {
                if (p.StartsWith(noise, StringComparison.Ordinal) && p.Length > noise.Length + 1)
                {
                    p = p[noise.Length..];
                    changed = true;
                    break;
                }
            }
        }

        return p.TrimEnd('，', ',', '。');
    }

    private string StripDefinitions(string phrase) => Theme().Replace(shortNameDefinitions.WithoutDefinitions(phrase), string.Empty);

    [GeneratedRegex(@"(?:活动|峰会|论坛|节|赛|展|展会|会|会议|仪式|典礼|大会)$")]
    private static partial Regex EventNounEnding();

    [GeneratedRegex(@"^(?:开展|举办|举行|召开|参加|出席|组织|通过|利用|借助)")]
    private static partial Regex LeadingVerb();

    [GeneratedRegex(@"在|出席|参加|举行|召开|举办")]
    private static partial Regex ClauseWordInName();

    [GeneratedRegex(@"^以“[^”]{1,30}”为主题的")]
    private static partial Regex Theme();

    [GeneratedRegex(@"召开了?(?<name>[^，,。；;、]{2,40}?(?:会议|大会|会)|会议(?=[，,。；;]))(?![\u4e00-\u9fff]{0,2}精神)")]
    private static partial Regex ConvenePattern();

    [GeneratedRegex("举行|举办|召开|启动|开幕|收官|启幕|闭幕|发布")]
    private static partial Regex HeldVerb();

    [GeneratedRegex(@"(?<verb>举行|举办)了?(?<name>[^，,。；;、]{2,40}?(?:会议|会|仪式|活动)|座谈(?=[，,。；;]))")]
    private static partial Regex HostPattern();

    [GeneratedRegex(@"(?<subj>[^，,。；;]{2,80}?)在(?<loc>[^，,。；;在]{2,30}?)(?<verb>举行|举办|召开|启动|开幕|收官|启幕|闭幕|发布)")]
    private static partial Regex HeldPattern();

    [GeneratedRegex(@"(?<subj>[^，,。；;在]{3,60}?)(?:隆重|正式|顺利|庄严|成功)?(?<verb>举行|召开|开幕|举办)(?=$|[。，,；;！])")]
    private static partial Regex SubjectHeldPattern();

    [GeneratedRegex(@"^为期[^的，,]{1,6}的")]
    private static partial Regex Duration();


    [GeneratedRegex(@"“[^”]{2,20}”")]
    private static partial Regex QuotedTerm();

    /// <summary>What may open a clause before an honour verb when the winner is named earlier in the sentence.</summary>
    [GeneratedRegex(@"^(?:成功|顺利|再次|首次|还|也|均|并)?$")]
    private static partial Regex HonourOpening();
}
