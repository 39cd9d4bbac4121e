using YiwuGraph.Core;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Events;

/// <summary>
/// The features of the trigger labeller, as 64-bit hashes: per character (for the BIOES tagger) and per trigger
/// span (for the type classifier). Characters around the position, their bigrams and trigram, and the jieba word
/// the character is in, with its neighbours. The hashing is this class's own (FNV-1a), so that the shipped event
/// model does not depend on how the NER tagger hashes its features.
/// </summary>
public static class TriggerFeatures
{
    /// <summary>Changes whenever a feature template changes; a model trained with other templates is refused.</summary>
    public const int TemplateVersion = 5;

    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Words of at most this many characters before and after a trigger read as its context.</summary>
    private const int ContextWords = 24;

    /// <summary>The jieba words of a sentence: for each character, the index of the word it is in.</summary>
    public sealed class Words
    {
        public List<Token> Tokens { get; } = new(128);

        public int[] WordOf { get; private set; } = new int[256];

        /// <summary>The hash of each word's text, by word index.</summary>
        public ulong[] WordHash { get; private set; } = new ulong[128];

        private (int Start, int Length, uint Band)[] match = new (int, int, uint)[256];

        private (int Start, int Length, uint Class)[] incidentMatch = new (int, int, uint)[256];

        /// <summary>For each character, the longest listed incident word over it (start, length, class id), length 0 when none.</summary>
        internal ReadOnlySpan<(int Start, int Length, uint Class)> IncidentMatches(ReadOnlySpan<char> text, IncidentWordList incidents)
        {
            if (incidentMatch.Length < text.Length)
            {
                incidentMatch = new (int, int, uint)[Math.Max(text.Length, incidentMatch.Length * 2)];
            }

            var result = incidentMatch.AsSpan(0, text.Length);
            result.Clear();
            // Most sentences hold no listed word: a vectorised search for the next possible first character skips them.
            for (var i = incidents.NextPossibleStart(text, 0); i >= 0; i = incidents.NextPossibleStart(text, i + 1))
            {
                for (var n = Math.Min(IncidentWordList.MaxLength, text.Length - i); n >= 1; n--)
                {
                    var wordClass = incidents.ClassOf(text.Slice(i, n));
                    if (wordClass == 0)
                    {
                        continue;
                    }

                    for (var j = i; j < i + n; j++)
                    {
                        if (result[j].Length < n)
                        {
                            result[j] = (i, n, wordClass);
                        }
                    }

                    break;
                }
            }

            return result;
        }

        /// <summary>For each character, the longest known trigger word over it (start, length, rate band), length 0 when none.</summary>
        internal ReadOnlySpan<(int Start, int Length, uint Band)> Matches(ReadOnlySpan<char> text, TriggerLexicon lexicon)
        {
            if (match.Length < text.Length)
            {
                match = new (int, int, uint)[Math.Max(text.Length, match.Length * 2)];
            }

            var result = match.AsSpan(0, text.Length);
            result.Clear();
            for (var i = 0; i < text.Length; i++)
            {
                if (!lexicon.MayStartWith(text[i]))
                {
                    continue;
                }

                for (var n = Math.Min(TriggerLexicon.MaxLength, text.Length - i); n >= 1; n--)
                {
                    if (!lexicon.TryGet(text.Slice(i, n), out var counts) || counts.Triggers <= 0)
                    {
                        continue;
                    }

                    var band = TriggerLexicon.RateBand(counts);
                    for (var j = i; j < i + n; j++)
                    {
                        if (result[j].Length < n)
                        {
                            result[j] = (i, n, band);
                        }
                    }

                    break;
                }
            }

            return result;
        }

        /// <summary>
        /// Cuts <paramref name="text"/> as the pipeline's tokenizer stage cuts an article (<c>CutWithPos</c>), so that
        /// a sentence read alone, at training, has the words it has inside an article.
        /// </summary>
        public void Read(JiebaSegmenter segmenter, ReadOnlySpan<char> text)
        {
            ArgumentNullException.ThrowIfNull(segmenter);
            Tokens.Clear();
            segmenter.CutWithPos(text, Tokens, hmm: true);
            Index(text);
        }

        /// <summary>
        /// Takes the words of the sentence <paramref name="sentence"/> of <paramref name="text"/> from the tokens
        /// <paramref name="documentTokens"/> of the whole text (sorted, covering it), clipped to the sentence and
        /// shifted to its offsets. Jieba cuts blocks of Han, letters and digits apart at every other character, and
        /// sentences end at such characters (<c>。！？!?</c>, line breaks), so these are the words
        /// <see cref="Read(JiebaSegmenter, ReadOnlySpan{char})"/> gives the sentence alone.
        /// </summary>
        public void Read(string text, TextRange sentence, IReadOnlyList<Token> documentTokens)
        {
            ArgumentNullException.ThrowIfNull(text);
            ArgumentNullException.ThrowIfNull(documentTokens);
            Tokens.Clear();
            var lo = Token.FirstEndingAfter(documentTokens, sentence.Start);
            var covered = sentence.Start;
            for (var t = lo; t < documentTokens.Count && documentTokens[t].Start < sentence.End; t++)
            {
                var token = documentTokens[t];
                var start = Math.Max(token.Start, covered);
                var end = Math.Min(token.End, sentence.End);
                if (start > covered)
                {
                    // Tokens that leave a gap (not the tokenizer's): the gap's characters are one word each.
                    for (var i = covered; i < start; i++)
                    {
                        Tokens.Add(new Token(i - sentence.Start, i + 1 - sentence.Start, PosTag.X));
                    }
                }

                if (end > start)
                {
                    Tokens.Add(new Token(start - sentence.Start, end - sentence.Start, token.Tag));
                    covered = end;
                }
            }

            for (var i = covered; i < sentence.End; i++)
            {
                Tokens.Add(new Token(i - sentence.Start, i + 1 - sentence.Start, PosTag.X));
            }

            Index(text.AsSpan(sentence.Start, sentence.Length));
        }

        private void Index(ReadOnlySpan<char> text)
        {
            if (WordOf.Length < text.Length)
            {
                WordOf = new int[Math.Max(text.Length, WordOf.Length * 2)];
            }

            if (WordHash.Length < Tokens.Count)
            {
                WordHash = new ulong[Math.Max(Tokens.Count, WordHash.Length * 2)];
            }

            for (var w = 0; w < Tokens.Count; w++)
            {
                for (var i = Tokens[w].Start; i < Tokens[w].End; i++)
                {
                    WordOf[i] = w;
                }

                WordHash[w] = Word(text, Tokens[w]);
            }
        }
    }

    /// <summary>The features of every character of <paramref name="text"/>: <paramref name="keys"/> from <paramref name="offsets"/>[i] to [i+1].</summary>
    /// <remarks>
    /// A listed incident word that no known trigger word overlaps (海啸, which the training data never marks) reads as
    /// characters never seen: no feature names its characters or its word, so only the list's features and the context
    /// speak for it, not the weights its characters earned elsewhere (海 of 上海). With
    /// <paramref name="hideIncidentWords"/> (training only) every listed word reads so: training adds such a copy of
    /// each sentence with a listed word, so that the list's features learn what a listed word is worth from the
    /// listed words the data marks (地震, 车祸) and does not.
    /// </remarks>
    public static void OfCharacters(
        ReadOnlySpan<char> text, Words words, TriggerLexicon lexicon, IncidentWordList incidents, List<ulong> keys, List<int> offsets, bool hideIncidentWords = false)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(words);
        var match = words.Matches(text, lexicon);
        var incidentMatch = words.IncidentMatches(text, incidents);
        ReadOnlySpan<bool> hidden = Hidden(incidentMatch, match, hideIncidentWords);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(offsets);
        keys.Clear();
        offsets.Clear();
        for (var i = 0; i < text.Length; i++)
        {
            offsets.Add(keys.Count);
            var c = Char(text, i);
            keys.Add(Hash(1, 0, 0));
            if (hidden.IsEmpty)
            {
                keys.Add(Hash(2, c, 0));
                keys.Add(Hash(3, Char(text, i - 1), 0));
                keys.Add(Hash(4, Char(text, i + 1), 0));
                keys.Add(Hash(5, Char(text, i - 2), 0));
                keys.Add(Hash(6, Char(text, i + 2), 0));
                keys.Add(Hash(7, Char(text, i - 1), c));
                keys.Add(Hash(8, c, Char(text, i + 1)));
                keys.Add(Hash(9, Char(text, i - 2), Char(text, i - 1)));
                keys.Add(Hash(10, Char(text, i + 1), Char(text, i + 2)));
                keys.Add(Mix(Hash(11, Char(text, i - 1), c), Char(text, i + 1)));
            }
            else
            {
                AddUnhidden(keys, hidden, i, -1, -1, Hash(2, c, 0));
                AddUnhidden(keys, hidden, i - 1, -1, -1, Hash(3, Char(text, i - 1), 0));
                AddUnhidden(keys, hidden, i + 1, -1, -1, Hash(4, Char(text, i + 1), 0));
                AddUnhidden(keys, hidden, i - 2, -1, -1, Hash(5, Char(text, i - 2), 0));
                AddUnhidden(keys, hidden, i + 2, -1, -1, Hash(6, Char(text, i + 2), 0));
                AddUnhidden(keys, hidden, i - 1, i, -1, Hash(7, Char(text, i - 1), c));
                AddUnhidden(keys, hidden, i, i + 1, -1, Hash(8, c, Char(text, i + 1)));
                AddUnhidden(keys, hidden, i - 2, i - 1, -1, Hash(9, Char(text, i - 2), Char(text, i - 1)));
                AddUnhidden(keys, hidden, i + 1, i + 2, -1, Hash(10, Char(text, i + 1), Char(text, i + 2)));
                AddUnhidden(keys, hidden, i - 1, i, i + 1, Mix(Hash(11, Char(text, i - 1), c), Char(text, i + 1)));
            }

            var w = words.WordOf[i];
            var token = words.Tokens[w];
            var role = token.Length == 1 ? 0u : i == token.Start ? 1u : i == token.End - 1 ? 3u : 2u;
            var word = words.WordHash[w];
            var previous = w > 0 ? words.WordHash[w - 1] : 0;
            var wordHidden = IsHidden(hidden, words, w);
            var previousHidden = w > 0 && IsHidden(hidden, words, w - 1);
            if (!wordHidden)
            {
                keys.Add(Mix(Hash(12, role, 0), word));
            }

            keys.Add(Hash(13, role, (uint)Math.Min(token.Length, 6)));
            if (!previousHidden)
            {
                keys.Add(Mix(Hash(14, role, 0), previous));
            }

            if (!(w + 1 < words.Tokens.Count && IsHidden(hidden, words, w + 1)))
            {
                keys.Add(Mix(Hash(15, role, 0), w + 1 < words.Tokens.Count ? words.WordHash[w + 1] : 0));
            }

            if (!wordHidden && !previousHidden)
            {
                keys.Add(Mix(Mix(Hash(16, role, 0), word), previous));
            }

            // The word's part of speech (jieba's tag ids are fixed): 车祸 the noun and 发生 the verb are triggers of
            // different shapes, and a name (nr, ns, nt) is rarely one.
            var tag = (uint)token.Tag.Id;
            keys.Add(Hash(21, role, tag));
            keys.Add(Hash(22, w > 0 ? (uint)words.Tokens[w - 1].Tag.Id : 0u, tag));
            // The longest known trigger word over the character: where the character is in it, its length, and how
            // often that word was a trigger in the training data.
            var (matchStart, matchLength, band) = match[i];
            if (matchLength > 0 && (hidden.IsEmpty || !hidden[i]))
            {
                var matchRole = matchLength == 1 ? 0u : i == matchStart ? 1u : i == matchStart + matchLength - 1 ? 3u : 2u;
                keys.Add(Hash(17, matchRole, (uint)matchLength));
                keys.Add(Hash(18, matchRole, band));
                keys.Add(Mix(Hash(19, matchRole, band), c));
            }
            else
            {
                keys.Add(Hash(20, 0, 0));
            }

            // The longest listed incident word over the character (incident-words.tsv): where the character is in
            // it and the word's class, with and without its length. These features are shared by every word of a
            // class, so that the weight 地震 and 车祸 earn as triggers carries over to 海啸 and 骚乱, which the
            // training data never marks.
            var (incidentStart, incidentLength, incidentClass) = incidentMatch[i];
            if (incidentLength > 0)
            {
                var incidentRole = incidentLength == 1 ? 0u : i == incidentStart ? 1u : i == incidentStart + incidentLength - 1 ? 3u : 2u;
                keys.Add(Hash(23, incidentRole, 0));
                keys.Add(Hash(24, incidentRole, incidentClass));
                keys.Add(Mix(Hash(25, incidentRole, incidentClass), (uint)Math.Min(incidentLength, 4)));
            }
        }

        offsets.Add(keys.Count);
    }

    /// <summary>
    /// Which characters read as never seen: those of listed incident words that no known trigger word overlaps (or of
    /// every listed word, with <paramref name="all"/>); empty when none.
    /// </summary>
    private static bool[] Hidden(
        ReadOnlySpan<(int Start, int Length, uint Class)> incidentMatch, ReadOnlySpan<(int Start, int Length, uint Band)> match, bool all)
    {
        bool[]? hidden = null;
        for (var i = 0; i < incidentMatch.Length;)
        {
            var (start, length, _) = incidentMatch[i];
            if (length == 0)
            {
                i++;
                continue;
            }

            var end = start + length;
            var known = false;
            for (var j = start; j < end && !all; j++)
            {
                known |= match[j].Length > 0;
            }

            if (!known)
            {
                hidden ??= new bool[incidentMatch.Length];
                hidden.AsSpan(start, length).Fill(true);
            }

            i = end;
        }

        return hidden ?? [];
    }

    private static bool IsHidden(ReadOnlySpan<bool> hidden, Words words, int w)
    {
        if (hidden.IsEmpty)
        {
            return false;
        }

        var token = words.Tokens[w];
        for (var i = token.Start; i < token.End; i++)
        {
            if (hidden[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds <paramref name="key"/> unless a character it reads (a, b, c; -1 and places outside the text are never hidden) is hidden.</summary>
    private static void AddUnhidden(List<ulong> keys, ReadOnlySpan<bool> hidden, int a, int b, int c, ulong key)
    {
        static bool At(ReadOnlySpan<bool> hidden, int j) => j >= 0 && j < hidden.Length && hidden[j];
        if (!At(hidden, a) && !At(hidden, b) && !At(hidden, c))
        {
            keys.Add(key);
        }
    }

    /// <summary>The features of the trigger <c>[start, end)</c> of <paramref name="text"/> for the type classifier.</summary>
    public static void OfSpan(ReadOnlySpan<char> text, Words words, IncidentWordList incidents, int start, int end, List<ulong> keys)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(keys);
        keys.Clear();
        keys.Add(Hash(101, 0, 0));
        var trigger = Word(text, new Token(start, end, default));
        keys.Add(Mix(Hash(102, 0, 0), trigger));
        keys.Add(Hash(103, Char(text, start), 0));
        keys.Add(Hash(104, Char(text, end - 1), 0));
        for (var i = start; i < end; i++)
        {
            keys.Add(Hash(105, Char(text, i), 0));
        }

        // The class of the longest listed incident word inside the trigger: 海啸 types as a disaster as 地震 does.
        var incidentClass = 0u;
        var incidentLength = 0;
        for (var i = start; i < end; i++)
        {
            if (!incidents.MayStartWith(text[i]))
            {
                continue;
            }

            for (var n = Math.Min(IncidentWordList.MaxLength, end - i); n > incidentLength; n--)
            {
                var wordClass = incidents.ClassOf(text.Slice(i, n));
                if (wordClass != 0)
                {
                    (incidentClass, incidentLength) = (wordClass, n);
                    break;
                }
            }
        }

        keys.Add(Hash(109, incidentClass, 0));

        var first = words.WordOf[start];
        var last = words.WordOf[end - 1];
        keys.Add(Mix(Mix(Hash(106, 0, 0), trigger), first > 0 ? words.WordHash[first - 1] : 0));
        keys.Add(Mix(Mix(Hash(107, 0, 0), trigger), last + 1 < words.Tokens.Count ? words.WordHash[last + 1] : 0));
        for (var w = Math.Max(0, first - ContextWords); w < Math.Min(words.Tokens.Count, last + 1 + ContextWords); w++)
        {
            if (w >= first && w <= last || words.Tokens[w].Length < 2)
            {
                continue;
            }

            keys.Add(Mix(Hash(108, 0, 0), words.WordHash[w]));
        }
    }

    /// <summary>A character folded for features: full-width ASCII to half-width, digits to one digit; 0 outside the text.</summary>
    internal static uint Char(ReadOnlySpan<char> text, int index)
    {
        if (index < 0)
        {
            return 1;
        }

        if (index >= text.Length)
        {
            return 2;
        }

        var c = text[index];
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }

        return c is >= '0' and <= '9' ? '0' : c;
    }

    internal static ulong Word(ReadOnlySpan<char> text, Token token)
    {
        var h = Offset;
        for (var i = token.Start; i < token.End; i++)
        {
            h = (h ^ Char(text, i)) * Prime;
        }

        return h;
    }

    internal static ulong Hash(uint template, uint a, uint b) => Mix(Mix(Mix(Offset, template), a), b);

    /// <summary>Folds a 64-bit value into a hash: one multiply-xorshift round (the finaliser of MurmurHash3's 64-bit mix).</summary>
    internal static ulong Mix(ulong h, ulong value)
    {
        h = (h ^ value) * 0xff51afd7ed558ccdUL;
        return h ^ (h >> 33);
    }
}
