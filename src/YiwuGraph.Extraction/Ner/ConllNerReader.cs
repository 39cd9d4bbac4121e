using System.Text;
using YiwuGraph.Core;

namespace YiwuGraph.Extraction.Ner;

/// <summary>
/// Reads <c>CHAR&lt;TAB&gt;TAG</c> files (BIO, blank line between sentences). Each line holds exactly one
/// code point; an <c>I-X</c> that does not continue an <c>X</c> entity starts a new one (CoNLL convention).
/// </summary>
public static class ConllNerReader
{
    public static List<NerSentence> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputFileException(path, "file not found");
        }

        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
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
            if (line.Length == 0 || line.AsSpan().Trim().IsEmpty)
            {
                Flush();
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var token = tab < 0 ? line.AsSpan().TrimEnd() : line.AsSpan(0, tab);
            var tag = tab < 0 ? "O".AsSpan() : line.AsSpan(tab + 1).Trim();
            if (token.IsEmpty)
            {
                throw new DataFormatException(sourceName, lineNumber, "empty character column");
            }

            if (tag.IsEmpty)
            {
                tag = "O";
            }

            if (tag.SequenceEqual("O"))
            {
                CloseOpen();
            }
            else if (tag.Length > 2 && tag[1] == '-' && (tag[0] == 'B' || tag[0] == 'I') && NerTagSet.TryParseKind(tag[2..], out var kind))
            {
                if (tag[0] == 'B' || openStart < 0 || openKind != kind)
                {
                    CloseOpen();
                    openStart = text.Length;
                    openKind = kind;
                }
            }
            else
            {
                throw new DataFormatException(sourceName, lineNumber, $"unknown tag '{tag}' (expected O, B-/I- PER, LOC or ORG)");
            }

            // One line is one character; spans are UTF-16 offsets, so a surrogate pair simply widens its span.
            text.Append(token);
        }

        Flush();
        return sentences;
    }
}
