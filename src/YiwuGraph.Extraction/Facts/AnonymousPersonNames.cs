using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Names of persons the paper names by surname alone: those whose given name it withholds (李某, 王某某, 欧阳某,
/// 李某甲: a surname of one or two characters followed by a marker of news-persons.tsv, class
/// <c>anonymous-marker</c>), and those it addresses by surname and a form of address (徐先生, 陈女士, 李大妈:
/// surname and form exactly, class <c>address-form</c>). Two articles' 李某, or 徐先生, are not one person, so such a
/// person's node belongs to its article. Immutable.
/// </summary>
public sealed class AnonymousPersonNames
{
    private static readonly Lazy<AnonymousPersonNames> Embedded = new(() => new AnonymousPersonNames(LexiconSet.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string[] markers;
    private readonly string[] addressForms;
    private readonly HashSet<char> singleSurnames;

    /// <summary>Two-character surnames (欧阳, 司马) of surnames.tsv.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> doubleSurnames;

    public AnonymousPersonNames(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        markers = [.. lexicons.NewsPersons.WordsOf("anonymous-marker")];
        addressForms = [.. lexicons.NewsPersons.WordsOf("address-form")];
        singleSurnames = [.. lexicons.Surnames.Words.Where(w => w.Length == 1).Select(w => w[0])];
        doubleSurnames = new HashSet<string>(lexicons.Surnames.Words.Where(w => w.Length == 2), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The names of the embedded lists.</summary>
    public static AnonymousPersonNames Default => Embedded.Value;

    /// <summary>
    /// Whether <paramref name="name"/> is a surname (one character, or two of surnames.tsv) and a withheld given name,
    /// or a surname of surnames.tsv and a form of address.
    /// </summary>
    public bool IsAnonymous(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is < 2 or > 5)
        {
            return false;
        }

        foreach (var form in addressForms)
        {
            var surname = name.Length - form.Length;
            if (name.EndsWith(form, StringComparison.Ordinal)
                && ((surname == 1 && singleSurnames.Contains(name[0])) || (surname == 2 && doubleSurnames.Contains(name.AsSpan(0, 2)))))
            {
                return true;
            }
        }

        foreach (var marker in markers)
        {
            if (name.AsSpan(1).StartsWith(marker, StringComparison.Ordinal)
                || (name.Length > 2 && doubleSurnames.Contains(name.AsSpan(0, 2)) && name.AsSpan(2).StartsWith(marker, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
