using System.Buffers;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Ner;

/// <summary>
/// Word lists used both as tagger features and by the news layer: surnames, person titles, organisation and
/// place suffixes, read from one <see cref="LexiconSet"/> (Lexicons/surnames.tsv, Lexicons/tagger-features.tsv).
/// </summary>
public sealed class NerLexicons
{
    private readonly SearchValues<char> ruleSurnames;

    public NerLexicons(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        SingleSurnames = [.. lexicons.Surnames.Words.Where(s => s.Length == 1)];
        DoubleSurnames = [.. lexicons.Surnames.Words.Where(s => s.Length == 2)];
        Titles = lexicons.TaggerFeatures.WordsOf("title");
        OrganizationSuffixes = lexicons.TaggerFeatures.WordsOf("organization-ending");
        PlaceSuffixes = lexicons.TaggerFeatures.WordsOf("place-ending");
        EverydaySurnames = string.Concat(lexicons.Surnames.WordsOf("everyday"));
        ruleSurnames = SearchValues.Create(string.Concat(SingleSurnames).Where(c => !EverydaySurnames.Contains(c, StringComparison.Ordinal)).ToArray());
    }

    /// <summary>The lists of <paramref name="lexicons"/>, built once per set: the rules and the news layer read one instance.</summary>
    public static NerLexicons Of(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        return lexicons.Shared(static set => new NerLexicons(set));
    }

    /// <summary>
    /// Single-character surnames (Lexicons/surnames.tsv): the one list behind the name rules of the news layer and
    /// the fact patterns (<see cref="IsSurnameStart"/>). Characters that are mostly words of their own (家, 能, 通,
    /// 东, 红, …) are not in it at all; those of class <c>everyday</c> (<see cref="EverydaySurnames"/>) do not start
    /// a name for the rules.
    /// </summary>
    public IReadOnlyList<string> SingleSurnames { get; }

    public IReadOnlyList<string> DoubleSurnames { get; }

    // The news layer's titles and endings are still the tagger's feature words (Lexicons/tagger-features.tsv),
    // as they were when the two lived in one array here; the fact patterns read titles.tsv and
    // organization-endings.tsv.

    /// <summary>Titles and roles that usually precede (or follow) a person's name in news text.</summary>
    public IReadOnlyList<string> Titles { get; }

    /// <summary>Endings of organisation names, longest first where they nest.</summary>
    public IReadOnlyList<string> OrganizationSuffixes { get; }

    /// <summary>Endings of place names (administrative units and common natural or built places).</summary>
    public IReadOnlyList<string> PlaceSuffixes { get; }

    /// <summary>
    /// Surnames that are also everyday words right after a title (民警原创RAP, 记者时隔…, 市长由…): the model weighs
    /// them in context, the rules do not take them as the start of a name.
    /// </summary>
    public string EverydaySurnames { get; }

    /// <summary>True when <paramref name="c"/> is a single-character surname the name rules accept.</summary>
    public bool IsSingleSurname(char c) => ruleSurnames.Contains(c);

    /// <summary>True when <paramref name="text"/> starts with a two-character surname (欧阳, 司马, …).</summary>
    public bool StartsWithDoubleSurname(ReadOnlySpan<char> text)
    {
        foreach (var surname in DoubleSurnames)
        {
            if (text.StartsWith(surname, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="name"/> starts with a surname the name rules accept.</summary>
    public bool IsSurnameStart(ReadOnlySpan<char> name) => name.Length > 0 && (IsSingleSurname(name[0]) || StartsWithDoubleSurname(name));

    /// <summary>
    /// The gazetteer edition the shipped model was trained with: places of later editions (Taiwan's, Hong Kong's and
    /// Macau's divisions) stay out of <see cref="BaseLexicon"/> and <see cref="IsGazetteerPlaceName"/>, so that
    /// <c>train-ner</c> still rebuilds the shipped model byte for byte. Raise it when the model is retrained with them.
    /// </summary>
    public const int ModelGazetteerEdition = GazetteerPlace.FirstEdition;

    /// <summary>
    /// The built-in lists plus the gazetteer's place names (down to towns and streets, with short forms, of the
    /// editions up to <see cref="ModelGazetteerEdition"/>) as lexicon words with their classes: the base lexicon of the shipped model.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, ushort>> BaseLexicon(PlaceGazetteer gazetteer, LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(lexicons);
        foreach (var word in BuiltInWords(lexicons))
        {
            yield return word;
        }

        foreach (var place in gazetteer.Places)
        {
            if (place.Level is PlaceLevel.Village or PlaceLevel.Venue or PlaceLevel.Other || place.Edition > ModelGazetteerEdition)
            {
                continue;
            }

            foreach (var name in PlaceGazetteer.NamesOf(place))
            {
                if (name.Length >= 2)
                {
                    yield return new(name, 1 << (int)LexiconClass.Place);
                }
            }
        }
    }

    /// <summary>
    /// Whether a string is a gazetteer name of a place at town level or above (short forms included) of the editions up
    /// to <see cref="ModelGazetteerEdition"/> (train-ner reads the CLUENER addresses with it).
    /// </summary>
    public static Func<string, bool> IsGazetteerPlaceName(PlaceGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        return name => gazetteer.Names.TryGetValue(name, out var places)
            && places.Any(p => p.Level is not (PlaceLevel.Village or PlaceLevel.Venue or PlaceLevel.Other) && p.Edition <= ModelGazetteerEdition);
    }

    /// <summary>
    /// The words the shipped model was trained with (Lexicons/tagger-features.tsv) with their classes, in file
    /// order: train-ner rebuilds the shipped model byte for byte from them.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, ushort>> BuiltInWords(LexiconSet lexicons) =>
        (lexicons ?? throw new ArgumentNullException(nameof(lexicons))).TaggerFeatures.Entries.Select(e => new KeyValuePair<string, ushort>(e.Word, (ushort)(1 << (int)FeatureClassOf(e.Class))));

    private static LexiconClass FeatureClassOf(string? featureClass) => featureClass switch
    {
        "surname" => LexiconClass.Surname,
        "title" => LexiconClass.Title,
        "organization-ending" => LexiconClass.OrganizationSuffix,
        "place-ending" => LexiconClass.PlaceSuffix,
        _ => throw new InvalidOperationException($"unknown tagger feature class '{featureClass}'"),
    };
}
