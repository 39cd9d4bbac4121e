using System.Text;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Graph;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Extraction.Tests.Pipeline;

/// <summary>
/// Every sighting's snippet is exactly the source text at its offsets: <c>source[Start, End) == Snippet</c>, line
/// breaks and all, on the seed graph and on pages whose layout breaks lines mid-word.
/// </summary>
public sealed class EvidenceSliceTests
{
    [Fact]
    public void Every_sighting_of_the_seed_graph_is_the_source_slice_at_its_offsets()
    {
        var seeds = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var graph = new CorpusGraphBuilder().Build(seeds, cancellationToken: TestContext.Current.CancellationToken).Graph;

        var checkedSightings = AssertSnippetsAreSlices(graph, seeds);

        // All of them, including the ones that span a layout line break (金华市委副书记、市\n\n长温建飞) and the long ones.
        Assert.True(checkedSightings > 500, $"{checkedSightings} sightings");
        Assert.Contains(graph.Relationships.SelectMany(r => r.Evidence), e => e.Snippet.Contains('\n', StringComparison.Ordinal));
        Assert.Contains(graph.Relationships.SelectMany(r => r.Evidence), e => e.Snippet.Length > Evidence.MaxDisplayLength);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_sighting_on_randomly_laid_out_pages_is_the_source_slice_at_its_offsets(int seed)
    {
        var random = new Random(seed);
        var folder = Directory.CreateTempSubdirectory("yiwugraph-evidence-");
        try
        {
            var pages = new List<string>();
            var seedPages = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
            for (var i = 0; i < seedPages.Length; i++)
            {
                // Every combination of line ending and byte order mark is among the five pages.
                var path = Path.Combine(folder.FullName, $"{seed}-{Path.GetFileName(seedPages[i])}");
                File.WriteAllBytes(path, RandomLayout(SourceReader.Read(seedPages[i], "seed.txt").Text, random, crlf: i % 2 == 1, bom: i / 2 % 2 == 0));
                pages.Add(path);
            }

            var graph = new CorpusGraphBuilder().Build([folder.FullName], cancellationToken: TestContext.Current.CancellationToken).Graph;

            Assert.True(AssertSnippetsAreSlices(graph, pages) > 300);
            Assert.Contains(graph.Relationships.SelectMany(r => r.Evidence), e => e.Snippet.Contains('\r', StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Checks every sighting against the decoded file; returns how many it checked.</summary>
    private static int AssertSnippetsAreSlices(KnowledgeGraph graph, IEnumerable<string> paths)
    {
        var texts = paths.ToDictionary(p => Path.GetFileName(p), p => SourceReader.Read(p, Path.GetFileName(p)).Text, StringComparer.Ordinal);
        var count = 0;
        var wrong = new List<string>();
        foreach (var r in graph.Relationships)
        {
            foreach (var e in r.Evidence)
            {
                count++;
                var source = texts[e.Source];
                Assert.InRange(e.Start, 0, e.End);
                Assert.InRange(e.End, e.Start, source.Length);
                if (!string.Equals(source[e.Start..e.End], e.Snippet, StringComparison.Ordinal))
                {
                    wrong.Add($"{r.Key} {e.Source} [{e.Start},{e.End}): '{e.Snippet}' vs '{source[e.Start..e.End]}'");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {count} sightings differ from the source:\n{string.Join('\n', wrong.Take(10))}");
        return count;
    }

    /// <summary>
    /// The page laid out anew: prose lines broken mid-word (by a blank line, as the seed pages do, or a single line
    /// break), blank lines added, LF or CRLF line endings, with or without a UTF-8 byte order mark.
    /// </summary>
    private static byte[] RandomLayout(string text, Random random, bool crlf, bool bom)
    {
        var sb = new StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var rest = line;
            if (!line.StartsWith('#') && line.Length > 20 && random.Next(2) == 0)
            {
                for (var breaks = random.Next(1, 4); breaks > 0 && rest.Length > 8; breaks--)
                {
                    var at = random.Next(2, rest.Length - 2);
                    sb.Append(rest, 0, at).Append(random.Next(3) == 0 ? "\n" : "\n\n");
                    rest = rest[at..];
                }
            }

            sb.Append(rest).Append('\n');
            if (random.Next(6) == 0)
            {
                sb.Append('\n', random.Next(1, 3));
            }
        }

        var page = crlf ? sb.ToString().Replace("\n", "\r\n", StringComparison.Ordinal) : sb.ToString();
        var bytes = Encoding.UTF8.GetBytes(page);
        return bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }
}
