using YiwuGraph.Extraction.Events;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Extraction.Facts;

/// <summary>
/// Runs the fact extractors over one article: mentions → canonical entities → positions, events with their
/// arguments, relations. Pure and thread-safe, so articles can be read in parallel and merged in order.
/// </summary>
public sealed class ArticleFactExtractor
{
    private readonly IMentionSource mentions;
    private readonly EntityResolver resolver;
    private readonly PositionExtractor positions;
    private readonly EventExtractor events = new();
    private readonly HomeContext home;

    private readonly PlaceDirectory? places;

    public ArticleFactExtractor(IMentionSource mentions, HomeContext home, PlaceDirectory? places = null)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(home);
        this.mentions = mentions;
        this.home = home;
        resolver = new EntityResolver(home, places);
        this.places = places;
        positions = new PositionExtractor(home);
    }

    public ArticleFacts Extract(Article article, DateOnly? publication)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var entities = resolver.Resolve(text, mentions.Find(text));
        var found = positions.Find(text, entities);
        var happened = TrainedEventLayer.Default.Add(text, entities, events.Find(text, entities));
        EventArgumentReader.Read(text, article.Dateline, entities, found, happened, publication);
        var relations = RelationExtractor.Find(text, entities, happened, places);
        return new ArticleFacts
        {
            Article = article,
            Entities = entities,
            Positions = found,
            Events = happened,
            Relations = relations,
            PublicationDate = publication,
            AuthorPositions = Authors(article),
            HeadlineEntities = Headlines(article, entities),
            CreditedOrganizations = Credited(article),
        };
    }

    /// <summary>Desk words that follow a paper's name in a signature (<c>浙江日报评论员</c>).</summary>
    private static readonly string[] DeskWords = ["特约评论员", "评论员", "特约记者", "记者"];

    /// <summary><c>来源：浙江宣传</c> and <c>浙江日报评论员</c>: the paper or outlet an article comes from is an organisation.</summary>
    private static List<string> Credited(Article article)
    {
        var result = new List<string>();
        if (article.Attribution is { } attribution)
        {
            var name = attribution.Trim();
            foreach (var prefix in new[] { "来源：", "来源:", "来源" })
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    name = name[prefix.Length..].Trim();
                    break;
                }
            }

            if (name.Length >= 2 && name.All(NameLexicon.IsHan))
            {
                result.Add(name);
            }
        }

        foreach (var author in article.Authors.Where(a => a.Name is null))
        {
            var desk = DeskWords.FirstOrDefault(d => author.Title.EndsWith(d, StringComparison.Ordinal));
            var name = desk is null ? null : author.Title[..^desk.Length].Trim();
            if (name is { Length: >= 2 } && name.All(NameLexicon.IsHan) && !name.StartsWith('本'))
            {
                result.Add(name);
            }
        }

        return result;
    }

    /// <summary>
    /// Entities a headline names that the body does not (<c>义乌交警发布清明假期避堵攻略</c> in a 导读 block). Headlines are
    /// read on their own, so their entities carry the headline's own source range as evidence.
    /// </summary>
    private List<HeadlineMention> Headlines(Article article, IReadOnlyList<EntityRef> bodyEntities)
    {
        var known = bodyEntities.Select(e => (e.Kind, e.Name)).ToHashSet();
        var result = new List<HeadlineMention>();
        foreach (var headline in article.Headlines)
        {
            foreach (var e in resolver.Resolve(headline.Text, mentions.Find(headline.Text)))
            {
                if (known.Add((e.Kind, e.Name)))
                {
                    var start = headline.SourceRange.Start + e.Range.Start;
                    result.Add(new HeadlineMention(e, new YiwuGraph.Core.TextRange(start, start + e.Range.Length)));
                }
            }
        }

        return result;
    }

    /// <summary><c>苏溪镇党委书记</c> → 党委书记 of 苏溪镇; <c>市委宣传部部长</c> → 部长 of 义乌市委宣传部.</summary>
    private List<AuthorPosition> Authors(Article article)
    {
        var result = new List<AuthorPosition>();
        foreach (var author in article.Authors.Where(a => a.Name is not null))
        {
            var signed = author.Title.Trim();
            var title = TitleLexicon.MatchEndingAt(signed, signed.Length);
            if (title is null || title.Length >= signed.Length)
            {
                continue;
            }

            var org = signed[..^title.Length];
            var isPlace = NameLexicon.PlaceSuffixOf(org) is not null && NameLexicon.OrganizationSuffixOf(org) is null;
            var name = isPlace ? org : home.Expand(org) ?? org;
            result.Add(new AuthorPosition(author.Name!, title, isPlace ? EntityKind.Place : EntityKind.Organization, name, signed));
        }

        return result;
    }
}
