using YiwuGraph.Core;

namespace YiwuGraph.Ingestion;

/// <summary>Streams the pages of a set of paths, one decoded document at a time; unreadable files are reported and skipped.</summary>
public sealed class CorpusReader
{
    private readonly List<SkippedInput> skipped = [];
    private readonly IReadOnlyList<(string Path, string Name)> files;

    public CorpusReader(IEnumerable<string> paths)
    {
        files = SourceReader.Enumerate(paths, skipped);
    }

    public int FileCount => files.Count;

    /// <summary>Files that were not read, with the reason; complete once <see cref="ReadAll"/> has been enumerated.</summary>
    public IReadOnlyList<SkippedInput> Skipped => skipped;

    /// <summary>A first, cheap pass over the corpus: the banners printed atop several pages.</summary>
    public IReadOnlySet<string> DetectBanners()
    {
        var detector = new PageBannerDetector();
        foreach (var (path, name) in files)
        {
            try
            {
                detector.Observe(SourceReader.Read(path, name));
            }
            catch (InputFileException)
            {
                // Reported when the corpus is read for real.
            }
        }

        return detector.Banners();
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
