using System.Text;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Ner;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Pipeline;

/// <summary>
/// Random texts made of pieces of real news and noise go through build's whole pipeline: nothing throws, every
/// annotation is a range inside the text, mentions are sorted and disjoint, and the same text gives the same facts.
/// </summary>
public sealed class NewsPipelineInvariantTests
{
    private static readonly Lazy<NewsPipeline> Standard = new(() =>
    {
        var home = new HomeContext("义乌市", "浙江省");
        var places = new PlaceDirectory(PlaceGazetteer.Default, home);
        return NewsPipelines.ForBuild(home, places);
    });

    [Fact]
    public void Random_news_never_throws_and_every_annotation_lies_inside_the_text()
    {
        var lines = File.ReadAllLines(RepoPaths.Seed("000")).Where(l => l.Length > 0).ToArray();
        var random = new Random(14);
        for (var round = 0; round < 120; round++)
        {
            var text = RandomNews(random, lines);
            var document = Standard.Value.Run(new NewsDocument(text));

            var previousEnd = 0;
            foreach (var m in document.Mentions)
            {
                Assert.True(m.Range.Start >= previousEnd && m.Range.Length > 0 && m.Range.End <= text.Length, $"mention {m} in '{text}'");
                previousEnd = m.Range.End;
            }

            Assert.All(document.Entities, e => Assert.Equal(e.Surface, text[e.Range.Start..e.Range.End]));
            Assert.All(document.Positions, p => Inside(p.Evidence, text));
            Assert.All(document.Events, e => Inside(e.Evidence, text));
            Assert.All(document.Events.SelectMany(e => e.Participants), p => Inside(p.Evidence, text));
            Assert.All(document.Relations, r => Inside(r.Evidence, text));
            Assert.Equal(Describe(document), Describe(Standard.Value.Run(new NewsDocument(text))));
        }
    }

    [Fact]
    public void Tokens_cut_once_for_the_whole_text_give_the_mentions_each_source_finds_by_segmenting_itself()
    {
        var lines = File.ReadAllLines(RepoPaths.Seed("001")).Where(l => l.Length > 0).ToArray();
        var segmenter = JiebaSegmenter.CreateDefault();
        var recognizer = new RecognizerMentionSource(NewsEntityRecognizer.Default);
        var rules = new PatternMentionSource(segmenter);
        var random = new Random(8);
        for (var round = 0; round < 80; round++)
        {
            // Line breaks of every kind: the recognizer reads line by line, the tokens are cut over the whole text.
            var text = RandomNews(random, lines).Replace("\n", random.Next(3) switch { 0 => "\r\n", 1 => "\r", _ => "\n \n" }, StringComparison.Ordinal);
            var tokens = segmenter.CutWithPos(text);

            Assert.Equal(recognizer.Find(text), recognizer.Find(text, tokens));
            Assert.Equal(rules.Find(text), rules.Find(text, tokens));
        }
    }

    private static void Inside(TextRange range, string text) =>
        Assert.True(range.Start >= 0 && range.Start <= range.End && range.End <= text.Length, $"{range} outside a text of {text.Length}");

    /// <summary>Everything the pipeline read, as one string, to compare two runs.</summary>
    private static string Describe(NewsDocument d) => string.Join('\n',
        d.Mentions.Select(m => m.ToString())
            .Concat(d.Entities.Select(e => e.ToString()))
            .Concat(d.Positions.Select(p => $"{p.Person.Name} {p.Title} {p.Organization?.Name} {p.Evidence}"))
            .Concat(d.Events.Select(e => $"{e.Type} {e.Name} {e.Trigger} {e.Evidence} {e.DateText} {e.Date} {e.Location?.Name} {string.Join(',', e.Participants.Select(p => $"{p.Entity.Name}:{p.Role}"))}"))
            .Concat(d.Relations.Select(r => $"{r.Type} {r.Head.Name} {r.Tail.Name} {r.Evidence}")));

    /// <summary>Pieces of seed lines, cut anywhere (mid-word too), joined with noise and line breaks.</summary>
    private static string RandomNews(Random random, string[] lines)
    {
        var sb = new StringBuilder();
        for (var piece = random.Next(1, 6); piece > 0; piece--)
        {
            var line = lines[random.Next(lines.Length)];
            var start = random.Next(line.Length);
            sb.Append(line, start, random.Next(Math.Min(line.Length - start, 80) + 1));
            switch (random.Next(5))
            {
                case 0: sb.Append('\n'); break;
                case 1: sb.Append((char)random.Next(0x4E00, 0x9FA5)); break;
                case 2: sb.Append("，"); break;
                case 3: sb.Append(char.ConvertFromUtf32(random.Next(0x1F300, 0x1F6FF))); break;
            }
        }

        return sb.ToString();
    }
}
