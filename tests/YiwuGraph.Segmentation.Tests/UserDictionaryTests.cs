using System.Text;
using YiwuGraph.Core;

namespace YiwuGraph.Segmentation.Tests;

/// <summary>User dictionaries, add/remove word and frequency suggestion, against jieba's own behaviour.</summary>
public sealed class UserDictionaryTests
{
    private static readonly JiebaSegmenter Default = JiebaSegmenter.CreateDefault();
    private static readonly Lazy<JiebaSegmenter> WithUserDictionary = new(() =>
        Default.LoadUserDictionary(new MemoryStream(Encoding.UTF8.GetBytes(Golden.Get("userDictionary").GetString()!))));

    public static TheoryData<int> Cases => Golden.Indexes("user");

    [Theory]
    [MemberData(nameof(Cases))]
    public void User_dictionary_cut_matches_jieba(int index)
    {
        var c = Golden.Get("user")[index];
        var text = c.GetProperty("text").GetString()!;
        var s = WithUserDictionary.Value;
        Assert.Equal(Golden.Words(c.GetProperty("cut")), Golden.Texts(text, s.Cut(text)));
        Assert.Equal(Golden.Words(c.GetProperty("cutNoHmm")), Golden.Texts(text, s.Cut(text, hmm: false)));
        var search = new List<Token>();
        s.CutForSearch(text, search);
        Assert.Equal(Golden.Words(c.GetProperty("search")), Golden.Texts(text, search));
        var all = new List<Token>();
        s.CutAll(text, all);
        Assert.Equal(Golden.Words(c.GetProperty("cutAll")), Golden.Texts(text, all));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void User_dictionary_posseg_matches_jieba(int index)
    {
        var c = Golden.Get("user")[index];
        var text = c.GetProperty("text").GetString()!;
        var s = WithUserDictionary.Value;
        Assert.Equal(Golden.Pairs(c.GetProperty("pos")), Golden.TaggedTexts(text, s.CutWithPos(text)));
        Assert.Equal(Golden.Pairs(c.GetProperty("posNoHmm")), Golden.TaggedTexts(text, s.CutWithPos(text, hmm: false)));
    }

    [Fact]
    public void Suggested_frequencies_match_jieba()
    {
        foreach (var c in Golden.Get("suggest").EnumerateArray())
        {
            var segments = Golden.Words(c.GetProperty("segments"));
            var expected = c.GetProperty("freq").GetInt64();
            var actual = segments.Length == 1 ? Default.SuggestFrequency(segments[0]) : Default.SuggestFrequency(segments);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void AddWord_returns_a_new_segmenter_and_leaves_the_default_alone()
    {
        const string text = "领克900和叶帮锐";
        var before = Golden.Texts(text, Default.Cut(text));
        var taught = Default.AddWord("领克900", tag: "nz").AddWord("叶帮锐", 1000, "nr");
        Assert.Equal(["领克900", "和", "叶帮锐"], Golden.Texts(text, taught.Cut(text)));
        Assert.Equal(["领克900/nz", "和/c", "叶帮锐/nr"], Golden.TaggedTexts(text, taught.CutWithPos(text)));
        Assert.Equal(before, Golden.Texts(text, Default.Cut(text)));
        Assert.Equal(0, Default.UserWordCount);
        Assert.Equal(2, taught.UserWordCount);
        Assert.Equal(1000, taught.GetFrequency("叶帮锐"));
        Assert.Equal(Default.Total + 1000 + taught.GetFrequency("领克900"), taught.Total);
    }

    [Fact]
    public void RemoveWord_splits_a_dictionary_word_and_forces_the_hmm_to_split_it()
    {
        const string text = "我来到北京清华大学";
        var removed = Default.RemoveWord("清华大学");
        var words = Golden.Texts(text, removed.Cut(text));
        Assert.DoesNotContain("清华大学", words);
        Assert.Equal(0, removed.GetFrequency("清华大学"));
        Assert.Equal(text, string.Concat(words));
    }

    [Theory]
    [InlineData("叶帮锐 100 nr", "叶帮锐", "100", "nr")]
    [InlineData("领克900", "领克900", null, null)]
    [InlineData("台中", "台中", null, null)]
    [InlineData("凱特琳 nz", "凱特琳", null, "nz")]
    [InlineData("Edu Trust认证 2000", "Edu Trust认证", "2000", null)]
    [InlineData("a 1 2", "a 1", "2", null)]
    [InlineData("word 12 Nr", "word 12 Nr", null, null)]
    public void User_lines_split_like_jiebas_regex(string line, string word, string? freq, string? tag)
    {
        Assert.Equal((word, freq, tag), JiebaSegmenter.ParseUserLine(line));
    }

    [Fact]
    public void A_frequency_too_large_is_a_resource_error_naming_the_line()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes("好词 1\n坏词 99999999999999999999\n"));
        var ex = Assert.Throws<ResourceLoadException>(() => Default.LoadUserDictionary(stream, "my.dict"));
        Assert.Equal("my.dict", ex.ResourceName);
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }
}
