using YiwuGraph.Core;
using YiwuGraph.Extraction.Events;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Events;

public sealed class EventTriggerTrainerTests
{
    // Unpruned: the default threshold is chosen for the weights of ten epochs on DuEE, larger than a tiny corpus's.
    private static EventTriggerModel Train(int epochs = 5, float prune = 0) =>
        new EventTriggerTrainer(new EventTriggerTrainerOptions { Epochs = epochs, MinFeatureCount = 1, PruneThreshold = prune })
            .Train(TinyEventCorpus.Sentences(0, 8), JiebaSegmenter.CreateDefault(), "tiny corpus");

    [Fact]
    public void Pruning_leaves_out_the_tag_rows_whose_weights_are_all_below_the_threshold()
    {
        var all = Train();
        var pruned = Train(prune: 0.5f);
        Assert.InRange(pruned.TagKeys.Length, 1, all.TagKeys.Length - 1);
        Assert.Equal(all.WithoutWeakTagRows(0.5f).TagKeys, pruned.TagKeys);
        Assert.Equal(all.TypeKeys, pruned.TypeKeys);
    }

    [Fact]
    public void A_small_training_run_finds_and_types_triggers_in_sentences_with_unseen_names()
    {
        var labeller = new EventTriggerLabeller(Train(), JiebaSegmenter.CreateDefault());
        var score = TriggerScore.Of(labeller, TinyEventCorpus.Sentences(8, 12));
        // 12 triggers in 16 sentences, names never seen in training: every one found and typed, nothing else.
        Assert.Equal(12, score.Gold);
        Assert.True(score.TypedF1 >= 0.95, score.ToString());
    }

    [Fact]
    public void Training_is_deterministic_and_the_saved_model_tags_as_the_trained_one()
    {
        var first = Train();
        var second = Train();
        Assert.Equal(Bytes(first), Bytes(second));
        using var stream = new MemoryStream(Bytes(first));
        var loaded = EventTriggerModel.Load(stream);
        Assert.Equal("tiny corpus", loaded.Provenance);
        Assert.Equal(first.TypeLabels, loaded.TypeLabels);
        const string text = "昨晚太阳队击败快船队。诺基亚宣布裁员800人。";
        var segmenter = JiebaSegmenter.CreateDefault();
        Assert.Equal(
            new EventTriggerLabeller(first, segmenter).Find(text).Select(t => (t.Range, t.FineType)),
            new EventTriggerLabeller(loaded, segmenter).Find(text).Select(t => (t.Range, t.FineType)));
    }

    [Fact]
    public void A_truncated_model_is_refused_with_its_name()
    {
        var bytes = Bytes(Train(epochs: 1));
        using var stream = new MemoryStream(bytes[..(bytes.Length / 2)]);
        var error = Assert.Throws<ResourceLoadException>(() => EventTriggerModel.Load(stream, "cut.model"));
        Assert.Contains("cut.model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_model_loads_and_says_what_it_was_trained_on()
    {
        var model = EventModelStore.Default;
        Assert.Contains("train.jsonl", model.Provenance, StringComparison.Ordinal);
        Assert.All(model.TypeLabels, label => Assert.NotNull(EventTypeSchema.Default.CoarseOf(label)));
    }

    [Fact]
    public void Tags_encode_and_decode_spans_and_Viterbi_keeps_to_BIOES()
    {
        var tags = new int[6];
        TriggerTags.Encode([new TriggerSpan(0, 1, "x"), new TriggerSpan(2, 5, "y")], tags);
        Assert.Equal([TriggerTags.Single, TriggerTags.Outside, TriggerTags.Begin, TriggerTags.Inside, TriggerTags.End, TriggerTags.Outside], tags);
        Assert.Equal([(0, 1), (2, 5)], TriggerTags.Decode(tags));
        // Emissions that want B then O (an unclosed trigger) decode to an allowed sequence.
        float[] emissions = [0, 5, 0, 0, 0, 3, 0, 0, 0, 0];
        var decoded = new int[2];
        TriggerTags.Viterbi(emissions, new float[(TriggerTags.Count + 1) * TriggerTags.Count], decoded);
        Assert.True(TriggerTags.IsAllowed(decoded[0], decoded[1]) && TriggerTags.IsAllowedLast(decoded[1]));
    }

    private static byte[] Bytes(EventTriggerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
