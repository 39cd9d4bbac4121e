using YiwuGraph.Core;

namespace YiwuGraph.Ingestion;

/// <summary>Streams the pages of a set of paths, one decoded document at a time; unreadable files are reported and skipped.</summary>
public sealed class CorpusReader
{
    private readonly List<SkippedInput> skipped = [];
    private readonly IReadOnlyList<(string Path, string Name)> files;
    private readonly Dictionary<string, long> sizes = new(StringComparer.Ordinal);

    public CorpusReader(IEnumerable<string> paths)
    {
        files = SourceReader.Enumerate(paths, skipped);
        foreach (var (path, _) in files)
        {
            // Sizes on disk, for progress by bytes: one large page is as much work as many small ones.
            sizes[path] = File.Exists(path) ? new FileInfo(path).Length : 0;
            TotalBytes += sizes[path];
        }
    }

    public int FileCount => files.Count;

    /// <summary>The size on disk of every file listed, in bytes.</summary>
    public long TotalBytes { get; }

    /// <summary>The size on disk of the file <paramref name="document"/> was read from, as listed.</summary>
    public long SizeOf(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return sizes.GetValueOrDefault(document.Path);
    }

    /// <summary>Files that were not read, with the reason; complete once <see cref="ReadAll"/> has been enumerated.</summary>
    public IReadOnlyList<SkippedInput> Skipped => skipped;

    /// <summary>A first, cheap pass over the corpus: the banners printed atop several pages.</summary>
    public IReadOnlySet<string> DetectBanners() => Prescan().Banners;

    /// <summary>
    /// The pass before the real one, in one walk over every readable page: the banners printed atop several pages,
    /// and whatever <paramref name="observe"/> gathers (the evidence each paper's home city is decided from). The
    /// corpus is read twice rather than held in memory, so memory stays flat however large it is.
    /// </summary>
    public CorpusPrescan Prescan(Action<SourceDocument>? observe = null)
    {
        var detector = new PageBannerDetector();
        var pages = 0;
        foreach (var (path, name) in files)
        {
            try
            {
                var document = SourceReader.Read(path, name);
                detector.Observe(document);
                observe?.Invoke(document);
                pages++;
            }
            catch (InputFileException)
            {
                // Reported when the corpus is read for real.
            }
        }

        return new CorpusPrescan(detector.Banners(), pages);
    }

    public IEnumerable<SourceDocument> ReadAll()
    {
        foreach (var (path, name) in files)
        {
            SourceDocument? document = null;
            try
            {
                document = SourceReader.Read(path, name);
            }
            catch (InputFileException ex)
            {
                skipped.Add(new SkippedInput(path, ex.Reason));
            }

            if (document is not null)
            {
                yield return document;
            }
        }
    }
}

/// <summary>What <see cref="CorpusReader.Prescan"/> found: banner lines, and how many pages could be read.</summary>
public sealed record CorpusPrescan(IReadOnlySet<string> Banners, int PagesRead);
