namespace YiwuGraph.Extraction.Ner;

/// <summary>One annotated sentence: its characters and gold entity spans (maximal B-X I-X* runs).</summary>
public sealed record NerSentence(string Text, IReadOnlyList<NerSpan> Spans);
