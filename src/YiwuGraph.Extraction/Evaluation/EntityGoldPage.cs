using YiwuGraph.Core;
using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Evaluation;

/// <summary>One page of annotated news: its text and the distinct strings a reader marked, by kind.</summary>
public sealed record EntityGoldPage(string Text, IReadOnlySet<(NerEntityKind Kind, string Surface)> Entities);

/// <summary>
/// Reads annotated sentences as pages for <see cref="EntityGraphEvaluator"/>: CoNLL character files cut into pages
/// of N sentences (a blank line between sentences, as paragraphs), or CLUENER JSON lines, one page a line.
/// </summary>
public static class EntityGoldReader
{
    /// <summary>CoNLL <c>CHAR&lt;TAB&gt;TAG</c> sentences, <paramref name="pageSentences"/> to a page.</summary>
    public static List<EntityGoldPage> ReadConll(string path, int pageSentences)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSentences, 1);
        var sentences = ConllNerReader.ReadFile(path);
        var pages = new List<EntityGoldPage>();
        for (var first = 0; first < sentences.Count; first += pageSentences)
        {
            var chunk = sentences.Skip(first).Take(pageSentences).ToList();
            var entities = new HashSet<(NerEntityKind, string)>();
            foreach (var sentence in chunk)
            {
                foreach (var span in sentence.Spans)
                {
                    entities.Add((span.Kind, sentence.Text[span.Start..span.End]));
                }
            }

            pages.Add(new EntityGoldPage(string.Join("\n\n", chunk.Select(s => s.Text)) + "\n", entities));
        }

        return pages;
    }

    /// <summary>
    /// CLUENER JSON lines, one page a line, read by <see cref="CluenerNerReader"/> (kinds mapped by
    /// <see cref="CluenerNerReader.KindOf"/>; a line that does not parse names the file and the line).
    /// </summary>
    public static List<EntityGoldPage> ReadCluener(string path)
    {
        var pages = CluenerNerReader.ReadFile(path)
            .Select(sentence => new EntityGoldPage(
                sentence.Text + "\n",
                sentence.Spans.Select(span => (span.Kind, sentence.Text[span.Start..span.End])).ToHashSet()))
            .ToList();
        if (pages.Count == 0)
        {
            throw new InputFileException(path, "holds no CLUENER lines");
        }

        return pages;
    }
}
