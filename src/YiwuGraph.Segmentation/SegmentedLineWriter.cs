using System.Runtime.CompilerServices;
using YiwuGraph.Segmentation.Internal;

namespace YiwuGraph.Segmentation;

/// <summary>
/// The text format of <c>yiwugraph segment</c> and of the parity check: one output line per input line, tokens
/// joined by one space, whitespace-only tokens dropped, <c>word/tag</c> when tagging.
/// </summary>
public sealed class SegmentedLineWriter
{
    private readonly JiebaSegmenter segmenter;
    private readonly bool pos;
    private readonly bool hmm;
    private readonly List<Token> tokens = [];
    private char[] buffer = new char[1 << 16];

    public SegmentedLineWriter(JiebaSegmenter segmenter, bool pos, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        this.segmenter = segmenter;
        this.pos = pos;
        this.hmm = hmm;
    }

    /// <summary>Segments every line of <paramref name="input"/> to <paramref name="output"/>; returns the characters read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long Run(TextReader input, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        long chars = 0;
        while (input.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            chars += line.Length + 1;
            output.Write(Format(line));
            output.Write('\n');
        }

        return chars;
    }

    /// <summary>The formatted tokens of one line (a view into an internal buffer, valid until the next call).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> Format(ReadOnlySpan<char> line)
    {
        tokens.Clear();
        if (pos)
        {
            segmenter.CutWithPos(line, tokens, hmm);
        }
        else
        {
            segmenter.Cut(line, tokens, hmm);
        }

        var length = 0;
        foreach (var t in tokens)
        {
            var word = t.Slice(line);
            if (CharClass.IsBlank(word))
            {
                continue;
            }

            var tag = pos ? t.Tag.Name : string.Empty;
            var needed = length + word.Length + tag.Length + 2;
            if (needed > buffer.Length)
            {
                Array.Resize(ref buffer, Math.Max(needed, buffer.Length * 2));
            }

            if (length > 0)
            {
                buffer[length++] = ' ';
            }

            word.CopyTo(buffer.AsSpan(length));
            length += word.Length;
            if (pos)
            {
                buffer[length++] = '/';
                tag.CopyTo(buffer.AsSpan(length));
                length += tag.Length;
            }
        }

        return buffer.AsSpan(0, length);
    }
}
