using System.Runtime.CompilerServices;
using YiwuGraph.Core;

namespace YiwuGraph.Extraction.Ner;

/// <summary>Feature hashes of one sentence: a flat array of 64-bit keys with per-position offsets.</summary>
public sealed class FeatureBuffer
{
    public ulong[] Keys { get; private set; } = new ulong[1024];

    public int[] Offsets { get; private set; } = new int[65];

    public int Positions { get; private set; }

    public int Count { get; private set; }

    public void Reset(int positions)
    {
        if (Offsets.Length < positions + 1)
        {
            Offsets = new int[Math.Max(positions + 1, Offsets.Length * 2)];
        }

        Positions = positions;
        Count = 0;
    }

    public void BeginPosition(int index) => Offsets[index] = Count;

    public void EndSentence() => Offsets[Positions] = Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ulong key)
    {
        if (Count == Keys.Length)
        {
            var bigger = new ulong[Keys.Length * 2];
            Array.Copy(Keys, bigger, Count);
            Keys = bigger;
        }

        Keys[Count++] = key;
    }

    public ReadOnlySpan<ulong> At(int index) => Keys.AsSpan(Offsets[index], Offsets[index + 1] - Offsets[index]);
}

/// <summary>
/// Character-level feature templates: character n-grams in a window of ±2 (and single characters at ±3),
/// their distributional classes (<see cref="CharClusters"/>) as unigrams, bigrams and a trigram, lexicon
/// evidence (longest match starting, ending, or covering each character, and at the neighbours), and
/// word boundary / part-of-speech features when a segmenter annotated the sentence.
/// Features are 64-bit hashes of (template, values), so no string is built on the hot path.
/// </summary>
public static class NerFeatureExtractor
{
    /// <summary>Bumped whenever templates change; stored in the model and checked on load.</summary>
    public const int TemplateVersion = 4;

    private const char Pad = '\u0002';

    public static void Extract(ReadOnlySpan<char> text, LexiconMatches lexicon, CharClusters clusters, WordAnnotations? words, FeatureBuffer output)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(output);
        var n = text.Length;
        output.Reset(n);
        var useWords = words is not null && words.Length == n && n > 0;

        // Every character is normalised once (with three pads on each side), not once per window it is in.
        const int Margin = 3;
        var normalized = n + (2 * Margin) <= 1024 ? stackalloc uint[n + (2 * Margin)] : new uint[n + (2 * Margin)];
        for (var i = -Margin; i < n + Margin; i++)
        {
            normalized[i + Margin] = Norm(text, i);
        }

        // Likewise the classes of every character at every level, one row of n + 6 per level.
        var levels = clusters.Levels;
        var width = n + (2 * Margin);
        var classes = levels * width <= 2048 ? stackalloc uint[levels * width] : new uint[levels * width];
        for (var level = 0; level < levels; level++)
        {
            for (var j = 0; j < width; j++)
            {
                classes[(level * width) + j] = clusters.Of(level, normalized[j]);
            }
        }

        for (var i = 0; i < n; i++)
        {
            output.BeginPosition(i);
            var window = normalized.Slice(i, (2 * Margin) + 1);
            uint m3 = window[0], m2 = window[1], m1 = window[2], c0 = window[3], p1 = window[4], p2 = window[5], p3 = window[6];
            output.Add(Hash(1, 0, 0, 0));
            output.Add(Hash(2, m2, 0, 0));
            output.Add(Hash(3, m1, 0, 0));
            output.Add(Hash(4, c0, 0, 0));
            output.Add(Hash(5, p1, 0, 0));
            output.Add(Hash(6, p2, 0, 0));
            output.Add(Hash(7, m2, m1, 0));
            output.Add(Hash(8, m1, c0, 0));
            output.Add(Hash(9, c0, p1, 0));
            output.Add(Hash(10, p1, p2, 0));
            output.Add(Hash(11, m1, p1, 0));
            output.Add(Hash(12, m1, c0, p1));
            output.Add(Hash(13, Kind(m1), Kind(c0), Kind(p1)));
            output.Add(Hash(14, m3, 0, 0));
            output.Add(Hash(15, p3, 0, 0));
            output.Add(Hash(16, m2, m1, c0));
            output.Add(Hash(17, c0, p1, p2));
            for (var level = 0; level < levels; level++)
            {
                var around = classes.Slice((level * width) + i + 1, 5);
                uint km2 = around[0], km1 = around[1], kc0 = around[2], kp1 = around[3], kp2 = around[4];
                var tpl = (uint)(30 + (level * 10));
                var set = clusters.TemplatesOf(level);
                if (set == CharClusters.AllTemplates)
                {
                    output.Add(Hash(tpl, km2, 0, 0));
                    output.Add(Hash(tpl + 1, km1, 0, 0));
                    output.Add(Hash(tpl + 2, kc0, 0, 0));
                    output.Add(Hash(tpl + 3, kp1, 0, 0));
                    output.Add(Hash(tpl + 4, kp2, 0, 0));
                    output.Add(Hash(tpl + 5, km1, kc0, 0));
                    output.Add(Hash(tpl + 6, kc0, kp1, 0));
                    output.Add(Hash(tpl + 7, km1, kc0, kp1));
                    continue;
                }

                // A level with fewer templates (pretrained classes: each template is one more weight lookup per
                // character) adds the same features as the full set minus the ones left out.
                AddIf(output, set, ClassTemplates.M2, Hash(tpl, km2, 0, 0));
                AddIf(output, set, ClassTemplates.M1, Hash(tpl + 1, km1, 0, 0));
                AddIf(output, set, ClassTemplates.C0, Hash(tpl + 2, kc0, 0, 0));
                AddIf(output, set, ClassTemplates.P1, Hash(tpl + 3, kp1, 0, 0));
                AddIf(output, set, ClassTemplates.P2, Hash(tpl + 4, kp2, 0, 0));
                AddIf(output, set, ClassTemplates.M1C0, Hash(tpl + 5, km1, kc0, 0));
                AddIf(output, set, ClassTemplates.C0P1, Hash(tpl + 6, kc0, kp1, 0));
                AddIf(output, set, ClassTemplates.M1C0P1, Hash(tpl + 7, km1, kc0, kp1));
            }

            var near = lexicon.MaskAt(i) | (i > 0 ? lexicon.MaskAt(i - 1) : 0) | (i + 1 < n ? lexicon.MaskAt(i + 1) : 0);
            for (var cls = 0; cls < CharLexicon.ClassCount; cls++)
            {
                if ((near & (1 << cls)) == 0)
                {
                    continue;
                }

                var lc = (LexiconClass)cls;
                var start = lexicon.StartLength(i, lc);
                var end = lexicon.EndLength(i, lc);
                var inside = lexicon.IsInside(i, lc);
                var tpl = (uint)(100 + (cls * 10));
                if (start > 0)
                {
                    output.Add(Hash(tpl, Bucket(start), 0, 0));
                    output.Add(Hash(tpl + 5, Bucket(start), c0, 0));
                }

                if (end > 0)
                {
                    output.Add(Hash(tpl + 1, Bucket(end), 0, 0));
                }

                if (inside)
                {
                    output.Add(Hash(tpl + 2, 0, 0, 0));
                }

                if (i > 0 && lexicon.EndLength(i - 1, lc) > 0)
                {
                    output.Add(Hash(tpl + 3, Bucket(lexicon.EndLength(i - 1, lc)), 0, 0));
                }

                if (i + 1 < n && lexicon.StartLength(i + 1, lc) > 0)
                {
                    output.Add(Hash(tpl + 4, Bucket(lexicon.StartLength(i + 1, lc)), 0, 0));
                }
            }

            if (useWords)
            {
                var role = (uint)words!.Role(i);
                var pos = (uint)words.Pos(i);
                var len = (uint)words.WordLength(i);
                output.Add(Hash(200, role, len, 0));
                output.Add(Hash(201, role, pos, 0));
                output.Add(Hash(202, role, c0, 0));
                output.Add(Hash(203, pos, c0, 0));
                var prevPos = i > 0 ? (uint)words.Pos(i - 1) : 1u;
                var nextPos = i + 1 < n ? (uint)words.Pos(i + 1) : 1u;
                output.Add(Hash(204, role, pos, role is 0 or 3 ? prevPos : nextPos));
                output.Add(Hash(205, prevPos, pos, nextPos));

            }
        }

        output.EndSentence();
    }

    /// <summary>Digits fold to '0' and full-width ASCII to half-width, so n-grams generalise over numbers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Norm(ReadOnlySpan<char> text, int index)
    {
        if ((uint)index >= (uint)text.Length)
        {
            return index < 0 ? Pad : (uint)Pad + 1;
        }

        return NormalizeChar(text[index]);
    }

    /// <summary>The character as features see it: full-width ASCII as half-width, digits as '0', upper case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char NormalizeChar(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }

        return c is >= '0' and <= '9' ? '0' : char.ToUpperInvariant(c);
    }

    /// <summary>Character class: 0 pad, 1 digit, 2 Latin letter, 3 CJK, 4 punctuation/other, 5 Chinese numeral.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Kind(uint c)
    {
        if (c <= Pad + 1)
        {
            return 0;
        }

        if (c == '0')
        {
            return 1;
        }

        if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
        {
            return 2;
        }

        return c switch
        {
            '〇' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '百' or '千' or '万' or '亿' or '零' or '两' => 5,
            // c is always one normalised char (Norm), so the cast keeps it whole.
            _ when HanScript.IsHan((char)c) => 3,
            _ => 4,
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddIf(FeatureBuffer output, byte set, ClassTemplates template, ulong key)
    {
        if ((set & (byte)template) != 0)
        {
            output.Add(key);
        }
    }

    private static uint Bucket(int length) => (uint)Math.Min(length, 6);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Hash(uint template, uint a, uint b, uint c)
    {
        var h = (template * 0x9E3779B97F4A7C15UL) ^ a;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= ((ulong)b << 29) ^ ((ulong)c << 7);
        h *= 0x94D049BB133111EBUL;
        h ^= c;
        h ^= h >> 31;
        h *= 0xBF58476D1CE4E5B9UL;
        return h ^ (h >> 29);
    }
}
