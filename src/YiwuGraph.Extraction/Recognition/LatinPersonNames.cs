using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// Persons printed in Latin letters inside Chinese text, which the character tagger was never taught: three
/// readings of a run of letters (with single spaces, dots, hyphens or apostrophes inside it) that no mention covers.
/// <list type="number">
/// <item><b>Given name and surname</b>: a given name of given-names.tsv, capitalised, then a capitalised surname,
/// spaced or not (<c>John Parkes</c>, <c>JohnParkes</c>, <c>GrahamMcTavish</c>).</item>
/// <item><b>After a title or role word</b> (titles.tsv: <c>市场总监</c>, <c>负责人</c>): a run that starts with a
/// capital and is not all capitals (<c>总监Tom</c>, not <c>总监CEO</c>), or that is a given name of the list in any
/// case (<c>负责人julia</c>).</item>
/// <item><b>The original name in brackets</b> right after a person's Chinese name (<c>梅森·阿历克斯(MasonAlex)</c>,
/// <c>申德（adamsender）</c>): linking names it by the Chinese name (<see cref="Facts.EntityResolver"/>), so the
/// Latin form is an alias of the same person.</item>
/// </list>
/// All-capital runs (<c>CEO</c>, <c>WCG</c>) and single letters are never names; gaming handles and other lone words
/// (<c>Grubby</c>, <c>Sky</c>) are left alone, since nothing tells them from a brand or a word.
/// </summary>
public sealed class LatinPersonNames
{
    /// <summary>The confidence of a Latin name read from a given name or a title.</summary>
    public const double Confidence = 0.75;

    private readonly HashSet<string> givenNames;
    private readonly TitleLexicon titles;

    public LatinPersonNames(RuleLexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        givenNames = new HashSet<string>(lexicons.Set.GivenNames.Words, StringComparer.Ordinal);
        titles = lexicons.Titles;
    }

    /// <summary>
    /// The Latin-letter persons of <paramref name="text"/> where no mention of <paramref name="mentions"/> (sorted,
    /// non-overlapping) lies, sorted by start.
    /// </summary>
    public List<FactMention> Find(string text, IReadOnlyList<FactMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var result = new List<FactMention>();
        var next = 0;
        for (var start = 0; start < text.Length; start++)
        {
            if (!IsLetter(text[start]) || (start > 0 && IsLetter(text[start - 1])))
            {
                continue;
            }

            var end = RunEnd(text, start);
            while (next < mentions.Count && mentions[next].Range.End <= start)
            {
                next++;
            }

            var free = next >= mentions.Count || mentions[next].Range.Start >= end;
            if (free && IsPerson(text, start, end, mentions, next))
            {
                result.Add(new FactMention(new TextRange(start, end), EntityKind.Person, Confidence));
            }

            start = end - 1;
        }

        return result;
    }

    /// <summary>
    /// True when <paramref name="candidate"/> (a person mention) is the Latin form printed in brackets right after
    /// <paramref name="person"/>, another person mention: <c>梅森·阿历克斯(MasonAlex)</c>.
    /// </summary>
    public static bool IsBracketedOriginal(string text, TextRange person, TextRange candidate)
    {
        ArgumentNullException.ThrowIfNull(text);
        return candidate.Start == person.End + 1 && text[person.End] is '(' or '（' && IsLetter(text[candidate.Start]);
    }

    private bool IsPerson(string text, int start, int end, IReadOnlyList<FactMention> mentions, int next)
    {
        var run = text.AsSpan(start, end - start);
        var letters = 0;
        var capitals = 0;
        foreach (var c in run)
        {
            letters += IsLetter(c) ? 1 : 0;
            capitals += c is >= 'A' and <= 'Z' ? 1 : 0;
        }

        if (letters < 2 || capitals == letters)
        {
            return false;
        }

        // The original name in brackets after a person's Chinese name.
        if (start > 0 && text[start - 1] is '(' or '（' && next > 0 && mentions[next - 1] is { Kind: EntityKind.Person } before
            && before.Range.End == start - 1 && letters >= 3 && IsBracketEnd(text, end))
        {
            return true;
        }

        if (StartsWithGivenName(run, out var givenLength) && givenLength < run.Length && IsSurname(run[givenLength..].TrimStart(' '))
            && PartsCapitalised(run))
        {
            return true;
        }

        return AfterTitle(text, start) && ((char.IsUpper(run[0]) && PartsCapitalised(run)) || IsGivenNameInAnyCase(run));
    }

    /// <summary>One to three parts between spaces, each capitalised: <c>Tom</c>, <c>Tom Hanks</c>, not <c>Tom said</c>.</summary>
    private static bool PartsCapitalised(ReadOnlySpan<char> run)
    {
        var parts = 0;
        foreach (var range in run.Split(' '))
        {
            var part = run[range];
            if (part.Length == 0 || !char.IsUpper(part[0]) || ++parts > 3)
            {
                return false;
            }
        }

        return true;
    }

    private bool StartsWithGivenName(ReadOnlySpan<char> run, out int length)
    {
        // The given name is a capital and lower-case letters up to the next capital or space: John|Parkes, John| Parkes.
        length = 1;
        if (!char.IsUpper(run[0]))
        {
            return false;
        }

        while (length < run.Length && run[length] is >= 'a' and <= 'z')
        {
            length++;
        }

        return givenNames.Contains(run[..length].ToString());
    }

    private bool IsGivenNameInAnyCase(ReadOnlySpan<char> run)
    {
        Span<char> capitalised = stackalloc char[run.Length];
        for (var i = 0; i < run.Length; i++)
        {
            capitalised[i] = i == 0 ? char.ToUpperInvariant(run[i]) : char.ToLowerInvariant(run[i]);
        }

        return givenNames.Contains(capitalised.ToString());
    }

    /// <summary>A capitalised surname, one part or more (<c>Parkes</c>, <c>McTavish</c>, <c>O'Neil</c>, <c>Smith-Jones</c>): never all capitals.</summary>
    private static bool IsSurname(ReadOnlySpan<char> part)
    {
        if (part.Length < 2 || !char.IsUpper(part[0]))
        {
            return false;
        }

        var lower = 0;
        foreach (var c in part)
        {
            if (c is >= 'a' and <= 'z')
            {
                lower++;
            }
            else if (c is not (>= 'A' and <= 'Z' or '\'' or '-' or ' ' or '.'))
            {
                return false;
            }
        }

        return lower >= 1 && !part.EndsWith(" ");
    }

    /// <summary>The end of the run of letters at <paramref name="start"/>, through single spaces, dots, hyphens and apostrophes between letters.</summary>
    private static int RunEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length)
        {
            if (IsLetter(text[end]))
            {
                end++;
            }
            else if (text[end] is ' ' or '.' or '-' or '\'' && end + 1 < text.Length && IsLetter(text[end + 1]) && IsLetter(text[end - 1]))
            {
                end++;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private bool AfterTitle(string text, int start)
    {
        if (titles.MatchEndingAt(text, start) is not null)
        {
            return true;
        }

        foreach (var role in titles.RoleWords)
        {
            if (start >= role.Length && string.CompareOrdinal(text, start - role.Length, role, 0, role.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBracketEnd(string text, int end) =>
        end == text.Length || text[end] is ')' or '）' or ',' or '，' or '、' or ';' or '；';

    private static bool IsLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
