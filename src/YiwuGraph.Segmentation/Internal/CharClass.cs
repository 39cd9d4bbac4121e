using System.Runtime.CompilerServices;

namespace YiwuGraph.Segmentation.Internal;

/// <summary>Character classes of jieba's regular expressions, as one lookup table over the BMP.</summary>
internal static class CharClass
{
    /// <summary><c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._%\-]</c>: jieba's <c>re_han_default</c>.</summary>
    public const byte HanDefault = 1;

    /// <summary><c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._]</c>: posseg's <c>re_han_internal</c>.</summary>
    public const byte HanInternal = 2;

    /// <summary>Python's <c>\s</c> (and <c>str.isspace</c>) for <c>str</c> patterns.</summary>
    public const byte Space = 4;

    /// <summary><c>[\u4E00-\u9FD5]</c>.</summary>
    public const byte Han = 8;

    /// <summary><c>[a-zA-Z0-9]</c>.</summary>
    public const byte AsciiAlnum = 16;

    /// <summary><c>[0-9]</c>.</summary>
    public const byte AsciiDigit = 32;

    /// <summary><c>[a-zA-Z]</c>.</summary>
    public const byte AsciiLetter = 64;

    public const char HanFirst = '\u4E00';
    public const char HanLast = '\u9FD5';

    private static readonly byte[] Table = BuildTable();

    public static byte Of(char c) => Table[c];

    public static bool Is(char c, byte cls) => (Table[c] & cls) != 0;

    public static bool IsPythonSpace(char c) => (Table[c] & Space) != 0;

    /// <summary>The end of the run of <paramref name="cls"/> characters starting at <paramref name="start"/>, at most <paramref name="limit"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int RunEnd(ReadOnlySpan<char> text, int start, int limit, byte cls)
    {
        var j = start;
        while (j < limit && (Table[text[j]] & cls) != 0)
        {
            j++;
        }

        return j;
    }

    /// <summary>The end of the run of characters outside <paramref name="cls"/> starting at <paramref name="start"/>, at most <paramref name="limit"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int RunEndOutside(ReadOnlySpan<char> text, int start, int limit, byte cls)
    {
        var j = start;
        while (j < limit && (Table[text[j]] & cls) == 0)
        {
            j++;
        }

        return j;
    }

    /// <summary>True when every character is whitespace to Python (<c>not s.strip()</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBlank(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if ((Table[c] & Space) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static byte[] BuildTable()
    {
        var t = new byte[65536];
        for (int c = HanFirst; c <= HanLast; c++)
        {
            t[c] = HanDefault | HanInternal | Han;
        }

        for (int c = '0'; c <= '9'; c++)
        {
            t[c] = HanDefault | HanInternal | AsciiAlnum | AsciiDigit;
        }

        for (int c = 'a'; c <= 'z'; c++)
        {
            t[c] = HanDefault | HanInternal | AsciiAlnum | AsciiLetter;
            t[c - 32] = HanDefault | HanInternal | AsciiAlnum | AsciiLetter;
        }

        foreach (var c in "+#&._")
        {
            t[c] = HanDefault | HanInternal;
        }

        t['%'] = HanDefault;
        t['-'] = HanDefault;
        ReadOnlySpan<int> spaces =
        [
            0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003,
            0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
        ];
        foreach (var c in spaces)
        {
            t[c] = Space;
        }

        return t;
    }
}
