using System.Text.Json;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Evaluation;

/// <summary>One page of annotated news: its text and the distinct strings a reader marked, by kind.</summary>
public sealed record EntityGoldPage(string Text, IReadOnlySet<(NerEntityKind Kind, string Surface)> Entities);

/// <summary>
/// Reads annotated sentences as pages for <see cref="EntityGraphEvaluator"/>: CoNLL character files cut into pages
/// of N sentences (a blank line between sentences, as paragraphs), or CLUENER JSON lines, one page a line.
/// </summary>
public static class EntityGoldReader
{
    /// <summary>
    /// CLUENER's types as the graph's kinds: <c>name</c> is a person; <c>company</c>, <c>government</c> and
    /// <c>organization</c> are organisations; <c>address</c> and <c>scene</c> (named sites) are places. Titles,
    /// books, games and films have no node kind and are left out.
    /// </summary>
    public static NerEntityKind? CluenerKind(string type) => type switch
    {
        "name" => NerEntityKind.Person,
        "company" or "government" or "organization" => NerEntityKind.Organization,
        "address" or "scene" => NerEntityKind.Location,
        _ => null,
    };

    /// <summary>CoNLL <c>CHAR&lt;TAB&gt;TAG</c> sentences, <paramref name="pageSentences"/> to a page.</summary>
    public static List<EntityGoldPage> ReadConll(string path, int pageSentences)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSentences, 1);
        var sentences = ConllNerReader.ReadFile(path);
        var pages = new List<EntityGoldPage>();
        for (var first = 0; first < sentences.Count; first += pageSentences)
        {
            var chunk = sentences.Skip(first).Take(pageSentences).ToList();
            var entities = new HashSet<(NerEntityKind, string)>();
            foreach (var sentence in chunk)
            {
                foreach (var span in sentence.Spans)
                {
                    entities.Add((span.Kind, sentence.Text[span.Start..span.End]));
                }
            }

            pages.Add(new EntityGoldPage(string.Join("\n\n", chunk.Select(s => s.Text)) + "\n", entities));
        }

        return pages;
    }

    /// <summary>CLUENER JSON lines (<c>{"text": …, "label": {type: {surface: [[start, end]]}}}</c>), one page a line.</summary>
    public static List<EntityGoldPage> ReadCluener(string path)
    {
        var pages = new List<EntityGoldPage>();
        var lineNumber = 0;
        foreach (var line in ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                pages.Add(ParseCluenerLine(line));
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
            {
                throw new InputFileException(path, $"not a CLUENER line ({ex.Message})", lineNumber);
            }
        }

        if (pages.Count == 0)
        {
            throw new InputFileException(path, "holds no CLUENER lines");
        }

        return pages;
    }

    private static EntityGoldPage ParseCluenerLine(string line)
    {
        using var json = JsonDocument.Parse(line);
        var text = json.RootElement.GetProperty("text").GetString() ?? throw new FormatException("text is null");
        var entities = new HashSet<(NerEntityKind, string)>();
        if (json.RootElement.TryGetProperty("label", out var label))
        {
            foreach (var type in label.EnumerateObject())
            {
                if (CluenerKind(type.Name) is not { } kind)
                {
                    continue;
                }

                foreach (var surface in type.Value.EnumerateObject())
                {
                    foreach (var range in surface.Value.EnumerateArray())
                    {
                        // CLUENER's ranges are inclusive: [start, end].
                        int start = range[0].GetInt32(), end = range[1].GetInt32() + 1;
                        if (start < 0 || end > text.Length || !text.AsSpan(start, end - start).SequenceEqual(surface.Name))
                        {
                            throw new FormatException($"'{surface.Name}' is not at [{start}, {end - 1}]");
                        }

                        entities.Add((kind, surface.Name));
                    }
                }
            }
        }

        return new EntityGoldPage(text + "\n", entities);
    }

    private static string[] ReadLines(string path)
    {
        try
        {
            return File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(path, $"cannot be read ({ex.Message})");
        }
    }
}
