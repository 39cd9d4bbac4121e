using System.Security.Cryptography;
using System.Text;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Extraction.Pipeline;

/// <summary>A file reported in a summary, with its position in the listing of the corpus (to merge shards' reports in input order).</summary>
public sealed record ListedInput(int Ordinal, SkippedInput Input);

/// <summary>
/// What a bounded-memory build or a shard of one reports, the graph aside: the counts, the files skipped and the
/// pages without articles (each with its place in the corpus), the homes, and the corpus's fingerprint (so that
/// shards of different corpora are never merged). Shards' tallies <see cref="Combine"/> into the single build's.
/// </summary>
public sealed record BuildTally
{
    public int Files { get; init; }

    public int Articles { get; init; }

    public int FurnitureLines { get; init; }

    /// <summary>Paths given that are neither file nor folder: found by every shard alike.</summary>
    public IReadOnlyList<SkippedInput> ListingSkipped { get; init; } = [];

    /// <summary>Files listed that could not be read as pages, in input order.</summary>
    public IReadOnlyList<ListedInput> ReadSkipped { get; init; } = [];

    public IReadOnlyList<ListedInput> PagesWithoutArticles { get; init; } = [];

    public IReadOnlyList<PaperHome> Homes { get; init; } = [];

    /// <summary>A hash of the names of every file listed, in order: the same for every shard of one corpus.</summary>
    public string Corpus { get; init; } = string.Empty;

    /// <summary>Every input skipped, as a single build lists them: the listing's first, then the files in input order.</summary>
    public IReadOnlyList<SkippedInput> Skipped => [.. ListingSkipped, .. ReadSkipped.Select(s => s.Input)];

    public static string Fingerprint(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in names)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>
    /// The tally of the whole corpus from its shards' (any order): sums, and lists merged in input order. Shards of
    /// different corpora, or read with different homes, are an <see cref="InvalidDataException"/>.
    /// </summary>
    public static BuildTally Combine(IReadOnlyList<BuildTally> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0)
        {
            throw new ArgumentException("Nothing to combine.", nameof(parts));
        }

        var first = parts[0];
        foreach (var p in parts.Skip(1))
        {
            if (p.Corpus != first.Corpus)
            {
                throw new InvalidDataException($"shards of different corpora (listing {first.Corpus} and {p.Corpus}): build every shard from the same paths");
            }

            if (!p.Homes.Select(HomeText).SequenceEqual(first.Homes.Select(HomeText)))
            {
                throw new InvalidDataException("shards read with different homes: build every shard with the same --home (or none)");
            }
        }

        return new BuildTally
        {
            Files = parts.Sum(p => p.Files),
            Articles = parts.Sum(p => p.Articles),
            FurnitureLines = parts.Sum(p => p.FurnitureLines),
            ListingSkipped = first.ListingSkipped,
            ReadSkipped = parts.SelectMany(p => p.ReadSkipped).OrderBy(s => s.Ordinal).ToList(),
            PagesWithoutArticles = parts.SelectMany(p => p.PagesWithoutArticles).OrderBy(s => s.Ordinal).ToList(),
            Homes = first.Homes,
            Corpus = first.Corpus,
        };
    }

    /// <summary>A paper's home as shards must agree on it: the place, not the paper's folder (mounted anywhere).</summary>
    private static string HomeText(PaperHome h) => $"{h.Home.City}\u001F{h.Home.Province}";
}
