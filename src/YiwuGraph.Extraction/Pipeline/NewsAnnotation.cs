namespace YiwuGraph.Extraction.Pipeline;

/// <summary>
/// The annotations a <see cref="NewsDocument"/> carries, one flag each, so that a stage can declare what it needs
/// and what it adds and <see cref="NewsPipeline"/> can check the order of its stages before it reads anything.
/// </summary>
[Flags]
public enum NewsAnnotation
{
    None = 0,

    /// <summary>Jieba's words and POS tags of the whole text, cut once for every stage (<see cref="NewsDocument.Tokens"/>).</summary>
    Tokens = 1 << 8,

    /// <summary>The trained recognizer's mentions (<see cref="NewsDocument.RecognizerMentions"/>).</summary>
    RecognizerMentions = 1 << 0,

    /// <summary>The rules' mentions (<see cref="NewsDocument.RuleMentions"/>).</summary>
    RuleMentions = 1 << 1,

    /// <summary>The decided mentions: sorted, never overlapping (<see cref="NewsDocument.Mentions"/>).</summary>
    Mentions = 1 << 2,

    /// <summary>Mentions linked to canonical entities (<see cref="NewsDocument.Entities"/>).</summary>
    Entities = 1 << 3,

    /// <summary>Offices held (<see cref="NewsDocument.Positions"/>).</summary>
    Positions = 1 << 4,

    /// <summary>Events with their triggers (<see cref="NewsDocument.Events"/>).</summary>
    Events = 1 << 5,

    /// <summary>The events' dates, places, organisers and participants (filled into <see cref="NewsDocument.Events"/>).</summary>
    EventArguments = 1 << 6,

    /// <summary>Relations between entities (<see cref="NewsDocument.Relations"/>).</summary>
    Relations = 1 << 7,

    /// <summary>The events' casualties and amounts (filled into <see cref="NewsDocument.Events"/>).</summary>
    EventFigures = 1 << 9,

    /// <summary>Who the article says reported each event (filled into <see cref="NewsDocument.Events"/>).</summary>
    EventSources = 1 << 10,
}
