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

        var bodyGrams = Bigrams(body);
        return (double)grams.Count(bodyGrams.Contains) / grams.Count;
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
