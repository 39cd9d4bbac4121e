using System.Collections.Frozen;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Events;

/// <summary>
/// The event schema for all news: fine types (DuEE's 65, <c>灾害/意外-车祸</c>, plus the project's few for CEC
/// incidents) mapped to coarse English types (<c>accident</c>), from <c>Lexicons/event-types.tsv</c>; and DuEE's
/// argument roles mapped to the graph's roles, from <c>Lexicons/event-roles.tsv</c>.
/// </summary>
public sealed class EventTypeSchema
{
    /// <summary>The fine type CEC's incident triggers (<c>emergency</c> denoters) get, by document category.</summary>
    private static readonly FrozenDictionary<string, string> CecIncidentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["交通事故"] = "灾害/意外-车祸", ["火灾"] = "灾害/意外-起火", ["地震"] = "灾害/意外-地震", ["恐怖袭击"] = "灾害/意外-袭击",
        ["新冠疫情"] = "公共卫生-疫情", ["食物中毒"] = "公共卫生-中毒", ["环境污染"] = "环境-污染",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<EventTypeSchema> DefaultSchema = new(() => new EventTypeSchema(LexiconSet.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, string> coarseOf;
    private readonly FrozenDictionary<string, string> roleOf;
    private readonly FrozenDictionary<string, FrozenSet<string>> rolesOfType;

    public EventTypeSchema(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        coarseOf = lexicons.EventTypes.Entries.ToFrozenDictionary(e => e.Word, e => e.Class!, StringComparer.Ordinal);
        roleOf = lexicons.EventRoles.Entries.ToFrozenDictionary(e => e.Word, e => e.Class!, StringComparer.Ordinal);
        FineTypes = [.. lexicons.EventTypes.Words];
        var listed = lexicons.EventTypeRoles.Entries.ToLookup(e => e.Word, e => e.Class!, StringComparer.Ordinal);
        // A misspelt type would leave the type it meant without roles: refuse it.
        foreach (var unknown in lexicons.EventTypeRoles.Entries.Where(e => !coarseOf.ContainsKey(e.Word)).Take(1))
        {
            throw new DataFormatException(lexicons.EventTypeRoles.Source, unknown.Line, $"'{unknown.Word}' is no fine type of event-types.tsv");
        }

        rolesOfType = FineTypes.ToFrozenDictionary(t => t, t => listed[t].ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    public static EventTypeSchema Default => DefaultSchema.Value;

    /// <summary>Every fine type in file order.</summary>
    public IReadOnlyList<string> FineTypes { get; }

    /// <summary>The coarse type of a fine one, or null when the schema does not know it.</summary>
    public string? CoarseOf(string fineType)
    {
        ArgumentNullException.ThrowIfNull(fineType);
        return coarseOf.GetValueOrDefault(fineType);
    }

    /// <summary>The graph role of a DuEE role (<c>胜者</c> → winner), or null when the schema does not know it.</summary>
    public string? RoleOf(string dueeRole)
    {
        ArgumentNullException.ThrowIfNull(dueeRole);
        return roleOf.GetValueOrDefault(dueeRole);
    }

    /// <summary>
    /// The place and participant roles (graph roles: <c>place</c>, <c>winner</c>, <c>victim</c>, …) an event of
    /// <paramref name="fineType"/> can have, from <c>Lexicons/event-type-roles.tsv</c> (DuEE's schema): empty for a
    /// type that has none (<c>灾害/意外-坍/垮塌</c>), null for a type the schema does not know.
    /// </summary>
    public IReadOnlySet<string>? RolesOf(string fineType)
    {
        ArgumentNullException.ThrowIfNull(fineType);
        return rolesOfType.GetValueOrDefault(fineType);
    }

    /// <summary>The fine type of a CEC incident trigger in a document of <paramref name="category"/>, or null.</summary>
    public static string? CecIncidentType(string? category) => category is null ? null : CecIncidentTypes.GetValueOrDefault(category);
}
