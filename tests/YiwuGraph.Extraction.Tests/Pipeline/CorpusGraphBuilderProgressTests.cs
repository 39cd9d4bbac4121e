using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Ingestion;

namespace YiwuGraph.Extraction.Tests.Pipeline;

public sealed class CorpusGraphBuilderProgressTests
{
    [Fact]
    public void Progress_counts_bytes_up_to_the_corpus_size_and_moves_within_a_single_page()
    {
        var page = RepoPaths.Seed("000");
        var reader = new CorpusReader([page]);
        var reports = new Reports();

        new CorpusGraphBuilder().Build(reader, reports, TestContext.Current.CancellationToken);

        Assert.Equal(new FileInfo(page).Length, reader.TotalBytes);
        Assert.Equal(reader.TotalBytes, reports.Values[^1]);
        Assert.True(reports.Values.Count(v => v > 0 && v < reader.TotalBytes) >= 3, string.Join(", ", reports.Values));
        Assert.Equal(reports.Values.Order(), reports.Values);
    }

    /// <summary>Records reports as they come (<see cref="Progress{T}"/> would post them to the thread pool).</summary>
    private sealed class Reports : IProgress<long>
    {
        public List<long> Values { get; } = [];

        public void Report(long value)
        {
            lock (Values)
            {
                Values.Add(value);
            }
        }
    }
}
