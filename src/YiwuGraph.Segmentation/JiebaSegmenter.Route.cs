using System.Runtime.CompilerServices;
using YiwuGraph.Segmentation.Internal;

namespace YiwuGraph.Segmentation;

public sealed partial class JiebaSegmenter
{
    /// <summary>
    /// jieba's <c>get_DAG</c> + <c>calc</c> fused into one right-to-left pass over <c>text[s..e)</c>:
    /// <c>RouteEnd[k]</c> is the (block-relative, inclusive) end of the best word starting at k, chosen by
    /// <c>max((log(freq) - log(total) + route[x + 1], x))</c>, ties going to the longer word like Python's tuples.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ComputeRoute(ReadOnlySpan<char> text, int s, int e, Scratch scratch)
    {
        var n = e - s;
        scratch.EnsureRoute(n);
        if (overlay is not null)
        {
            ComputeRouteWithOverlay(text.Slice(s, n), scratch);
            return;
        }

        var block = text.Slice(s, n);
        var prob = scratch.RouteProb;
        var route = scratch.RouteEnd;
        var routeNode = scratch.RouteNode;
        var logFreq = nodeLogFreq;
        var lt = logTotal;
        var fallback = 0.0 - lt;
        prob[n] = 0.0;
        for (var idx = n - 1; idx >= 0; idx--)
        {
            var best = 0.0;
            var bestX = -1;
            var bestNode = -1;
            var node = 0;
            for (var i = idx; i < block.Length; i++)
            {
                node = trie.Child(node, block[i]);
                if (node < 0)
                {
                    break;
                }

                var lf = logFreq[node];
                if (lf >= 0.0)
                {
                    var p = (lf - lt) + prob[i + 1];
                    if (bestX < 0 || p >= best)
                    {
                        best = p;
                        bestX = i;
                        bestNode = node;
                    }
                }
            }

            if (bestX < 0)
            {
                // log(FREQ.get(char) or 1) - logtotal: an unknown character counts as frequency 1.
                best = fallback + prob[idx + 1];
                bestX = idx;
                bestNode = trie.Child(0, block[idx]);
            }

            prob[idx] = best;
            route[idx] = bestX;
            routeNode[idx] = bestNode;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ComputeRouteWithOverlay(ReadOnlySpan<char> block, Scratch scratch)
    {
        var n = block.Length;
        var prob = scratch.RouteProb;
        var route = scratch.RouteEnd;
        Array.Fill(scratch.RouteNode, -2, 0, n);
        var lt = logTotal;
        prob[n] = 0.0;
        for (var idx = n - 1; idx >= 0; idx--)
        {
            var best = 0.0;
            var bestX = -1;
            var b = 0;
            var o = 0;
            for (var i = idx; i < n && (b >= 0 || o >= 0); i++)
            {
                if (!StepBoth(block[i], ref b, ref o, out var f, out var logF))
                {
                    break;
                }

                if (f > 0)
                {
                    var p = (logF - lt) + prob[i + 1];
                    if (bestX < 0 || p >= best)
                    {
                        best = p;
                        bestX = i;
                    }
                }
            }

            if (bestX < 0)
            {
                best = (0.0 - lt) + prob[idx + 1];
                bestX = idx;
            }

            prob[idx] = best;
            route[idx] = bestX;
        }
    }

    /// <summary>One step in the dictionary trie and the user overlay at once (the union of their prefix sets).</summary>
    private bool StepBoth(char c, ref int b, ref int o, out int freq, out double logFreq)
    {
        if (b >= 0)
        {
            b = trie.Child(b, c);
        }

        if (o >= 0)
        {
            o = overlay!.Child(o, c);
        }

        freq = 0;
        logFreq = 0.0;
        if (b < 0 && o < 0)
        {
            return false;
        }

        if (o >= 0 && overlay!.FreqAt(o) >= 0)
        {
            freq = overlay.FreqAt(o);
            logFreq = overlay.LogFreqAt(o);
        }
        else if (b >= 0)
        {
            freq = nodeFreq[b];
            logFreq = nodeLogFreq[b];
        }

        return true;
    }

    /// <summary>jieba's <c>get_DAG</c> into <c>DagStart</c>/<c>DagEnds</c> (CSR, block-relative inclusive ends).</summary>
    private void BuildDag(ReadOnlySpan<char> text, int s, int e, Scratch scratch)
    {
        var n = e - s;
        Scratch.Grow(ref scratch.DagStart, n + 1);
        var count = 0;
        for (var k = 0; k < n; k++)
        {
            scratch.DagStart[k] = count;
            var b = 0;
            var o = overlay is null ? -1 : 0;
            for (var i = k; i < n; i++)
            {
                if (!StepBoth(text[s + i], ref b, ref o, out var f, out _))
                {
                    break;
                }

                if (f > 0)
                {
                    Scratch.Grow(ref scratch.DagEnds, count + 1);
                    scratch.DagEnds[count++] = i;
                }
            }

            if (count == scratch.DagStart[k])
            {
                Scratch.Grow(ref scratch.DagEnds, count + 1);
                scratch.DagEnds[count++] = k;
            }
        }

        scratch.DagStart[n] = count;
    }
}
