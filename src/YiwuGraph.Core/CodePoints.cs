namespace YiwuGraph.Core;

/// <summary>Code-point positions of a string, for annotations that count code points (CLUENER, DuEE) where offsets are UTF-16.</summary>
public static class CodePoints
{
    /// <summary>The UTF-16 offset of every code point of <paramref name="text"/>, plus the text's length at the end.</summary>
    public static int[] Utf16Offsets(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var offsets = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            offsets.Add(i);
        }

        offsets.Add(text.Length);
        return [.. offsets];
    }
}
