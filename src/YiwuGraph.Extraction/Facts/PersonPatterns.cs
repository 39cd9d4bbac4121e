using YiwuGraph.Core;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Extraction.Ner;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Facts;

/// <summary>Person names anchored by a title, a role word, a speech verb or a list of anchored names.</summary>
internal sealed partial class PersonPatterns(RuleLexicons lexicons)
{
    private readonly string[] PersonFollowers = [.. lexicons.Set.PersonCues.WordsOf("follower")];

    /// <summary>Words that may follow a name printed after a title, besides punctuation (<c>总经理蔡庆丰现场敲定</c>).</summary>
    private readonly string[] AfterTitledName = [.. lexicons.Set.PersonCues.WordsOf("after-titled-name")];

    private readonly HashSet<string> RoleWordSet = new(lexicons.Titles.RoleWords, StringComparer.Ordinal);

    /// <summary>Last characters of titles and role words: a word ending otherwise is neither.</summary>
    private readonly HashSet<char> TitleOrRoleLastChars = lexicons.Titles.Titles.Concat(lexicons.Titles.RoleWords).Select(w => w[^1]).ToHashSet();

    /// <summary>Characters that never start or sit inside a two- or three-character name.</summary>
    private const string NonNameChars = "是在为到从向把被将对于与及或等的了着过也都还就又和、，。";

    /// <summary>
    /// Single characters that end a transliterated name rather than continue it: those that never sit inside a
    /// name, and a few more that follow one (盖茨|则, 伊拉拉|时, 甘地|来).
    /// </summary>
    private const string TransliterationStops = NonNameChars + "则时来去说称曾已仍均有";

    /// <summary>Characters that after a surname name the family, not a person (news-persons.tsv, family-ending).</summary>
    private readonly string FamilyEndings = string.Concat(lexicons.Set.NewsPersons.WordsOf("family-ending"));

    /// <summary>Characters no name starts with (的, 在, 等: news-persons.tsv given-name-first-stop).</summary>
    private readonly string NameFirstStops = string.Concat(lexicons.Set.NewsPersons.WordsOf("given-name-first-stop"));

    /// <summary>A place the gazetteer or the world list knows, then 人: the people of that place (桂林人, 日本人).</summary>
    private bool IsDemonym(string name) =>
        name.Length >= 3 && name[^1] == '人'
        && (Gazetteer.PlaceGazetteer.Default.Names.ContainsKey(name[..^1]) || lexicons.World.FineTypeOf(name[..^1]) is not null);

    public void FindPersons(string text, List<Token> tokens, List<FactMention> found)
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
            var titled = lexicons.Titles.MatchEndingAt(text, t.Start) is not null
                || TextSpans.EndsWithAny(text.AsSpan(0, t.Start), lexicons.Titles.RoleWords);
            if (!HanScript.IsAllHan(name) || !(lexicons.Surnames.IsSurnameStart(name) || (titled && t.Length is 2 or 3)))
            {
                continue;
            }

            if (!titled && lexicons.World.FineTypeOf(name) is not null)
            {
                // jieba tags some countries as names (…率领的安哥拉/nr 新闻代表团); 安 is a surname, 安哥拉 is no person.
                continue;
            }

            if (!titled && lexicons.Names.TryGetOrganizationShortForm(name, out _))
            {
                // jieba tags some brands as names (沃尔沃/nr 宣布召回): a name organization-short-forms.tsv lists is the
                // organisation, which a speech verb after it does not make a person.
                continue;
            }

            if (!titled && (IsDemonym(name) || (name.Length == 2 && FamilyEndings.Contains(name[1], StringComparison.Ordinal))))
            {
                // 桂林人说起它便喜形于色: a place and 人 are its people; 孙家要求还车: a surname and 家 are the family.
                // MSRA dev pages PER 0.828 -> 0.829 (demonyms) -> 0.833 (families), CLUENER dev and the seed pages unchanged.
                continue;
            }

            candidates.Add((t, name));
            var isAnchored = titled
                || (t.Start > 0 && text[t.Start - 1] == '、' && previousAnchoredEnd == t.Start - 1)
                || TextSpans.StartsWithAny(text.AsSpan(t.End), PersonFollowers)
                || TextSpans.StartsWithAny(text.AsSpan(t.End), lexicons.Titles.NameAnchoringTitles);
            if (isAnchored)
            {
                anchored.Add(name);
                previousAnchoredEnd = t.End;
            }
        }

        var tokenEnds = new HashSet<int>(tokens.Count);
        foreach (var t in tokens)
        {
            tokenEnds.Add(t.End);
        }

        foreach (var name in NamesAfterTitles(text, tokens, tokenEnds).Concat(NameLists(text, tokens, tokenEnds)).Concat(PhotoCredits(text)))
        {
            anchored.Add(name);
        }

        AnchorSentenceMates(text, candidates, anchored);
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

    /// <summary>
    /// A name right after a title or role word that jieba broke into pieces (<c>总经理蔡|庆丰</c>, <c>演员曾|舜|晞</c>) or
    /// tagged as something else (<c>董事长江南春/ns</c>), and transliterated names with a middle dot
    /// (<c>州长吾肉孜阿力·哈西哈尔巴依</c>). The name must start with a surname, end on a word boundary and be followed
    /// by punctuation or a word that follows names.
    /// </summary>
    private IEnumerable<string> NamesAfterTitles(string text, List<Token> tokens, HashSet<int> tokenEnds)
    {
        foreach (var t in tokens)
        {
            var at = t.End;
            if (at >= text.Length || !TitleOrRoleLastChars.Contains(text[at - 1]) || !HanScript.IsHan(text[at]))
            {
                continue;
            }

            var isTitle = lexicons.Titles.MatchEndingAt(text, at) is { } title && title.Length <= t.Length + 2;
            var isRole = RoleWordSet.Contains(t.GetText(text));
            if (!isTitle && !isRole)
            {
                continue;
            }

            if (OfficeBeforeDottedName(text, at))
            {
                // 副秘书长兼国际禁毒署署长皮诺·阿拉奇: another office lies between this title and the dotted name, which
                // is read after that office, not from here (nor is a short name read here: 总统|廉政委员会主席…).
                continue;
            }

            var dotted = DottedName(text, at, tokens);
            if (dotted is not null)
            {
                yield return dotted;
                continue;
            }

            foreach (var length in new[] { 3, 2 })
            {
                var end = at + length;
                if (end > text.Length || !tokenEnds.Contains(end))
                {
                    continue;
                }

                var name = text[at..end];
                if (length == 3 && EndsWithNonNameWord(tokens, at, end))
                {
                    // 副秘书长陶晔|说, 主持人王玲|说: jieba cuts the third character off as a verb or particle of its own;
                    // 总经理李|明说: or reads it with the given name as a verb (明说), which no name ends in.
                    continue;
                }

                if (!HanScript.IsAllHan(name) || name.Any(c => NonNameChars.Contains(c, StringComparison.Ordinal)) || !lexicons.Surnames.IsSurnameStart(name)
                    || lexicons.Titles.Titles.Any(x => name.EndsWith(x, StringComparison.Ordinal)) || lexicons.Names.OrganizationSuffixOf(name) is not null
                    || lexicons.Names.PlaceSuffixOf(name) is not null)
                {
                    continue;
                }

                var followedWell = end == text.Length || !HanScript.IsHan(text[end])
                    || AfterTitledName.Concat(PersonFollowers).Any(f => string.CompareOrdinal(text, end, f, 0, f.Length) == 0);
                if (followedWell)
                {
                    yield return name;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether jieba's token ending at <paramref name="end"/> is one character of a word class no name ends in (a verb,
    /// an adverb, a particle), or a verb that starts inside the name read from <paramref name="at"/> (李|明说).
    /// </summary>
    private static bool EndsWithNonNameWord(List<Token> tokens, int at, int end)
    {
        foreach (var t in tokens)
        {
            if (t.End == end)
            {
                return t.Length == 1
                    ? t.Tag.Name.StartsWith('v') || t.Tag.Name is "p" or "c" or "d" or "r" or "f" or "m" or "q" || t.Tag.Name.StartsWith('u')
                    : t.Start > at && t.Tag.Name.StartsWith('v');
            }
        }

        return false;
    }

    /// <summary>Whether a title ends between <paramref name="at"/> and the middle dot of the Han run that starts there.</summary>
    private bool OfficeBeforeDottedName(string text, int at)
    {
        var end = at;
        while (end < text.Length && end - at < 20 && HanScript.IsHan(text[end]))
        {
            end++;
        }

        if (end >= text.Length || !NameLexicon.IsNameDot(text[end]))
        {
            return false;
        }

        for (var p = end - 2; p > at; p--)
        {
            if (lexicons.Titles.MatchEndingAt(text, p) is { Length: >= 2 })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>吾肉孜阿力·哈西哈尔巴依</c>: Han runs joined by a middle dot, ending at punctuation, at a word that follows
    /// names, or where jieba's words after the dot stop looking like a transliteration (科菲·安南|希望…, 比尔·盖茨|则).
    /// </summary>
    private string? DottedName(string text, int at, List<Token> tokens)
    {
        if (NameFirstStops.Contains(text[at], StringComparison.Ordinal))
        {
            // 首席执行官的克雷格·巴雷特: the title qualifies the name through 的; the tagger reads the name itself.
            return null;
        }

        var end = at;
        var dots = 0;
        while (end < text.Length && end - at < 20 && (HanScript.IsHan(text[end]) || NameLexicon.IsNameDot(text[end])))
        {
            dots += NameLexicon.IsNameDot(text[end]) ? 1 : 0;
            end++;
        }

        var dotAt = text.AsSpan(at, end - at).IndexOfAny(NameLexicon.NameDots) is var d and >= 0 ? at + d : -1;
        if (dotAt > 0)
        {
            // 吾肉孜阿力·哈西哈尔巴依陪同调研: the name ends where a word that follows names begins.
            for (var cut = dotAt + 3; cut < end; cut++)
            {
                if (AfterTitledName.Concat(PersonFollowers).Any(f => string.CompareOrdinal(text, cut, f, 0, f.Length) == 0))
                {
                    end = cut;
                    break;
                }
            }
        }

        if (dotAt > 0)
        {
            end = Math.Min(end, TransliterationEnd(text, tokens, dotAt + 1, end));

            // 索尼亚·甘地昨天在…, 司马义·艾买提今天下午: a time printed after the name (which jieba may even tag as a name) ends it.
            if (TimeExpressions.Find(text[(dotAt + 1)..end]).FirstOrDefault() is { Text: not null } time && time.Range.Start > 0)
            {
                end = dotAt + 1 + time.Range.Start;
            }
        }

        if (dotAt > 0 && tokens.Any(t => t.Start == at && t.End <= dotAt && t.Length >= 2 && t.Tag.Name == "n"))
        {
            // 中国画家丛书·方骏, 顾问|国家安全事务顾问罗伯特·麦克法兰: a run that opens with a common noun (丛书, 国家)
            // is no transliterated name; the title or role word before it is part of a compound or of a longer office.
            return null;
        }

        if (end < text.Length && HanScript.IsHan(text[end]) && end - at >= 20)
        {
            return null;
        }

        // The dot must lie inside the name as cut, with two characters before it.
        var dot = text.AsSpan(at, end - at).IndexOfAny(NameLexicon.NameDots);
        return dots != 1 || end - at < 5 || NameLexicon.IsNameDot(text[end - 1]) || dot < 2 ? null : text[at..end];
    }

    /// <summary>
    /// Where the part of a transliterated name that starts at <paramref name="start"/> ends: jieba words tagged as
    /// names or places, and single characters other than function words, up to <paramref name="limit"/>; a
    /// longer word of another kind (希望, 今天, 先生, 率领) is no longer the name.
    /// </summary>
    private int TransliterationEnd(string text, List<Token> tokens, int start, int limit)
    {
        var end = start;
        foreach (var token in tokens)
        {
            if (token.End <= start)
            {
                continue;
            }

            if (token.Start != end || token.End > limit)
            {
                break;
            }

            var tag = token.Tag.Name;
            var nameLike = tag.StartsWith("nr", StringComparison.Ordinal) || tag is "ns" or "nz"
                || (token.Length == 1 && !TransliterationStops.Contains(text[token.Start], StringComparison.Ordinal));
            if (!nameLike)
            {
                break;
            }

            end = token.End;
        }

        // A word that runs across the end of the scan keeps the old limit rather than cutting a name short.
        return end > start ? end : limit;
    }

    /// <summary>
    /// <c>，田亮、龚淑娟、罗祖盘、…、唐唐围绕…</c>: a list of at least three short items joined by <c>、</c>, each starting
    /// with a surname, most of which jieba tags as person names, is a list of people.
    /// </summary>
    private IEnumerable<string> NameLists(string text, List<Token> tokens, HashSet<int> tokenEnds)
    {
        var nameTokens = tokens.Where(t => t.Tag.Name.StartsWith("nr", StringComparison.Ordinal)).Select(t => t.Range).ToHashSet();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '、' || (i > 0 && text[i - 1] == '、'))
            {
                continue;
            }

            // Walk back to the first item: it starts after a non-Han character.
            var first = i;
            while (first > 0 && HanScript.IsHan(text[first - 1]) && i - first < 3)
            {
                first--;
            }

            if (first > 0 && HanScript.IsHan(text[first - 1]))
            {
                continue;
            }

            var items = new List<TextRange>();
            var start = first;
            var at = i;
            while (at < text.Length && text[at] == '、' && at - start is >= 2 and <= 3)
            {
                items.Add(new TextRange(start, at));
                start = at + 1;
                at = start;
                while (at < text.Length && HanScript.IsHan(text[at]) && at - start < 4)
                {
                    at++;
                }
            }

            // The last item ends at punctuation or on a word boundary before the verb that follows the list.
            var lastEnd = Enumerable.Range(start + 2, 2).FirstOrDefault(e => e <= text.Length && (e == text.Length || !HanScript.IsHan(text[e]) || tokenEnds.Contains(e)) && tokenEnds.Contains(e), -1);
            if (lastEnd > 0)
            {
                items.Add(new TextRange(start, lastEnd));
            }

            if (items.Count < 3 || items.Any(r => !lexicons.Surnames.IsSurnameStart(text.AsSpan(r.Start, r.Length)) || text.AsSpan(r.Start, r.Length).ContainsAny(NonNameChars.AsSpan())))
            {
                i = at;
                continue;
            }

            if (items.Count(nameTokens.Contains) * 2 >= items.Count)
            {
                foreach (var r in items)
                {
                    yield return text.Substring(r.Start, r.Length);
                }
            }

            i = at;
        }
    }

    /// <summary><c>何军杰导学了…</c>: a three-character name jieba tags as a person, in a sentence with people already anchored.</summary>
    private void AnchorSentenceMates(string text, List<(Token Token, string Name)> candidates, HashSet<string> anchored)
    {
        foreach (var (token, name) in candidates)
        {
            if (anchored.Contains(name) || name.Length != 3 || !token.Tag.Name.StartsWith("nr", StringComparison.Ordinal))
            {
                continue;
            }

            var start = text.LastIndexOfAny(['。', '！', '？', '\n'], Math.Max(0, token.Start - 1)) + 1;
            var end = text.IndexOfAny(['。', '！', '？', '\n'], token.End);
            end = end < 0 ? text.Length : end;
            var sentence = text[start..end];
            var mates = anchored.Count(a => a != name && sentence.Contains(a, StringComparison.Ordinal));
            if (mates >= 2)
            {
                anchored.Add(name);
            }
        }
    }

    /// <summary>
    /// <c>昨日，市公安局举行升旗仪式。 全媒体记者 陈张彪 通讯员 王荐斐 摄</c>: a credit printed after a caption, each
    /// name after its role and before the next role or the closing 摄.
    /// </summary>
    private IEnumerable<string> PhotoCredits(string text)
    {
        foreach (System.Text.RegularExpressions.Match m in CreditPattern().Matches(text))
        {
            if (lexicons.Surnames.IsSurnameStart(m.Groups["name"].Value))
            {
                yield return m.Groups["name"].Value;
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:全媒体记者|特约记者|记者|通讯员|实习生)[ \u3000]+(?<name>[\u4e00-\u9fff]{2,3})(?=[ \u3000]*摄|[ \u3000]+(?:全媒体记者|特约记者|记者|通讯员|实习生)[ \u3000])")]
    private static partial System.Text.RegularExpressions.Regex CreditPattern();
}
