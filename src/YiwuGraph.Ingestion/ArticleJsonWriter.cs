using System.Text.Encodings.Web;
using System.Text.Json;

namespace YiwuGraph.Ingestion;

/// <summary>Writes articles as JSON lines, the output format of <c>yiwugraph articles</c>.</summary>
public static class ArticleJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJsonLine(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("source", article.Source);
            w.WriteNumber("index", article.Index);
            w.WriteString("title", article.Title);
            WriteStrings(w, "subtitles", article.Subtitles);
            WriteStrings(w, "sections", article.Sections);
            WriteStrings(w, "reporters", article.Reporters);
            w.WriteStartArray("authors");
            foreach (var author in article.Authors)
            {
                w.WriteStartObject();
                w.WriteString("name", author.Name);
                w.WriteString("title", author.Title);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("dateline", article.Dateline);
            w.WriteString("attribution", article.Attribution);
            w.WriteBoolean("continues", article.Continues);
            WriteStrings(w, "captions", article.Captions);
            w.WriteString("text", article.Text);
            w.WriteStartArray("sourceRanges");
            foreach (var r in article.SourceRanges)
            {
                w.WriteStartArray();
                w.WriteNumberValue(r.Start);
                w.WriteNumberValue(r.End);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteStartArray("segments");
            foreach (var s in article.Segments)
            {
                w.WriteStartArray();
                w.WriteNumberValue(s.BodyStart);
                w.WriteNumberValue(s.SourceStart);
                w.WriteNumberValue(s.Length);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
