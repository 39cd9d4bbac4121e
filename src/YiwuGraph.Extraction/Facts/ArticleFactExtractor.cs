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

    public ArticleFactExtractor(IMentionSource mentions, HomeContext home)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(home);
        this.mentions = mentions;
        resolver = new EntityResolver(home);
        positions = new PositionExtractor(home);
    }

    public ArticleFacts Extract(Article article, DateOnly? publication)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var entities = resolver.Resolve(text, mentions.Find(text));
        var found = positions.Find(text, entities);
        var happened = events.Find(text, entities);
        EventArgumentReader.Read(text, article.Dateline, entities, found, happened, publication);
        var relations = RelationExtractor.Find(text, entities, happened);
        return new ArticleFacts
        {
            Article = article,
            Entities = entities,
            Positions = found,
            Events = happened,
            Relations = relations,
            PublicationDate = publication,
        };
    }
}
