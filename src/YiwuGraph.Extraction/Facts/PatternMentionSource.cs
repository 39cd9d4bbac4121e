using YiwuGraph.Core;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Finds persons, organisations and places with patterns over jieba's POS tokens: names that a title or a
/// speech verb anchors (<see cref="PersonPatterns"/>), organisation names closed by an organisation suffix
/// (<see cref="OrganizationPatterns"/>), administrative places, venues and home references
/// (<see cref="PlacePatterns"/>). The fallback when no statistical recognizer is plugged in, and a second
/// opinion when one is.
/// </summary>
public sealed class PatternMentionSource : ITokenMentionSource
{
    /// <summary>The word that, after a city or county, stands for its public security bureau.</summary>
    public const string PoliceWord = "公安";

    // What may follow 公安 when it is not the bureau's short name: 公安局, 公安厅, 公安部, 公安分局, 公安机关,
    // 公安干警, 公安民警, 公安系统, 公安工作, 公安队伍.
    private const string NotPoliceShortForm = "局厅部分机干民系工队";

    private readonly JiebaSegmenter segmenter;
    private readonly PlacePatterns placePatterns;
    private readonly OrganizationPatterns organizationPatterns;
    private readonly CompanyPatterns companyPatterns;
    private readonly PersonPatterns personPatterns;
    private readonly NameLexicon names;

    /// <summary>The patterns over <paramref name="segmenter"/>'s tokens, reading <paramref name="lexicons"/> (the embedded lists when null).</summary>
    public PatternMentionSource(JiebaSegmenter segmenter, HomeContext? home = null, PlaceDirectory? places = null, RuleLexicons? lexicons = null)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        this.segmenter = segmenter;
        lexicons ??= RuleLexicons.Default;
        placePatterns = new PlacePatterns(home ?? HomeContext.None, places, lexicons);
        organizationPatterns = new OrganizationPatterns(lexicons);
        companyPatterns = new CompanyPatterns(lexicons);
        personPatterns = new PersonPatterns(lexicons);
        names = lexicons.Names;
    }

    public JiebaSegmenter Segmenter => segmenter;

    public IReadOnlyList<FactMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Find(text, segmenter.CutWithPos(text));
    }

    public IReadOnlyList<FactMention> Find(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        // The patterns index into a list; a pipeline's tokens are one already.
        var list = tokens as List<Token> ?? [.. tokens];
        var found = new List<FactMention>();
        placePatterns.FindPlaces(text, list, found);
        organizationPatterns.FindOrganizations(text, list, found);
        companyPatterns.FindCompanies(text, list, found);
        personPatterns.FindPersons(text, list, found);
        found.AddRange(PoliceShortForms(text, found));
        found.AddRange(ListedShortForms(text, list, names, segmenter.Dictionary));
        found.AddRange(BrandsInCompanyContext(text, list, names.CompanySenses));
        found.AddRange(LatinCompaniesInCompanyContext(text, list, names.CompanySenses));
        var resolved = MentionSet.Resolve(found);
        var shortForms = ShortForms(text, resolved, names);
        return shortForms.Count == 0 ? resolved : MentionSet.Resolve(resolved.Concat(shortForms));
    }

    /// <summary>
    /// Short names of well-known organisations (<c>organization-short-forms.tsv</c>: 央行, 工行, 证监会) where they stand as
    /// whole jieba words (<c>银|保监会</c> is two), with the list's type as fine type; <see cref="EntityResolver"/> names
    /// them by the full name. With <paramref name="dictionary"/>, also one that jieba glued to a preposition or
    /// conjunction before it (<c>谷歌|和雅虎/nr</c>): a word whose first character the dictionary tags <c>p</c> or
    /// <c>c</c> and whose rest is a listed name is that character and the name.
    /// </summary>
    public static List<FactMention> ListedShortForms(string text, IReadOnlyList<Token> tokens, NameLexicon names, JiebaDictionary? dictionary = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(names);
        var result = new List<FactMention>();
        var taken = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var start = tokens[i].Start;
            if (start < taken)
            {
                continue;
            }

            // Every span from this word's start to the end of a later word, up to the longest short name; then, where
            // jieba glued a preposition or conjunction to the word, the same from the character after it.
            if (!TryAddListed(text, tokens, i, start, names, result, ref taken)
                && dictionary is not null && GluedToFunctionWord(text, tokens[i], dictionary))
            {
                TryAddListed(text, tokens, i, start + 1, names, result, ref taken);
            }
        }

        return result;
    }

    /// <summary>A listed short name from <paramref name="start"/> to the end of word <paramref name="first"/> or a later one.</summary>
    private static bool TryAddListed(string text, IReadOnlyList<Token> tokens, int first, int start, NameLexicon names, List<FactMention> result, ref int taken)
    {
        for (var j = first; j < tokens.Count && tokens[j].End - start <= names.LongestOrganizationShortForm; j++)
        {
            if (names.TryGetOrganizationShortForm(text.AsSpan(start, tokens[j].End - start), out var form))
            {
                result.Add(new FactMention(new TextRange(start, tokens[j].End), EntityKind.Organization, 0.8, form.Type));
                taken = tokens[j].End;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="token"/> is a word of three characters or more that opens with a character
    /// <paramref name="dictionary"/> tags as a preposition or conjunction (和, 与, 及, 在): jieba's model for unknown
    /// words glues such a character to the name after it, and its dictionary holds some of those glued words as names
    /// (和雅虎/nr), so whether the dictionary knows the word does not tell; the rest must be a listed name whole.
    /// </summary>
    private static bool GluedToFunctionWord(string text, Token token, JiebaDictionary dictionary)
    {
        var word = token.Slice(text);
        return word.Length >= 3 && HanScript.IsHan(word[0]) && dictionary.GetTag(word[..1])?.Name is "p" or "c";
    }

    /// <summary>
    /// Brands with a second sense (company-senses.tsv: 苹果, 大众, 丰田) where the sentence makes them the company: a
    /// cue noun right after the brand (<c>苹果官方</c>, <c>小米副总裁</c>), or a company's verb right after it or after
    /// adverbs, a time word, or 在/向 and up to three nouns (<c>苹果发布</c>, <c>松下在北京正式发布</c>,
    /// <c>苹果向开发者发布</c>); a car maker's group before the brand joins it (<c>一汽丰田召回</c>). Whole jieba words
    /// only, so 苹果园 and 大众化 are none.
    /// </summary>
    public static List<FactMention> BrandsInCompanyContext(string text, IReadOnlyList<Token> tokens, CompanySenses senses)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(senses);
        var result = new List<FactMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!senses.IsBrand(tokens[i].Slice(text)))
            {
                continue;
            }

            var start = i;
            while (start > 0 && senses.IsGroup(tokens[start - 1].Slice(text)))
            {
                start--;
            }

            if (!InCompanyContext(text, tokens, start, i, senses))
            {
                continue;
            }

            result.Add(new FactMention(new TextRange(tokens[start].Start, tokens[i].End), EntityKind.Organization, 0.8, "company"));
        }

        return result;
    }

    /// <summary>
    /// Companies printed in Latin letters that open a clause as the subject of a company's verb with its object
    /// (<c>Uber宣布裁减435名员工</c>, <c>Bose推出便携式音箱</c>, <c>First Solar宣布收购</c>): capitalised words without digits,
    /// spaces between them, none of company-senses.tsv's latin-not-name words (<c>CEO</c>, <c>APP</c>, product tails
    /// such as <c>Pro</c>); a verb with nothing after it is a product's launch (<c>AirPods Pro发布之后</c>).
    /// </summary>
    public static List<FactMention> LatinCompaniesInCompanyContext(string text, IReadOnlyList<Token> tokens, CompanySenses senses)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(senses);
        var result = new List<FactMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Tag != PosTag.English || (i > 0 && tokens[i - 1].Tag == PosTag.English) || (i > 1 && IsSpace(text, tokens[i - 1]) && tokens[i - 2].Tag == PosTag.English))
            {
                continue;
            }

            // The run of Latin words from here, a single space between two (a token of its own).
            var last = i;
            while (last + 2 < tokens.Count && IsSpace(text, tokens[last + 1]) && tokens[last + 2].Tag == PosTag.English)
            {
                last += 2;
            }

            var start = i;
            i = last;
            if (!IsLatinName(text, tokens, start, last, senses) || InsideAPhrase(text, tokens, start)
                || !InCompanyContext(text, tokens, start, last, senses, latin: true) || !HasObject(text, tokens, last, senses))
            {
                continue;
            }

            result.Add(new FactMention(new TextRange(tokens[start].Start, tokens[last].End), EntityKind.Organization, 0.8, "company"));
        }

        return result;
    }

    /// <summary>
    /// Whether the Latin name at <paramref name="start"/> is glued to what stands before it (<c>T-Mobile</c>,
    /// <c>M-Byte</c>) or lies in a 在/于/从 phrase of its clause (<c>Rokid在北美AWE发布</c>: the fair, not the company).
    /// </summary>
    private static bool InsideAPhrase(string text, IReadOnlyList<Token> tokens, int start)
    {
        var at = tokens[start].Start;
        if (at > 0 && (char.IsAsciiLetterOrDigit(text[at - 1]) || text[at - 1] is '-' or '_' or '.' or '&' or '@' or '/' or '\''))
        {
            return true;
        }

        for (var k = start - 1; k >= 0 && k >= start - 3 && tokens[k].Tag != PosTag.X; k--)
        {
            if (tokens[k].Slice(text) is "在" or "于" or "从" or "到" or "对" or "给")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSpace(string text, Token token) => token.Length == 1 && text[token.Start] == ' ';

    private static bool IsLatinName(string text, IReadOnlyList<Token> tokens, int first, int last, CompanySenses senses)
    {
        for (var k = first; k <= last; k += 2)
        {
            var word = tokens[k].Slice(text);
            if (!char.IsAsciiLetterUpper(word[0]) || word.ContainsAnyExcept(LatinLetters) || senses.IsLatinNotName(word))
            {
                return false;
            }
        }

        return tokens[last].End - tokens[first].Start >= 2;
    }

    private static readonly System.Buffers.SearchValues<char> LatinLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Whether the company's verb after the name at <paramref name="last"/> has something after it in its clause.</summary>
    private static bool HasObject(string text, IReadOnlyList<Token> tokens, int last, CompanySenses senses)
    {
        var k = last + 1;
        while (k < tokens.Count && tokens[k].Tag != PosTag.X && !senses.IsVerbCue(tokens[k].Slice(text)))
        {
            k++;
        }

        if (k >= tokens.Count || tokens[k].Tag == PosTag.X)
        {
            // No company verb in the name's clause (Uber官方: a noun cue alone does not make a Latin name a company).
            return false;
        }

        k++;
        if (k < tokens.Count && tokens[k].Slice(text) is "了")
        {
            k++;
        }

        return k < tokens.Count && tokens[k].Tag != PosTag.X && !senses.IsLaunchFollower(tokens[k].Slice(text));
    }

    /// <summary>
    /// Whether the words around the brand at <paramref name="brand"/> (with its group from <paramref name="start"/>) make
    /// it the company.
    /// </summary>
    private static bool InCompanyContext(string text, IReadOnlyList<Token> tokens, int start, int brand, CompanySenses senses, bool latin = false)
    {
        var next = brand + 1;
        if (next >= tokens.Count)
        {
            return false;
        }

        if (senses.IsNounCue(tokens[next].Slice(text)))
        {
            return true;
        }

        // A verb's subject opens its clause or follows a time, a place, a conjunction or the noun it stands for
        // (科技巨头苹果, 交互科技公司Rokid); after a preposition, a verb, another common noun, an adjective or 的 the
        // brand is an object or a modifier (面向社会大众发布, 向大众推出).
        if (start > 0 && !senses.IsAppositionHead(tokens[start - 1].Slice(text)) && tokens[start - 1].Tag.Name is ['p', ..] or ['v', ..] or "n" or "vn" or "an" or ['a', ..] or ['u', ..])
        {
            return false;
        }

        var phraseUsed = false;
        for (var k = next; k < tokens.Count && k < next + 8; k++)
        {
            var word = tokens[k].Slice(text);
            if (senses.IsVerbCue(word) && !(latin && senses.IsAnnouncement(word)))
            {
                return true;
            }

            // A Latin name may be a player's or a star's (MLXG宣布退役): for it 宣布 is only an adverb before the company's verb.
            if (senses.IsAdverb(word) || (latin && senses.IsAnnouncement(word)) || tokens[k].Tag.Name == "t")
            {
                continue;
            }

            if (!phraseUsed && word is "在" or "向")
            {
                // 在北京, 向开发者: up to three nouns (places, names, common nouns) and the verb or an adverb after them.
                phraseUsed = true;
                var nouns = 0;
                while (k + 1 < tokens.Count && nouns < 3 && tokens[k + 1].Tag.Name is "n" or "ns" or "nr" or "nt" or "nz" or "nrt" or "eng" or "s" or "f")
                {
                    k++;
                    nouns++;
                }

                if (nouns > 0)
                {
                    continue;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>
    /// <c>义乌公安</c>: a city or county followed by 公安 names that place's public security bureau the way the news
    /// says it for short (not 公安局, 公安分局, 公安机关, 公安干警 …, which other patterns read);
    /// <see cref="EntityResolver"/> gives it the bureau's full name.
    /// </summary>
    public static List<FactMention> PoliceShortForms(string text, IReadOnlyList<FactMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var result = new List<FactMention>();
        foreach (var m in mentions)
        {
            var end = m.Range.End;
            if (m.Kind != EntityKind.Place || !text.AsSpan(end).StartsWith(PoliceWord, StringComparison.Ordinal)
                || (end + 2 < text.Length && NotPoliceShortForm.Contains(text[end + 2], StringComparison.Ordinal))
                || text[end - 1] is '省' or '镇' or '乡' or '村' or '街' or '道')
            {
                continue;
            }

            result.Add(new FactMention(new TextRange(m.Range.Start, end + 2), EntityKind.Organization, 0.7));
        }

        return result;
    }

    /// <summary>
    /// <c>领克工厂</c> where the article names <c>领克汽车义乌工厂</c>: the start of a full organisation name joined to its
    /// head noun is a short form of it. Only such reductions of a name printed in the same article are read, so a
    /// short form needs that evidence; <see cref="EntityResolver"/> links it to the full name.
    /// </summary>
    public static List<FactMention> ShortForms(string text, IReadOnlyList<FactMention> mentions, NameLexicon names)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(names);
        var result = new List<FactMention>();
        var occupied = new bool[text.Length + 1];
        foreach (var m in mentions)
        {
            occupied.AsSpan(m.Range.Start, m.Range.Length).Fill(true);
        }

        foreach (var name in mentions.Where(m => m.Kind == EntityKind.Organization).Select(m => m.GetText(text)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var head = names.OrganizationSuffixOf(name);
            if (head is null || head.Length < 2 || name.Length - head.Length < 4 || !HanScript.IsAllHan(name))
            {
                continue;
            }

            for (var k = 2; k < name.Length - head.Length; k++)
            {
                var shortForm = name[..k] + head;
                for (var at = text.IndexOf(shortForm, StringComparison.Ordinal); at >= 0; at = text.IndexOf(shortForm, at + shortForm.Length, StringComparison.Ordinal))
                {
                    if (!occupied.AsSpan(at, shortForm.Length).Contains(true))
                    {
                        result.Add(new FactMention(new TextRange(at, at + shortForm.Length), EntityKind.Organization, 0.6));
                    }
                }
            }
        }

        return result;
    }
}
