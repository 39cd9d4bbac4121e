using System.Text;
using YiwuGraph.Core;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Extraction.Ner;

/// <summary>
/// Reads <c>CHAR&lt;TAB&gt;TAG</c> files (blank line between sentences) through <see cref="SourceTextReader"/>, so
/// they get the encoding and binary checks of <c>build</c>. Each line holds exactly one code point and a BIO or
/// BIOES tag (<see cref="ConllLine"/>); an <c>I-X</c> or <c>E-X</c> that does not continue an <c>X</c> entity
/// starts a new one (CoNLL convention).
/// </summary>
public static class ConllNerReader
{
    public static List<NerSentence> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = SourceTextReader.Open(path);
        return Read(reader, path);
    }

    /// <summary>
    /// Reads gold data that must name entities: a file whose every tag is O (or that has no sentence) is an
    /// error, since scoring or training on it would print figures that mean nothing.
    /// </summary>
    public static List<NerSentence> ReadAnnotatedFile(string path)
    {
        return RequireEntities(path, ReadFile(path), "CHAR<TAB>TAG lines");
    }

    /// <summary>Returns <paramref name="sentences"/> when they name at least one entity; throws naming <paramref name="path"/> otherwise.</summary>
    internal static List<NerSentence> RequireEntities(string path, List<NerSentence> sentences, string expected)
    {
        if (sentences.Count == 0)
        {
            throw new InputFileException(path, $"no sentences (expected {expected})");
        }

        if (sentences.All(s => s.Spans.Count == 0))
        {
            throw new InputFileException(path, $"no entities: every tag of its {sentences.Count} sentences is O");
        }

        return sentences;
    }

    public static List<NerSentence> Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<NerSentence>();
        var text = new StringBuilder();
        var spans = new List<NerSpan>();
        var openStart = -1;
        var openKind = NerEntityKind.Person;
        var lineNumber = 0;
        string? line;

        void CloseOpen()
        {
            if (openStart >= 0)
            {
                spans.Add(new NerSpan(openStart, text.Length, openKind));
                openStart = -1;
            }
        }

        void Flush()
        {
            CloseOpen();
            if (text.Length > 0)
            {
                sentences.Add(new NerSentence(text.ToString(), spans.ToArray()));
            }

            text.Clear();
            spans.Clear();
        }

        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.AsSpan().Trim().IsEmpty)
            {
                Flush();
                continue;
            }

            var (character, tag) = ConllLine.Parse(line, sourceName, lineNumber);
            var role = tag[0];
            if (role == 'O')
            {
                CloseOpen();
            }
            else
            {
                NerTagSet.TryParseKind(tag.AsSpan(2), out var kind);
                if (role is 'B' or 'S' || openStart < 0 || openKind != kind)
                {
                    CloseOpen();
                    openStart = text.Length;
                    openKind = kind;
                }
            }

            // Spans are UTF-16 offsets, so a surrogate pair simply widens its span.
            text.Append(character);
            if (role is 'E' or 'S')
            {
                CloseOpen();
            }
        }

        Flush();
        return sentences;
    }
}
