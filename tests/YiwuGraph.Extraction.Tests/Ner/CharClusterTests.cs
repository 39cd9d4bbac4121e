using YiwuGraph.Core;
using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner;

public sealed class CharClusterTests
{
    /// <summary>
    /// A synthetic text where 甲/乙/丙 only ever appear between 东 and 西, and 子/丑/寅 only between 南 and 北:
    /// two context families that the classes must separate.
    /// </summary>
    private static List<string> TwoFamilies()
    {
        var random = new Random(5);
        string[] first = ["甲", "乙", "丙"];
        string[] second = ["子", "丑", "寅"];
        string[] filler = ["的", "了", "是", "在", "有", "和", "人", "大", "中", "上"];
        var lines = new List<string>();
        for (var i = 0; i < 400; i++)
        {
            var line = string.Concat(Enumerable.Range(0, 6).Select(_ => filler[random.Next(filler.Length)]));
            line += random.Next(2) == 0
                ? "东" + first[random.Next(3)] + "西"
                : "南" + second[random.Next(3)] + "北";
            lines.Add(line + string.Concat(Enumerable.Range(0, 6).Select(_ => filler[random.Next(filler.Length)])));
        }

        return lines;
    }

    [Fact]
    public void Characters_in_the_same_contexts_share_a_class_and_others_do_not()
    {
        var clusters = CharClusterBuilder.Build(TwoFamilies(), new CharClusterOptions { ClassCounts = [4], Dimensions = 6 });
        uint Of(char c) => clusters.Of(0, c);
        Assert.NotEqual(0u, Of('甲'));
        Assert.Equal(Of('甲'), Of('乙'));
        Assert.Equal(Of('甲'), Of('丙'));
        Assert.Equal(Of('子'), Of('丑'));
        Assert.Equal(Of('子'), Of('寅'));
        Assert.NotEqual(Of('甲'), Of('子'));
        Assert.Equal(0u, Of('龘'));
    }

    [Fact]
    public void Same_text_gives_the_same_classes_and_too_little_text_gives_none()
    {
        var a = CharClusterBuilder.Build(TwoFamilies(), new CharClusterOptions { ClassCounts = [3, 5], Dimensions = 6 });
        var b = CharClusterBuilder.Build(TwoFamilies(), new CharClusterOptions { ClassCounts = [3, 5], Dimensions = 6 });
        Assert.Equal(2, a.Levels);
        Assert.Equal(a.Entries.Select(e => (e.Key, string.Join(",", e.Value))), b.Entries.Select(e => (e.Key, string.Join(",", e.Value))));
        Assert.Same(CharClusters.Empty, CharClusterBuilder.Build(["甲乙"], new CharClusterOptions { ClassCounts = [200] }));
    }

    [Fact]
    public void Classes_add_features_and_travel_with_the_model()
    {
        var clusters = new CharClusters([2], [new('叶', [1]), new('帮', [2])]);
        var matches = new LexiconMatches();
        matches.Reset(3);
        var with = new FeatureBuffer();
        var without = new FeatureBuffer();
        NerFeatureExtractor.Extract("叶帮锐", matches, clusters, null, with);
        NerFeatureExtractor.Extract("叶帮锐", matches, CharClusters.Empty, null, without);
        Assert.True(with.At(1).Length > without.At(1).Length);

        var model = new NerModel(NerFeatureExtractor.TemplateVersion, string.Empty, 0.01f, new short[ViterbiDecoder.TransitionSize], [], [], [], clusters);
        var saved = new MemoryStream();
        model.Save(saved);
        var loaded = NerModel.Load(new MemoryStream(saved.ToArray()));
        Assert.Equal(2u, loaded.Clusters.Of(0, '帮'));
        Assert.Equal([2], loaded.Clusters.ClassCounts);
    }

    [Fact]
    public void Classes_outside_their_range_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new CharClusters([2], [new('叶', [3])]));
        Assert.Throws<ArgumentException>(() => new CharClusters([2, 4], [new('叶', [1])]));
        var model = new NerModel(NerFeatureExtractor.TemplateVersion, string.Empty, 0.01f, new short[ViterbiDecoder.TransitionSize], [], [], [], new CharClusters([2], [new('叶', [2])]));
        var saved = new MemoryStream();
        model.Save(saved);
        Assert.Throws<ResourceLoadException>(() => NerModel.Load(new MemoryStream(saved.ToArray()[..^3])));
    }
}
