namespace YiwuGraph.Extraction.Ner;

/// <summary>
/// One annotated sentence: its characters and gold entity spans (maximal B-X I-X* runs). <paramref name="Partial"/>
/// marks a sentence of a corpus annotated to other conventions, whose outside characters may still hold entities
/// nobody marked (CLUENER); <see cref="NerTrainerOptions.PartialOutside"/> and
/// <see cref="NerTrainerOptions.CorpusOwnFeatures"/> say how training treats it.
/// </summary>
public sealed record NerSentence(string Text, IReadOnlyList<NerSpan> Spans, bool Partial = false);
