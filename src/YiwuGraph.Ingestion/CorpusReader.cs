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
    public IReadOnlySet<string> DetectBanners() => Prescan(0).Banners;

    /// <summary>
    /// The pass before the real one, in one walk: the banners printed atop several pages, and the texts of the
    /// first <paramref name="samplePages"/> readable pages (what the home city is inferred from). The corpus is
    /// read twice rather than held in memory, so memory stays flat however large it is.
    /// </summary>
    public CorpusPrescan Prescan(int samplePages)
    {
        var detector = new PageBannerDetector();
        var samples = new List<string>();
        foreach (var (path, name) in files)
        {
            try
            {
                var document = SourceReader.Read(path, name);
                detector.Observe(document);
                if (samples.Count < samplePages)
                {
                    samples.Add(document.Text);
                }
            }
            catch (InputFileException)
            {
                // Reported when the corpus is read for real.
            }
        }

        return new CorpusPrescan(detector.Banners(), samples);
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

/// <summary>What <see cref="CorpusReader.Prescan"/> found: banner lines and the first pages' texts.</summary>
public sealed record CorpusPrescan(IReadOnlySet<string> Banners, IReadOnlyList<string> SampleTexts);
