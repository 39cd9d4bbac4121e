using System.Collections.Concurrent;
using System.Collections.Frozen;
using YiwuGraph.Core;

namespace YiwuGraph.Extraction.Lexicons;

/// <summary>
/// The word lists the recognizers read, one TSV file per kind (<c>titles.tsv</c>, <c>surnames.tsv</c>, …),
/// embedded in the assembly under <c>Lexicons/</c>. <see cref="Default"/> is the embedded set;
/// <see cref="Load(string)"/> replaces the embedded files by the files of the same name in a folder, so a user
/// can change a list without rebuilding. Instances are immutable.
/// </summary>
/// <remarks>
/// File format: UTF-8, one entry a line, <c>word[TAB class[TAB note]]</c>; blank lines and lines starting with
/// <c>#</c> are skipped. A list with classes requires one of its classes on every line; a list without
/// classes allows only a note. A malformed line throws <see cref="DataFormatException"/> naming file and line.
/// </remarks>
public sealed class LexiconSet
{
    private const string ResourcePrefix = "YiwuGraph.Extraction.Lexicons.";

    /// <summary>Every list this version reads, with the classes its lines may carry (empty: no class column).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Kinds { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["surnames.tsv"] = ["common", "everyday"],
        ["tagger-features.tsv"] = ["surname", "title", "organization-ending", "place-ending"],
        ["titles.tsv"] = ["office", "company-office", "team-office", "trailing", "role", "occupation", "honorific", "former-modifier", "current-modifier", "modifier", "field-head", "between", "charge", "state-form", "after-name", "state-office", "credit"],
        ["organization-endings.tsv"] = ["name", "weak", "generic-head", "industry", "board", "determiner", "company-head", "reference-head", "legal-form", "brand-tail", "bare-body"],
        ["place-endings.tsv"] = ["admin", "venue", "zone"],
        ["name-breakers.tsv"] = [],
        ["stop-words.tsv"] = ["not-organization", "not-organization-token", "not-place", "generic-owner", "not-city-stem", "clause-word", "person-noun"],
        ["provinces.tsv"] = [],
        ["news-organizations.tsv"] = ["stand-alone", "not-organization", "needs-proper-noun", "not-name-start", "ending", "not-ending", "verb-ending", "national", "state-body", "state-body-link", "china-body", "china-name", "not-proper-noun", "classifier", "kind-head", "counting-word", "locative-ending", "person-company-word", "outlet-ending"],
        ["organization-types.tsv"] =
            ["government-inside", "government-ending-first", "media", "school", "team", "association", "company", "party-prefix", "party", "government"],
        ["news-places.tsv"] =
        [
            "venue", "zone", "street", "town", "village", "adjectival-follower", "level-province", "level-city", "level-county", "not-county",
            "level-town", "level-street", "level-village", "level-venue", "place-cue-before", "place-cue-after", "compass", "bearing-follower", "landmark", "noun-with-level",
            "region", "region-direction", "not-region", "preposition",
        ],
        ["news-persons.tsv"] = ["photo-credit", "given-name-stop", "given-name-first-stop", "family-ending", "transliteration-ending", "anonymous-marker", "address-form", "overrun-verb", "list-closer", "name-joiner", "non-final", "eponym-ending", "storm-word", "team-follower"],
        ["team-cues.tsv"] = [],
        ["sports-clubs.tsv"] = ["club", "nickname"],
        ["given-names.tsv"] = [],
        ["name-characters.tsv"] = ["foreign", "surname", "given"],
        ["japanese-names.tsv"] = ["surname", "long-given-ending", "country-cue"],
        ["world-places.tsv"] = ["region", "country", "state", "city", "division-ending"],
        ["place-short-forms.tsv"] = ["province", "city", "country", "region", "cue-before", "cue-after", "route"],
        ["organization-short-forms.tsv"] = ["government", "party", "company", "media", "other"],
        ["company-senses.tsv"] = ["brand", "group", "apposition-head", "cue-noun", "cue-verb", "announce-verb", "cue-adverb", "latin-not-name", "launch-follower"],
        ["organization-short-endings.tsv"] = [],
        ["short-name-definitions.tsv"] = ["defining", "code-label"],
        ["periodical-titles.tsv"] = ["ending", "not-periodical", "after-title"],
        ["organization-units.tsv"] = ["unit", "organ"],
        ["event-triggers.tsv"] =
            ["signing", "inauguration", "recruitment", "award", "exhibition", "release", "launch", "ceremony", "visit_inspection", "meeting"],
        ["event-endings.tsv"] = ["named-event", "not-exhibition", "incident-head", "incident-site", "attended-event", "attended-not-name"],
        ["person-cues.tsv"] = ["follower", "after-titled-name", "host", "speaker", "speaker-list", "attendee"],
        ["event-types.tsv"] =
        [
            "sports", "release", "product", "award", "death", "life", "missing", "crime", "judicial", "personnel_change", "organization",
            "accident", "fire", "disaster", "attack", "market", "deal", "ceremony", "protest", "statement", "meeting", "visit_inspection",
            "epidemic",
        ],
        ["event-cues.tsv"] = ["negation", "future", "handled-before", "prevention", "time-of-day", "meet", "win-verb", "win-prize", "win-not-after", "visit-to", "visit-place-end", "visit-not-yet", "visit-plan-after", "visit-noun", "visit-ending", "not-future", "scheduled", "speech", "source-before", "source-after", "credit-open", "after-clause", "visit-back-reference", "invitation", "people-after-country", "report-before", "beat-verb", "lose-to-verb", "passive-beat-verb", "passive", "opponent-before", "time-after-event", "not-an-honour", "event-back-reference", "name-leading-noise", "gloss-head-marker", "competition", "competition-ending", "mention-back-reference", "setting-opener", "setting-end"],
        ["relation-cues.tsv"] = ["signing-side", "signing-adverb", "signing-counterpart", "not-at", "organize-verb", "organizer-adverb", "list-joiner", "organized-event", "ending-continuation", "back-reference", "located-verb", "headquarters", "located-after", "signing-not-made", "attend-object-verb", "attended-generic"],
        ["incident-words.tsv"] = ["accident", "fire", "disaster", "attack", "crime", "protest", "epidemic"],
        ["personnel-changes.tsv"] = ["appoint", "appoint-by", "elect", "elect-by", "hold", "former", "resign", "dismiss-by"],
        ["event-figures.tsv"] = ["deaths", "injured", "missing", "currency", "casualty-event", "amount-event", "money-verb"],
        ["event-roles.tsv"] =
        [
            "time", "place", "count", "amount", "thing", "subject", "object", "organization", "investor", "authority", "loser", "winner",
            "perpetrator", "victim", "suspect", "defendant", "plaintiff", "organizer", "buyer", "seller", "attendee",
        ],
        ["event-type-roles.tsv"] =
        [
            "place", "subject", "object", "organization", "investor", "authority", "loser", "winner", "perpetrator", "victim", "suspect", "defendant",
            "plaintiff", "organizer", "buyer", "seller", "attendee",
        ],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<LexiconSet> DefaultSet = new(() => new LexiconSet(LoadEmbedded(), []), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, Lexicon> lists;

    /// <summary>The shapes several components read one list in, built once per set (<see cref="Shared"/>).</summary>
    private readonly ConcurrentDictionary<Type, Lazy<object>> shared = new();

    private LexiconSet(Dictionary<string, Lexicon> lists, IReadOnlyList<string> overridden)
    {
        this.lists = lists.ToFrozenDictionary(StringComparer.Ordinal);
        Overridden = overridden;
    }

    /// <summary>The file names of the lists read from an override folder rather than the assembly, in ordinal order.</summary>
    public IReadOnlyList<string> Overridden { get; }

    /// <summary>The lists embedded in the assembly.</summary>
    public static LexiconSet Default => DefaultSet.Value;

    /// <summary>Single- and two-character surnames; <c>everyday</c> ones are mostly words and start no name for the rules.</summary>
    public Lexicon Surnames => this["surnames.tsv"];

    /// <summary>The words the shipped tagger model was trained with, by feature class: frozen with the model.</summary>
    public Lexicon TaggerFeatures => this["tagger-features.tsv"];

    /// <summary>Titles of office, company offices, roles, occupations, honorifics, title modifiers and the words between an organisation and a title.</summary>
    public Lexicon Titles => this["titles.tsv"];

    public Lexicon OrganizationEndings => this["organization-endings.tsv"];

    /// <summary>Endings of administrative places, venues and zones.</summary>
    public Lexicon PlaceEndings => this["place-endings.tsv"];

    /// <summary>Words a name never starts with or runs through.</summary>
    public Lexicon NameBreakers => this["name-breakers.tsv"];

    /// <summary>Words that end like a name but name nothing (<c>格局</c>, <c>超市</c>).</summary>
    public Lexicon StopWords => this["stop-words.tsv"];

    /// <summary>The news layer's organisation words: stand-alone names, ordinary nouns with an ending, weak endings.</summary>
    public Lexicon NewsOrganizations => this["news-organizations.tsv"];

    /// <summary>The endings that give an organisation its fine type (government, party, company, …), in the order tried.</summary>
    public Lexicon OrganizationTypes => this["organization-types.tsv"];

    /// <summary>The news layer's venue, zone and settlement endings.</summary>
    public Lexicon NewsPlaces => this["news-places.tsv"];

    /// <summary>The news layer's photo credits and the characters that cannot be part of a given name.</summary>
    public Lexicon NewsPersons => this["news-persons.tsv"];

    /// <summary>Words that make a sentence a sports report (主场, 联赛, 英超): a foreign place name there is its club.</summary>
    public Lexicon TeamCues => this["team-cues.tsv"];

    /// <summary>Clubs by the names the sports press prints (曼联, 布莱克本) and their nicknames (枪手): read in sports reports.</summary>
    public Lexicon SportsClubs => this["sports-clubs.tsv"];

    /// <summary>Common Western given names (John, Linda): a Latin-letter name that starts with one is a person's.</summary>
    public Lexicon GivenNames => this["given-names.tsv"];

    /// <summary>How often each character is printed in transliterated names and in Chinese surnames and given names (斯 foreign 196).</summary>
    public Lexicon NameCharacters => this["name-characters.tsv"];

    /// <summary>Japanese surnames as Chinese news prints them (高桥, 张本) and the words that name Japan (日本, 日乒).</summary>
    public Lexicon JapaneseNames => this["japanese-names.tsv"];

    /// <summary>China's province-level names.</summary>
    public Lexicon Provinces => this["provinces.tsv"];

    /// <summary>World regions, and countries and cities the gazetteer does not hold.</summary>
    public Lexicon WorldPlaces => this["world-places.tsv"];

    /// <summary>One-character short forms of places (京, 港, 美) and the full names they stand for.</summary>
    public Lexicon PlaceShortForms => this["place-short-forms.tsv"];

    /// <summary>Short names of well-known organisations (央行, 工行) with their full names and types.</summary>
    public Lexicon OrganizationShortForms => this["organization-short-forms.tsv"];

    /// <summary>Brands with a second sense (苹果, 大众, 丰田) and the words around them that make them the company.</summary>
    public Lexicon CompanySenses => this["company-senses.tsv"];

    /// <summary>Endings of units inside a body (现金管理部, 心理学系, 党委), each a unit or an organ.</summary>
    public Lexicon OrganizationUnits => this["organization-units.tsv"];

    /// <summary>Short endings printed after a place (中院, 检察院) with the full endings they stand for.</summary>
    public Lexicon OrganizationShortEndings => this["organization-short-endings.tsv"];

    /// <summary>The words that open a bracket defining a short name (以下简称, 下称, 簡稱).</summary>
    public Lexicon ShortNameDefinitions => this["short-name-definitions.tsv"];

    /// <summary>The endings that make a title in 《》 a newspaper's or a magazine's name, and the documents that end like one.</summary>
    public Lexicon PeriodicalTitles => this["periodical-titles.tsv"];

    /// <summary>Event trigger words by event type, in priority order.</summary>
    public Lexicon EventTriggers => this["event-triggers.tsv"];

    public Lexicon EventEndings => this["event-endings.tsv"];

    /// <summary>Speech verbs and cues around a person's name, and the event roles they give.</summary>
    public Lexicon PersonCues => this["person-cues.tsv"];

    /// <summary>Fine event types (DuEE's, plus the project's few) and the coarse type of each.</summary>
    public Lexicon EventTypes => this["event-types.tsv"];

    /// <summary>Words before a trigger that deny an event or put it in the future (<c>没有</c>, <c>将</c>).</summary>
    public Lexicon EventCues => this["event-cues.tsv"];

    /// <summary>The words that state a relation: the sides of a signing, organising verbs, where an organisation is.</summary>
    public Lexicon RelationCues => this["relation-cues.tsv"];

    /// <summary>Words that name an incident (地震, 车祸, 骚乱), by coarse event type: a feature of the trained trigger labeller.</summary>
    public Lexicon IncidentWords => this["incident-words.tsv"];

    /// <summary>DuEE argument roles and the graph role of each (time, place, a participant role, or a count, amount or thing).</summary>
    public Lexicon EventRoles => this["event-roles.tsv"];

    /// <summary>The place and participant roles each fine event type can have (DuEE's schema in graph roles).</summary>
    public Lexicon EventTypeRoles => this["event-type-roles.tsv"];

    /// <summary>Words that say a person takes up, holds or leaves an office, by the side the person stands on.</summary>
    public Lexicon PersonnelChanges => this["personnel-changes.tsv"];

    /// <summary>Casualty words and currencies: the figures of an event.</summary>
    public Lexicon EventFigures => this["event-figures.tsv"];

    /// <summary>
    /// The one <typeparamref name="T"/> of this set, built by <paramref name="build"/> on first use and returned to every
    /// later caller, so a list that several components read in the same shape (company-senses.tsv for the name rules
    /// and the organisation types) is parsed once per set, the embedded one and an override alike. Each type has one
    /// builder, its own static <c>Of(LexiconSet)</c>; the set stays immutable to its readers, as the built shape is.
    /// </summary>
    internal T Shared<T>(Func<LexiconSet, T> build)
        where T : class =>
        (T)shared.GetOrAdd(typeof(T), static (_, state) => new Lazy<object>(() => state.build(state.set), LazyThreadSafetyMode.ExecutionAndPublication), (build, set: this)).Value;

    /// <summary>The list read from the file <paramref name="name"/> (<c>titles.tsv</c>).</summary>
    public Lexicon this[string name] =>
        lists.TryGetValue(name, out var lexicon) ? lexicon : throw new KeyNotFoundException($"no lexicon named '{name}'");

    /// <summary>
    /// The embedded lists, with every <c>*.tsv</c> file of <paramref name="overrideDirectory"/> replacing the
    /// embedded list of the same name. A file name this version does not read is an error, not ignored, so that
    /// a misspelt override cannot silently leave the embedded list in place.
    /// </summary>
    public static LexiconSet Load(string overrideDirectory)
    {
        ArgumentNullException.ThrowIfNull(overrideDirectory);
        if (!Directory.Exists(overrideDirectory))
        {
            throw new InputFileException(overrideDirectory, "lexicon folder not found");
        }

        var lists = LoadEmbedded();
        var overridden = new List<string>();
        foreach (var path in Directory.EnumerateFiles(overrideDirectory, "*.tsv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!Kinds.ContainsKey(name))
            {
                throw new InputFileException(path, $"not a lexicon this version reads (expected one of: {string.Join(", ", Kinds.Keys.Order(StringComparer.Ordinal))})");
            }

            using var stream = File.OpenRead(path);
            lists[name] = Read(name, path, stream);
            overridden.Add(name);
        }

        return new LexiconSet(lists, overridden);
    }

    /// <summary>
    /// Reads one list from <paramref name="stream"/>. <paramref name="name"/> is its file name (it decides which
    /// classes are allowed); <paramref name="source"/> is what error messages name.
    /// </summary>
    public static Lexicon Read(string name, string source, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(stream);
        if (!Kinds.TryGetValue(name, out var classes))
        {
            throw new ArgumentException($"no lexicon named '{name}'", nameof(name));
        }

        var entries = new List<LexiconEntry>();
        var firstLine = new Dictionary<(string, string?), int>();
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var entry = Parse(line, lineNumber, classes, source);
            if (!firstLine.TryAdd((entry.Word, entry.Class), lineNumber))
            {
                throw new DataFormatException(source, lineNumber, $"'{entry.Word}' is listed twice (first on line {firstLine[(entry.Word, entry.Class)]})");
            }

            entries.Add(entry);
        }

        if (entries.Count == 0)
        {
            throw new DataFormatException(source, lineNumber, "the list has no entries");
        }

        return new Lexicon(name, source, entries);
    }

    private static LexiconEntry Parse(string line, int lineNumber, IReadOnlyList<string> classes, string source)
    {
        var columns = line.Split('\t');
        var word = columns[0];
        if (word.Length == 0 || word.Any(char.IsWhiteSpace))
        {
            throw new DataFormatException(source, lineNumber, $"the word (first column) must be non-empty and hold no spaces: '{line}'");
        }

        if (classes.Count == 0)
        {
            // word [TAB note]
            if (columns.Length > 2)
            {
                throw new DataFormatException(source, lineNumber, "this list has no class column: expected 'word' or 'word<TAB>note'");
            }

            return new LexiconEntry(word, null, columns.Length == 2 ? columns[1] : null, lineNumber);
        }

        if (columns.Length is < 2 or > 3)
        {
            throw new DataFormatException(source, lineNumber, $"expected 'word<TAB>class' or 'word<TAB>class<TAB>note' (classes: {string.Join(", ", classes)})");
        }

        var wordClass = columns[1];
        if (!classes.Contains(wordClass, StringComparer.Ordinal))
        {
            throw new DataFormatException(source, lineNumber, $"unknown class '{wordClass}' (expected one of: {string.Join(", ", classes)})");
        }

        return new LexiconEntry(word, wordClass, columns.Length == 3 ? columns[2] : null, lineNumber);
    }

    private static Dictionary<string, Lexicon> LoadEmbedded()
    {
        var assembly = typeof(LexiconSet).Assembly;
        var lists = new Dictionary<string, Lexicon>(StringComparer.Ordinal);
        foreach (var name in Kinds.Keys)
        {
            var resource = ResourcePrefix + name;
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new ResourceLoadException(resource, "embedded lexicon missing");
            lists[name] = Read(name, resource, stream);
        }

        return lists;
    }
}
