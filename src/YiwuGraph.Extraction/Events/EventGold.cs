using YiwuGraph.Core;

namespace YiwuGraph.Extraction.Events;

/// <summary>What an annotated argument is to the evaluation: a time, a place, a participant, or something else.</summary>
public enum GoldArgumentKind
{
    Time,
    Place,
    Participant,
    Other,
}

/// <summary>One annotated argument of an event: its role as the corpus names it, its kind and its span of the text.</summary>
public sealed record GoldArgument(string Role, GoldArgumentKind Kind, TextRange Range, string Text);

/// <summary>
/// One annotated event: the trigger's span, the DuEE fine type when the corpus gives one (<c>灾害/意外-车祸</c>), the
/// trigger class CEC gives (<c>emergency</c>, <c>action</c>, …) and the arguments.
/// </summary>
public sealed record GoldEvent(TextRange Trigger, string TriggerText, string? FineType, string? TriggerClass, IReadOnlyList<GoldArgument> Arguments);

/// <summary>
/// One annotated document (a DuEE sentence, a CEC article): its text with offsets in UTF-16 code units, where it was
/// read, the CEC category when there is one, and its events.
/// </summary>
public sealed record EventGoldDocument(string Id, string Text, string? Category, IReadOnlyList<GoldEvent> Events)
{
    /// <summary>The publication time the corpus gives (CEC's <c>ReportTime</c>), as written.</summary>
    public string? ReportTime { get; init; }
}
