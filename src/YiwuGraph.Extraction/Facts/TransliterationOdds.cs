using System.Globalization;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Whether a name that opens with a Chinese surname is still a transliteration (罗斯, 米切尔, 莫迪凯 beside 罗庆,
/// 唐家璇): a character-by-character comparison of how likely the name is as a transliteration and as a Chinese
/// surname and given name, by the counts of <c>name-characters.tsv</c>.
/// </summary>
public sealed class TransliterationOdds
{
    /// <summary>
    /// The share of transliterations among the surname-opening three-character names the counts were taken from (354
    /// of 3,777, name-characters.tsv): a name reads foreign only where its characters outweigh these prior odds.
    /// </summary>
    private static readonly double PriorLogOdds = Math.Log(354.0 / 3423.0);

    /// <summary>
    /// How much likelier than Chinese, after the prior odds, a name must be to read foreign (e² ≈ 7 to 1): a Chinese
    /// minister moved to a foreign body is worse than a foreigner left on China's. Read on the MSRA pages' persons,
    /// it keeps Chinese names the counts lean foreign on (万里 1.3, 胡乔木 0.7, 巴金 1.5, 乌兰夫 1.8 above the prior)
    /// and lets go of 鲁宾 (0.4); 4 or 5 of the 249 names above it are no transliterations (强巴, 班禅, 鲁班).
    /// </summary>
    private const double Margin = 2;

    /// <summary>Added to every count, so a character a list never printed is unlikely there, not impossible.</summary>
    private const double Smoothing = 0.1;

    /// <summary>About how many characters a name may print: the share of the smoothing each count is set against.</summary>
    private const double CharacterCount = 6000;

    private readonly Counts foreign;
    private readonly Counts surname;
    private readonly Counts given;

    public TransliterationOdds(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var list = lexicons.NameCharacters;
        foreign = Read(list, "foreign");
        surname = Read(list, "surname");
        given = Read(list, "given");
    }

    /// <summary>
    /// Whether <paramref name="name"/>, read as opening with a one-character surname, is far likelier a transliteration:
    /// the log of how much likelier its characters are in transliterated names than as that surname and a given name,
    /// less the prior's 2.3, is above <see cref="Margin"/> (米切尔 11.0, 罗斯 4.1, 莫迪凯 2.5, 安雷 2.2; 吉佩定 −2.4,
    /// 唐家璇 −12.6).
    /// </summary>
    public bool IsLikelierForeign(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length < 2)
        {
            return false;
        }

        var odds = 0.0;
        for (var i = 0; i < name.Length; i++)
        {
            odds += foreign.LogShare(name[i]) - (i == 0 ? surname : given).LogShare(name[i]);
        }

        return odds + PriorLogOdds > Margin;
    }

    /// <summary>
    /// Whether any name of the list prints <paramref name="c"/> after its first character: in a Chinese given name or
    /// anywhere in a transliteration. The verbs and particles the tagger glues to a name (吃, 写, 等, 微 of 微博) do not.
    /// </summary>
    public bool EndsNames(char c) => given.ByCharacter.ContainsKey(c) || foreign.ByCharacter.ContainsKey(c);

    private static Counts Read(Lexicon list, string wordClass)
    {
        var counts = new Dictionary<char, int>();
        foreach (var entry in list.Entries.Where(e => e.Class == wordClass))
        {
            if (entry.Word.Length != 1 || !int.TryParse(entry.Note, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw new DataFormatException(list.Source, entry.Line, "expected one character and a count");
            }

            counts[entry.Word[0]] = count;
        }

        return new Counts(counts, counts.Values.Sum());
    }

    private sealed record Counts(Dictionary<char, int> ByCharacter, int Total)
    {
        public double LogShare(char c) =>
            Math.Log((ByCharacter.GetValueOrDefault(c) + Smoothing) / (Total + (Smoothing * CharacterCount)));
    }
}
