using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Extraction.Facts;

/// <summary>The home a paper's pages are read with, and the evidence it was decided from.</summary>
public sealed record PaperHome(string Paper, HomeContext Home, string Reason);

/// <summary>
/// Decides each paper's home city and province (what <c>我市</c>, <c>市委</c> and <c>省委</c> stand for) from
/// evidence that identifies the paper, never from how often a name is printed across the corpus:
/// <list type="number">
/// <item>a masthead on a page (<c>义乌商报</c>, <c>浙江日报</c> as a line of its own among the first lines) names
/// its paper and that paper's place;</item>
/// <item>otherwise each distinct page that speaks as a local paper (<c>我市</c>, <c>本市</c>, <c>全市</c>,
/// <c>本报讯</c>) votes for the city it names most (at least twice, no tie), and the city most of a paper's voting
/// pages vote for is its home;</item>
/// <item>the province is the gazetteer's province of that city; only a paper without a home city gets its
/// province by the same page vote.</item>
/// </list>
/// A paper is the pages under one masthead, or else the pages of one folder. Pages are counted once however often
/// they are copied (their text without white space is hashed), so duplicating a page changes nothing, and the
/// evidence is gathered over every page in the first pass, so the answer does not depend on the order of files.
/// </summary>
public sealed partial class HomeInference
{
    /// <summary>Words with which a local paper speaks of its own city and its own reporting.</summary>
    public static IReadOnlyList<string> LocalVoiceWords { get; } = ["我市", "本市", "全市", "本报讯"];

    /// <summary>How often a page must print a city's bare name for its vote.</summary>
    public const int MinimumPageMentions = 2;

    private const int MaxMastheadLength = 12;

    private readonly PlaceGazetteer gazetteer;
    // Read from the build's worker threads through PaperOf, hence concurrent.
    private readonly ConcurrentDictionary<string, HomeContext?> cities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PaperEvidence> papers = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<string> provinces;

    /// <summary>Stems that make "XX市" no city's name (全市, 超市, 股市): stop-words.tsv, class not-city-stem.</summary>
    private readonly IReadOnlyList<string> notCityStems;

    /// <summary>An inference over <paramref name="gazetteer"/>'s cities, reading <paramref name="lexicons"/> (the embedded lists when null).</summary>
    public HomeInference(PlaceGazetteer gazetteer, RuleLexicons? lexicons = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        this.gazetteer = gazetteer;
        lexicons ??= RuleLexicons.Default;
        provinces = lexicons.Names.Provinces;
        notCityStems = lexicons.Set.StopWords.WordsOf("not-city-stem");
    }

    /// <summary>
    /// The paper a page belongs to (safe to call from several threads): <c>masthead:义乌商报</c> when one of its first lines is a masthead naming a place
    /// the gazetteer knows, else <c>folder:</c> and the folder it is in.
    /// </summary>
    public string PaperOf(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return PaperKey(document, Masthead(document.Text));
    }

    /// <summary>Gathers one page's evidence; a page whose text (white space aside) was seen before counts nothing.</summary>
    public void Observe(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var masthead = Masthead(document.Text);
        Observe(PaperKey(document, masthead), document.Text, masthead);
    }

    /// <summary>Gathers one page's evidence for <paramref name="paper"/>.</summary>
    public void Observe(string paper, string text)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(text);
        Observe(paper, text, Masthead(text));
    }

    private static string PaperKey(SourceDocument document, (string Name, HomeContext Home)? masthead) =>
        masthead is { } m ? "masthead:" + m.Name : "folder:" + (Path.GetDirectoryName(Path.GetFullPath(document.Path)) ?? string.Empty);

    private void Observe(string paper, string text, (string Name, HomeContext Home)? masthead)
    {
        if (!papers.TryGetValue(paper, out var evidence))
        {
            evidence = new PaperEvidence();
            papers.Add(paper, evidence);
        }

        if (!evidence.PageKeys.Add(ContentKey(text)))
        {
            return;
        }

        if (masthead is { } found)
        {
            evidence.MastheadVotes[found.Name] = evidence.MastheadVotes.GetValueOrDefault(found.Name) + 1;
            evidence.Mastheads.TryAdd(found.Name, found.Home);
            return;
        }

        if (!LocalVoiceWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
        {
            return;
        }

        evidence.VotingPages++;
        if (PageCity(text) is { } city)
        {
            evidence.CityVotes[city] = evidence.CityVotes.GetValueOrDefault(city) + 1;
        }

        if (Leader(provinces.Select(p => (p, Count(text, p)))) is { } province)
        {
            evidence.ProvinceVotes[province] = evidence.ProvinceVotes.GetValueOrDefault(province) + 1;
        }
    }

    /// <summary>The home of every paper observed, in paper order.</summary>
    public IReadOnlyList<PaperHome> Decide() =>
        papers.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => Decide(kv.Key, kv.Value)).ToList();

    private PaperHome Decide(string paper, PaperEvidence evidence)
    {
        var inv = CultureInfo.InvariantCulture;
        var distinct = evidence.PageKeys.Count;
        if (evidence.MastheadVotes.Count > 0)
        {
            var (name, votes) = evidence.MastheadVotes.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
            return new PaperHome(paper, evidence.Mastheads[name], string.Create(inv, $"masthead {name} on {votes} of {distinct} distinct pages"));
        }

        var voice = string.Join("/", LocalVoiceWords);
        if (evidence.VotingPages == 0)
        {
            return new PaperHome(paper, HomeContext.None, string.Create(inv, $"none: no masthead, and none of {distinct} distinct pages prints {voice}"));
        }

        if (Majority(evidence.CityVotes, evidence.VotingPages) is { } city)
        {
            var home = CityHome(city)!;
            return new PaperHome(paper, home, string.Create(
                inv,
                $"{evidence.CityVotes[city]} of {evidence.VotingPages} distinct pages that print {voice} name {city} most; province from the gazetteer"));
        }

        if (Majority(evidence.ProvinceVotes, evidence.VotingPages) is { } province)
        {
            return new PaperHome(paper, new HomeContext(null, HomeContext.CanonicalProvince(province)), string.Create(
                inv,
                $"no city named most by most of {evidence.VotingPages} distinct pages that print {voice}; {evidence.ProvinceVotes[province]} of them name {province} most"));
        }

        return new PaperHome(paper, HomeContext.None, string.Create(
            inv,
            $"none: no city or province named most by most of {evidence.VotingPages} distinct pages that print {voice}"));
    }

    /// <summary>The city a local page names most (its bare name, at least <see cref="MinimumPageMentions"/> times, no tie).</summary>
    private string? PageCity(string text)
    {
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in CityPattern().Matches(text))
        {
            var stem = m.Groups[1].Value;
            if (!notCityStems.Any(p => stem.StartsWith(p, StringComparison.Ordinal)) && CityHome(stem) is not null)
            {
                candidates.Add(stem);
            }
        }

        return Leader(candidates.Select(stem => (stem, Count(text, stem))));
    }

    /// <summary>The home of a city or county by its bare name, when the gazetteer knows exactly one.</summary>
    private HomeContext? CityHome(string stem) =>
        cities.GetOrAdd(stem, s => HomeContext.ForPlace(s + "市", gazetteer, out _));

    /// <summary>A masthead among a page's first lines: a paper's name made of a place's name and a paper word.</summary>
    private (string Name, HomeContext Home)? Masthead(string text)
    {
        foreach (var printed in PageBannerDetector.TopLines(text))
        {
            // 杭州日报 2026年12月3日 星期四: the masthead line may carry the issue's date.
            var line = MastheadDateRegex().Replace(printed, string.Empty);
            if (line.Length > MaxMastheadLength || MastheadPattern().Match(line) is not { Success: true } m)
            {
                continue;
            }

            var place = m.Groups["place"].Value;
            if (provinces.Contains(place))
            {
                return (line, new HomeContext(null, HomeContext.CanonicalProvince(place)));
            }

            var stem = place.EndsWith('市') ? place[..^1] : place;
            if (CityHome(stem) is { } home)
            {
                return (line, home);
            }
        }

        return null;
    }

    /// <summary>The key with the highest count, when it reaches <see cref="MinimumPageMentions"/> and no other key ties it.</summary>
    private static string? Leader(IEnumerable<(string Key, int Count)> counts)
    {
        var ranked = counts.Where(c => c.Count >= MinimumPageMentions)
            .OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).Take(2).ToList();
        return ranked.Count == 0 || (ranked.Count == 2 && ranked[1].Count == ranked[0].Count) ? null : ranked[0].Key;
    }

    /// <summary>The key voted for by more than half of <paramref name="voters"/>.</summary>
    private static string? Majority(Dictionary<string, int> votes, int voters) =>
        votes.Where(kv => kv.Value * 2 > voters).Select(kv => kv.Key).FirstOrDefault();

    private static string ContentKey(string text)
    {
        var compact = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                compact.Append(c);
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(compact.ToString())));
    }

    private static int Count(string text, string word)
    {
        var n = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    [GeneratedRegex(@"([\u4e00-\u9fff]{2})市")]
    private static partial Regex CityPattern();

    [GeneratedRegex(@"^(?<place>[\u4e00-\u9fff]{2,3}?市?)(?:日报|商报|晚报|早报|时报|都市报|晨报)(?:社)?$")]
    private static partial Regex MastheadPattern();

    /// <summary>A date, weekday or issue number printed after the paper's name on its masthead line.</summary>
    [GeneratedRegex(@"[ \u3000\t]+[0-9０-９年月日星期一二三四五六日天第版期总号 \u3000\t\-/.:：]+$")]
    private static partial Regex MastheadDateRegex();

    private sealed class PaperEvidence
    {
        public HashSet<string> PageKeys { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> MastheadVotes { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, HomeContext> Mastheads { get; } = new(StringComparer.Ordinal);

        public int VotingPages { get; set; }

        public Dictionary<string, int> CityVotes { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> ProvinceVotes { get; } = new(StringComparer.Ordinal);
    }
}
