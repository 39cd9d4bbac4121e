namespace YiwuGraph.Extraction.Gazetteer;

/// <summary>
/// One place of the gazetteer: a stable id (the division code for China, <c>F001</c>, <c>F001-01</c>… for foreign countries and their cities),
/// its official name, level, and parent id (null at the top).
/// </summary>
public sealed record GazetteerPlace(string Id, string Name, PlaceLevel Level, string? ParentId);
