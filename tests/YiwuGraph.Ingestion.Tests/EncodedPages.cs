using System.Text;

namespace YiwuGraph.Ingestion.Tests;

/// <summary>A short page and the encodings Chinese archives use, shared by the tests of both readers.</summary>
internal static class EncodedPages
{
    public const string Page = "### 我市召开动员部署会\n\n全媒体记者 谭祉潇\n\n本报讯 昨日,我市召开会议。\n";

    static EncodedPages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Encoding name, whether a byte order mark is written, and the name the readers report.</summary>
    public static TheoryData<string, bool, string> Encodings { get; } = new()
    {
        { "utf-8", false, "utf-8" },
        { "utf-8", true, "utf-8-bom" },
        { "utf-16", true, "utf-16le" },
        { "utf-16BE", true, "utf-16be" },
        { "GB18030", false, "gb18030" },
        { "GBK", false, "gb18030" },
    };

    /// <summary><see cref="Page"/> in <paramref name="encodingName"/>, with its byte order mark when <paramref name="bom"/>.</summary>
    public static byte[] Encode(string encodingName, bool bom)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        return [.. (bom ? encoding.GetPreamble() : []), .. encoding.GetBytes(Page)];
    }
}
