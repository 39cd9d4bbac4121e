namespace YiwuGraph.Extraction.Ner;

/// <summary>
/// Word boundaries and part-of-speech tags per character of one sentence, produced by a segmenter and
/// consumed as features. Role: 0 = begins a word, 1 = inside, 2 = ends, 3 = single-character word.
/// </summary>
public sealed class WordAnnotations
{
    private byte[] roles = [];
    private int[] posCodes = [];
    private byte[] wordLengths = [];

    public int Length { get; private set; }

    public bool IsEmpty => Length == 0;

    public void Reset(int length)
    {
        if (roles.Length < length)
        {
            var size = Math.Max(length, roles.Length * 2);
            roles = new byte[size];
            posCodes = new int[size];
            wordLengths = new byte[size];
        }

        Array.Clear(roles, 0, length);
        Array.Clear(posCodes, 0, length);
        Array.Clear(wordLengths, 0, length);
        Length = length;
    }

    /// <summary>Marks <c>[start, end)</c> as one word with part-of-speech <paramref name="pos"/>.</summary>
    public void SetWord(int start, int end, ReadOnlySpan<char> pos)
    {
        if (start < 0 || end > Length || end <= start)
        {
            return;
        }

        var code = PosCode(pos);
        var length = (byte)Math.Min(end - start, 6);
        for (var i = start; i < end; i++)
        {
            roles[i] = (byte)(end - start == 1 ? 3 : i == start ? 0 : i == end - 1 ? 2 : 1);
            posCodes[i] = code;
            wordLengths[i] = length;
        }
    }

    public int Role(int index) => roles[index];

    public int Pos(int index) => posCodes[index];

    public int WordLength(int index) => wordLengths[index];

    /// <summary>A stable small code for a POS string (first three characters; 0 = none).</summary>
    public static int PosCode(ReadOnlySpan<char> pos)
    {
        var code = 0;
        for (var i = 0; i < pos.Length && i < 3; i++)
        {
            code = (code << 8) | (pos[i] & 0xFF);
        }

        return code;
    }
}

/// <summary>Something that fills <see cref="WordAnnotations"/> for a sentence (the segmenter adapter).</summary>
public interface IWordAnnotator
{
    /// <summary>A stable name written into models trained with this annotator.</summary>
    string Name { get; }

    void Annotate(ReadOnlySpan<char> text, WordAnnotations output);
}
