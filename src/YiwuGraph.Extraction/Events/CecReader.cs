using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using YiwuGraph.Core;

namespace YiwuGraph.Extraction.Events;

/// <summary>The CEC documents of a folder that could be read, and the files that could not (each with file:line and why).</summary>
public sealed record CecFolder(IReadOnlyList<EventGoldDocument> Documents, IReadOnlyList<InputFileException> Skipped);

/// <summary>
/// Reads CEC (Chinese Emergency Corpus) annotated XML: <c>Body/Title</c>, <c>ReportTime</c> and
/// <c>Content/Paragraph/Sentence/Event</c> with inline <c>Denoter</c>, <c>Time</c>, <c>Location</c>,
/// <c>Participant</c> and <c>Object</c> spans. The document text is the concatenation of the trimmed text nodes of
/// the content (whitespace-only nodes are XML indentation), one line per paragraph; every span's offsets are where
/// its text lands in that string. Element and attribute names are matched case-insensitively, since the corpus
/// spells them several ways (<c>participant</c>, <c>tpye</c>).
/// </summary>
/// <remarks>
/// Files the corpus README calls repairable are repaired with its three generic fixes: text before <c>&lt;?xml</c>
/// is dropped, a space is put between an attribute's closing quote and the next attribute, and <c>eRelation</c>
/// elements after <c>&lt;/Body&gt;</c> are dropped (events do not need them). A file that still does not parse
/// throws <see cref="InputFileException"/> naming the file and the line.
/// </remarks>
public static partial class CecReader
{
    /// <summary>The CEC category of each id prefix (<c>traffic-001</c>).</summary>
    public static readonly IReadOnlyDictionary<string, string> Categories = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["traffic"] = "交通事故", ["earthquake"] = "地震", ["terrorism"] = "恐怖袭击", ["covid19"] = "新冠疫情",
        ["fire"] = "火灾", ["pollution"] = "环境污染", ["foodpoisoning"] = "食物中毒",
    };

    /// <summary>The trigger class CEC gives the incident itself (the accident, the fire, the quake).</summary>
    public const string EmergencyClass = "emergency";

    /// <summary>Reads every <c>*.xml</c> file of <paramref name="folder"/> in ordinal order; files that cannot be read are listed, not thrown.</summary>
    public static CecFolder ReadFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new InputFileException(folder, "CEC folder not found");
        }

        var documents = new List<EventGoldDocument>();
        var skipped = new List<InputFileException>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            try
            {
                documents.Add(ReadFile(path));
            }
            catch (InputFileException ex)
            {
                skipped.Add(ex);
            }
        }

        return new CecFolder(documents, skipped);
    }

    /// <summary>
    /// The project's deterministic dev part of CEC: documents whose id's 32-bit FNV-1a hash (over its UTF-8 bytes)
    /// is 0 modulo 4, about a quarter. Everything else is the train part.
    /// </summary>
    public static bool IsDev(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash % 4 == 0;
    }

    public static EventGoldDocument ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string xml;
        try
        {
            xml = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (IOException ex)
        {
            throw new InputFileException(path, ex.Message);
        }

        return Parse(xml, path, Path.GetFileNameWithoutExtension(path));
    }

    /// <summary>Parses one CEC document; <paramref name="source"/> is what errors name.</summary>
    public static EventGoldDocument Parse(string xml, string source, string id)
    {
        ArgumentNullException.ThrowIfNull(xml);
        XDocument document;
        try
        {
            document = XDocument.Parse(Repair(xml), LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new InputFileException(source, ex.Message, ex.LineNumber + LinesBeforeDeclaration(xml));
        }

        var body = document.Root;
        if (body is null || !Is(body, "Body"))
        {
            throw new InputFileException(source, "no <Body> element", 1);
        }

        var content = body.Elements().FirstOrDefault(e => Is(e, "Content"))
            ?? throw new InputFileException(source, "no <Content> element", ((IXmlLineInfo)body).LineNumber + LinesBeforeDeclaration(xml));
        var text = new StringBuilder();
        var events = new List<GoldEvent>();
        foreach (var paragraph in content.Elements())
        {
            var before = text.Length;
            Walk(paragraph, text, events, null);
            if (text.Length > before)
            {
                text.Append('\n');
            }
        }

        var prefix = id.Split('-')[0];
        var reportTime = body.Elements().FirstOrDefault(e => Is(e, "ReportTime"))?.Value.Trim();
        return new EventGoldDocument(id, text.ToString(), Categories.GetValueOrDefault(prefix), events) { ReportTime = reportTime };
    }

    /// <summary>One event while its element is walked: the trigger found so far and the arguments.</summary>
    private sealed class OpenEvent
    {
        public TextRange? Trigger { get; set; }

        public string? TriggerClass { get; set; }

        public List<GoldArgument> Arguments { get; } = [];
    }

    private static void Walk(XElement element, StringBuilder text, List<GoldEvent> events, OpenEvent? open)
    {
        var isEvent = Is(element, "Event");
        var current = isEvent ? new OpenEvent() : open;
        var start = text.Length;
        foreach (var node in element.Nodes())
        {
            if (node is XText t)
            {
                var value = t.Value.Trim();
                text.Append(value);
            }
            else if (node is XElement child)
            {
                Walk(child, text, events, current);
            }
        }

        var range = new TextRange(start, text.Length);
        if (isEvent)
        {
            if (current!.Trigger is { } trigger)
            {
                events.Add(new GoldEvent(trigger, text.ToString(trigger.Start, trigger.Length), null, current.TriggerClass, current.Arguments));
            }

            return;
        }

        if (open is null || range.Length == 0)
        {
            return;
        }

        var name = element.Name.LocalName;
        if (Is(element, "Denoter"))
        {
            if (open.Trigger is null)
            {
                open.Trigger = range;
                open.TriggerClass = Attribute(element, "type")?.ToLowerInvariant();
            }

            return;
        }

        var kind = name.ToLowerInvariant() switch
        {
            "time" => GoldArgumentKind.Time,
            "location" => GoldArgumentKind.Place,
            "participant" => GoldArgumentKind.Participant,
            _ => GoldArgumentKind.Other,
        };
        open.Arguments.Add(new GoldArgument(name, kind, range, text.ToString(range.Start, range.Length)));
    }

    private static bool Is(XElement element, string name) => string.Equals(element.Name.LocalName, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>An attribute by name, case-insensitively, tolerating the corpus's <c>tpye</c> for <c>type</c>.</summary>
    private static string? Attribute(XElement element, string name) =>
        element.Attributes().FirstOrDefault(a => string.Equals(a.Name.LocalName, name, StringComparison.OrdinalIgnoreCase)
            || (name == "type" && string.Equals(a.Name.LocalName, "tpye", StringComparison.OrdinalIgnoreCase)))?.Value;

    /// <summary>The README's generic fixes; line numbers of the result are those of the original minus the lines before the declaration.</summary>
    internal static string Repair(string xml)
    {
        var declaration = xml.IndexOf("<?xml", StringComparison.Ordinal);
        if (declaration > 0)
        {
            xml = xml[declaration..];
        }

        xml = AttributeWithoutSpace().Replace(xml, "\" ");
        var close = xml.LastIndexOf("</Body>", StringComparison.OrdinalIgnoreCase);
        if (close >= 0)
        {
            // eRelation elements after </Body> carry event–event relations, which the evaluation does not read.
            xml = xml[..(close + "</Body>".Length)];
        }

        return xml;
    }

    private static int LinesBeforeDeclaration(string xml)
    {
        var declaration = xml.IndexOf("<?xml", StringComparison.Ordinal);
        return declaration > 0 ? xml.AsSpan(0, declaration).Count('\n') : 0;
    }

    [GeneratedRegex("\"(?=[A-Za-z_][A-Za-z0-9_]*=\")")]
    private static partial Regex AttributeWithoutSpace();
}
