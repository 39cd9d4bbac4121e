using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Events;

/// <summary>
/// The features of the argument role labeller, as 64-bit hashes (<see cref="TriggerFeatures"/>' hashing): for one
/// candidate argument <c>[start, end)</c> of one trigger in one sentence, the side of the trigger it stands on, how
/// far from it, the words and commas between them, the words and characters around the candidate, the candidate's
/// last characters and parts of speech, and the trigger's fine type and word. Offsets are the sentence's.
/// </summary>
public static class EventRoleFeatures
{
    /// <summary>Words between candidate and trigger read one by one, counted from each end.</summary>
    private const int BetweenWords = 4;

    /// <summary>The features of one candidate; <paramref name="words"/> has read <paramref name="sentence"/>.</summary>
    public static void Of(
        ReadOnlySpan<char> sentence, TriggerFeatures.Words words, int triggerStart, int triggerEnd, ulong fineTypeHash,
        int start, int end, List<ulong> keys)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(keys);
        keys.Clear();
        var before = end <= triggerStart;
        var side = before ? 0u : 1u;
        var gapStart = before ? end : triggerEnd;
        var gapEnd = before ? triggerStart : start;
        var distance = Math.Max(0, gapEnd - gapStart);
        var band = Band(distance);
        var commas = 0u;
        for (var i = gapStart; i < gapEnd; i++)
        {
            commas += sentence[i] is '，' or ',' or '；' or ';' or '：' or ':' ? 1u : 0u;
        }

        commas = Math.Min(commas, 2u);
        var trigger = TriggerFeatures.Word(sentence, new Token(triggerStart, triggerEnd, default));
        var type = fineTypeHash;
        keys.Add(TriggerFeatures.Hash(201, side, 0));
        keys.Add(TriggerFeatures.Hash(202, side, band));
        keys.Add(TriggerFeatures.Hash(203, side, commas));
        keys.Add(TriggerFeatures.Mix(TriggerFeatures.Hash(204, side, 0), type));
        keys.Add(TriggerFeatures.Mix(TriggerFeatures.Hash(205, side, band), type));
        keys.Add(TriggerFeatures.Mix(TriggerFeatures.Hash(206, side, commas), type));
        keys.Add(TriggerFeatures.Mix(TriggerFeatures.Hash(207, side, 0), trigger));
        keys.Add(TriggerFeatures.Mix(TriggerFeatures.Hash(208, side, band), trigger));

        // The candidate: its last one and two characters (市, 公司, 队, 法院), its length, its parts of speech.
        var last = TriggerFeatures.Char(sentence, end - 1);
        var lastTwo = TriggerFeatures.Char(sentence, end - 2) * 65536 + last;
        keys.Add(TriggerFeatures.Hash(209, last, 0));
        keys.Add(TriggerFeatures.Hash(210, lastTwo, 0));
        keys.Add(TriggerFeatures.Mix(TriggerFeatures.Hash(211, last, side), type));
        keys.Add(TriggerFeatures.Hash(212, (uint)Math.Min(end - start, 8), 0));
        var first = words.WordOf[start];
        var lastWord = words.WordOf[end - 1];
        var firstTag = (uint)words.Tokens[first].Tag.Id;
        var lastTag = (uint)words.Tokens[lastWord].Tag.Id;
        keys.Add(TriggerFeatures.Hash(213, firstTag, lastTag));
        keys.Add(TriggerFeatures.Mix(TriggerFeatures.Hash(214, lastTag, side), type));

        // Around the candidate: the characters and words right before and after it (在…, 被…, …所在, …称).
        var charBefore = TriggerFeatures.Char(sentence, start - 1);
        var charAfter = TriggerFeatures.Char(sentence, end);
        keys.Add(TriggerFeatures.Hash(215, charBefore, side));
        keys.Add(TriggerFeatures.Hash(216, charAfter, side));
        keys.Add(TriggerFeatures.Mix(TriggerFeatures.Hash(217, charBefore, side), type));
        keys.Add(TriggerFeatures.Mix(TriggerFeatures.Hash(218, side, 0), first > 0 ? words.WordHash[first - 1] : 0));
        keys.Add(TriggerFeatures.Mix(TriggerFeatures.Hash(219, side, 0), lastWord + 1 < words.Tokens.Count ? words.WordHash[lastWord + 1] : 0));

        // Between candidate and trigger: the nearest words to each end by place, and every word as a bag.
        if (distance == 0)
        {
            keys.Add(TriggerFeatures.Hash(220, side, 0));
            return;
        }

        var from = words.WordOf[gapStart];
        var to = words.WordOf[gapEnd - 1];
        for (var w = from; w <= to; w++)
        {
            var hash = words.WordHash[w];
            keys.Add(TriggerFeatures.Mix(TriggerFeatures.Hash(221, side, 0), hash));
            var fromTrigger = before ? to - w : w - from;
            if (fromTrigger < BetweenWords)
            {
                keys.Add(TriggerFeatures.Mix(TriggerFeatures.Hash(222, side, (uint)fromTrigger), hash));
            }

            var fromCandidate = before ? w - from : to - w;
            if (fromCandidate < BetweenWords)
            {
                keys.Add(TriggerFeatures.Mix(TriggerFeatures.Hash(223, side, (uint)fromCandidate), hash));
            }
        }

        // The trigger's neighbour on the candidate's side, with the type: 在…发生, …被捕.
        keys.Add(TriggerFeatures.Mix(TriggerFeatures.Mix(TriggerFeatures.Hash(224, side, 0), type), words.WordHash[before ? to : from]));
    }

    /// <summary>The hash of a fine type as the role features read it.</summary>
    public static ulong TypeHash(string fineType)
    {
        ArgumentNullException.ThrowIfNull(fineType);
        return TriggerFeatures.Word(fineType, new Token(0, fineType.Length, default));
    }

    /// <summary>Distance bands: adjacent, 1, 2, 3–4, 5–8, 9–16, farther.</summary>
    private static uint Band(int distance) => distance switch
    {
        0 => 0,
        1 => 1,
        2 => 2,
        <= 4 => 3,
        <= 8 => 4,
        <= 16 => 5,
        _ => 6,
    };
}
