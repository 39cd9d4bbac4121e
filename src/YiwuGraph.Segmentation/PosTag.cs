namespace YiwuGraph.Segmentation;

/// <summary>
/// A part-of-speech tag such as <c>n</c>, <c>nr</c>, <c>ns</c> or <c>eng</c>, stored as a small integer id.
/// Ids come from one process-wide table, so tokens carry no strings; <see cref="Name"/> maps back to jieba's text.
/// </summary>
public readonly record struct PosTag
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static string[] names = [];

    // The tags of jieba 0.42.1 (dictionary and both HMMs) in a fixed order, so their ids never change.
    private static readonly string[] KnownTags =
    [
        string.Empty, "x", "m", "eng", "n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "v", "vn", "vd", "vg", "vi", "vq",
        "a", "ad", "ag", "an", "b", "bg", "c", "d", "df", "dg", "e", "en", "f", "g", "h", "i", "in", "j", "jn", "k", "l",
        "ln", "mg", "mq", "ng", "o", "p", "q", "qe", "qg", "r", "rg", "rr", "rz", "s", "t", "tg", "u", "ud", "ug", "uj",
        "ul", "uv", "uz", "w", "y", "yg", "z", "zg",
    ];

    static PosTag()
    {
        foreach (var name in KnownTags)
        {
            FromName(name);
        }
    }

    private PosTag(int id) => Id = id;

    /// <summary>No tag: tokens from plain <c>Cut</c> carry this.</summary>
    public static PosTag None => new(0);

    /// <summary><c>x</c>: punctuation, whitespace and unknown symbols.</summary>
    public static PosTag X => new(1);

    /// <summary><c>m</c>: numerals.</summary>
    public static PosTag Numeral => new(2);

    /// <summary><c>eng</c>: runs of ASCII letters and digits.</summary>
    public static PosTag English => new(3);

    /// <summary><c>n</c>: common noun.</summary>
    public static PosTag Noun => new(4);

    /// <summary><c>nr</c>: person name.</summary>
    public static PosTag PersonName => new(5);

    /// <summary><c>ns</c>: place name.</summary>
    public static PosTag PlaceName => new(6);

    /// <summary><c>nt</c>: organisation name.</summary>
    public static PosTag OrganizationName => new(7);

    /// <summary><c>nz</c>: other proper noun.</summary>
    public static PosTag OtherProperNoun => new(8);

    /// <summary><c>v</c>: verb.</summary>
    public static PosTag Verb => new(11);

    /// <summary>The small integer id of this tag (stable for jieba's own tags within a process).</summary>
    public int Id { get; }

    /// <summary>jieba's text for the tag, e.g. <c>nr</c>; empty for <see cref="None"/>.</summary>
    public string Name => Volatile.Read(ref names)[Id];

    /// <summary>True for the tags of proper nouns (<c>nr*</c>, <c>ns</c>, <c>nt</c>, <c>nz</c>).</summary>
    public bool IsProperNoun
    {
        get
        {
            var name = Name;
            return name.Length >= 2 && name[0] == 'n' && (name[1] is 'r' or 's' or 't' or 'z');
        }
    }

    /// <summary>The tag with this name, registering it if it is new (user dictionaries may bring their own tags).</summary>
    public static PosTag FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (Gate)
        {
            if (Ids.TryGetValue(name, out var id))
            {
                return new PosTag(id);
            }

            id = names.Length;
            var grown = new string[id + 1];
            Array.Copy(names, grown, id);
            grown[id] = name;
            Ids.Add(name, id);
            Volatile.Write(ref names, grown);
            return new PosTag(id);
        }
    }

    public override string ToString() => Name;
}
