using YiwuGraph.Core;

namespace YiwuGraph.Ingestion;

/// <summary>An article being assembled from page items, before headlines are settled.</summary>
internal sealed class ArticleDraft
{
    public List<List<PageItem>> HeadingGroups { get; } = [];

    public List<PageItem> Bylines { get; } = [];

    public List<PageItem> Body { get; } = [];

    public List<PageItem> Sections { get; } = [];

    public List<PageItem> Captions { get; } = [];

    public List<PageItem> Other { get; } = [];

    public bool HasLead { get; set; }

    public bool Continues { get; set; }

    public string? Attribution { get; set; }

    public List<ArticleAuthor> Authors { get; } = [];

    public bool HasBody => Body.Count > 0;

    public bool HasTitle => HeadingGroups.Any(g => g.Any(i => i.Kind == PageItemKind.Heading));

    public string BodyText => string.Concat(Body.Select(b => b.Text));

    public IEnumerable<PageItem> AllItems => HeadingGroups.SelectMany(g => g).Concat(Bylines).Concat(Body)
        .Concat(Sections).Concat(Captions).Concat(Other);

    public IEnumerable<TextRange> AllPieces => AllItems.SelectMany(i => i.Pieces);
}
