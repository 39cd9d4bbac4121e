using System.Runtime.CompilerServices;
using System.Numerics;

namespace YiwuGraph.Segmentation.Internal;

/// <summary>
/// jieba's <c>posseg.viterbi</c>: the joint (B/M/E/S, tag) HMM restricted per character by <c>char_state_tab</c>
/// and by the transitions the previous states allow. State sets are bitsets; ties go to the larger state id,
/// which is the larger (letter, tag) tuple as in Python.
/// </summary>
internal static class PosViterbi
{
    /// <summary>Writes the best state id of each character of <paramref name="obs"/> into <paramref name="states"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(PosHmmModel model, ReadOnlySpan<char> obs, int[] states, Scratch scratch)
    {
        var n = obs.Length;
        var sc = model.StateCount;
        var w = model.Words;
        EnsureBuffers(scratch, sc, w, n);
        var vPrev = scratch.VPrev;
        var vCur = scratch.VCur;
        var emitRow = scratch.EmitRow;
        var activePrev = scratch.ActivePrev;
        var activeCur = scratch.ActiveCur;
        var prev = scratch.Prev;
        var mask = scratch.Mask.AsSpan(0, w);
        var transT = model.TransT;
        var emitOffsets = model.EmitOffsets;
        var emitStates = model.EmitStates;
        var emitProbs = model.EmitProbs;
        var predMask = model.PredMask;
        Span<ulong> prevMask = stackalloc ulong[w];
        var backCount = 0;

        // t = 0
        int c = obs[0];
        LoadEmit(model, c, emitRow);
        CandidateMask(model, c, mask);
        var prevCount = 0;
        scratch.StepStart[0] = 0;
        for (var word = 0; word < w; word++)
        {
            var bits = mask[word];
            while (bits != 0)
            {
                var y = (word << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                vPrev[y] = model.Start[y] + emitRow[y];
                activePrev[prevCount++] = y;
                AddBack(scratch, ref backCount, y, 0);
            }
        }

        UnloadEmit(model, c, emitRow);
        Span<ulong> expect = stackalloc ulong[w];
        for (var t = 1; t < n; t++)
        {
            scratch.StepStart[t] = backCount;
            c = obs[t];

            // prev_states: the states of t-1 that have outgoing transitions.
            var pc = 0;
            for (var k = 0; k < prevCount; k++)
            {
                var y0 = activePrev[k];
                if (model.HasTrans[y0])
                {
                    prev[pc++] = y0;
                }
            }

            if (pc == 0)
            {
                // JIEBA-DIFF: jieba's max() of an empty list raises here; we let every previous state compete.
                for (var k = 0; k < prevCount; k++)
                {
                    prev[pc++] = activePrev[k];
                }
            }

            // Only predecessors with a transition into y can beat negative infinity; when none does, Python's max
            // over all-(-inf) tuples picks the largest previous state.
            prevMask.Clear();
            for (var k = 0; k < pc; k++)
            {
                prevMask[prev[k] >> 6] |= 1UL << (prev[k] & 63);
            }

            var maxPrev = prev[pc - 1];
            var curCount = 0;

            // obs_states = char_state_tab[c] & expect, where y is expected exactly when some previous state has a
            // transition into it, so the first pass skips states without candidates instead of building expect.
            // Only when that leaves nothing does jieba fall back to expect itself (or to every state).
            CandidateMask(model, c, mask);
            for (var pass = 0; pass < 2 && curCount == 0; pass++)
            {
                if (pass == 1)
                {
                    expect.Clear();
                    var anyExpect = false;
                    for (var k = 0; k < pc; k++)
                    {
                        var y0 = prev[k];
                        for (var word = 0; word < w; word++)
                        {
                            expect[word] |= model.TransMask[(y0 * w) + word];
                        }
                    }

                    for (var word = 0; word < w; word++)
                    {
                        anyExpect |= expect[word] != 0;
                    }

                    for (var word = 0; word < w; word++)
                    {
                        mask[word] = anyExpect ? expect[word] : model.AllMask[word];
                    }
                }

                var emitAt = emitOffsets[c];
                var emitEnd = emitOffsets[c + 1];
                for (var word = 0; word < w; word++)
                {
                    var bits = mask[word];
                    while (bits != 0)
                    {
                        var y = (word << 6) + BitOperations.TrailingZeroCount(bits);
                        bits &= bits - 1;
                        var best = double.NegativeInfinity;
                        var bestY0 = -1;
                        var transRow = y * sc;
                        var predRow = y * w;
                        var em = 0.0;
                        var emitLoaded = false;
                        for (var pw = 0; pw < w; pw++)
                        {
                            var candidates = predMask[predRow + pw] & prevMask[pw];
                            if (candidates != 0 && !emitLoaded)
                            {
                                // The char's emissions are sorted by state, like the bits: walk them together.
                                while (emitAt < emitEnd && emitStates[emitAt] < y)
                                {
                                    emitAt++;
                                }

                                em = emitAt < emitEnd && emitStates[emitAt] == y ? emitProbs[emitAt] : HmmModel.MinFloat;
                                emitLoaded = true;
                            }

                            while (candidates != 0)
                            {
                                var y0 = (pw << 6) + BitOperations.TrailingZeroCount(candidates);
                                candidates &= candidates - 1;
                                var p = vPrev[y0] + transT[transRow + y0] + em;
                                if (p >= best)
                                {
                                    best = p;
                                    bestY0 = y0;
                                }
                            }
                        }

                        if (bestY0 < 0)
                        {
                            if (pass == 0)
                            {
                                continue; // not in expect: not an observed state at t
                            }

                            best = double.NegativeInfinity;
                            bestY0 = maxPrev;
                        }
                        else if (double.IsNegativeInfinity(best))
                        {
                            bestY0 = maxPrev;
                        }

                        vCur[y] = best;
                        activeCur[curCount++] = y;
                        AddBack(scratch, ref backCount, y, bestY0);
                    }
                }
            }

            (vPrev, vCur) = (vCur, vPrev);
            (activePrev, activeCur) = (activeCur, activePrev);
            prevCount = curCount;
        }

        scratch.StepStart[n] = backCount;
        scratch.VPrev = vPrev;
        scratch.VCur = vCur;
        scratch.ActivePrev = activePrev;
        scratch.ActiveCur = activeCur;

        var last = -1;
        var lastP = 0.0;
        for (var k = 0; k < prevCount; k++)
        {
            var y = activePrev[k];
            if (last < 0 || vPrev[y] > lastP || (vPrev[y] == lastP && y > last))
            {
                last = y;
                lastP = vPrev[y];
            }
        }

        var state = last;
        for (var t = n - 1; t >= 0; t--)
        {
            states[t] = state;
            var from = scratch.StepStart[t];
            var to = scratch.StepStart[t + 1];
            for (var k = from; k < to; k++)
            {
                if (scratch.BackState[k] == state)
                {
                    state = scratch.BackPrev[k];
                    break;
                }
            }
        }
    }

    private static void EnsureBuffers(Scratch scratch, int sc, int w, int n)
    {
        if (scratch.VPrev.Length < sc)
        {
            scratch.VPrev = new double[sc];
            scratch.VCur = new double[sc];
            scratch.EmitRow = new double[sc];
            Array.Fill(scratch.EmitRow, HmmModel.MinFloat);
            scratch.ActivePrev = new int[sc];
            scratch.ActiveCur = new int[sc];
            scratch.Prev = new int[sc];
        }

        Scratch.Grow(ref scratch.Mask, w);
        Scratch.Grow(ref scratch.StepStart, n + 1);
    }

    private static void AddBack(Scratch scratch, ref int count, int state, int prev)
    {
        if (count == scratch.BackState.Length)
        {
            Array.Resize(ref scratch.BackState, count * 2);
            Array.Resize(ref scratch.BackPrev, count * 2);
        }

        scratch.BackState[count] = (ushort)state;
        scratch.BackPrev[count] = (ushort)prev;
        count++;
    }

    private static void CandidateMask(PosHmmModel model, int c, Span<ulong> mask)
    {
        var slot = model.CharSlot[c];
        var w = model.Words;
        var source = slot == 0 ? model.AllMask.AsSpan() : model.CharMasks.AsSpan((slot - 1) * w, w);
        source.CopyTo(mask);
    }

    private static void LoadEmit(PosHmmModel model, int c, double[] row)
    {
        for (var i = model.EmitOffsets[c]; i < model.EmitOffsets[c + 1]; i++)
        {
            row[model.EmitStates[i]] = model.EmitProbs[i];
        }
    }

    private static void UnloadEmit(PosHmmModel model, int c, double[] row)
    {
        for (var i = model.EmitOffsets[c]; i < model.EmitOffsets[c + 1]; i++)
        {
            row[model.EmitStates[i]] = HmmModel.MinFloat;
        }
    }
}
