using System.Text.RegularExpressions;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Companies printed without a legal suffix, found only where the context says they are companies:
/// a brand with an industry word before <c>公司</c>/<c>企业</c> or <c>等N家企业</c>, or as the subject of
/// <c>入选</c>/<c>获评</c> in a sentence about enterprises (<c>真爱毯业科技入选…</c>, <c>极光湾(义乌)发动机等10家企业</c>);
/// and a brand before a company office (<c>分众传媒创始人</c>, <c>洛克兄弟创始人、董事长</c>).
/// </summary>
internal sealed partial class CompanyPatterns(RuleLexicons lexicons)
{
    /// <summary>Words that stand for "a company" or "the market" rather than name one.</summary>
    private readonly HashSet<string> GenericOwners = new(lexicons.Set.StopWords.WordsOf("generic-owner"), StringComparer.Ordinal);

    private readonly Regex IndustryNamed = IndustryNamedPattern(lexicons.Set.OrganizationEndings.WordsOf("industry"));

    public void FindCompanies(string text, List<Token> tokens, List<FactMention> found)
    {
        HashSet<int>? starts = null;
        foreach (var m in IndustryNamedMatches(text))
        {
            starts ??= tokens.Select(t => t.Start).ToHashSet();
            var name = m.Groups["name"];
            var context = m.Groups["ctx"].Value;
            if (!starts.Contains(name.Index))
            {
                continue;
            }

            if (CrossesClause(tokens, name.Index, name.Index + name.Length))
            {
                continue;
            }

            if (context is "入选" or "获评" or "荣获" or "入围" && !SentenceAround(text, name.Index).Contains("企业", StringComparison.Ordinal))
            {
                continue;
            }

            found.Add(new FactMention(new TextRange(name.Index, name.Index + name.Length), EntityKind.Organization, 0.65, "company"));
        }

        var latin = HasLatinCapital(text) && (text.Contains("公司", StringComparison.Ordinal) || text.Contains("集团", StringComparison.Ordinal));
        foreach (Match m in latin ? LatinCompany().Matches(text) : Enumerable.Empty<Match>())
        {
            // 阿根廷 CITYBLANCO S.A. 公司: a foreign company printed in Latin letters, with its country before it.
            var country = m.Groups["country"];
            var start = m.Index;
            if (country.Success)
            {
                var known = Enumerable.Range(0, country.Length - 1).Select(k => country.Value[k..]).FirstOrDefault(c => lexicons.World.Countries.Contains(c));
                start = known is null ? country.Index + country.Length : country.Index + country.Length - known.Length;
                while (start < m.Index + m.Length && text[start] is ' ' or '\u3000')
                {
                    start++;
                }
            }

            found.Add(new FactMention(new TextRange(start, m.Index + m.Length), EntityKind.Organization, 0.7, "company"));
        }

        if (!CompanyOffices.Any(o => text.Contains(o, StringComparison.Ordinal)))
        {
            return;
        }

        var byStart = tokens.ToDictionary(t => t.Start);
        foreach (Match m in BeforeCompanyOffice().Matches(text))
        {
            var name = m.Groups["name"];
            if (GenericOwners.Contains(name.Value) || lexicons.Names.OrganizationSuffixOf(name.Value) is not null || lexicons.Titles.MatchEndingAt(name.Value, name.Length) is not null)
            {
                continue;
            }

            if (!byStart.TryGetValue(name.Index, out var first) || !HasBrandToken(tokens, tokens.IndexOf(first), name.Index + name.Length, text))
            {
                continue;
            }

            if (CrossesClause(tokens, name.Index, name.Index + name.Length))
            {
                continue;
            }

            found.Add(new FactMention(new TextRange(name.Index, name.Index + name.Length), EntityKind.Organization, 0.6, "company"));
        }
    }

    /// <summary>
    /// The name the pattern read opens with a verb or holds a particle (<c>创办|高科技|企业</c>, <c>李卓奇|兼任|了|总经理</c>):
    /// it is a clause, not a brand. MSRA dev pages ORG +0.001 (its two company hits there were both such clauses),
    /// CLUENER dev and the seed pages unchanged.
    /// </summary>
    private static bool CrossesClause(List<Token> tokens, int start, int end)
    {
        foreach (var t in tokens)
        {
            if (t.End <= start || t.Start >= end)
            {
                continue;
            }

            var tag = t.Tag.Name;
            if ((tag.Length > 0 && tag[0] == 'u') || (tag == "v" && t.Start == start))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasLatinCapital(string text) => text.AsSpan().IndexOfAnyInRange('A', 'Z') >= 0;

    /// <summary>
    /// Matches of <see cref="IndustryNamed"/>, tried only where a context word is printed: the name is read in the
    /// short window that ends at it, which starts at a clause break, so the pattern never scans the whole text.
    /// </summary>
    private IEnumerable<Match> IndustryNamedMatches(string text)
    {
        var seen = new HashSet<int>();
        foreach (var word in ContextWords)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                // The window opens right after the last break before the word (or at the start of the text), so the
                // pattern's start-of-input anchor stands for that break.
                var limit = Math.Max(0, at - 24);
                var from = text.LastIndexOfAny(NameBreaks, Math.Max(0, at - 1), at - limit) + 1;
                if (from == 0 && limit > 0)
                {
                    continue;
                }

                var m = IndustryNamed.Match(text, from, Math.Min(text.Length, at + 8) - from);
                if (m.Success && m.Index == from && seen.Add(m.Index))
                {
                    yield return m;
                }
            }
        }
    }

    private static readonly char[] NameBreaks = ['，', ',', '、', '。', '；', ';', '：', ':', '“', '”', '的', '有', '与', '和', '及', '\n'];

    private static readonly string[] CompanyOffices = ["创始人", "董事长", "总经理", "总裁", "首席执行官"];

    private static readonly string[] ContextWords = ["企业", "入选", "获评", "荣获", "入围"];

    /// <summary>A brand has a word jieba does not know as a common noun (proper noun, idiom, abbreviation, Latin letters).</summary>
    private bool HasBrandToken(List<Token> tokens, int from, int end, string text)
    {
        var brand = false;
        var k = from;
        for (; k < tokens.Count && tokens[k].End <= end; k++)
        {
            var t = tokens[k];
            var tag = t.Tag.Name;
            brand |= t.Tag.IsProperNoun || tag is "l" or "j" or "nz" or "nrt" or "nrfg" || (tag == "x" && char.IsLetter(text[t.Start]));
        }

        // The name must end on a word boundary: 分众传媒|创始人, not a piece of a longer word.
        return brand && k > from && tokens[k - 1].End == end;
    }

    private string SentenceAround(string text, int at)
    {
        var start = text.LastIndexOfAny(['。', '！', '？', '\n'], Math.Max(0, at - 1)) + 1;
        var end = text.IndexOfAny(['。', '！', '？', '\n'], at);
        return text[start..(end < 0 ? text.Length : end)];
    }

    /// <summary>
    /// A brand closed by an industry word (organization-endings.tsv, class industry) right before a company context
    /// word, starting after a clause break: <c>真爱毯业科技|入选</c>, <c>极光湾(义乌)发动机|等10家企业</c>.
    /// </summary>
    private static Regex IndustryNamedPattern(IEnumerable<string> industryWords) => new(
        @"(?<=[，,、。；;：:“”的有与和及\n]|^)(?<name>[\u4e00-\u9fff-[有的在和与及是为等另还了]]{2,6}(?:[（(][\u4e00-\u9fff]{2,4}[）)])?[\u4e00-\u9fff-[有的在和与及是为等另还了]]{0,4}?(?:"
            + (industryWords.Any() ? string.Join('|', industryWords.Select(Regex.Escape)) : "(?!)") // no words, no brand
            + @"))(?<ctx>等\d*家?企业|等企业|企业|入选|获评|荣获|入围)",
        RegexOptions.Compiled);

    [GeneratedRegex(@"(?:(?<country>[\u4e00-\u9fff]{2,7})[ \u3000]?)?(?<![A-Za-z])[A-Z][A-Za-z0-9&\-]{2,30}(?:[ .,]{1,2}[A-Za-z0-9&\-]{1,12}){0,4}\.?[ \u3000]?(?:有限公司|公司|集团)")]
    private static partial Regex LatinCompany();

    [GeneratedRegex(@"(?<=[，,、。；;：:\n]|^)(?<name>[\u4e00-\u9fffA-Za-z]{3,8}?)(?=(?:联合)?创始人|董事长|总经理|总裁|首席执行官)")]
    private static partial Regex BeforeCompanyOffice();
}
