using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Events;

/// <summary>A trigger the labeller found: its span in the text read, its fine type and how far that type led the next one.</summary>
public readonly record struct FoundTrigger(TextRange Range, string FineType, float TypeMargin)
{
    /// <summary>How much better the tagger scored the trigger's tags than outside tags on its characters (emissions only).</summary>
    public float TagMargin { get; init; }
}

/// <summary>
/// Finds event triggers in text with a trained <see cref="EventTriggerModel"/>: sentence by sentence
/// (<see cref="TextSpans.Sentences"/>), jieba words, BIOES tags by constrained Viterbi, then a type for each trigger.
/// Thread-safe: every call uses its own buffers.
/// </summary>
public sealed class EventTriggerLabeller
{
    /// <summary>How many feature lookups ahead the labeller prefetches (about a character's worth).</summary>
    private const int PrefetchDistance = 16;

    private readonly EventTriggerModel model;
    private readonly JiebaSegmenter segmenter;

    public EventTriggerLabeller(EventTriggerModel model, JiebaSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(segmenter);
        this.model = model;
        this.segmenter = segmenter;
    }

    public EventTriggerModel Model => model;

    /// <summary>The segmenter whose <c>CutWithPos</c> words the model reads.</summary>
    public JiebaSegmenter Segmenter => segmenter;

    /// <summary>The triggers of <paramref name="text"/>, in text order; the labeller cuts the text itself.</summary>
    public List<FoundTrigger> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Find(text, TextSpans.Sentences(text), tokens: null);
    }

    /// <summary>
    /// The triggers of the sentences <paramref name="sentences"/> of <paramref name="text"/>, in text order, reading
    /// the words of <paramref name="tokens"/> (the <c>CutWithPos</c> of the whole text by <see cref="Segmenter"/>,
    /// as the pipeline's tokenizer stage gives them) or, when null, cutting each sentence.
    /// </summary>
    public List<FoundTrigger> Find(string text, IReadOnlyList<TextRange> sentences, IReadOnlyList<Token>? tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var result = new List<FoundTrigger>();
        var words = new TriggerFeatures.Words();
        var keys = new List<ulong>(1024);
        var offsets = new List<int>(256);
        var spanKeys = new List<ulong>(64);
        foreach (var sentence in sentences)
        {
            var s = text.AsSpan(sentence.Start, sentence.Length);
            if (s.IsEmpty || s.IsWhiteSpace())
            {
                continue;
            }

            if (tokens is null)
            {
                words.Read(segmenter, s);
            }
            else
            {
                words.Read(text, sentence, tokens);
            }

            var spans = Tag(s, words, keys, offsets, out var emissions, out var tags);
            foreach (var (start, end) in spans)
            {
                var (type, margin) = Classify(s, words, start, end, spanKeys);
                var tagMargin = 0f;
                for (var i = start; i < end; i++)
                {
                    tagMargin += emissions[(i * TriggerTags.Count) + tags[i]] - emissions[(i * TriggerTags.Count) + TriggerTags.Outside];
                }

                result.Add(new FoundTrigger(new TextRange(sentence.Start + start, sentence.Start + end), type, margin) { TagMargin = tagMargin });
            }
        }

        return result;
    }

    /// <summary>The trigger spans of one sentence whose words <paramref name="words"/> has read.</summary>
    internal List<(int Start, int End)> Tag(ReadOnlySpan<char> sentence, TriggerFeatures.Words words, List<ulong> keys, List<int> offsets, out float[] emissions, out int[] tags)
    {
        TriggerFeatures.OfCharacters(sentence, words, model.Lexicon, IncidentWordList.Default, keys, offsets);
        emissions = new float[sentence.Length * TriggerTags.Count];
        for (var i = 0; i < sentence.Length; i++)
        {
            var scores = emissions.AsSpan(i * TriggerTags.Count, TriggerTags.Count);
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                // The weights are rarely in cache (the NER tagger runs between articles): asking for those of a
                // feature some lookups ahead lets their loads overlap.
                if (k + PrefetchDistance < keys.Count)
                {
                    model.PrefetchTagWeights(keys[k + PrefetchDistance]);
                }

                model.AddTagWeights(keys[k], scores);
            }
        }

        tags = new int[sentence.Length];
        TriggerTags.Viterbi(emissions, model.Transitions, tags);
        return TriggerTags.Decode(tags);
    }

    /// <summary>The best fine type of the trigger <c>[start, end)</c> and its lead over the second best.</summary>
    internal (string Type, float Margin) Classify(ReadOnlySpan<char> sentence, TriggerFeatures.Words words, int start, int end, List<ulong> keys)
    {
        TriggerFeatures.OfSpan(sentence, words, IncidentWordList.Default, start, end, keys);
        var scores = new float[model.TypeLabels.Length];
        foreach (var key in keys)
        {
            model.AddTypeWeights(key, scores);
        }

        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        var second = float.NegativeInfinity;
        for (var c = 0; c < scores.Length; c++)
        {
            if (c != best && scores[c] > second)
            {
                second = scores[c];
            }
        }

        return (model.TypeLabels[best], scores.Length > 1 ? scores[best] - second : 0);
    }
}
