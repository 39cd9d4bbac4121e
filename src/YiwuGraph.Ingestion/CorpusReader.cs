using YiwuGraph.Core;

namespace YiwuGraph.Ingestion;

/// <summary>Streams the pages of a set of paths, one decoded document at a time; unreadable files are reported and skipped.</summary>
public sealed class CorpusReader
{
    private readonly List<SkippedInput> skipped = [];
    private readonly IReadOnlyList<(string Path, string Name)> files;
    private readonly List<int> selected = [];
    private readonly Dictionary<string, long> sizes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> ordinals = new(StringComparer.Ordinal);

    public CorpusReader(IEnumerable<string> paths)
        : this(paths, null)
    {
    }

    /// <summary>
    /// A reader of the pages under <paramref name="paths"/> whose name (the path relative to the folder given, with
    /// '/' separators; a file's own name when given as a file) <paramref name="select"/> accepts: <see cref="ReadAll"/>
    /// reads only those, while <see cref="Prescan"/> still reads every page listed, so that what needs the whole
    /// corpus (banners, each paper's home) comes out the same whichever part of it a reader reads.
    /// </summary>
    public CorpusReader(IEnumerable<string> paths, Func<string, bool>? select)
    {
        files = SourceReader.Enumerate(paths, skipped);
        ListingSkipped = skipped.ToList();
        for (var i = 0; i < files.Count; i++)
        {
            var (path, name) = files[i];
            ordinals[path] = i;
            if (select is not null && !select(name))
            {
                continue;
            }

            selected.Add(i);

            // Sizes on disk, for progress by bytes: one large page is as much work as many small ones.
            sizes[path] = File.Exists(path) ? new FileInfo(path).Length : 0;
            TotalBytes += sizes[path];
        }
    }

    /// <summary>How many files <see cref="ReadAll"/> reads.</summary>
    public int FileCount => selected.Count;

    /// <summary>How many files the paths list, read or not.</summary>
    public int ListedCount => files.Count;

    /// <summary>The names of every file listed, in input order (the corpus's identity, whichever part is read).</summary>
    public IEnumerable<string> ListedNames => files.Select(f => f.Name);

    /// <summary>The paths given that are neither a file nor a folder (found when listing, before any page is read).</summary>
    public IReadOnlyList<SkippedInput> ListingSkipped { get; }

    /// <summary>The size on disk of every file <see cref="ReadAll"/> reads, in bytes.</summary>
    public long TotalBytes { get; }

    /// <summary>The position of the document's file in the listing of every file (input order), read or not.</summary>
    public int OrdinalOf(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ordinals.TryGetValue(document.Path, out var ordinal)
            ? ordinal
            : throw new ArgumentException($"{document.Path} is not a file of this corpus.", nameof(document));
    }

    /// <summary>The position in the listing of a file <see cref="Skipped"/> names, or -1 for a path that was not listed.</summary>
    public int OrdinalOf(string path) => ordinals.TryGetValue(path, out var ordinal) ? ordinal : -1;

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
        foreach (var (path, name) in selected.Select(i => files[i]))
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
