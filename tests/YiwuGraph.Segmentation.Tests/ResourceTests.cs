using System.Text;
using YiwuGraph.Core;

namespace YiwuGraph.Segmentation.Tests;

/// <summary>Model data loads from streams, round-trips, and fails loudly with the resource's name.</summary>
public sealed class ResourceTests
{
    [Fact]
    public void Embedded_resources_load_and_have_jiebas_totals()
    {
        var segmenter = JiebaSegmenter.CreateDefault();
        Assert.Equal(60101967, segmenter.Dictionary.Total);
        Assert.Same(segmenter, JiebaSegmenter.CreateDefault());
        Assert.Equal(PosTag.FromName("ns"), segmenter.Dictionary.GetTag("北京"));
        Assert.True(segmenter.GetFrequency("北京") > 0);
        Assert.Equal(0, segmenter.GetFrequency("北京清"));
    }

    [Fact]
    public void A_missing_embedded_resource_names_itself()
    {
        var ex = Assert.Throws<ResourceLoadException>(() => JiebaSegmenter.OpenResource("nope.bin"));
        Assert.Equal("nope.bin", ex.ResourceName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(100)]
    [InlineData(5000)]
    public void A_truncated_dictionary_is_a_resource_error(int keep)
    {
        var bytes = ReadResource("jieba.dict.bin");
        var ex = Assert.Throws<ResourceLoadException>(() => JiebaDictionary.Load(new MemoryStream(bytes[..keep]), "dict-under-test"));
        Assert.Equal("dict-under-test", ex.ResourceName);
    }

    [Fact]
    public void Corrupt_or_foreign_bytes_are_resource_errors()
    {
        var bytes = ReadResource("jieba.hmm.bin");
        bytes[20] ^= 0x5A;
        bytes[21] ^= 0xA5;
        Assert.Throws<ResourceLoadException>(() => HmmModel.Load(new MemoryStream(bytes), "hmm"));
        Assert.Throws<ResourceLoadException>(() => PosHmmModel.Load(new MemoryStream(ReadResource("jieba.dict.bin")), "pos"));
        Assert.Throws<ResourceLoadException>(() => IdfTable.Load(Stream.Null, "idf"));
        Assert.Throws<ResourceLoadException>(() => JiebaDictionary.Load(null!, "null"));
    }

    [Fact]
    public void A_text_dictionary_round_trips_through_the_binary_form()
    {
        const string text = "北京 100 ns\n清华大学 50 nt\n清华 20 nt\n大学 30 n\n来到 40 v\n我 80 r\n北京 60 ns\n";
        var dictionary = JiebaDictionary.FromText(new MemoryStream(Encoding.UTF8.GetBytes(text)), "tiny.txt");
        Assert.Equal(380, dictionary.Total);
        Assert.Equal(60, dictionary.GetFrequency("北京"));
        var buffer = new MemoryStream();
        dictionary.Save(buffer);
        buffer.Position = 0;
        var loaded = JiebaDictionary.Load(buffer, "tiny.bin");
        Assert.Equal(dictionary.Total, loaded.Total);
        Assert.Equal(dictionary.NodeCount, loaded.NodeCount);
        var segmenter = JiebaSegmenter.Create(loaded);
        const string sentence = "我来到北京清华大学";
        Assert.Equal(["我", "来到", "北京", "清华大学"], Golden.Texts(sentence, segmenter.Cut(sentence)));
        Assert.Equal("北京/ns", Golden.TaggedTexts(sentence, segmenter.CutWithPos(sentence))[2]);
    }

    [Fact]
    public void A_bad_text_dictionary_line_is_reported_with_its_number()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes("北京 100 ns\n清华 many nt\n"));
        var ex = Assert.Throws<ResourceLoadException>(() => JiebaDictionary.FromText(stream, "bad.txt"));
        Assert.Equal("bad.txt", ex.ResourceName);
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pos_tags_map_to_jiebas_names()
    {
        Assert.Equal("nr", PosTag.PersonName.Name);
        Assert.Equal("ns", PosTag.PlaceName.ToString());
        Assert.Equal(PosTag.OrganizationName, PosTag.FromName("nt"));
        Assert.True(PosTag.FromName("nrfg").IsProperNoun);
        Assert.False(PosTag.Verb.IsProperNoun);
        Assert.Equal(string.Empty, default(PosTag).Name);
    }

    private static byte[] ReadResource(string name)
    {
        using var stream = JiebaSegmenter.OpenResource(name);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
