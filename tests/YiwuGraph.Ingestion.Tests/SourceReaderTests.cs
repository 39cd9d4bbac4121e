using System.Text;
using YiwuGraph.Core;

namespace YiwuGraph.Ingestion.Tests;

public sealed class SourceReaderTests : IDisposable
{
    private const string Page = EncodedPages.Page;
    private readonly string dir = Directory.CreateTempSubdirectory("yiwugraph-reader-").FullName;

    static SourceReaderTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Theory]
    [MemberData(nameof(EncodedPages.Encodings), MemberType = typeof(EncodedPages))]
    public void Decodes_the_encodings_Chinese_archives_use(string encodingName, bool bom, string detected)
    {
        var path = Write("page.txt", EncodedPages.Encode(encodingName, bom));
        var doc = SourceReader.Read(path, "page.txt");
        Assert.Equal(Page, doc.Text);
        Assert.Equal(detected, doc.EncodingName);
    }

    [Fact]
    public void Binary_empty_and_undecodable_files_are_skipped_with_their_path_and_the_rest_is_read()
    {
        Write("a-good.txt", Encoding.UTF8.GetBytes(Page));
        Write("b-binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]);
        Write("c-empty.md", []);
        Write("d-blank.txt", Encoding.UTF8.GetBytes(" \n\n "));
        Write("e-latin1.txt", [0x63, 0x61, 0x66, 0xE9, 0x20, 0xFF, 0xFE, 0x80, 0x81]);
        Write("ignored.pdf", [0x25, 0x50, 0x44, 0x46]);
        var reader = new CorpusReader([dir, Path.Combine(dir, "missing.txt")]);
        var docs = reader.ReadAll().ToList();
        Assert.Equal(["a-good.txt"], docs.Select(d => d.Name));
        Assert.Equal(5, reader.Skipped.Count);
        Assert.Contains(reader.Skipped, s => s.Path.EndsWith("b-binary.txt", StringComparison.Ordinal) && s.Reason.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(reader.Skipped, s => s.Path.EndsWith("c-empty.md", StringComparison.Ordinal) && s.Reason.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(reader.Skipped, s => s.Path.EndsWith("d-blank.txt", StringComparison.Ordinal) && s.Reason.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(reader.Skipped, s => s.Path.EndsWith("e-latin1.txt", StringComparison.Ordinal) && s.Reason.Contains("decodable", StringComparison.Ordinal));
        Assert.Contains(reader.Skipped, s => s.Path.EndsWith("missing.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void The_prescan_walks_once_over_every_readable_page_and_reports_nothing_itself()
    {
        Write("a.txt", Encoding.UTF8.GetBytes("义乌商报\n第一页正文。\n"));
        Write("b-binary.txt", [0x00, 0x01, 0x02, 0x03]);
        Write("c.txt", Encoding.UTF8.GetBytes("义乌商报\n第二页正文。\n"));
        Write("d.txt", Encoding.UTF8.GetBytes("第三页正文。\n"));
        var reader = new CorpusReader([dir]);
        var observed = new List<string>();
        var prescan = reader.Prescan(document => observed.Add(document.Text));
        Assert.Equal(["义乌商报"], prescan.Banners);
        Assert.Equal(reader.DetectBanners(), prescan.Banners);
        Assert.Equal(3, prescan.PagesRead);
        Assert.Equal(3, observed.Count);
        Assert.Contains("第二页", observed[1], StringComparison.Ordinal);
        Assert.Empty(reader.Skipped);
        Assert.Equal(3, reader.ReadAll().Count());
        Assert.Single(reader.Skipped);
    }

    [Fact]
    public void Folders_are_read_recursively_in_a_stable_order()
    {
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        Write("sub/z.md", Encoding.UTF8.GetBytes(Page));
        Write("b.txt", Encoding.UTF8.GetBytes(Page));
        Write("a.txt", Encoding.UTF8.GetBytes(Page));
        var names = new CorpusReader([dir]).ReadAll().Select(d => d.Name).ToList();
        Assert.Equal(["a.txt", "b.txt", "sub/z.md"], names);
    }

    [Fact]
    public void A_bad_byte_order_mark_is_an_error_naming_the_file()
    {
        var path = Write("bad.txt", [0xEF, 0xBB, 0xBF, 0xC3, 0x28]);
        var ex = Assert.Throws<InputFileException>(() => SourceReader.Read(path, "bad.txt"));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_50_MB_page_is_read_and_split()
    {
        const string paragraph = "本报讯 昨日,我市召开“义乌发展经验”提出20年系列活动动员部署会,全市上下要深入学习贯彻";
        var sb = new StringBuilder();
        var n = 0;
        while (sb.Length < 25_000_000)
        {
            // 25 M UTF-16 chars of mostly 3-byte UTF-8: about 50 MB on disk.
            sb.Append("### 标题").Append(n++).Append("\n\n全媒体记者 谭祉潇\n\n").Append(paragraph).Append(n).Append("。\n\n").Append("第二段").Append(n).Append("，内容继续，各项工作有序推进，成效明显。\n\n");
        }

        var path = Write("big.txt", Encoding.UTF8.GetBytes(sb.ToString()));
        Assert.True(new FileInfo(path).Length > 50_000_000);
        var doc = SourceReader.Read(path, "big.txt");
        var articles = new ArticleSplitter().Split(doc);
        Assert.Equal(n, articles.Count);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
