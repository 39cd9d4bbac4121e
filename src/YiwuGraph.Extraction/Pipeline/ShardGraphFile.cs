using System.Text;
using System.Text.Json;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Graph.Storage;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Extraction.Pipeline;

/// <summary>A shard graph as read back: which shard, its tally, and its two sorted sections.</summary>
public sealed record ShardGraph(string Path, ShardSpec Shard, BuildTally Tally, SortedRun Nodes, SortedRun Relationships);

/// <summary>
/// A shard graph on disk (<c>shard-I-of-N.ygshard</c>): the shard's contributions, not yet folded, sorted by
/// (stable key, article order) — folding needs every shard's contributions to a key in article order, so a shard
/// cannot fold its own — with its tally. Layout: magic, the tally as JSON, the node section, the relationship
/// section (each a record count then records, see <see cref="ContributionCodec"/>), then a trailer with both
/// sections' offsets and an end mark. Written under a temporary name and renamed when complete, so a file with
/// this name is always whole.
/// </summary>
public static class ShardGraphFile
{
    public const string Extension = ".ygshard";

    private static readonly byte[] Magic = "YGSHARD1"u8.ToArray();
    private static readonly byte[] EndMark = "YGSHEND1"u8.ToArray();
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static void Write(string path, ShardSpec shard, BuildTally tally, IEnumerable<NodeContribution> nodes, IEnumerable<RelationshipContribution> relationships)
    {
        ArgumentNullException.ThrowIfNull(tally);
        using var file = AtomicFile.Create(path, 1 << 16);
        using (var writer = new BinaryWriter(file.Stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(JsonSerializer.Serialize(ToDto(shard, tally), Json));
            var nodeOffset = WriteSection(writer, nodes, ContributionCodec.Write);
            var relationshipOffset = WriteSection(writer, relationships, ContributionCodec.Write);
            writer.Write(nodeOffset);
            writer.Write(relationshipOffset);
            writer.Write(EndMark);
        }

        file.Commit();
    }

    /// <summary>Reads a shard graph's header and trailer; a file that is not one, or not whole, is a <see cref="DataFormatException"/>.</summary>
    public static ShardGraph Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputFileException(path, "shard graph not found");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        try
        {
            if (stream.Length < Magic.Length + 24 || !reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                throw new DataFormatException(path, 0, "not a YiwuGraph shard graph (build one with 'yiwugraph build PATHS --shard I/N')");
            }

            var dto = JsonSerializer.Deserialize<ShardDto>(reader.ReadString(), Json)
                ?? throw new DataFormatException(path, 0, "empty shard header");
            stream.Position = stream.Length - 24;
            var nodeOffset = reader.ReadInt64();
            var relationshipOffset = reader.ReadInt64();
            if (!reader.ReadBytes(EndMark.Length).AsSpan().SequenceEqual(EndMark) || nodeOffset <= 0 || relationshipOffset < nodeOffset || relationshipOffset >= stream.Length)
            {
                throw new DataFormatException(path, 0, "incomplete shard graph (no end mark): build the shard again");
            }

            var (shard, tally) = FromDto(dto);
            return new ShardGraph(path, shard, tally, new SortedRun(path, nodeOffset), new SortedRun(path, relationshipOffset));
        }
        catch (Exception ex) when (ex is EndOfStreamException or JsonException or FormatException or IOException and not FileNotFoundException)
        {
            throw new DataFormatException(path, 0, $"unreadable shard graph ({ex.Message})");
        }
    }

    /// <summary>Whether <paramref name="path"/> holds a whole shard graph of this shard of this corpus (to skip rebuilding it).</summary>
    public static bool IsComplete(string path, ShardSpec shard, string corpus)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            var read = Read(path);
            return read.Shard == shard && read.Tally.Corpus == corpus;
        }
        catch (DataFormatException)
        {
            return false;
        }
    }

    /// <summary>Writes a section (count, records) and returns its offset; the count is patched in once known.</summary>
    private static long WriteSection<T>(BinaryWriter writer, IEnumerable<T> records, Action<BinaryWriter, T> write)
    {
        writer.Flush();
        var stream = writer.BaseStream;
        var offset = stream.Position;
        writer.Write(0L);
        var count = 0L;
        foreach (var r in records)
        {
            write(writer, r);
            count++;
        }

        writer.Flush();
        var end = stream.Position;
        stream.Position = offset;
        writer.Write(count);
        writer.Flush();
        stream.Position = end;
        return offset;
    }

    private static ShardDto ToDto(ShardSpec shard, BuildTally tally) => new()
    {
        Shard = shard.Index,
        Shards = shard.Count,
        Corpus = tally.Corpus,
        Files = tally.Files,
        Articles = tally.Articles,
        FurnitureLines = tally.FurnitureLines,
        ListingSkipped = tally.ListingSkipped.Select(s => new InputDto { Path = s.Path, Reason = s.Reason }).ToList(),
        ReadSkipped = tally.ReadSkipped.Select(s => new InputDto { Ordinal = s.Ordinal, Path = s.Input.Path, Reason = s.Input.Reason }).ToList(),
        PagesWithoutArticles = tally.PagesWithoutArticles.Select(s => new InputDto { Ordinal = s.Ordinal, Path = s.Input.Path, Reason = s.Input.Reason }).ToList(),
        Homes = tally.Homes.Select(h => new HomeDto { Paper = h.Paper, City = h.Home.City, Province = h.Home.Province, Reason = h.Reason }).ToList(),
    };

    private static (ShardSpec Shard, BuildTally Tally) FromDto(ShardDto dto)
    {
        if (dto.Shards < 1 || dto.Shard < 0 || dto.Shard >= dto.Shards)
        {
            throw new FormatException($"shard {dto.Shard}/{dto.Shards} is not a shard");
        }

        var tally = new BuildTally
        {
            Files = dto.Files,
            Articles = dto.Articles,
            FurnitureLines = dto.FurnitureLines,
            Corpus = dto.Corpus ?? string.Empty,
            ListingSkipped = (dto.ListingSkipped ?? []).Select(s => new SkippedInput(s.Path ?? string.Empty, s.Reason ?? string.Empty)).ToList(),
            ReadSkipped = (dto.ReadSkipped ?? []).Select(s => new ListedInput(s.Ordinal, new SkippedInput(s.Path ?? string.Empty, s.Reason ?? string.Empty))).ToList(),
            PagesWithoutArticles = (dto.PagesWithoutArticles ?? []).Select(s => new ListedInput(s.Ordinal, new SkippedInput(s.Path ?? string.Empty, s.Reason ?? string.Empty))).ToList(),
            Homes = (dto.Homes ?? []).Select(h => new PaperHome(h.Paper ?? string.Empty, new HomeContext(h.City, h.Province), h.Reason ?? string.Empty)).ToList(),
        };
        return (new ShardSpec(dto.Shard, dto.Shards), tally);
    }

    private sealed class ShardDto
    {
        public int Shard { get; set; }

        public int Shards { get; set; }

        public string? Corpus { get; set; }

        public int Files { get; set; }

        public int Articles { get; set; }

        public int FurnitureLines { get; set; }

        public List<InputDto>? ListingSkipped { get; set; }

        public List<InputDto>? ReadSkipped { get; set; }

        public List<InputDto>? PagesWithoutArticles { get; set; }

        public List<HomeDto>? Homes { get; set; }
    }

    private sealed class InputDto
    {
        public int Ordinal { get; set; }

        public string? Path { get; set; }

        public string? Reason { get; set; }
    }

    private sealed class HomeDto
    {
        public string? Paper { get; set; }

        public string? City { get; set; }

        public string? Province { get; set; }

        public string? Reason { get; set; }
    }
}
