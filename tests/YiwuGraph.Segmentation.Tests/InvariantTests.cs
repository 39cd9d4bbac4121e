using System.Text;

namespace YiwuGraph.Segmentation.Tests;

/// <summary>Randomized invariants: tokens tile the input, output is deterministic, nothing throws.</summary>
public sealed class InvariantTests
{
    private static readonly JiebaSegmenter Segmenter = JiebaSegmenter.CreateDefault();

    private const string Alphabet =
        "的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会家可下而过天去能对小多然于心学么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同日手又行意动方期它头经长儿回位分爱老因很给名法间斯知世什两次使身者被高已亲其进此话常与活正感"
        + "义乌市场商贸城领克帮锐叶阿里巴巴签署合作协议电商物流国际小商品"
        + "abcxyzABCXYZ0123456789+#&._%-@!?，。、；：“”‘’（）《》【】—…·　 \t\r\nＡＢＣ１２３";

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Tokens_cover_the_input_in_order_in_every_mode(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            var text = RandomText(random, random.Next(0, 300));
            foreach (var hmm in new[] { true, false })
            {
                AssertTiles(text, Segmenter.Cut(text, hmm));
                AssertTiles(text, Segmenter.CutWithPos(text, hmm));
            }

            var all = new List<Token>();
            Segmenter.CutAll(text, all);
            AssertInBounds(text, all);
            var search = new List<Token>();
            Segmenter.CutForSearch(text, search);
            AssertInBounds(text, search);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Same_input_gives_same_output(int seed)
    {
        var random = new Random(seed);
        var text = RandomText(random, 2000);
        Assert.Equal(Segmenter.Cut(text), Segmenter.Cut(text));
        Assert.Equal(Segmenter.CutWithPos(text), Segmenter.CutWithPos(text));
    }

    [Fact]
    public void One_instance_gives_the_same_answers_on_many_threads()
    {
        var random = new Random(11);
        var texts = Enumerable.Range(0, 64).Select(_ => RandomText(random, 500)).ToArray();
        var expected = texts.Select(t => Golden.TaggedTexts(t, Segmenter.CutWithPos(t))).ToArray();
        var mismatches = 0;
        Parallel.For(0, texts.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var k = i % texts.Length;
            if (!expected[k].SequenceEqual(Golden.TaggedTexts(texts[k], Segmenter.CutWithPos(texts[k]))))
            {
                Interlocked.Increment(ref mismatches);
            }
        });
        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void Arbitrary_utf16_including_lone_surrogates_never_throws()
    {
        var random = new Random(42);
        for (var round = 0; round < 200; round++)
        {
            var chars = new char[random.Next(1, 200)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(4) switch
                {
                    0 => (char)random.Next(0xD800, 0xE000),
                    1 => (char)random.Next(0x4E00, 0x9FD6),
                    _ => (char)random.Next(0, 0x10000),
                };
            }

            var text = new string(chars);
            AssertTiles(text, Segmenter.Cut(text));
            AssertTiles(text, Segmenter.CutWithPos(text));
            var all = new List<Token>();
            Segmenter.CutAll(text, all);
            AssertInBounds(text, all);
        }
    }

    [Fact]
    public void One_megabyte_line_is_segmented_without_throwing()
    {
        var random = new Random(7);
        var text = RandomText(random, 600_000, newlines: false);
        Assert.True(Encoding.UTF8.GetByteCount(text) >= 1 << 20);
        AssertTiles(text, Segmenter.Cut(text));
        AssertTiles(text, Segmenter.Cut(text, hmm: false));
        AssertTiles(text, Segmenter.CutWithPos(text));
    }

    [Fact]
    public void Long_run_of_unknown_characters_goes_through_both_hmms()
    {
        // Rare characters that are no dictionary words: one long HMM run.
        var text = new string('\u9FD0', 5000) + string.Concat(Enumerable.Repeat("\u4E2E\u4E8D\u4E98", 3000));
        AssertTiles(text, Segmenter.Cut(text));
        AssertTiles(text, Segmenter.CutWithPos(text));
    }

    private static void AssertTiles(string text, List<Token> tokens)
    {
        var position = 0;
        foreach (var t in tokens)
        {
            Assert.Equal(position, t.Start);
            Assert.True(t.End > t.Start, $"empty token at {t.Start}");
            position = t.End;
        }

        Assert.Equal(text.Length, position);
    }

    private static void AssertInBounds(string text, List<Token> tokens)
    {
        foreach (var t in tokens)
        {
            Assert.InRange(t.Start, 0, text.Length - 1);
            Assert.InRange(t.End, t.Start + 1, text.Length);
        }
    }

    private static string RandomText(Random random, int length, bool newlines = true)
    {
        var sb = new StringBuilder(length + 2);
        while (sb.Length < length)
        {
            var pick = random.Next(20);
            if (pick == 0)
            {
                sb.Append(char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAFF)));
            }
            else if (pick == 1)
            {
                sb.Append(char.ConvertFromUtf32(random.Next(0x20000, 0x2A6DF)));
            }
            else
            {
                var c = Alphabet[random.Next(Alphabet.Length)];
                if (newlines || (c != '\r' && c != '\n'))
                {
                    sb.Append(c);
                }
            }
        }

        return sb.ToString();
    }
}
