using System.Text;

namespace YiwuGraph.Extraction.Ner;

/// <summary>
/// Reads the characters of <c>CHAR&lt;TAB&gt;TAG</c> files token by token (tags ignored) and writes tagged
/// sentences back in the same layout, for the <c>ner</c> command.
/// </summary>
public static class ConllSentenceIO
{
    /// <summary>
    /// Sentences as lists of characters, one per line, blank lines between them; a line that is not
    /// <c>CHAR</c> or <c>CHAR&lt;TAB&gt;TAG</c> is a <see cref="YiwuGraph.Core.DataFormatException"/> naming
    /// <paramref name="sourceName"/> and the line.
    /// </summary>
    public static IEnumerable<IReadOnlyList<string>> ReadTokens(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        return ReadTokensCore(reader, sourceName);
    }

    private static IEnumerable<IReadOnlyList<string>> ReadTokensCore(TextReader reader, string sourceName)
    {
        var tokens = new List<string>();
        var lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.AsSpan().Trim().IsEmpty)
            {
                if (tokens.Count > 0)
                {
                    yield return tokens;
                    tokens = [];
                }

                continue;
            }

            tokens.Add(ConllLine.Parse(line, sourceName, lineNumber).Character);
        }

        if (tokens.Count > 0)
        {
            yield return tokens;
        }
    }

    /// <summary>Writes one sentence: each token with the BIO tag of its first character, then a blank line.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<string> tokens, IReadOnlyList<NerSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(spans);
        var length = tokens.Sum(t => t.Length);
        var tags = NerTagSet.ToBio(length, spans);
        var offset = 0;
        var sb = new StringBuilder();
        foreach (var token in tokens)
        {
            sb.Append(token).Append('\t').Append(token.Length == 0 ? "O" : tags[offset]).Append('\n');
            offset += token.Length;
        }

        sb.Append('\n');
        writer.Write(sb.ToString());
    }
}
