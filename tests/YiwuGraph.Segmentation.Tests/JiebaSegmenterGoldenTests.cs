namespace YiwuGraph.Segmentation.Tests;

/// <summary>Every mode against real jieba output, case by case (documented examples, mixed scripts, numbers, symbols).</summary>
public sealed class JiebaSegmenterGoldenTests
{
    private static readonly JiebaSegmenter Segmenter = JiebaSegmenter.CreateDefault();

    public static TheoryData<int> Cases => Golden.Indexes("default");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cut_matches_jieba(int index)
    {
        var c = Golden.Get("default")[index];
        var text = c.GetProperty("text").GetString()!;
        Assert.Equal(Golden.Words(c.GetProperty("cut")), Golden.Texts(text, Segmenter.Cut(text)));
        Assert.Equal(Golden.Words(c.GetProperty("cutNoHmm")), Golden.Texts(text, Segmenter.Cut(text, hmm: false)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CutAll_and_CutForSearch_match_jieba(int index)
    {
        var c = Golden.Get("default")[index];
        var text = c.GetProperty("text").GetString()!;
        var all = new List<Token>();
        Segmenter.CutAll(text, all);
        Assert.Equal(Golden.Words(c.GetProperty("cutAll")), Golden.Texts(text, all));
        var search = new List<Token>();
        Segmenter.CutForSearch(text, search);
        Assert.Equal(Golden.Words(c.GetProperty("search")), Golden.Texts(text, search));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CutWithPos_matches_jieba_posseg(int index)
    {
        var c = Golden.Get("default")[index];
        var text = c.GetProperty("text").GetString()!;
        Assert.Equal(Golden.Pairs(c.GetProperty("pos")), Golden.TaggedTexts(text, Segmenter.CutWithPos(text)));
        Assert.Equal(Golden.Pairs(c.GetProperty("posNoHmm")), Golden.TaggedTexts(text, Segmenter.CutWithPos(text, hmm: false)));
    }

    [Fact]
    public void Documented_example_has_offsets_into_the_input()
    {
        const string text = "我来到北京清华大学";
        var tokens = Segmenter.Cut(text);
        Assert.Equal(
            [new Token(0, 1, PosTag.None), new Token(1, 3, PosTag.None), new Token(3, 5, PosTag.None), new Token(5, 9, PosTag.None)],
            tokens);
    }

    [Fact]
    public void Unknown_name_is_found_by_the_hmm_and_tagged_nr()
    {
        const string text = "叶帮锐是领克900的设计师";
        var tokens = Segmenter.CutWithPos(text);
        Assert.Equal("叶帮锐", tokens[0].GetText(text));
        Assert.Equal(PosTag.PersonName, tokens[0].Tag);
        Assert.Equal(new[] { "领克", "900" }, new[] { tokens[2].GetText(text), tokens[3].GetText(text) });
        Assert.Equal("m", tokens[3].Tag.Name);
    }

    [Fact]
    public void Characters_outside_the_bmp_are_one_token_each()
    {
        const string text = "好😀𠀀";
        var tokens = Segmenter.Cut(text);
        Assert.Equal(["好", "😀", "𠀀"], Golden.Texts(text, tokens));
        Assert.All(tokens.Skip(1), t => Assert.Equal(2, t.Length));
    }

    [Fact]
    public void Tokenize_search_mode_gives_inner_words_with_offsets()
    {
        const string text = "中华人民共和国";
        var tokens = Segmenter.Tokenize(text, TokenizeMode.Search);
        Assert.Contains(new Token(0, 2, PosTag.None), tokens);
        Assert.Contains(new Token(2, 4, PosTag.None), tokens);
        Assert.Equal(new Token(0, 7, PosTag.None), tokens[^1]);
    }

    [Fact]
    public void Segmented_line_writer_drops_whitespace_and_formats_tags()
    {
        var cut = new SegmentedLineWriter(Segmenter, pos: false);
        Assert.Equal("我 来到 北京 ， 13.1%", cut.Format("  我来到\t北京，13.1% ").ToString());
        var pos = new SegmentedLineWriter(Segmenter, pos: true);
        Assert.Equal("我/r 来到/v 北京/ns", pos.Format("我来到 北京").ToString());
        Assert.Equal(string.Empty, pos.Format("　 \t").ToString());
    }
}
