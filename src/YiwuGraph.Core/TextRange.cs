namespace YiwuGraph.Core;

/// <summary>A half-open character range <c>[Start, End)</c> into a text that is stored once elsewhere.</summary>
public readonly record struct TextRange
{
    public TextRange(int start, int end)
    {
        if (start < 0 || end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Invalid range [{start}, {end}).");
        }

        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public bool IsEmpty => End == Start;

    public bool Contains(int index) => index >= Start && index < End;

    public bool Contains(TextRange other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextRange other) => other.Start < End && Start < other.End;

    public TextRange Shift(int delta) => new(Start + delta, End + delta);

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    public override string ToString() => $"[{Start}, {End})";
}
