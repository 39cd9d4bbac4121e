using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Extraction.Pipeline;

/// <summary>
/// Reads one article's facts: runs <see cref="NewsPipeline"/> over its body (and, for recognition and linking
/// only, over each headline), then adds what the article's frame says (bylines, credits). Pure and thread-safe, so
/// articles can be read in parallel and merged in order.
/// </summary>
public sealed class ArticleFactExtractor
{
    private readonly HomeContext home;
    private readonly PlaceDirectory? places;
    private readonly IReadOnlyList<string> homeAnchors;
    private readonly RuleLexicons lexicons;
    private readonly Recognition.CompanyShortForms brands;
    private readonly TraditionalChinese chinese = TraditionalChinese.Default;

    /// <summary>
    /// Reads articles with <paramref name="pipeline"/>; bylines are read with <paramref name="lexicons"/> (the
    /// embedded lists when null), which should be the lists the pipeline was built with.
    /// </summary>
    public ArticleFactExtractor(NewsPipeline pipeline, HomeContext home, RuleLexicons? lexicons = null)
        : this(pipeline, home, lexicons, null)
    {
    }

    /// <summary>
    /// Reads articles as <see cref="ArticleFactExtractor(NewsPipeline, HomeContext, RuleLexicons?)"/> does, and with
    /// <paramref name="places"/> (the directory the pipeline links with) tells which gazetteer place an office signed
    /// under an article is of (<see cref="ArticleFacts.SignedPlaces"/>).
    /// </summary>
    public ArticleFactExtractor(NewsPipeline pipeline, HomeContext home, RuleLexicons? lexicons, PlaceDirectory? places)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(home);
        const NewsAnnotation Facts = NewsAnnotation.Entities | NewsAnnotation.Positions | NewsAnnotation.Events | NewsAnnotation.Relations;
        if ((pipeline.Provides & Facts) != Facts)
        {
            throw new ArgumentException($"The pipeline ({pipeline}) does not add {Facts & ~pipeline.Provides}.", nameof(pipeline));
        }

        Pipeline = pipeline;
        this.home = home;
        this.places = places;
        homeAnchors = places?.HomeAnchors(home) ?? [];
        this.lexicons = lexicons ?? RuleLexicons.Default;
        brands = new Recognition.CompanyShortForms(this.lexicons, Gazetteer.PlaceGazetteer.Default);
    }

    /// <summary>The standard pipeline with <paramref name="mentions"/> as the only mention source.</summary>
    public ArticleFactExtractor(IMentionSource mentions, HomeContext home, PlaceDirectory? places = null)
        : this(NewsPipelines.WithMentions(mentions, home, places), home)
    {
    }

    public NewsPipeline Pipeline { get; }

    public ArticleFacts Extract(Article article, DateOnly? publication)
    {
        ArgumentNullException.ThrowIfNull(article);

        // A Taiwan or Hong Kong article is read in simplified characters (the lists and models know those), while
        // its entities keep the forms printed, as aliases, beside simplified names that match other papers'.
        var traditional = chinese.IsTraditional(article.Text);
        var document = Pipeline.Run(new NewsDocument(article, publication, ReadAs(article, traditional)));
        var entities = traditional ? Printed(document.Entities, article.Text) : document.Entities;
        var authors = Authors(article);
        return new ArticleFacts
        {
            Article = article,
            Entities = entities,
            Positions = document.Positions,
            Events = document.Events,
            Relations = document.Relations,
            PublicationDate = publication,
            AuthorPositions = authors,
            SignedPlaces = SignedPlaces(authors, entities, document),
            HeadlineEntities = Headlines(article, document, entities, traditional),
            CreditedOrganizations = Credited(article),
            ReportingOutlets = Outlets(article),
        };
    }

    /// <summary>
    /// What the stages read of the body when it is not the body as printed: simplified characters for a traditional
    /// article, and the lead's credit bracket (<c>【記者王大明／台北報導】</c>) blanked out but for the reporters' names,
    /// so that no name of the lead runs into it, and closed as a sentence.
    /// Same length as the body, so every range holds for both. Null when the body is read as it is.
    /// </summary>
    private string? ReadAs(Article article, bool traditional)
    {
        if (!traditional && article.LeadCredit is null)
        {
            return null;
        }

        var text = traditional ? chinese.ToSimplified(article.Text).ToCharArray() : article.Text.ToCharArray();
        if (article.LeadCredit is { } credit)
        {
            // The names stay: a credited reporter is printed in the article (and counted as its mention).
            var keep = new bool[credit.Length];
            var bracket = article.Text.AsSpan(credit.Start, credit.Length);
            foreach (var name in article.Reporters)
            {
                for (var at = bracket.IndexOf(name, StringComparison.Ordinal); at >= 0; at = NextIndexOf(bracket, name, at + 1))
                {
                    keep.AsSpan(at, name.Length).Fill(true);
                }
            }

            for (var i = 0; i < credit.Length; i++)
            {
                text[credit.Start + i] = keep[i] ? text[credit.Start + i] : '\u3000';
            }

            // The credit ends a sentence of its own (its closing bracket read as 。), so the lead's first clause, and the
            // event named after it, starts after the reporters, not with them (新华社北京12月3日电（记者张晓松、朱基钗）李强…).
            if (credit.Length > 0 && !keep[^1])
            {
                text[credit.End - 1] = '。';
            }
        }

        return new string(text);
    }

    private static int NextIndexOf(ReadOnlySpan<char> text, string value, int from) =>
        from >= text.Length || text[from..].IndexOf(value, StringComparison.Ordinal) is var i && i < 0 ? -1 : from + i;

    /// <summary>Entities read from a converted text, with the surfaces printed in <paramref name="printed"/> (same ranges).</summary>
    private static List<EntityRef> Printed(IReadOnlyList<EntityRef> entities, string printed) =>
        [.. entities.Select(e => e with { Surface = printed[e.Range.Start..e.Range.End] })];

    /// <summary>Desk words that follow a paper's name in a signature (<c>浙江日报评论员</c>).</summary>
    private static readonly string[] DeskWords = ["特约评论员", "评论员", "特约记者", "记者"];

    /// <summary><c>来源：浙江宣传</c> and <c>浙江日报评论员</c>: the paper or outlet an article comes from is an organisation.</summary>
    private static List<string> Credited(Article article)
    {
        var result = Outlets(article);
        foreach (var author in article.Authors.Where(a => a.Name is null))
        {
            var desk = DeskWords.FirstOrDefault(d => author.Title.EndsWith(d, StringComparison.Ordinal));
            var name = desk is null ? null : author.Title[..^desk.Length].Trim();
            if (name is { Length: >= 2 } && HanScript.IsAllHan(name) && !name.StartsWith('本'))
            {
                result.Add(name);
            }
        }

        return [.. result.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The source an article's attribution line names (<c>来源：浙江宣传</c>) and the outlets of its bylines (<c>澎湃新闻记者</c>).</summary>
    private static List<string> Outlets(Article article)
    {
        var result = new List<string>();
        if (article.Attribution is { } attribution)
        {
            // （本文来源：环球时报）: web pages print the source in brackets.
            var line = attribution.Trim().TrimStart('（', '(', '【', '[').TrimEnd('）', ')', '】', ']');
            line = line.StartsWith("本文", StringComparison.Ordinal) || line.StartsWith("文章", StringComparison.Ordinal) ? line[2..] : line;
            var name = SourceLine.Parse(line)?.Source ?? line.Trim();
            foreach (var prefix in new[] { "来源：", "来源:", "来源" })
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    name = name[prefix.Length..].Trim();
                    break;
                }
            }

            if (name.Length >= 2 && HanScript.IsAllHan(name))
            {
                result.Add(name);
            }
        }

        // 澎湃新闻记者 王琳: the outlet a byline names is an organisation the article mentions.
        result.AddRange(article.Credits.Select(c => c.Outlet).OfType<string>());
        return [.. result.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Entities a headline names that the body does not (<c>义乌交警发布清明假期避堵攻略</c> in a 导读 block). Headlines are
    /// read on their own, so their entities carry the headline's own source range as evidence.
    /// </summary>
    private List<HeadlineMention> Headlines(Article article, NewsDocument body, IReadOnlyList<EntityRef> bodyEntities, bool traditional)
    {
        if (article.Headlines.Count == 0)
        {
            // Most articles of a page print none: the body's brands and short names are not worth finding then.
            return [];
        }

        // An entity the body names too is read from a headline only when the headline prints it otherwise
        // (杭州中院 over a body's 杭州市中级人民法院): that form is an alias worth its evidence.
        var known = bodyEntities.Select(e => (e.Kind, e.Name, e.Surface)).ToHashSet();
        var bodyOrganizations = bodyEntities.Where(e => e.Kind == EntityKind.Organization).ToList();
        // The short names the body gives its companies: brands (比亚迪 of 比亚迪股份有限公司) and names it defines in
        // brackets (宁德时代 of 宁德时代新能源科技股份有限公司（以下简称“宁德时代”）), as the linker reads them.
        var owners = brands.Owners(bodyOrganizations.Select(e => e.Surface))
            .ToDictionary(kv => kv.Key, kv => bodyOrganizations.First(e => e.Surface == kv.Value), StringComparer.Ordinal);
        // They are read in the body as printed, which the stages read otherwise in a traditional article (simplified)
        // or one with a lead credit (blanked): there the brackets are found again in the printed body.
        var defined = string.Equals(body.Text, article.Text, StringComparison.Ordinal) ? body.DefinedShortNamesBy(lexicons.ShortNameDefinitions) : lexicons.ShortNameDefinitions.In(article.Text);
        foreach (var (shortName, full) in defined.Find(bodyOrganizations.Select(e => e.Range)))
        {
            owners.TryAdd(shortName, bodyOrganizations.First(e => article.Text.AsSpan(e.Range.Start, e.Range.Length).SequenceEqual(full)));
        }

        var result = new List<HeadlineMention>();
        foreach (var headline in article.Headlines)
        {
            var text = traditional ? chinese.ToSimplified(headline.Text) : headline.Text;
            var read = Pipeline.Run(new NewsDocument(text) { Source = article.Source }, NewsAnnotation.Entities).Entities;
            foreach (var found in traditional ? Printed(read, headline.Text) : read)
            {
                // 比亚迪拟以53亿元收购…: a headline names a company of the body by its brand or defined short name, which
                // the headline alone cannot tell from a person or a place, or reads a place inside (宁德 of 宁德时代拟…).
                var e = owners.TryGetValue(found.Surface, out var owner) && (found.Kind == EntityKind.Organization || Recognition.CompanyShortForms.GivesWay(found.Kind, owner.Surface))
                    ? found with { Kind = EntityKind.Organization, Name = owner.Name, FineType = owner.FineType }
                    : found.Kind != EntityKind.Organization && ShortNameAround(headline.Text, found.Range, owners) is var (sighting, named) && named is not null
                        ? found with { Kind = EntityKind.Organization, Name = named.Name, Surface = headline.Text[sighting.Start..sighting.End], Range = sighting, FineType = named.FineType }
                        : found;
                if (known.Add((e.Kind, e.Name, e.Surface)))
                {
                    var start = headline.SourceRange.Start + e.Range.Start;
                    result.Add(new HeadlineMention(e, new TextRange(start, start + e.Range.Length)));
                }
            }
        }

        return result;
    }

    /// <summary>A sighting of one of <paramref name="owners"/>' short names in <paramref name="text"/> that holds <paramref name="range"/> and is longer.</summary>
    private static (TextRange Sighting, EntityRef? Owner) ShortNameAround(string text, TextRange range, Dictionary<string, EntityRef> owners)
    {
        foreach (var (shortName, owner) in owners.OrderByDescending(o => o.Key.Length).ThenBy(o => o.Key, StringComparer.Ordinal))
        {
            if (shortName.Length <= range.Length)
            {
                continue;
            }

            for (var at = text.IndexOf(shortName, StringComparison.Ordinal); at >= 0 && at <= range.Start; at = text.IndexOf(shortName, at + 1, StringComparison.Ordinal))
            {
                if (at + shortName.Length >= range.End)
                {
                    return (new TextRange(at, at + shortName.Length), owner);
                }
            }
        }

        return (default, null);
    }

    /// <summary>
    /// The gazetteer places of the places that offices are signed with (<c>苏溪镇党委书记 程亮</c>) and the body does not
    /// name: decided as the linker decides the body's places (<see cref="PlaceDirectory.Locate"/>), by the places the
    /// body names unambiguously, else the paper's home.
    /// </summary>
    private Dictionary<string, ResolvedPlace> SignedPlaces(List<AuthorPosition> authors, IReadOnlyList<EntityRef> entities, NewsDocument body)
    {
        var result = new Dictionary<string, ResolvedPlace>(StringComparer.Ordinal);
        if (places is null || authors.All(a => a.OrganizationKind != EntityKind.Place))
        {
            return result;
        }

        var bodyPlaces = entities.Where(e => e.Kind == EntityKind.Place).Select(e => e.Name).Distinct(StringComparer.Ordinal).ToList();

        // The body's anchors, the ones its own places were located by (EntityResolver.PlaceAnchors).
        var anchors = body.PlaceAnchors;
        foreach (var name in authors.Where(a => a.OrganizationKind == EntityKind.Place).Select(a => a.Organization).Except(bodyPlaces, StringComparer.Ordinal))
        {
            if (!result.ContainsKey(name) && places.Locate(name, anchors, homeAnchors) is { } place)
            {
                result.Add(name, place);
            }
        }

        return result;
    }

    /// <summary>
    /// <c>苏溪镇党委书记</c> → 党委书记 of 苏溪镇; <c>市委宣传部部长</c> → 部长 of 义乌市委宣传部; and a reporter's role at the
    /// outlet the byline names (<c>澎湃新闻记者 王琳</c> → 记者 of 澎湃新闻).
    /// </summary>
    private List<AuthorPosition> Authors(Article article)
    {
        var result = new List<AuthorPosition>();
        foreach (var credit in article.Credits.Where(c => c is { Outlet: not null, Role: not null, PrintedRole: not null }))
        {
            result.Add(new AuthorPosition(credit.Name, credit.Role!, EntityKind.Organization, credit.Outlet!, credit.PrintedRole!));
        }

        foreach (var author in article.Authors.Where(a => a.Name is not null))
        {
            var signed = author.Title.Trim();
            var title = lexicons.Titles.MatchEndingAt(signed, signed.Length);
            if (title is null || title.Length >= signed.Length)
            {
                continue;
            }

            var org = signed[..^title.Length];
            var isPlace = lexicons.Names.PlaceSuffixOf(org) is not null && lexicons.Names.OrganizationSuffixOf(org) is null;
            var name = isPlace ? org : home.Expand(org) ?? org;
            result.Add(new AuthorPosition(author.Name!, title, isPlace ? EntityKind.Place : EntityKind.Organization, name, signed));
        }

        return result;
    }
}
