using System.Text;
using YiwuGraph.Core;

namespace YiwuGraph.Ingestion;

/// <summary>
/// Reads newspaper pages from files and folders: UTF-8 (with or without BOM), UTF-16 with BOM, and
/// GB18030/GBK as older Chinese archives (and many Chinese sites) have them; a saved web page (.html, .htm) is read as
/// the story it holds. Binary, empty and undecodable files are reported, not fatal.
/// </summary>
public sealed class SourceReader
{
    private static readonly string[] PageExtensions = [".txt", ".md", ".html", ".htm"];

    /// <summary>Saved web pages: their story is read out of the markup (<see cref="Html.HtmlPageText"/>).</summary>
    private static readonly string[] WebPageExtensions = [".html", ".htm"];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static SourceReader()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>
    /// Expands paths (files as given; folders recursively to their .txt, .md, .html and .htm files) in a stable order:
    /// the order of the arguments, and ordinal path order inside each folder.
    /// </summary>
    public static IReadOnlyList<(string Path, string Name)> Enumerate(IEnumerable<string> paths, List<SkippedInput> skipped)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(skipped);
        var result = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                    .Where(f => PageExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .OrderBy(f => f, StringComparer.Ordinal);
                foreach (var file in files)
                {
                    if (seen.Add(file))
                    {
                        result.Add((file, Path.GetRelativePath(root, file).Replace('\\', '/')));
                    }
                }
            }
            else if (File.Exists(path))
            {
                var full = Path.GetFullPath(path);
                if (seen.Add(full))
                {
                    result.Add((full, Path.GetFileName(full)));
                }
            }
            else
            {
                skipped.Add(new SkippedInput(path, "no such file or folder"));
            }
        }

        return result;
    }

    /// <summary>Reads and decodes one file (a web page: its story); throws <see cref="InputFileException"/> when it is not a text page.</summary>
    public static SourceDocument Read(string path, string name)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(path, $"cannot be read ({ex.Message})");
        }

        var (text, encoding) = Decode(bytes, path);
        if (WebPageExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
        {
            text = Html.HtmlPageText.Extract(text) ?? throw new InputFileException(path, "web page with no story text (no paragraph with a Chinese character)");
            encoding += ", html";
        }

        return new SourceDocument(path, name, text, encoding);
    }

    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes, string path)
    {
        if (bytes.Length == 0)
        {
            throw new InputFileException(path, "empty file");
        }

        var detected = Detect(bytes, complete: true, path);
        var text = detected.Prefix;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputFileException(path, "empty file (whitespace only)");
        }

        return (text, detected.Name);
    }

    /// <summary>
    /// Decides the encoding from the first bytes of a source and decodes them, with every check a page gets:
    /// byte-order marks, NUL bytes, strict UTF-8, GB18030 only when it reads like Chinese, control characters.
    /// <paramref name="complete"/> says the bytes are the whole source; otherwise a character cut at the end is
    /// left undecoded rather than taken for invalid bytes. Both the page reader and <see cref="SourceTextReader"/>
    /// call this, so every verb accepts and rejects the same files.
    /// </summary>
    internal static DetectedEncoding Detect(ReadOnlySpan<byte> bytes, bool complete, string path)
    {
        DetectedEncoding detected;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            detected = DecodeStrict(StrictUtf8, "utf-8-bom", 3, bytes, complete, path, "UTF-8");
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            detected = DecodeStrict(new UnicodeEncoding(false, false, true), "utf-16le", 2, bytes, complete, path, "UTF-16LE");
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            detected = DecodeStrict(new UnicodeEncoding(true, false, true), "utf-16be", 2, bytes, complete, path, "UTF-16BE");
        }
        else
        {
            if (LooksBinary(bytes))
            {
                throw new InputFileException(path, "binary file (NUL or control bytes), not a text page");
            }

            if (TryDecode(StrictUtf8, bytes, complete, out var text))
            {
                detected = new DetectedEncoding(StrictUtf8, "utf-8", 0, text);
            }
            else if (TryDecode(Gb18030Strict(), bytes, complete, out text) && LooksLikeChinese(text))
            {
                detected = new DetectedEncoding(Gb18030Strict(), "gb18030", 0, text);
            }
            else
            {
                throw new InputFileException(path, "not decodable as UTF-8, UTF-16 (with BOM) or GB18030");
            }
        }

        if (ControlShare(detected.Prefix) > 0.01)
        {
            throw new InputFileException(path, "binary file (control characters), not a text page");
        }

        return detected;
    }

    private static Encoding Gb18030Strict() =>
        Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    private static DetectedEncoding DecodeStrict(Encoding encoding, string encodingName, int preamble, ReadOnlySpan<byte> bytes, bool complete, string path, string name) =>
        TryDecode(encoding, bytes[preamble..], complete, out var text)
            ? new DetectedEncoding(encoding, encodingName, preamble, text)
            : throw new InputFileException(path, $"invalid {name} despite its byte-order mark");

    private static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, bool complete, out string text)
    {
        try
        {
            if (complete)
            {
                text = encoding.GetString(bytes);
                return true;
            }

            // A prefix may end inside a character: flush: false keeps it pending instead of calling it invalid.
            var decoder = encoding.GetDecoder();
            var chars = new char[decoder.GetCharCount(bytes, flush: false)];
            var count = decoder.GetChars(bytes, chars, flush: false);
            text = new string(chars, 0, count);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 1 << 16)];
        return sample.Contains((byte)0);
    }

    private static double ControlShare(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 1 << 16));
        var control = 0;
        foreach (var c in sample)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        return sample.Length == 0 ? 0 : (double)control / sample.Length;
    }

    /// <summary>GB18030 decodes almost any byte string; accept it only when the result reads like Chinese text.</summary>
    private static bool LooksLikeChinese(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 1 << 16));
        int han = 0, other = 0;
        foreach (var c in sample)
        {
            if (HanScript.IsHan(c) || c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF')
            {
                han++;
            }
            else if (c > '\u007F')
            {
                other++;
            }
        }

        return han > 0 && han >= 4 * other;
    }

    /// <summary>The strict encoding of a source, the length of its byte-order mark, and its first text.</summary>
    internal readonly record struct DetectedEncoding(Encoding Encoding, string Name, int PreambleLength, string Prefix);
}
