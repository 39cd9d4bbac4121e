using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Extraction.Ner;
using YiwuGraph.Extraction.Ner.News;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// The word lists of one <see cref="LexiconSet"/> in the shapes the rules look them up in (titles longest first,
/// suffix sets, surnames as character sets), built once and shared by every rule of a pipeline. Immutable, so one
/// instance serves every worker; a pipeline built from an override set (<c>--lexicons</c>) gets its own.
/// </summary>
public sealed class RuleLexicons
{
    private static readonly Lazy<RuleLexicons> Embedded = new(() => new RuleLexicons(LexiconSet.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    public RuleLexicons(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        Set = lexicons;
        Titles = new TitleLexicon(lexicons);
        Names = new NameLexicon(lexicons);
        World = new WorldPlaces(lexicons, PlaceGazetteer.Default);
        Surnames = NerLexicons.Of(lexicons);
        OrganizationUnits = OrganizationUnits.Of(lexicons);
        OrganizationTypes = OrganizationTypes.Of(lexicons);
        ShortNameDefinitions = Recognition.ShortNameDefinitions.For(lexicons);
        TransliterationOdds = new TransliterationOdds(lexicons);
    }

    /// <summary>The lists embedded in the assembly (<see cref="LexiconSet.Default"/>).</summary>
    public static RuleLexicons Default => Embedded.Value;

    /// <summary>The lists these were built from.</summary>
    public LexiconSet Set { get; }

    public TitleLexicon Titles { get; }

    public NameLexicon Names { get; }

    public WorldPlaces World { get; }

    /// <summary>Surnames (and the tagger's feature words), as the name rules look them up.</summary>
    public NerLexicons Surnames { get; }

    /// <summary>The organisation types of the same lists (<c>organization-types.tsv</c>).</summary>
    public OrganizationTypes OrganizationTypes { get; }

    /// <summary>Units and the bodies they are named after (<c>organization-units.tsv</c>).</summary>
    public OrganizationUnits OrganizationUnits { get; }

    /// <summary>The words that define a short name in brackets (<c>short-name-definitions.tsv</c>).</summary>
    public Recognition.ShortNameDefinitions ShortNameDefinitions { get; }

    /// <summary>How foreign a name's characters read (<c>name-characters.tsv</c>), counted once for every home's pipeline.</summary>
    public TransliterationOdds TransliterationOdds { get; }
}
