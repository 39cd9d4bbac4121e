using YiwuGraph.Core;
using YiwuGraph.Extraction.Ner;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Ner;

public sealed class NerModelTests
{
    private static NerModel Tiny()
    {
        var transitions = new short[ViterbiDecoder.TransitionSize];
        transitions[3] = -7;
        var weights = new short[2 * NerTagSet.Count];
        weights[1] = 120;
        weights[NerTagSet.Count + 4] = -3;
        return new NerModel(NerFeatureExtractor.TemplateVersion, string.Empty, 0.01f, transitions, [5UL, 1UL << 40], weights, [new("浙江", 16)]);
    }

    [Fact]
    public void Save_and_Load_round_trip_byte_for_byte()
    {
        var first = new MemoryStream();
        Tiny().Save(first);
        var loaded = NerModel.Load(new MemoryStream(first.ToArray()));
        var second = new MemoryStream();
        loaded.Save(second);
        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(Tiny().Weights, loaded.Weights);
        Assert.Equal(Tiny().Keys, loaded.Keys);
        Assert.Equal("浙江", loaded.Lexicon[0].Key);
    }

    [Fact]
    public void Corrupt_or_foreign_data_is_a_ResourceLoadException()
    {
        Assert.Throws<ResourceLoadException>(() => NerModel.Load(new MemoryStream("not a model at all"u8.ToArray()), "x"));
        var good = new MemoryStream();
        Tiny().Save(good);
        var truncated = good.ToArray()[..(int)(good.Length / 2)];
        Assert.Throws<ResourceLoadException>(() => NerModel.Load(new MemoryStream(truncated), "x"));
    }

    [Fact]
    public void Embedded_model_loads_quickly_and_tags()
    {
        var tagger = NerModelStore.CreateTagger(NerModelStore.Default);
        var spans = tagger.Tag("新华社北京电国务院总理李鹏今天会见了美国客人。");
        Assert.Contains(spans, s => s.Kind == NerEntityKind.Person);
        Assert.Contains(spans, s => s.Kind == NerEntityKind.Location);
    }

    [Fact]
    public void Tagging_with_the_callers_segmentation_gives_the_same_spans()
    {
        var tagger = NerModelStore.CreateTagger(NerModelStore.Default);
        var segmenter = JiebaSegmenter.CreateDefault();
        var lines = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines).Where(l => l.Length > 0).ToList();
        // Lines longer than the tagger's piece length, cut at punctuation and (the second) without any.
        lines.Add(string.Concat(Enumerable.Repeat("市委书记叶帮锐在义乌国际商贸城调研，", 40)));
        lines.Add(string.Concat(Enumerable.Repeat("温建飞叶帮锐丁政陈小忠", 70)));
        var tested = 0;
        foreach (var line in lines)
        {
            var tokens = segmenter.CutWithPos(line);
            var alone = tagger.Tag(line);
            var shared = tagger.Tag(line, tokens);
            if (line.Length > NerTagger.MaxSentenceLength && !line.Contains('，'))
            {
                // A piece cut without punctuation may cut a word the caller's segmentation kept whole.
                Assert.All(shared, s => Assert.InRange(s.End, 1, line.Length));
                continue;
            }

            Assert.Equal(alone, shared);
            tested += alone.Count;
        }

        Assert.True(tested > 100, $"only {tested} spans compared");
    }
}
