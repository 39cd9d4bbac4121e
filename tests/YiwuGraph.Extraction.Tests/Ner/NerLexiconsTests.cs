using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner;

public sealed class NerLexiconsTests
{
    private static readonly NerLexicons Surnames = new(LexiconSet.Default);

    [Theory]
    [InlineData("傅晓东")]
    [InlineData("赖明华")]
    [InlineData("常建国")]
    [InlineData("欧阳修")]
    [InlineData("司马光")]
    public void Common_single_and_double_surnames_start_a_name(string name) => Assert.True(Surnames.IsSurnameStart(name), name);

    [Theory]
    [InlineData("原创")]
    [InlineData("时隔")]
    [InlineData("家里")]
    [InlineData("")]
    public void Everyday_words_do_not_start_a_name_for_the_rules(string text) => Assert.False(Surnames.IsSurnameStart(text), text);

    [Fact]
    public void Everyday_surnames_stay_in_the_list_the_model_sees()
    {
        var single = string.Concat(Surnames.SingleSurnames);
        Assert.All(Surnames.EverydaySurnames, c => Assert.Contains(c, single));
        Assert.Contains(NerLexicons.BuiltInWords(LexiconSet.Default), w => w.Key == "原" && w.Value == 1 << (int)LexiconClass.Surname);
        Assert.Equal(single.Length, single.Distinct().Count());
    }

    [Fact]
    public void The_base_lexicon_is_the_one_the_shipped_model_was_trained_with()
    {
        // train-ner rebuilds the shipped model byte for byte only from this lexicon and these CLUENER place tests: the
        // places of later gazetteer editions (新竹, 沙田) stay out until the model is retrained with them. The count
        // and hash were computed from the first edition's places.tsv and tagger-features.tsv outside this code.
        var words = NerLexicons.BaseLexicon(PlaceGazetteer.Default, LexiconSet.Default).ToList();
        Assert.Equal(45_071, words.Count);
        var text = string.Concat(words.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Key}\t{w.Value}\n")));
        Assert.Equal("07262731488558758a73f4d69e4ec3c2b1739e8d24aa8fe15229d0b15866656f", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
        var isPlaceName = NerLexicons.IsGazetteerPlaceName(PlaceGazetteer.Default);
        Assert.True(isPlaceName("杭州"));
        Assert.True(isPlaceName("九龙"));
        Assert.False(isPlaceName("新竹"));
        Assert.False(isPlaceName("沙田"));
    }

    [Fact]
    public void Train_ner_reads_CLUENER_places_as_with_the_first_edition_of_the_gazetteer_alone()
    {
        // The gazetteer of the first edition only, written out as the converter wrote it before editions existed.
        var stream = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(stream, System.IO.Compression.CompressionLevel.Fastest, true))
        using (var writer = new StreamWriter(brotli, new UTF8Encoding(false)))
        {
            foreach (var p in PlaceGazetteer.Default.Places.Where(p => p.Edition == GazetteerPlace.FirstEdition))
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"{p.Id}\t{p.ParentId}\t{p.Level.ToName()}\t{p.Name}\n"));
            }
        }

        var first = PlaceGazetteer.Load(new MemoryStream(stream.ToArray()));
        var isPlaceName = NerLexicons.IsGazetteerPlaceName(PlaceGazetteer.Default);
        var wasPlaceName = NerLexicons.IsGazetteerPlaceName(first);
        Assert.True(first.Places.Count < PlaceGazetteer.Default.Places.Count);
        Assert.All(PlaceGazetteer.Default.Names.Keys, name => Assert.Equal(wasPlaceName(name), isPlaceName(name)));
        Assert.Equal(NerLexicons.BaseLexicon(first, LexiconSet.Default), NerLexicons.BaseLexicon(PlaceGazetteer.Default, LexiconSet.Default));
    }
}
