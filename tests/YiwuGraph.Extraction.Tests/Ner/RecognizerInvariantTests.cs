using System.Text;
using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner;

public sealed class RecognizerInvariantTests
{
    private const string Alphabet = "市长书记委局公司集团协会大学镇村街道省县区的在和、，。 \n\t“”()（）0１aＡ王李张陈叶帮锐义乌浙江金华我市记者摄";

    [Fact]
    public void Random_text_never_throws_and_mentions_are_sorted_inside_and_disjoint()
    {
        var random = new Random(4);
        for (var round = 0; round < 300; round++)
        {
            var text = RandomText(random, random.Next(0, 120));
            var mentions = NewsEntityRecognizer.Default.Recognize(text);
            var previousEnd = 0;
            foreach (var m in mentions)
            {
                Assert.True(m.Range.Start >= previousEnd, $"overlap or unsorted in '{text}'");
                Assert.True(m.Range.End <= text.Length && m.Range.Length > 0);
                Assert.InRange(m.Confidence, 0, 1);
                Assert.False(string.IsNullOrEmpty(m.FineType));
                previousEnd = m.Range.End;
            }

            var spans = NewsEntityRecognizer.Default.Tagger.Tag(text);
            Assert.All(spans, s => Assert.True(s.Start >= 0 && s.End <= text.Length && s.Start < s.End));
        }
    }

    [Fact]
    public void Very_long_lines_are_tagged_in_pieces()
    {
        var text = string.Concat(Enumerable.Repeat("市长温建飞主持会议，", 400));
        var mentions = NewsEntityRecognizer.Default.Recognize(text);
        Assert.True(mentions.Count(m => m.Type == MentionType.Person) >= 300);
    }

    private static string RandomText(Random random, int length)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            var pick = random.Next(10);
            if (pick < 6)
            {
                sb.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
            else if (pick < 8)
            {
                sb.Append((char)random.Next(0x4E00, 0x9FA5));
            }
            else if (pick < 9)
            {
                sb.Append(char.ConvertFromUtf32(random.Next(0x1F300, 0x1F6FF)));
            }
            else
            {
                sb.Append((char)random.Next(0, 0xFFFF));
            }
        }

        return sb.ToString();
    }
}
