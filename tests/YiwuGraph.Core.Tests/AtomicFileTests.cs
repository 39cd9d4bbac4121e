using System.Text;

namespace YiwuGraph.Core.Tests;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("yiwugraph-atomic-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void A_write_that_throws_midway_leaves_the_old_file_byte_for_byte_and_no_temporary_file()
    {
        var path = Path.Combine(dir, "graph.jsonl");
        File.WriteAllText(path, "the earlier graph\n");

        var thrown = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes(new string('x', 1 << 20)));
            throw new InvalidOperationException("disk full, say");
        }));

        Assert.Equal("disk full, say", thrown.Message);
        Assert.Equal("the earlier graph\n", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(dir));
    }

    [Fact]
    public void A_cancelled_write_creates_nothing_when_there_was_no_file()
    {
        var path = Path.Combine(dir, "new", "summary.txt");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => AtomicFile.Write(path, stream =>
        {
            stream.WriteByte(1);
            cancel.Token.ThrowIfCancellationRequested();
        }));

        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Until_committed_the_content_is_under_a_hidden_name_in_the_same_folder()
    {
        var path = Path.Combine(dir, "index.html");
        File.WriteAllText(path, "old");
        using (var file = AtomicFile.Create(path))
        {
            file.Stream.Write("new"u8);
            file.Stream.Flush();
            Assert.Equal(dir, Path.GetDirectoryName(file.TempPath));
            Assert.StartsWith(".index.html.", Path.GetFileName(file.TempPath), StringComparison.Ordinal);
            Assert.Equal("old", File.ReadAllText(path));
            file.Commit();
        }

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(dir));
    }

    [Fact]
    public void A_shorter_content_replaces_a_longer_file_whole()
    {
        var path = Path.Combine(dir, "page.md");
        File.WriteAllText(path, new string('y', 10_000));

        AtomicFile.WriteAllText(path, "短");

        Assert.Equal("短"u8.ToArray(), File.ReadAllBytes(path));
    }

    [Fact]
    public void A_writer_that_closes_the_stream_itself_still_commits()
    {
        var path = Path.Combine(dir, "graph.cypher");

        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream);
            writer.Write("MERGE (n)");
        });

        Assert.Equal("MERGE (n)", File.ReadAllText(path));
    }
}
