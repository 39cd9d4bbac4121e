using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner;

public sealed class ViterbiDecoderTests
{
    private const int T = NerTagSet.Count;

    [Fact]
    public void Picks_the_best_scoring_valid_path()
    {
        // Three characters that want B-PER, I-PER, E-PER.
        var emissions = new float[3 * T];
        emissions[NerTagSet.Begin(NerEntityKind.Person)] = 5;
        emissions[T + NerTagSet.Inside(NerEntityKind.Person)] = 5;
        emissions[(2 * T) + NerTagSet.End(NerEntityKind.Person)] = 5;
        var tags = new int[3];
        ViterbiDecoder.Decode(emissions, new float[ViterbiDecoder.TransitionSize], tags, new ViterbiScratch());
        Assert.Equal([NerTagSet.Begin(NerEntityKind.Person), NerTagSet.Inside(NerEntityKind.Person), NerTagSet.End(NerEntityKind.Person)], tags);
    }

    [Fact]
    public void Never_starts_with_I_or_ends_inside_an_entity()
    {
        // Emissions push for an invalid I-LOC start and a dangling B-ORG at the end.
        var emissions = new float[2 * T];
        emissions[NerTagSet.Inside(NerEntityKind.Location)] = 10;
        emissions[T + NerTagSet.Begin(NerEntityKind.Organization)] = 10;
        var tags = new int[2];
        ViterbiDecoder.Decode(emissions, new float[ViterbiDecoder.TransitionSize], tags, new ViterbiScratch());
        Assert.NotEqual(NerTagSet.Inside(NerEntityKind.Location), tags[0]);
        Assert.True(NerTagSet.IsAllowedLast(tags[1]));
        Assert.True(NerTagSet.IsAllowed(-1, tags[0]) && NerTagSet.IsAllowed(tags[0], tags[1]));
    }

    [Fact]
    public void Transition_scores_can_override_emissions()
    {
        var emissions = new float[2 * T];
        emissions[NerTagSet.Single(NerEntityKind.Person)] = 1;
        emissions[T + NerTagSet.Single(NerEntityKind.Person)] = 1;
        var transitions = new float[ViterbiDecoder.TransitionSize];
        // S-PER after S-PER is heavily penalised.
        transitions[((NerTagSet.Single(NerEntityKind.Person) + 1) * T) + NerTagSet.Single(NerEntityKind.Person)] = -10;
        var tags = new int[2];
        ViterbiDecoder.Decode(emissions, transitions, tags, new ViterbiScratch());
        Assert.False(tags[0] == NerTagSet.Single(NerEntityKind.Person) && tags[1] == NerTagSet.Single(NerEntityKind.Person));
    }

    [Fact]
    public void Long_inputs_grow_the_scratch_buffers()
    {
        var n = 2000;
        var tags = new int[n];
        ViterbiDecoder.Decode(new float[n * T], new float[ViterbiDecoder.TransitionSize], tags, new ViterbiScratch());
        Assert.All(tags, t => Assert.True(NerTagSet.IsAllowed(-1, t)));
    }

    [Fact]
    public void Finds_the_highest_scoring_valid_path_of_random_short_inputs()
    {
        // Exhaustive search over all 13^n tag sequences (n ≤ 4) as the reference for the vectorised recursion.
        var random = new Random(20261123);
        var scratch = new ViterbiScratch();
        for (var trial = 0; trial < 300; trial++)
        {
            var n = 1 + (trial % 4);
            var emissions = Enumerable.Range(0, n * T).Select(_ => (float)((random.NextDouble() * 10) - 5)).ToArray();
            var transitions = Enumerable.Range(0, ViterbiDecoder.TransitionSize).Select(_ => (float)((random.NextDouble() * 6) - 3)).ToArray();
            var tags = new int[n];
            ViterbiDecoder.Decode(emissions, transitions, tags, scratch);

            var best = double.NegativeInfinity;
            var path = new int[n];
            for (var code = 0; code < (int)Math.Pow(T, n); code++)
            {
                var rest = code;
                for (var i = 0; i < n; i++)
                {
                    path[i] = rest % T;
                    rest /= T;
                }

                best = Math.Max(best, PathScore(path, emissions, transitions));
            }

            Assert.Equal(best, PathScore(tags, emissions, transitions), 3);
        }
    }

    /// <summary>The score of a tag sequence, −∞ when the constraints forbid it.</summary>
    private static double PathScore(int[] path, float[] emissions, float[] transitions)
    {
        var score = 0d;
        for (var i = 0; i < path.Length; i++)
        {
            var previous = i == 0 ? -1 : path[i - 1];
            if (!NerTagSet.IsAllowed(previous, path[i]))
            {
                return double.NegativeInfinity;
            }

            score += transitions[((previous + 1) * T) + path[i]] + emissions[(i * T) + path[i]];
        }

        return NerTagSet.IsAllowedLast(path[^1]) ? score : double.NegativeInfinity;
    }
}
