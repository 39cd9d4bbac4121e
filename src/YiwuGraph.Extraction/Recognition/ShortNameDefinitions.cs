using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// The words of one <see cref="LexiconSet"/>'s <c>short-name-definitions.tsv</c> as the readers of short-name brackets
/// use them: the words a bracket opens with to define the short name that follows (以下简称, 下称, 簡稱), longest first,
/// and the labels a filing's bracket prints before its stock code (证券代码). Finds the brackets of a text that can
/// define a short name (<see cref="In"/>) and drops those that state one from a phrase (<see cref="WithoutDefinitions"/>).
/// Immutable: one instance serves every worker of a pipeline.
/// </summary>
public sealed class ShortNameDefinitions
{
    private const int MaxShortNameLength = 6;

    private static readonly Lazy<ShortNameDefinitions> Embedded = new(() => new ShortNameDefinitions(LexiconSet.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The defining words, longest first (then in ordinal order), so that 以下简称 is read before 简称.</summary>
    private readonly string[] definingWords;

    private readonly string[] codeLabels;

    public ShortNameDefinitions(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        definingWords = [.. lexicons.ShortNameDefinitions.WordsOf("defining").OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];
        codeLabels = [.. lexicons.ShortNameDefinitions.WordsOf("code-label")];
    }

    /// <summary>The embedded lists' words (<see cref="LexiconSet.Default"/>).</summary>
    public static ShortNameDefinitions Default => Embedded.Value;

    /// <summary>The words of <paramref name="lexicons"/>: the shared <see cref="Default"/> for the embedded lists.</summary>
    public static ShortNameDefinitions For(LexiconSet lexicons) => lexicons == LexiconSet.Default ? Default : new ShortNameDefinitions(lexicons);

    /// <summary>The brackets of <paramref name="text"/> that hold a possible short name: 2 to 6 Han characters, after the defining words if any.</summary>
    public DefinedShortNames In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new Dictionary<int, DefinedShortNames.Bracket>();
        for (var open = text.IndexOfAny(['（', '(']); open >= 0; open = text.IndexOfAny(['（', '('], open + 1))
        {
            if (BracketAt(text, open) is { } bracket)
            {
                candidates.Add(open, bracket);
            }
        }

        return new DefinedShortNames(text, candidates);
    }

    /// <summary>
    /// <paramref name="phrase"/> without the brackets that open with a defining word, whatever they hold
    /// (<c>义乌市海内外高层次人才联谊会（以下简称“海高会”）成立大会</c> → <c>义乌市海内外高层次人才联谊会成立大会</c>,
    /// and <c>（以下简称《办法》）</c> too): a name read across such a bracket is the name without it.
    /// </summary>
    public string WithoutDefinitions(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var result = new System.Text.StringBuilder(phrase.Length);
        var from = 0;
        for (var open = phrase.IndexOfAny(['（', '(']); open >= 0; open = phrase.IndexOfAny(['（', '('], open + 1))
        {
            var close = phrase.IndexOfAny(['）', ')'], open + 1);
            if (close >= 0 && DefiningWordAt(phrase.AsSpan(open + 1, close - open - 1)) is not null)
            {
                result.Append(phrase, from, open - from);
                from = close + 1;
                open = close;
            }
        }

        return from == 0 ? phrase : result.Append(phrase, from, phrase.Length - from).ToString();
    }

    /// <summary>The bracket opening at <paramref name="open"/> if it holds a possible short name, or null: whatever name it follows.</summary>
    private DefinedShortNames.Bracket? BracketAt(string text, int open)
    {
        var close = text.IndexOfAny(['）', ')'], open + 1);
        if (close < 0)
        {
            return null;
        }

        // （以下简称“宁德时代”）: the defining words and the quotes around the short name are no part of it.
        var inside = text.AsSpan(open + 1, close - open - 1);
        var words = DefiningWordAt(inside);
        if (words is not null)
        {
            inside = inside[words.Length..].TrimStart('：').Trim("“”\"'‘’「」");
        }
        else if (TextSpans.StartsWithAny(inside, codeLabels) && LastDefiningWord(inside) is var (at, word))
        {
            // （证券代码：300103证券简称：达刚路机）: the short name follows the code, after its own defining word.
            words = word;
            inside = inside[(at + word.Length)..].TrimStart("：: ").Trim("“”\"'‘’「」");
        }

        return inside.Length is >= 2 and <= MaxShortNameLength && HanScript.IsAllHan(inside)
            ? new DefinedShortNames.Bracket(inside.ToString(), close, words is not null)
            : null;
    }

    /// <summary>The last defining word inside a bracket and where it stands, or null.</summary>
    private (int At, string Word)? LastDefiningWord(ReadOnlySpan<char> inside)
    {
        (int At, string Word)? last = null;
        foreach (var word in definingWords)
        {
            var at = inside.LastIndexOf(word, StringComparison.Ordinal);
            if (at > 0 && (last is null || at > last.Value.At))
            {
                last = (at, word);
            }
        }

        return last;
    }

    /// <summary>The (longest) defining word <paramref name="inside"/> of a bracket opens with, or null.</summary>
    private string? DefiningWordAt(ReadOnlySpan<char> inside)
    {
        foreach (var words in definingWords)
        {
            if (inside.StartsWith(words, StringComparison.Ordinal))
            {
                return words;
            }
        }

        return null;
    }
}
