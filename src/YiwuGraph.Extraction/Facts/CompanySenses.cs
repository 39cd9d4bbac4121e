using System.Collections.Frozen;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Brands with a second sense (苹果 the fruit, 大众 the public, 丰田 a surname) and the words around them that make
/// them the company (company-senses.tsv): nouns right after the brand (官方, 旗下, 副总裁), verbs only a company does
/// (发布, 召回, 裁员) with the adverbs that may stand between, and car makers' groups that join the brand before it
/// (一汽丰田). Immutable.
/// </summary>
public sealed class CompanySenses
{
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> brandLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> groupLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> nounCueLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> verbCueLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> adverbLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> latinNotNameLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> announcementLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> appositionHeadLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> launchFollowerLookup;

    public CompanySenses(Lexicon list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var brands = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in list.Entries.Where(e => e.Class == "brand"))
        {
            var name = string.IsNullOrWhiteSpace(entry.Note) ? entry.Word : entry.Note.Trim();
            if (name != entry.Word && !name.StartsWith(entry.Word, StringComparison.Ordinal))
            {
                throw new DataFormatException(list.Source, entry.Line, $"the full name of '{entry.Word}' must start with the brand");
            }

            brands.Add(entry.Word, name);
        }

        Brands = brands.ToFrozenDictionary(StringComparer.Ordinal);
        Groups = list.WordsOf("group").ToFrozenSet(StringComparer.Ordinal);
        NounCues = list.WordsOf("cue-noun").ToFrozenSet(StringComparer.Ordinal);
        VerbCues = list.WordsOf("cue-verb").Concat(list.WordsOf("announce-verb")).ToFrozenSet(StringComparer.Ordinal);
        Adverbs = list.WordsOf("cue-adverb").ToFrozenSet(StringComparer.Ordinal);
        Announcements = list.WordsOf("announce-verb").ToFrozenSet(StringComparer.Ordinal);
        announcementLookup = Announcements.GetAlternateLookup<ReadOnlySpan<char>>();
        AppositionHeads = list.WordsOf("apposition-head").ToFrozenSet(StringComparer.Ordinal);
        appositionHeadLookup = AppositionHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        LatinNotNames = list.WordsOf("latin-not-name").ToFrozenSet(StringComparer.Ordinal);
        LaunchFollowers = list.WordsOf("launch-follower").ToFrozenSet(StringComparer.Ordinal);
        latinNotNameLookup = LatinNotNames.GetAlternateLookup<ReadOnlySpan<char>>();
        launchFollowerLookup = LaunchFollowers.GetAlternateLookup<ReadOnlySpan<char>>();
        brandLookup = Brands.GetAlternateLookup<ReadOnlySpan<char>>();
        groupLookup = Groups.GetAlternateLookup<ReadOnlySpan<char>>();
        nounCueLookup = NounCues.GetAlternateLookup<ReadOnlySpan<char>>();
        verbCueLookup = VerbCues.GetAlternateLookup<ReadOnlySpan<char>>();
        adverbLookup = Adverbs.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The senses of <paramref name="lexicons"/>' company-senses.tsv, read once per set and shared by the name rules and the organisation types.</summary>
    public static CompanySenses Of(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        return lexicons.Shared(static set => new CompanySenses(set.CompanySenses));
    }

    /// <summary>Each brand → the company's name (the brand itself, or the longer name the news gives it: 苹果公司).</summary>
    public FrozenDictionary<string, string> Brands { get; }

    /// <summary>Car makers' groups printed before a brand for their joint venture (一汽, 广汽, 北京).</summary>
    public FrozenSet<string> Groups { get; }

    /// <summary>Words right after a brand that make it the company (官方, 旗下, 董事长).</summary>
    public FrozenSet<string> NounCues { get; }

    /// <summary>Verbs only a company does to products, staff and shares (发布, 召回, 裁员), and 宣布.</summary>
    public FrozenSet<string> VerbCues { get; }

    /// <summary>Adverbs and time words that may stand between a brand and its verb (正式, 近日, 再次).</summary>
    public FrozenSet<string> Adverbs { get; }

    /// <summary>Latin words that are no company's name (CEO, APP) or end a product's (Pro, Store).</summary>
    public FrozenSet<string> LatinNotNames { get; }

    /// <summary>Words after a company's verb that make it a product's launch, not the company's act (之后, 时, 会).</summary>
    public FrozenSet<string> LaunchFollowers { get; }

    /// <summary>Verbs of announcing (宣布): a brand's cue, but persons announce too, so for a Latin name only a word before the cue.</summary>
    public FrozenSet<string> Announcements { get; }

    public bool IsAnnouncement(ReadOnlySpan<char> word) => announcementLookup.Contains(word);

    /// <summary>Nouns a company's name may follow as their apposition (公司, 巨头: 科技巨头苹果, 交互科技公司Rokid).</summary>
    public FrozenSet<string> AppositionHeads { get; }

    public bool IsAppositionHead(ReadOnlySpan<char> word) => appositionHeadLookup.Contains(word);

    public bool IsLatinNotName(ReadOnlySpan<char> word) => latinNotNameLookup.Contains(word);

    public bool IsLaunchFollower(ReadOnlySpan<char> word) => launchFollowerLookup.Contains(word);

    public bool IsBrand(ReadOnlySpan<char> word) => brandLookup.ContainsKey(word);

    public bool IsGroup(ReadOnlySpan<char> word) => groupLookup.Contains(word);

    public bool IsNounCue(ReadOnlySpan<char> word) => nounCueLookup.Contains(word);

    public bool IsVerbCue(ReadOnlySpan<char> word) => verbCueLookup.Contains(word);

    public bool IsAdverb(ReadOnlySpan<char> word) => adverbLookup.Contains(word);
}
