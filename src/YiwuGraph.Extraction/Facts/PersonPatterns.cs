using YiwuGraph.Core;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Facts;

/// <summary>Person names anchored by a title, a role word, a speech verb or a list of anchored names.</summary>
internal static class PersonPatterns
{
    private static readonly string[] PersonFollowers =
    [
        "强调", "指出", "表示", "主持", "介绍", "透露", "说", "要求", "参加", "出席", "到场", "认为", "宣布", "致辞", "讲话", "提出",
        "在会上", "在主持", "等参加", "等出席", "同志", "一行", "代表",
    ];

    public static void FindPersons(string text, List<Token> tokens, List<FactMention> found)
    {
        var anchored = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<(Token Token, string Name)>();
        var previousAnchoredEnd = -1;
        foreach (var t in tokens)
        {
            var tag = t.Tag.Name;
            if (!tag.StartsWith("nr", StringComparison.Ordinal) || t.Length is < 2 or > 4)
            {
                continue;
            }

            var name = t.GetText(text);
            var titled = TitleLexicon.MatchEndingAt(text, t.Start) is not null
                || TitleLexicon.RoleWords.Any(r => t.Start >= r.Length && string.CompareOrdinal(text, t.Start - r.Length, r, 0, r.Length) == 0);
            if (!name.All(NameLexicon.IsHan) || !(NameLexicon.IsSurnameStart(name) || (titled && t.Length is 2 or 3)))
            {
                continue;
            }

            candidates.Add((t, name));
            var isAnchored = titled
                || (t.Start > 0 && text[t.Start - 1] == '、' && previousAnchoredEnd == t.Start - 1)
                || PersonFollowers.Any(f => string.CompareOrdinal(text, t.End, f, 0, f.Length) == 0)
                || TitleLexicon.TrailingTitles.Any(f => string.CompareOrdinal(text, t.End, f, 0, f.Length) == 0);
            if (isAnchored)
            {
                anchored.Add(name);
                previousAnchoredEnd = t.End;
            }
        }

        foreach (var (token, name) in candidates)
        {
            if (anchored.Contains(name))
            {
                found.Add(new FactMention(token.Range, EntityKind.Person, 0.85));
            }
        }

        // A name anchored once is the same name where jieba did not tag it.
        foreach (var name in anchored)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                found.Add(new FactMention(new TextRange(at, at + name.Length), EntityKind.Person, 0.8));
            }
        }
    }
}
