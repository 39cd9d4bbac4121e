using YiwuGraph.Core;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Ner.News;

/// <summary>
/// Titles anchor names: <c>市委书记叶帮锐</c>, <c>董事长何庆</c>, <c>全媒体记者 谭祉潇</c>, lists such as
/// <c>市领导丁政、陈小忠、杨献等</c>, and photo credits <c>吕斌 摄</c>. A name is a known surname plus one or
/// two given-name characters, cut before characters that start the next word (在, 等, 表示 …).
/// </summary>
internal sealed class PersonRules
{
    // Characters that cannot end a given name here because they begin the verb or particle that follows it.
    private readonly string stopChars;

    // Characters that cannot start a given name (的, 在, 等).
    private readonly string firstStopChars;

    /// <summary>Credits printed after a space and a name at the end of a line (<c>吕斌 摄</c>), with that space.</summary>
    private readonly string[] photoCredits;

    private readonly NerLexicons surnames;

    public PersonRules(LexiconSet lexicons, NerLexicons surnames)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(surnames);
        var words = lexicons.NewsPersons;
        stopChars = string.Concat(words.WordsOf("given-name-stop"));
        firstStopChars = string.Concat(words.WordsOf("given-name-first-stop"));
        photoCredits = [.. words.WordsOf("photo-credit").Select(c => " " + c)];
        this.surnames = surnames;
    }

    private static readonly HashSet<string> NonNamePos = new(StringComparer.Ordinal)
    {
        "a", "ad", "an", "d", "v", "vd", "vi", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "m", "mq", "q", "r", "rr", "rz", "t", "f", "l", "i", "x", "eng", "y", "e", "o", "z", "s", "ns", "nt",
    };

    public void Find(LineContext context, CharLexicon titles)
    {
        var line = context.Line;
        var titleMatches = context.Matches;
        titleMatches.Reset(line.Length);
        titles.Annotate(line, titleMatches);
        for (var end = 1; end <= line.Length; end++)
        {
            var titleLength = titleMatches.EndLength(end - 1, LexiconClass.Title);
            if (titleLength == 0)
            {
                continue;
            }

            var start = end;
            while (start < line.Length && start - end < 2 && line[start] is ' ' or '\u3000' or '\t')
            {
                start++;
            }

            var title = line.Substring(end - titleLength, titleLength);
            var name = NameAt(context, start, spaced: start > end);
            while (name > 0)
            {
                context.Candidates.Add(new MentionCandidate(start, start + name, MentionType.Person, 90, 0.9, "title") { Title = title, FineType = "person" });
                // Lists after a title: 市领导丁政、陈小忠、杨献等 share the title.
                var next = start + name;
                if (next + 1 < line.Length && line[next] == '、')
                {
                    start = next + 1;
                    name = NameAt(context, start, spaced: false);
                    if (name > 0 && !EndsListItem(line, start + name))
                    {
                        break;
                    }
                }
                else
                {
                    break;
                }
            }
        }

        FindPhotoCredits(context);
    }

    /// <summary><c>吕斌 摄</c> / <c>林晓燕 文/摄</c> at the end of a line.</summary>
    private void FindPhotoCredits(LineContext context)
    {
        var line = context.Line.TrimEnd();
        foreach (var marker in photoCredits)
        {
            if (!line.EndsWith(marker, StringComparison.Ordinal))
            {
                continue;
            }

            var end = line.Length - marker.Length;
            var start = end;
            while (start > 0 && HanScript.IsHan(line[start - 1]) && end - start < 4)
            {
                start--;
            }

            if (end - start is >= 2 and <= 3 && (start == 0 || !HanScript.IsHan(line[start - 1])) && surnames.IsSingleSurname(line[start]))
            {
                context.Candidates.Add(new MentionCandidate(start, end, MentionType.Person, 85, 0.85, "title") { Title = "摄", FineType = "person" });
            }
        }
    }

    /// <summary>Length (2–4) of a plausible name starting at <paramref name="start"/>, or 0.</summary>
    private int NameAt(LineContext context, int start, bool spaced)
    {
        var line = context.Line;
        if (start >= line.Length || !HanScript.IsHan(line[start]))
        {
            return 0;
        }

        var surname = start + 2 < line.Length && surnames.StartsWithDoubleSurname(line.AsSpan(start)) ? 2 : surnames.IsSingleSurname(line[start]) ? 1 : 0;
        if (surname == 0)
        {
            return 0;
        }

        var token = context.TokenStartingAt(start);
        if (token < 0 && !spaced)
        {
            // The surname is glued into a longer word (党员干部): not a name.
            return 0;
        }

        if (token >= 0 && context.Tokens[token].Length == 1 && !spaced && context.Pos(token) is "p" or "c" or "d" or "r" or "u" or "uj" or "v" or "f")
        {
            // 向观众, 对…: the "surname" is a preposition or adverb here.
            return 0;
        }

        if (token >= 0 && context.Tokens[token].Length >= 2 && !context.Pos(token).StartsWith("nr", StringComparison.Ordinal)
            && (NonNamePos.Contains(context.Pos(token)) || (!spaced && context.DictionaryTag(token) is not null)))
        {
            // 干部, 全面, 任浙江 …: the characters after the title form an ordinary word.
            return 0;
        }

        var given = 0;
        while (given < 2 && start + surname + given < line.Length)
        {
            var c = line[start + surname + given];
            if (!HanScript.IsHan(c) || (given > 0 && !spaced && stopChars.Contains(c, StringComparison.Ordinal)) || (given == 0 && firstStopChars.Contains(c, StringComparison.Ordinal)))
            {
                break;
            }

            given++;
        }

        if (spaced)
        {
            // A byline name runs to the next space or line end; reject longer runs.
            var end = start + surname + given;
            if (end < line.Length && HanScript.IsHan(line[end]))
            {
                return 0;
            }
        }

        if (given == 0)
        {
            return 0;
        }

        // A jieba word that starts inside the name and runs past it (何庆|透露) ends the name where it starts;
        // one that is a place or organisation (任|浙江) means there is no name.
        var length = surname + given;
        for (var p = start + 1; p < start + length; p++)
        {
            var t = context.TokenStartingAt(p);
            if (t < 0)
            {
                continue;
            }

            if (!spaced && context.Pos(t) is "ns" or "nt")
            {
                return 0;
            }

            if (context.Tokens[t].End > start + length && !spaced)
            {
                length = p - start;
                break;
            }
        }

        return length >= 2 ? length : 0;
    }

    private static bool EndsListItem(string line, int end) => end >= line.Length || line[end] is '、' or '等' or '，' or ',' or '。' or ' ' or '和' or '及';
}
