namespace YiwuGraph.Ingestion;

/// <summary>
/// How well a headline fits a body: the share of the headline's character bigrams (Han, letters, digits) that
/// the body contains. Used to place headlines printed away from their article.
/// </summary>
internal static class TitleSimilarity
{
    public static double Score(string headline, string body)
    {
        var grams = Bigrams(headline);
        if (grams.Count == 0)
        {
            return 0;
        }

        // A headline has a few bigrams and a body thousands: searching the body for each is cheaper than collecting
        // the body's (both characters of a headline bigram are letters or digits, so any occurrence counts).
        Span<char> pair = stackalloc char[2];
        var found = 0;
        foreach (var (first, second) in grams)
        {
            pair[0] = first;
            pair[1] = second;
            if (body.AsSpan().IndexOf(pair, StringComparison.Ordinal) >= 0)
            {
                found++;
            }
        }

        return (double)found / grams.Count;
    }

    private static HashSet<(char, char)> Bigrams(string s)
    {
        var set = new HashSet<(char, char)>();
        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsLetterOrDigit(s[i]) && char.IsLetterOrDigit(s[i + 1]))
            {
                set.Add((s[i], s[i + 1]));
            }
        }

        return set;
    }
}
