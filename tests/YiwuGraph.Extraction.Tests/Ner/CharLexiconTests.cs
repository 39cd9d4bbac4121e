using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner;

public sealed class CharLexiconTests
{
    [Fact]
    public void Matches_equal_a_search_of_every_substring_on_random_words_and_text()
    {
        // A small alphabet makes words share prefixes and overlap in the text, so the trie walks long paths.
        const string Alphabet = "市长委书记义乌区镇";
        var random = new Random(7);
        var words = new Dictionary<string, ushort>();
        for (var w = 0; w < 3000; w++)
        {
            var length = random.Next(1, 7);
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            var word = new string(chars);
            words[word] = (ushort)(words.GetValueOrDefault(word) | (1 << random.Next(CharLexicon.ClassCount)));
        }

        var lexicon = CharLexicon.Build(words);
        Assert.Equal(words.Count, lexicon.WordCount);
        for (var trial = 0; trial < 20; trial++)
        {
            var text = new string([.. Enumerable.Range(0, 60).Select(_ => random.Next(10) == 0 ? '，' : Alphabet[random.Next(Alphabet.Length)])]);
            var matches = new LexiconMatches();
            matches.Reset(text.Length);
            lexicon.Annotate(text, matches);
            for (var cls = 0; cls < CharLexicon.ClassCount; cls++)
            {
                var start = new int[text.Length];
                var end = new int[text.Length];
                var inside = new bool[text.Length];
                for (var s = 0; s < text.Length; s++)
                {
                    for (var e = s + 1; e <= Math.Min(text.Length, s + CharLexicon.MaxWordLength); e++)
                    {
                        if (!words.TryGetValue(text[s..e], out var mask) || (mask & (1 << cls)) == 0)
                        {
                            continue;
                        }

                        start[s] = Math.Max(start[s], e - s);
                        end[e - 1] = Math.Max(end[e - 1], e - s);
                        for (var i = s + 1; i < e - 1; i++)
                        {
                            inside[i] = true;
                        }
                    }
                }

                for (var i = 0; i < text.Length; i++)
                {
                    Assert.Equal(start[i], matches.StartLength(i, (LexiconClass)cls));
                    Assert.Equal(end[i], matches.EndLength(i, (LexiconClass)cls));
                    Assert.Equal(inside[i], matches.IsInside(i, (LexiconClass)cls));
                }
            }
        }
    }

    [Fact]
    public void Saved_words_come_back_as_built()
    {
        var lexicon = CharLexicon.Build([new("义乌", 1 << (int)LexiconClass.Place), new("义乌市", 1 << (int)LexiconClass.Place), new("书记", 1 << (int)LexiconClass.Title), new("义乌", 1 << (int)LexiconClass.KnownLocation)]);
        Assert.Equal(
            [new("义乌", (1 << (int)LexiconClass.Place) | (1 << (int)LexiconClass.KnownLocation)), new("义乌市", 1 << (int)LexiconClass.Place), new("书记", 1 << (int)LexiconClass.Title)],
            lexicon.Words().ToList());
    }
}
