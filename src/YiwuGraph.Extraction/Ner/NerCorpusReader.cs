using YiwuGraph.Core;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Extraction.Ner;

/// <summary>How <see cref="NerCorpusReader"/> reads CLUENER files; CoNLL files ignore it.</summary>
public sealed record NerCorpusOptions
{
    /// <summary>Sentences left out at the end of a CLUENER file: 1,000 for its dev part, never trained on.</summary>
    public int SkipLastCluener { get; init; }

    public CluenerAddresses Addresses { get; init; } = CluenerAddresses.Whole;

    /// <summary>Place names that <see cref="CluenerAddresses.Split"/> cuts at (the gazetteer's); null for suffixes only.</summary>
    public Func<string, bool>? IsPlaceName { get; init; }
}

/// <summary>
/// Reads annotated sentences in either format the NER verbs accept, told apart by the first non-blank line:
/// CLUENER JSON lines when it starts with <c>{</c>, otherwise <c>CHAR&lt;TAB&gt;TAG</c> (<see cref="ConllNerReader"/>).
/// </summary>
public static class NerCorpusReader
{
    public static bool IsCluener(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = SourceTextReader.Open(path);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.AsSpan().TrimStart();
            if (!trimmed.IsEmpty)
            {
                return trimmed[0] == '{';
            }
        }

        return false;
    }

    /// <summary>Reads gold or training data that must name entities (see <see cref="ConllNerReader.ReadAnnotatedFile"/>).</summary>
    public static List<NerSentence> ReadAnnotatedFile(string path, NerCorpusOptions? options = null)
    {
        options ??= new NerCorpusOptions();
        if (!IsCluener(path))
        {
            return ConllNerReader.ReadAnnotatedFile(path);
        }

        var sentences = CluenerNerReader.ReadFile(path, options.Addresses, options.IsPlaceName);
        if (options.SkipLastCluener > 0)
        {
            if (options.SkipLastCluener >= sentences.Count)
            {
                throw new InputFileException(path, $"has {sentences.Count} sentences, not more than the {options.SkipLastCluener} to leave out");
            }

            sentences.RemoveRange(sentences.Count - options.SkipLastCluener, options.SkipLastCluener);
        }

        return ConllNerReader.RequireEntities(path, sentences, "CLUENER JSON lines");
    }
}
