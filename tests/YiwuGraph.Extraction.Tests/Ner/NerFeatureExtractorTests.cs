using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner;

public sealed class NerFeatureExtractorTests
{
    private static FeatureBuffer Extract(string text, CharLexicon lexicon, WordAnnotations? words = null)
    {
        var matches = new LexiconMatches();
        matches.Reset(text.Length);
        lexicon.Annotate(text, matches);
        var buffer = new FeatureBuffer();
        NerFeatureExtractor.Extract(text, matches, CharClusters.Empty, words, buffer);
        return buffer;
    }

    [Fact]
    public void Same_text_gives_the_same_keys_and_one_group_per_character()
    {
        var a = Extract("市长温建飞主持会议", CharLexicon.Empty);
        var b = Extract("市长温建飞主持会议", CharLexicon.Empty);
        Assert.Equal(9, a.Positions);
        Assert.Equal(a.Keys.AsSpan(0, a.Count).ToArray(), b.Keys.AsSpan(0, b.Count).ToArray());
        Assert.True(a.At(0).Length >= 15);
    }

    [Fact]
    public void Digits_fold_together_but_letters_stay_apart()
    {
        Assert.Equal(NerFeatureExtractor.Norm("１", 0), NerFeatureExtractor.Norm("7", 0));
        Assert.Equal(NerFeatureExtractor.Norm("Ａ", 0), NerFeatureExtractor.Norm("a", 0));
        Assert.NotEqual(NerFeatureExtractor.Norm("a", 0), NerFeatureExtractor.Norm("b", 0));
        Assert.NotEqual(NerFeatureExtractor.Norm("x", -1), NerFeatureExtractor.Norm("x", 1));
    }

    [Fact]
    public void Lexicon_hits_add_features_only_where_they_match()
    {
        var lexicon = CharLexicon.Build([new("书记", 1 << (int)LexiconClass.Title)]);
        var with = Extract("书记叶帮锐", lexicon);
        var without = Extract("书记叶帮锐", CharLexicon.Empty);
        Assert.True(with.At(0).Length > without.At(0).Length);
        Assert.True(with.At(2).Length > without.At(2).Length, "the character after a title sees it");
        Assert.Equal(without.At(4).Length, with.At(4).Length);
    }

    [Fact]
    public void Word_annotations_add_features()
    {
        var words = new WordAnnotations();
        words.Reset(4);
        words.SetWord(0, 2, "ns");
        words.SetWord(2, 4, "n");
        Assert.Equal(0, words.Role(0));
        Assert.Equal(2, words.Role(1));
        Assert.Equal(WordAnnotations.PosCode("ns"), words.Pos(1));
        Assert.Equal(2, words.WordLength(3));
        var with = Extract("义乌市场", CharLexicon.Empty, words);
        var without = Extract("义乌市场", CharLexicon.Empty);
        Assert.True(with.At(1).Length > without.At(1).Length);
    }

    [Fact]
    public void Lexicon_reports_longest_matches_by_class()
    {
        var lexicon = CharLexicon.Build([
            new("浙江", 1 << (int)LexiconClass.Place),
            new("浙江省", 1 << (int)LexiconClass.Place),
            new("省", 1 << (int)LexiconClass.PlaceSuffix),
        ]);
        var matches = new LexiconMatches();
        matches.Reset(4);
        lexicon.Annotate("浙江省委", matches);
        Assert.Equal(3, matches.StartLength(0, LexiconClass.Place));
        Assert.Equal(3, matches.EndLength(2, LexiconClass.Place));
        Assert.True(matches.IsInside(1, LexiconClass.Place));
        Assert.Equal(1, matches.StartLength(2, LexiconClass.PlaceSuffix));
        Assert.Equal(0, matches.StartLength(3, LexiconClass.Place));
        Assert.Equal(3, lexicon.WordCount);
        Assert.Equal(["浙江", "浙江省", "省"], lexicon.Words().Select(w => w.Key));
    }
}
