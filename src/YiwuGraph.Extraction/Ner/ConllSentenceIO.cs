using System.Text;

namespace YiwuGraph.Extraction.Ner;

/// <summary>
/// Reads the characters of <c>CHAR&lt;TAB&gt;TAG</c> files token by token (tags ignored) and writes tagged
/// sentences back in the same layout, for the <c>ner</c> command.
/// </summary>
public static class ConllSentenceIO
{
    /// <summary>Sentences as lists of line tokens (usually one character each); blank lines separate them.</summary>
    public static IEnumerable<IReadOnlyList<string>> ReadTokens(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var tokens = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.AsSpan().Trim().IsEmpty)
            {
                if (tokens.Count > 0)
                {
                    yield return tokens;
                    tokens = [];
                }

                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            tokens.Add(tab < 0 ? line.TrimEnd() : line[..tab]);
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
