using System.Text;
using YiwuGraph.Core;

namespace YiwuGraph.Ingestion.Tests;

public sealed class SourceTextReaderTests : IDisposable
{
    private const string Page = EncodedPages.Page;
    private readonly string dir = Directory.CreateTempSubdirectory("yiwugraph-text-reader-").FullName;

    static SourceTextReaderTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Theory]
    [MemberData(nameof(EncodedPages.Encodings), MemberType = typeof(EncodedPages))]
    public void Reads_the_encodings_the_page_reader_reads_and_gives_the_same_text(string encodingName, bool bom, string detected)
    {
        var path = Write("page.txt", EncodedPages.Encode(encodingName, bom));
        using var reader = SourceTextReader.Open(path);
        Assert.Equal(detected, reader.EncodingName);
        Assert.Equal(Lines(SourceReader.Read(path, "page.txt").Text), ReadAll(reader));
    }

    [Fact]
    public void Refuses_a_binary_file_naming_it_before_reading_a_line()
    {
        byte[] elf = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x03, 0x00, 0x3E, 0x00, 0x01, 0x00];
        var path = Write("ls", elf);
        var ex = Assert.Throws<InputFileException>(() => SourceTextReader.Open(path));
        Assert.Equal(path, ex.Path);
        Assert.Contains("binary", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_input_error_naming_it()
    {
        var path = Path.Combine(dir, "missing.txt");
        Assert.Equal(path, Assert.Throws<InputFileException>(() => SourceTextReader.Open(path)).Path);
    }

    [Fact]
    public void Names_the_line_of_bytes_that_do_not_decode_after_the_sniffed_head()
    {
        var line = Encoding.UTF8.GetBytes("义乌市召开动员部署会。\n");
        var lines = (100_000 / line.Length) + 1;
        using var bytes = new MemoryStream();
        for (var i = 0; i < lines; i++)
        {
            bytes.Write(line);
        }

        bytes.Write([0x41, 0xFF, 0x42, 0x0A]);
        bytes.Write(line);
        using var reader = SourceTextReader.Open(new MemoryStream(bytes.ToArray()), "big.txt");
        var ex = Assert.Throws<InputFileException>(() => ReadAll(reader));
        Assert.Equal("big.txt", ex.Path);
        Assert.Equal(lines + 1, ex.Line);
    }

    [Fact]
    public void A_character_cut_by_the_end_of_the_sniffed_head_is_read_whole()
    {
        // Two ASCII bytes, then three-byte characters: byte 65,536 falls inside one, so the head ends mid-character.
        var text = "ab" + new string('义', 30_000) + "\n末行\n";
        using var reader = SourceTextReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), "cut.txt");
        Assert.Equal("utf-8", reader.EncodingName);
        Assert.Equal(Lines(text), ReadAll(reader));
    }

    [Fact]
    public void A_pipe_that_hands_over_a_line_per_read_is_sniffed_whole_and_read_as_GB18030()
    {
        var gbk = Encoding.GetEncoding("GBK");
        using var reader = SourceTextReader.Open(new OneLineAtATimeStream(gbk.GetBytes(Page)), "stdin");
        Assert.Equal("gb18030", reader.EncodingName);
        Assert.Equal(Lines(Page), ReadAll(reader));
    }

    [Fact]
    public void An_empty_source_reads_as_no_lines()
    {
        using var reader = SourceTextReader.Open(new MemoryStream([]), "empty");
        Assert.Null(reader.ReadLine());
    }

    private static List<string> ReadAll(TextReader reader)
    {
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static List<string> Lines(string text) => ReadAll(new StringReader(text));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Standard input from a pipe: cannot seek, and hands over one line per read.</summary>
    private sealed class OneLineAtATimeStream(byte[] bytes) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', position);
            var n = Math.Min(count, (end < 0 ? bytes.Length : end + 1) - position);
            Array.Copy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
