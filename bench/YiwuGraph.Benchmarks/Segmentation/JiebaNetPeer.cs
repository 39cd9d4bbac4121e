using System.Text;
using JiebaNet.Segmenter;
using JiebaNet.Segmenter.PosSeg;

namespace YiwuGraph.Benchmarks.Segmentation;

/// <summary>
/// The peer named by the design card: jieba.NET 0.42.2 (<c>JiebaNet.Segmenter</c>), a C# port of Python jieba.
/// <see cref="SegmenterBenchmarks"/> times it beside our segmenter; <see cref="WriteFile"/> gives tools/parity
/// its output for a file, formatted like <c>yiwugraph segment [--pos]</c>.
/// </summary>
internal sealed class JiebaNetPeer
{
    private readonly JiebaNet.Segmenter.JiebaSegmenter cutter = new();
    private readonly PosSegmenter tagger = new();

    /// <summary>Tokens of one line; whitespace-only tokens dropped, as in the CLI.</summary>
    public int Cut(string line, List<string> into)
    {
        foreach (var word in cutter.Cut(line, cutAll: false, hmm: true))
        {
            if (!string.IsNullOrWhiteSpace(word))
            {
                into.Add(word);
            }
        }

        return into.Count;
    }

    /// <summary>word/tag pairs of one line; whitespace-only words dropped.</summary>
    public int CutWithPos(string line, List<string> into)
    {
        foreach (var pair in tagger.Cut(line, hmm: true))
        {
            if (!string.IsNullOrWhiteSpace(pair.Word))
            {
                into.Add(pair.Word + "/" + pair.Flag);
            }
        }

        return into.Count;
    }

    /// <summary>
    /// <c>jiebanet cut|posseg INPUT</c>: one output line per input line (split like StreamReader.ReadLine), tokens
    /// joined by one space, UTF-8 without BOM to stdout. Returns the exit code.
    /// </summary>
    public static int WriteFile(string mode, string input)
    {
        if (mode is not ("cut" or "posseg"))
        {
            Console.Error.WriteLine($"jiebanet: mode must be cut or posseg, not '{mode}'");
            return 2;
        }

        var peer = new JiebaNetPeer();
        var tokens = new List<string>();
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        while (reader.ReadLine() is { } line)
        {
            tokens.Clear();
            _ = mode == "cut" ? peer.Cut(line, tokens) : peer.CutWithPos(line, tokens);
            stdout.WriteLine(string.Join(' ', tokens));
        }

        return 0;
    }
}
