namespace YiwuGraph.Extraction.Ner;

/// <summary>
/// One annotated sentence: its characters and gold entity spans (maximal B-X I-X* runs). <paramref name="Partial"/>
/// marks a sentence whose outside characters may still hold entities nobody marked (CLUENER annotates some
/// mentions only); <see cref="NerTrainerOptions.PartialOutside"/> says whether training trusts its O tags.
/// </summary>
public sealed record NerSentence(string Text, IReadOnlyList<NerSpan> Spans, bool Partial = false);
