using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>A near miss for an unknown name: the entity, and its name or alias that came close.</summary>
public sealed record NameSuggestion(GraphNode Node, string MatchedName, bool IsAlias);
