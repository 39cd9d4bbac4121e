using YiwuGraph.Core;
using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner;

public sealed class CharClassFileTests
{
    private static string LacClassesPath => Path.Combine(RepoPaths.Root, "src", "YiwuGraph.Extraction", "Ner", "Data", "lac-char-classes.tsv");

    [Fact]
    public void The_LAC_classes_file_loads_and_groups_surnames_apart_from_place_endings()
    {
        var classes = CharClassFile.Read(LacClassesPath);
        Assert.Equal([64, 512], classes.ClassCounts);
        Assert.True(classes.Entries.Count > 20_000);
        uint Of(char c) => classes.Of(0, c);
        uint Fine(char c) => classes.Of(1, c);
        // Read from the embeddings, not written by hand: surnames together, administrative endings together,
        // provinces' one-character short forms together, at both granularities.
        Assert.Equal(Of('王'), Of('李'));
        Assert.Equal(Fine('李'), Fine('张'));
        Assert.Equal(Fine('省'), Fine('县'));
        Assert.Equal(Fine('市'), Fine('村'));
        Assert.Equal(Fine('沪'), Fine('粤'));
        Assert.NotEqual(Of('王'), Of('省'));
        Assert.NotEqual(Fine('李'), Fine('沪'));
        Assert.NotEqual(0u, Of('0'));
        Assert.Equal(0u, Of('\u0001'));
        Assert.All(classes.Entries, e => Assert.Equal(e.Key, NerFeatureExtractor.NormalizeChar(e.Key)));
    }

    [Fact]
    public void Hash_lines_are_comments_unless_the_hash_is_the_character()
    {
        const string Text = "# Source: test\n# classes: 3 2\n#\t2\t1\n叶\t3\t2\n\n帮\t1\t1\n";
        var classes = CharClassFile.Read(new StringReader(Text), "test");
        Assert.Equal([3, 2], classes.ClassCounts);
        Assert.Equal(3, classes.Entries.Count);
        Assert.Equal(2u, classes.Of(0, '#'));
        Assert.Equal(3u, classes.Of(0, '叶'));
        Assert.Equal(2u, classes.Of(1, '叶'));
    }

    [Theory]
    [InlineData("叶\t1\n")]                      // no class-count line
    [InlineData("# classes: 2\n叶\t3\n")]        // class out of range
    [InlineData("# classes: 2\n叶\t0\n")]        // classes are 1-based in the file
    [InlineData("# classes: 2\n叶\t1\t1\n")]     // too many columns
    [InlineData("# classes: 2\n叶\t1\n叶\t2\n")] // listed twice
    [InlineData("# classes: 2\nａ\t1\n")]        // not normalised (full-width)
    [InlineData("# classes: 2\n")]               // no characters
    public void Malformed_files_are_ResourceLoadExceptions(string text) =>
        Assert.Throws<ResourceLoadException>(() => CharClassFile.Read(new StringReader(text), "test"));

    [Fact]
    public void Pretrained_classes_follow_the_learned_levels_and_fire_as_features()
    {
        var learned = new CharClusters([2], [new('叶', [1]), new('帮', [2])]);
        var pretrained = new CharClusters([4], [new('帮', [3]), new('锐', [4])]);
        var both = learned.Concat(pretrained);
        Assert.Equal([2, 4], both.ClassCounts);
        Assert.Equal(1u, both.Of(0, '叶'));
        Assert.Equal(0u, both.Of(1, '叶'));
        Assert.Equal(3u, both.Of(1, '帮'));
        Assert.Equal(0u, both.Of(0, '锐'));
        Assert.Equal(4u, both.Of(1, '锐'));
        Assert.Same(learned, learned.Concat(CharClusters.Empty));

        var matches = new LexiconMatches();
        matches.Reset(3);
        var withPretrained = new FeatureBuffer();
        var learnedOnly = new FeatureBuffer();
        NerFeatureExtractor.Extract("叶帮锐", matches, both, null, withPretrained);
        NerFeatureExtractor.Extract("叶帮锐", matches, learned, null, learnedOnly);
        // The learned level's features are unchanged; the pretrained level adds its own.
        Assert.Equal(learnedOnly.At(1).ToArray(), withPretrained.At(1)[..learnedOnly.At(1).Length].ToArray());
        Assert.True(withPretrained.At(1).Length > learnedOnly.At(1).Length);
        // Another pretrained class for 锐 changes the features around it.
        var other = learned.Concat(new CharClusters([4], [new('帮', [3]), new('锐', [2])]));
        var withOther = new FeatureBuffer();
        NerFeatureExtractor.Extract("叶帮锐", matches, other, null, withOther);
        Assert.NotEqual(withPretrained.At(1).ToArray(), withOther.At(1).ToArray());
    }

    [Fact]
    public void A_model_with_pretrained_classes_round_trips_through_Save_and_Load()
    {
        var both = new CharClusters([2], [new('叶', [1]), new('帮', [2])]).Concat(CharClassFile.Read(LacClassesPath));
        var model = new NerModel(NerFeatureExtractor.TemplateVersion, string.Empty, 0.01f, new short[ViterbiDecoder.TransitionSize], [5UL], new short[NerTagSet.Count], [], both);
        var saved = new MemoryStream();
        model.Save(saved);
        var loaded = NerModel.Load(new MemoryStream(saved.ToArray()));
        Assert.Equal([2, 64, 512], loaded.Clusters.ClassCounts);
        Assert.Equal(both.Entries.Select(e => (e.Key, string.Join(",", e.Value))), loaded.Clusters.Entries.Select(e => (e.Key, string.Join(",", e.Value))));
        Assert.Equal(0u, loaded.Clusters.Of(0, '王'));
        Assert.Equal(both.Of(2, '王'), loaded.Clusters.Of(2, '王'));
        Assert.NotEqual(0u, loaded.Clusters.Of(2, '王'));
        var again = new MemoryStream();
        loaded.Save(again);
        Assert.Equal(saved.ToArray(), again.ToArray());
    }

    [Fact]
    public void Selected_levels_keep_their_classes_and_drop_characters_without_any()
    {
        var classes = new CharClusters([3, 4], [new('叶', [1, 0]), new('帮', [2, 4]), new('锐', [0, 3])]);
        var fine = classes.SelectLevels([1]);
        Assert.Equal([4], fine.ClassCounts);
        Assert.Equal(['帮', '锐'], fine.Entries.Select(e => e.Key));
        Assert.Equal(4u, fine.Of(0, '帮'));
        Assert.Equal(0u, fine.Of(0, '叶'));
        var swapped = classes.SelectLevels([1, 0]);
        Assert.Equal([4, 3], swapped.ClassCounts);
        Assert.Equal(2u, swapped.Of(1, '帮'));
        Assert.Throws<ArgumentOutOfRangeException>(() => classes.SelectLevels([2]));
        Assert.Throws<ArgumentException>(() => classes.SelectLevels([0, 0]));

        // The 512 LAC classes alone are the file's second column.
        var lac = CharClassFile.Read(LacClassesPath);
        var lac512 = lac.SelectLevels([1]);
        Assert.Equal([512], lac512.ClassCounts);
        Assert.Equal(lac.Of(1, '沪'), lac512.Of(0, '沪'));
        Assert.Equal(lac.Entries.Count, lac512.Entries.Count);
    }

    [Fact]
    public void A_level_with_fewer_templates_adds_only_those_features_and_the_rest_stay_as_they_were()
    {
        var learned = new CharClusters([2], [new('叶', [1]), new('帮', [2])]);
        var pretrained = new CharClusters([4], [new('叶', [2]), new('帮', [3]), new('锐', [4])]);
        const ClassTemplates Narrow = ClassTemplates.M1 | ClassTemplates.C0 | ClassTemplates.P1 | ClassTemplates.M1C0 | ClassTemplates.C0P1;
        var all = learned.Concat(pretrained);
        var narrow = learned.Concat(pretrained.WithTemplates((byte)Narrow));
        Assert.Equal([CharClusters.AllTemplates, (byte)Narrow], narrow.Templates);
        Assert.True(all.HasAllTemplates);
        Assert.False(narrow.HasAllTemplates);

        var matches = new LexiconMatches();
        matches.Reset(3);
        var full = new FeatureBuffer();
        var fewer = new FeatureBuffer();
        NerFeatureExtractor.Extract("叶帮锐", matches, all, null, full);
        NerFeatureExtractor.Extract("叶帮锐", matches, narrow, null, fewer);
        for (var i = 0; i < 3; i++)
        {
            // Three templates of eight left out at every position; every feature kept is one of the full set.
            Assert.Equal(full.At(i).Length - 3, fewer.At(i).Length);
            Assert.Subset(full.At(i).ToArray().ToHashSet(), fewer.At(i).ToArray().ToHashSet());
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => pretrained.WithTemplates(0));
    }

    [Fact]
    public void Template_sets_round_trip_and_a_model_with_all_templates_keeps_the_old_format()
    {
        var learned = new CharClusters([2], [new('叶', [1]), new('帮', [2])]);
        var pretrained = CharClassFile.Read(LacClassesPath).SelectLevels([1]);
        byte[] Save(CharClusters clusters)
        {
            var model = new NerModel(NerFeatureExtractor.TemplateVersion, string.Empty, 0.01f, new short[ViterbiDecoder.TransitionSize], [5UL], new short[NerTagSet.Count], [], clusters);
            var stream = new MemoryStream();
            model.Save(stream);
            return stream.ToArray();
        }

        static int Format(byte[] saved)
        {
            // The format number is the first Int32 of the Brotli stream after the 6-byte magic ("YWNER\u0001").
            using var brotli = new System.IO.Compression.BrotliStream(new MemoryStream(saved, 6, saved.Length - 6), System.IO.Compression.CompressionMode.Decompress);
            using var reader = new BinaryReader(brotli);
            return reader.ReadInt32();
        }

        var narrowSet = (byte)(ClassTemplates.M1 | ClassTemplates.C0 | ClassTemplates.P1);
        var narrow = Save(learned.Concat(pretrained.WithTemplates(narrowSet)));
        var loaded = NerModel.Load(new MemoryStream(narrow));
        Assert.Equal([CharClusters.AllTemplates, narrowSet], loaded.Clusters.Templates);
        Assert.Equal(3, Format(narrow));
        var again = new MemoryStream();
        loaded.Save(again);
        Assert.Equal(narrow, again.ToArray());
        Assert.Equal(2, Format(Save(learned.Concat(pretrained))));
        Assert.True(NerModel.Load(new MemoryStream(Save(learned.Concat(pretrained)))).Clusters.HasAllTemplates);
    }
}
