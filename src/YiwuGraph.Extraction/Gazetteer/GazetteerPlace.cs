namespace YiwuGraph.Extraction.Gazetteer;

/// <summary>
/// One place of the gazetteer: a stable id (the division code for China, <c>F-…</c> for foreign places),
/// its official name, level, and parent id (null at the top).
/// </summary>
public sealed record GazetteerPlace(string Id, string Name, PlaceLevel Level, string? ParentId);
