using System.Text.Json;

namespace YiwuGraph.Graph.Storage;

/// <summary>
/// One string object per distinct text: a JSON string is decoded into a scratch buffer and looked up by its
/// characters, so a text seen before costs no allocation.
/// </summary>
internal sealed class SharedStrings
{
    private readonly HashSet<string> strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private char[] scratch = new char[256];

    public SharedStrings() => lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The string value or property name under the reader.</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        if (scratch.Length < length)
        {
            scratch = new char[Math.Max(length, scratch.Length * 2)];
        }

        var chars = scratch.AsSpan(0, reader.CopyString(scratch));
        if (lookup.TryGetValue(chars, out var shared))
        {
            return shared;
        }

        var text = chars.ToString();
        strings.Add(text);
        return text;
    }
}
