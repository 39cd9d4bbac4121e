using YiwuGraph.Core;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Reads offices taken up, held and left as news reports them, in companies as in government:
/// <c>任命张三为集团总裁</c>, <c>李四当选为市政协主席</c>, <c>王五出任公司总经理</c>, <c>赵六担任阿里巴巴集团副总裁</c>,
/// <c>周八辞去公司董事长职务</c>, <c>免去吴九的区长职务</c>. A word of <c>personnel-changes.tsv</c> says what changes and
/// on which side of it the person stands; the office after it is an organisation or place the recognizer found
/// (or the company the sentence spoke of, for <c>公司</c>), then a title of <c>titles.tsv</c>, several joined by
/// <c>、</c> or <c>兼</c>. Without a title nothing is read: <c>张三辞职</c> says no office. The date of the change is
/// the time expression of its sentence, when one resolves.
/// </summary>
public sealed class PersonnelChangeReader
{
    /// <summary>Words between the person (or the cue) and the office: 任命张三为, 当选为, 辞去了.</summary>
    private static readonly string[] Links = ["成为", "为", "了", "的", "同志"];

    /// <summary>The cue words by their first character, longest first: most characters of a text start none.</summary>
    private readonly Dictionary<char, (string Word, string Class)[]> cuesByFirst;
    private readonly TitleLexicon titles;
    private readonly CompanyReference companies;

    /// <summary>A reader of the cue words of <c>personnel-changes.tsv</c> and the titles of <c>titles.tsv</c> in <paramref name="lexicons"/>.</summary>
    public PersonnelChangeReader(RuleLexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        (string Word, string Class)[] cues = [.. lexicons.Set.PersonnelChanges.Entries
            .Select(e => (e.Word, e.Class!))
            .OrderByDescending(e => e.Word.Length)
            .ThenBy(e => e.Word, StringComparer.Ordinal)];
        cuesByFirst = cues.GroupBy(c => c.Word[0]).ToDictionary(g => g.Key, g => g.ToArray());
        titles = lexicons.Titles;
        companies = new CompanyReference(lexicons);
    }

    /// <summary>The reader of the embedded lists.</summary>
    public static PersonnelChangeReader Default { get; } = new(RuleLexicons.Default);

    /// <summary>
    /// <paramref name="positions"/> with the modifiers of time taken off their titles (<see cref="TitleLexicon.WithoutTimeModifiers"/>:
    /// <c>原党委书记</c> → <c>党委书记</c>, <c>现任会长</c> → <c>会长</c>), so that one office of one person is one whatever
    /// the article says of its time; one a former modifier opened (<c>原</c>, <c>前</c>, <c>时任</c>) was held before,
    /// as <c>曾任</c> says, unless the article reports another change of it.
    /// </summary>
    public IReadOnlyList<PositionFact> WithoutTimeModifiers(IReadOnlyList<PositionFact> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        List<PositionFact>? result = null;
        for (var i = 0; i < positions.Count; i++)
        {
            var position = positions[i];
            var (title, former) = titles.WithoutTimeModifiers(position.Title);
            if (!string.Equals(title, position.Title, StringComparison.Ordinal))
            {
                result ??= [.. positions];
                result[i] = position with { Title = title, Change = position.Change ?? (former ? PositionChange.Former : null) };
            }
        }

        return result ?? positions;
    }

    /// <summary>The offices changed or held in <paramref name="text"/>, read around the cue words, in text order.</summary>
    /// <remarks>
    /// A word of leaving with no office after it (<c>公司执行总裁周健男日前辞职</c>, <c>副总经理徐正伟的辞职报告</c>) closes
    /// the offices <paramref name="held"/> says that person holds in the same sentence.
    /// </remarks>
    public IReadOnlyList<PositionFact> Find(string text, IReadOnlyList<EntityRef> entities, IReadOnlyList<PositionFact> held, DateOnly? publication)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(held);
        var result = new List<PositionFact>();
        var persons = entities.Where(e => e.Kind == EntityKind.Person).ToList();
        if (persons.Count == 0)
        {
            return result;
        }

        var byStart = new Dictionary<int, EntityRef>();
        foreach (var e in entities.Where(e => e.Kind != EntityKind.Person))
        {
            byStart.TryAdd(e.Range.Start, e);
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (cuesByFirst.TryGetValue(text[i], out var starting) && CueAt(text, i, starting, entities) is var (word, cls))
            {
                // The cue's work is a method of its own: its lambdas capture the cue, and a capture declared in
                // this loop's body would cost an allocation for every character of the article.
                ReadChange(text, new TextRange(i, i + word.Length), cls, persons, entities, byStart, held, publication, result);
                i += word.Length - 1;
            }
        }

        return result;
    }

    /// <summary>The cue word of <paramref name="starting"/> printed at <paramref name="at"/> outside every entity, if any.</summary>
    private static (string Word, string Class)? CueAt(string text, int at, (string Word, string Class)[] starting, IReadOnlyList<EntityRef> entities)
    {
        foreach (var (word, cls) in starting)
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) != 0)
            {
                continue;
            }

            foreach (var e in entities)
            {
                if (e.Range.Start < at + word.Length && at < e.Range.End)
                {
                    return null;
                }
            }

            return (word, cls);
        }

        return null;
    }

    /// <summary>Adds the offices the change <paramref name="cue"/> names for its person, or the offices it ends.</summary>
    private void ReadChange(
        string text, TextRange cue, string cls, List<EntityRef> persons, IReadOnlyList<EntityRef> entities,
        Dictionary<int, EntityRef> byStart, IReadOnlyList<PositionFact> held, DateOnly? publication, List<PositionFact> result)
    {
        var sentence = TextSpans.StatementAround(text, cue);
        var passive = cue.Start > sentence.Start && text[cue.Start - 1] == '被';
        var personAfter = cls.EndsWith("-by", StringComparison.Ordinal) && !passive;
        EntityRef? person;
        int officeFrom;
        if (personAfter)
        {
            person = persons.FirstOrDefault(p => p.Range.Start >= cue.End && p.Range.Start <= cue.End + 1 && p.Range.End <= sentence.End);
            officeFrom = person?.Range.End ?? -1;
        }
        else
        {
            // The person is the nearest before the cue in its sentence, with no other cue between (张三当选主席).
            person = persons.LastOrDefault(p => p.Range.End <= cue.Start && p.Range.Start >= sentence.Start);
            officeFrom = cue.End;
        }

        if (person is null)
        {
            return;
        }

        var change = ChangeOf(cls);
        var date = DateOf(text, sentence, publication);
        var evidenceStart = Math.Min(person.Range.Start, cue.Start);
        var offices = Offices(text, SkipLinks(text, officeFrom, sentence.End), sentence, entities, byStart);
        foreach (var (title, organization, end) in offices)
        {
            result.Add(new PositionFact(person, title, organization, new TextRange(evidenceStart, end), organization is null ? 0.7 : 0.8)
            {
                Change = change,
                ChangeDate = change is null || change == PositionChange.Former ? null : date,
            });
        }

        if (offices.Count == 0 && change is PositionChange.Resigned)
        {
            foreach (var office in held.Where(h => h.Person.Range == person.Range && h.Organization is not null && h.Change is null))
            {
                result.Add(office with
                {
                    Evidence = new TextRange(Math.Min(office.Evidence.Start, cue.Start), Math.Max(office.Evidence.End, cue.End)),
                    Confidence = 0.75,
                    Change = change,
                    ChangeDate = date,
                });
            }
        }
    }

    /// <summary>The offices printed from <paramref name="at"/>: <c>[organisation] title</c>, joined by 、 or 兼; a bare title shares the organisation before it.</summary>
    private List<(string Title, EntityRef? Organization, int End)> Offices(
        string text, int at, TextRange sentence, IReadOnlyList<EntityRef> entities, Dictionary<int, EntityRef> byStart)
    {
        var offices = new List<(string, EntityRef?, int)>();
        EntityRef? organization = null;
        while (at < sentence.End)
        {
            if (byStart.TryGetValue(at, out var printed))
            {
                organization = printed;
                at = printed.Range.End;
            }
            else if (companies.StartingAt(text, at) is { } reference)
            {
                // 辞去公司董事长职务: the company the article named before the sentence's office.
                organization = companies.Antecedent(text, at, reference, entities);
                at += reference.Length;
            }

            var title = TitleStartingAt(text, at, sentence.End);
            if (title is null)
            {
                // An organisation with no title after it is the object of something else (担任项目负责人 reads no office).
                break;
            }

            at += title.Length;
            offices.Add((title, organization, at));
            if (at < sentence.End && text[at] is '、' or '兼')
            {
                at++;
                continue;
            }

            if (at + 1 < sentence.End && text[at] == '和' && TitleStartingAt(text, at + 1, sentence.End) is not null)
            {
                at++;
                continue;
            }

            break;
        }

        return offices;
    }

    /// <summary>The longest title (with its modifiers) that starts at <paramref name="at"/>.</summary>
    private string? TitleStartingAt(string text, int at, int limit)
    {
        for (var end = Math.Min(limit, at + 12); end > at + 1; end--)
        {
            if (titles.MatchEndingAt(text, end) is { } title && title.Length == end - at)
            {
                return title;
            }
        }

        return null;
    }

    private static int SkipLinks(string text, int at, int limit)
    {
        var moved = true;
        while (moved && at < limit)
        {
            moved = false;
            foreach (var link in Links)
            {
                if (string.CompareOrdinal(text, at, link, 0, link.Length) == 0)
                {
                    at += link.Length;
                    moved = true;
                    break;
                }
            }
        }

        return at;
    }

    private static string? ChangeOf(string cls) => cls switch
    {
        "appoint" or "appoint-by" => PositionChange.Appointed,
        "elect" or "elect-by" => PositionChange.Elected,
        "former" => PositionChange.Former,
        "resign" => PositionChange.Resigned,
        "dismiss-by" => PositionChange.Dismissed,
        _ => null,
    };

    /// <summary>
    /// The first time expression of the sentence that resolves to a day; <c>同日</c> and <c>次日</c> count from the last day
    /// named before them.
    /// </summary>
    private static DateOnly? DateOf(string text, TextRange sentence, DateOnly? publication)
    {
        DateOnly? context = null;
        foreach (var e in TimeExpressions.Find(text[..sentence.End]))
        {
            if (TimeExpressions.Parse(e.Text) is not { } parts)
            {
                continue;
            }

            var date = TimeExpressions.Resolve(parts, publication, context).Date;
            if (e.Range.Start >= sentence.Start && date is not null)
            {
                return date;
            }

            if (parts.ContextDays is null && date is not null)
            {
                context = date;
            }
        }

        return null;
    }
}
