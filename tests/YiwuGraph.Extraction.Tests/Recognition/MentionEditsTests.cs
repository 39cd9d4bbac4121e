using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;

namespace YiwuGraph.Extraction.Tests.Recognition;

/// <summary>Copy-on-write edits of a mention list by index.</summary>
public sealed class MentionEditsTests
{
    private static List<FactMention> Mentions(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new FactMention(new TextRange(i * 3, (i * 3) + 2), EntityKind.Place, 0.8))];

    [Fact]
    public void Without_an_edit_the_very_list_given_comes_back()
    {
        var mentions = Mentions(3);
        Assert.Same(mentions, new MentionEdits(mentions).Result());
    }

    [Fact]
    public void Replaced_and_dropped_mentions_keep_the_others_in_order_and_leave_the_list_given_alone()
    {
        var mentions = Mentions(4);
        var original = mentions.ToList();
        var edits = new MentionEdits(mentions);
        var replaced = mentions[1] with { Kind = EntityKind.Organization };
        edits.Replace(1, replaced);
        edits.Drop(2);

        Assert.Equal([mentions[0], replaced, mentions[3]], edits.Result());
        Assert.Equal(original, mentions);
    }

    [Fact]
    public void Random_edits_give_the_list_a_plain_copy_would()
    {
        var random = new Random(17);
        for (var round = 0; round < 200; round++)
        {
            var mentions = Mentions(random.Next(0, 12));
            var edits = new MentionEdits(mentions);
            var expected = mentions.Select(m => (FactMention?)m).ToList();
            for (var k = 0; k < mentions.Count; k++)
            {
                switch (random.Next(3))
                {
                    case 0:
                        edits.Drop(k);
                        expected[k] = null;
                        break;
                    case 1:
                        var moved = mentions[k] with { Confidence = 0.5 };
                        edits.Replace(k, moved);
                        expected[k] = moved;
                        break;
                }
            }

            Assert.Equal(expected.Where(m => m.HasValue).Select(m => m!.Value), edits.Result());
        }
    }
}
