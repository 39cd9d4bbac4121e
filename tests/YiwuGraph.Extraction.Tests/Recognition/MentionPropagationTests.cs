using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;

namespace YiwuGraph.Extraction.Tests.Recognition;

public sealed class MentionPropagationTests
{
    [Fact]
    public void A_confident_name_labels_its_uncovered_exact_repeats()
    {
        const string text = "市长张三丰到浙江大学调研。张三丰说，浙江大学要办好。";
        var found = MentionPropagation.Propagate(text, [At(text, "张三丰", 0, EntityKind.Person, 0.9), At(text, "浙江大学", 0, EntityKind.Organization, 0.8)]);
        Assert.Equal(
            new[] { ("张三丰", EntityKind.Person), ("浙江大学", EntityKind.Organization), ("张三丰", EntityKind.Person), ("浙江大学", EntityKind.Organization) },
            found.Select(m => (m.GetText(text), m.Kind)));
        Assert.Equal(MentionPropagation.RepeatConfidence, found[2].Confidence);
    }

    [Fact]
    public void Repeats_never_overlap_existing_mentions_and_unsure_or_ambiguous_names_do_not_propagate()
    {
        const string text = "义乌市委书记到义乌。义乌市委开会。王五和王五集团。";
        var mentions = new[]
        {
            At(text, "义乌", 0, EntityKind.Place, 0.9),
            At(text, "义乌市委", 1, EntityKind.Organization, 0.9),
            At(text, "王五", 0, EntityKind.Person, 0.5),
        };
        var found = MentionPropagation.Propagate(text, mentions.OrderBy(m => m.Range.Start).ToList());
        // 义乌 inside 义乌市委 at 10 is covered; the first 义乌市委 (0) overlaps 义乌 (0) and stays 义乌; 王五 is
        // unsure, so its repeat (and 王五集团) is left alone.
        Assert.Equal(new[] { "义乌", "义乌", "义乌市委", "王五" }, found.Select(m => m.GetText(text)));

        const string mixed = "华为在华为。";
        var ambiguous = MentionPropagation.Propagate(mixed, [At(mixed, "华为", 0, EntityKind.Organization, 0.9), At(mixed, "华为", 1, EntityKind.Place, 0.9)]);
        Assert.Equal(2, ambiguous.Count);
    }

    [Fact]
    public void Any_input_gives_sorted_non_overlapping_mentions_inside_the_text()
    {
        var random = new Random(20261203);
        for (var round = 0; round < 300; round++)
        {
            var length = random.Next(0, 50);
            var text = new string(Enumerable.Range(0, length).Select(_ => "甲乙丙"[random.Next(3)]).ToArray());
            var mentions = new List<FactMention>();
            var at = random.Next(0, 3);
            while (at < length)
            {
                var end = Math.Min(length, at + random.Next(1, 5));
                mentions.Add(new FactMention(new TextRange(at, end), (EntityKind)random.Next(3), Math.Round(random.NextDouble(), 2)));
                at = end + random.Next(0, 4);
            }

            var found = MentionPropagation.Propagate(text, mentions);
            Assert.Superset(mentions.ToHashSet(), found.ToHashSet());
            for (var i = 0; i < found.Count; i++)
            {
                Assert.InRange(found[i].Range.Start, 0, length - 1);
                Assert.InRange(found[i].Range.End, found[i].Range.Start + 1, length);
                Assert.True(i == 0 || found[i - 1].Range.End <= found[i].Range.Start, $"round {round}: overlap");
            }
        }

        Assert.Empty(MentionPropagation.Propagate(string.Empty, []));
    }

    private static FactMention At(string text, string surface, int occurrence, EntityKind kind, double confidence)
    {
        var at = -1;
        for (var k = 0; k <= occurrence; k++)
        {
            at = text.IndexOf(surface, at + 1, StringComparison.Ordinal);
        }

        Assert.True(at >= 0, surface);
        return new FactMention(new TextRange(at, at + surface.Length), kind, confidence);
    }
}
