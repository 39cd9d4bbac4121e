using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace YiwuGraph.Reports;

/// <summary>Escaping and the shared style sheet of the HTML pages. Every piece of graph text goes through <see cref="Escape"/>.</summary>
internal static class Html
{
    /// <summary>JSON for a script element: CJK kept readable, <c>&lt; &gt; &amp; ' "</c> always escaped, so it cannot close the element.</summary>
    public static readonly JsonSerializerOptions ScriptJson = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public const string FontStack =
        "\"Noto Sans CJK SC\", \"Noto Sans SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Hiragino Sans GB\", " +
        "\"Microsoft YaHei\", \"WenQuanYi Micro Hei\", \"Noto Sans\", system-ui, sans-serif";

    public const string Style =
        "body{font-family:" + FontStack + ";margin:0 auto;max-width:60rem;padding:1rem 1.5rem;color:#1d2330;line-height:1.55;background:#fbfbfd}" +
        "a{color:#1f5fa8;text-decoration:none}a:hover{text-decoration:underline}" +
        "h1{margin:.2rem 0;font-size:1.9rem}h2{border-bottom:1px solid #d5d9e2;padding-bottom:.2rem;margin-top:2rem;font-size:1.2rem}" +
        ".label{display:inline-block;border-radius:.6rem;padding:0 .6rem;color:#fff;font-size:.8rem}" +
        ".label-Person{background:#c0392b}.label-Organization{background:#2471a3}.label-Place{background:#239b56}.label-Event{background:#d68910}.label-Article{background:#7f8c8d}" +
        ".key{color:#6b7385;font-family:monospace;font-size:.85rem}" +
        "sup.refs a{margin-left:.15rem;font-size:.75rem}" +
        "ol.statements,ol.timeline{padding-left:1.4rem}ol.statements li,ol.timeline li{margin:.2rem 0}" +
        "ol.timeline{list-style:none;border-left:3px solid #d68910;padding-left:1rem}" +
        ".when{display:inline-block;min-width:7rem;color:#6b7385;font-variant-numeric:tabular-nums}" +
        ".detail{color:#4b5366;margin-left:.4rem;font-size:.9rem}" +
        "table{border-collapse:collapse;margin:.5rem 0}td,th{border-bottom:1px solid #e3e6ee;padding:.2rem .7rem;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}" +
        "ol.evidence li{margin:.5rem 0}ol.evidence li:target{background:#fff6d6}" +
        "blockquote{margin:.2rem 0 .2rem 0;padding:.1rem .7rem;border-left:3px solid #c9cfdb;background:#f2f4f8}" +
        ".source{font-family:monospace;font-size:.8rem;color:#6b7385}" +
        "svg.picture{width:100%;max-width:640px;height:auto;border:1px solid #e3e6ee;background:#fff}" +
        "svg.picture text{font-family:" + FontStack + ";font-size:12px;fill:#1d2330}" +
        ".legend span{margin-right:1rem;font-size:.85rem}.legend i{display:inline-block;width:.8rem;height:.8rem;border-radius:50%;margin-right:.3rem;vertical-align:middle}" +
        ".pager button{margin:0 .2rem}input[type=search]{font-size:1rem;padding:.3rem .5rem;width:22rem;max-width:100%}" +
        ".cols{display:flex;flex-wrap:wrap;gap:2rem;align-items:flex-start}";

    // Characters that need escaping: the five HTML specials and control characters other than line feed and tab.
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\"'" + string.Concat(Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(c => char.IsControl(c) && c is not '\n' and not '\t')));

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny(Special) < 0)
        {
            return text ?? string.Empty;
        }

        return new StringBuilder(text.Length + 16).AppendEscaped(text).ToString();
    }

    /// <summary>Appends <paramref name="text"/> escaped; most graph text needs no escaping and is appended in one piece.</summary>
    public static StringBuilder AppendEscaped(this StringBuilder sb, ReadOnlySpan<char> text)
    {
        while (true)
        {
            var next = text.IndexOfAny(Special);
            if (next < 0)
            {
                return sb.Append(text);
            }

            sb.Append(text[..next]);
            _ = text[next] switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '"' => sb.Append("&quot;"),
                '\'' => sb.Append("&#39;"),
                _ => sb.Append(' '),
            };
            text = text[(next + 1)..];
        }
    }

    /// <summary>Appends <paramref name="text"/> escaped.</summary>
    public static StringBuilder AppendEscaped(this StringBuilder sb, string? text) => sb.AppendEscaped(text.AsSpan());

    /// <summary>The colour a label is drawn in, in the picture and the legend.</summary>
    public static string Colour(YiwuGraph.Graph.NodeLabel label) => label switch
    {
        YiwuGraph.Graph.NodeLabel.Person => "#c0392b",
        YiwuGraph.Graph.NodeLabel.Organization => "#2471a3",
        YiwuGraph.Graph.NodeLabel.Place => "#239b56",
        YiwuGraph.Graph.NodeLabel.Event => "#d68910",
        _ => "#7f8c8d",
    };

    /// <summary>At most <paramref name="max"/> text elements of <paramref name="text"/>, with an ellipsis when cut.</summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var info = new System.Globalization.StringInfo(text);
        return info.LengthInTextElements <= max ? text : info.SubstringByTextElements(0, max) + "…";
    }
}
