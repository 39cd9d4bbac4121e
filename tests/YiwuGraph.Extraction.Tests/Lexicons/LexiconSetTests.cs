using System.Text;
using YiwuGraph.Core;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Tests.Lexicons;

public sealed class LexiconSetTests
{
    [Fact]
    public void Reading_skips_comments_and_blank_lines_and_keeps_columns_and_line_numbers()
    {
        var lexicon = Read("titles.tsv", "# what the list is\n\n书记\toffice\n经营户\trole\tmarket stall holders\r\n  \n# end\n");

        Assert.Equal(["书记", "经营户"], lexicon.Words);
        Assert.Equal(["书记"], lexicon.WordsOf("office"));
        Assert.Empty(lexicon.WordsOf("honorific"));
        Assert.Equal(new LexiconEntry("经营户", "role", "market stall holders", 4), lexicon.Entries[1]);
    }

    [Fact]
    public void A_word_may_carry_two_classes_and_keeps_file_order()
    {
        var lexicon = Read("titles.tsv", "总书记\toffice\n原\tmodifier\n总书记\ttrailing\n时任\tmodifier\n");

        Assert.Equal(["原", "时任"], lexicon.WordsOf("modifier"));
        Assert.Equal(["总书记", "原", "时任"], lexicon.Words);
    }

    [Theory]
    [InlineData("titles.tsv", "书记\toffice\n市长\tmayor\n", 2, "unknown class 'mayor'")]
    [InlineData("titles.tsv", "# c\n书记\n", 2, "expected 'word<TAB>class'")]
    [InlineData("titles.tsv", "书记\toffice\n\toffice\n", 2, "must be non-empty")]
    [InlineData("titles.tsv", "书 记\toffice\n", 1, "must be non-empty and hold no spaces")]
    [InlineData("titles.tsv", "书记\toffice\n市长\toffice\n书记\toffice\n", 3, "listed twice (first on line 1)")]
    [InlineData("name-breakers.tsv", "各\n该\tnote\tmore\n", 2, "no class column")]
    [InlineData("name-breakers.tsv", "# only a comment\n", 1, "no entries")]
    public void A_malformed_line_names_file_and_line(string name, string text, int line, string reason)
    {
        var error = Assert.Throws<DataFormatException>(() => Read(name, text));

        Assert.Equal("my/" + name, error.Path);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"my/{name}:{line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_embedded_list_loads_is_documented_non_empty_and_free_of_duplicates()
    {
        var set = LexiconSet.Default;
        foreach (var name in LexiconSet.Kinds.Keys)
        {
            var lexicon = set[name];
            Assert.NotEmpty(lexicon.Entries);
            Assert.Equal(lexicon.Entries.Count, lexicon.Entries.Select(e => (e.Word, e.Class)).Distinct().Count());
            Assert.StartsWith("YiwuGraph.Extraction.Lexicons.", lexicon.Source, StringComparison.Ordinal);
            foreach (var wordClass in LexiconSet.Kinds[name])
            {
                Assert.True(lexicon.WordsOf(wordClass).Count > 0, $"{name}: no word of class {wordClass}");
            }

            // Each file says what it is and where its words came from.
            using var stream = typeof(LexiconSet).Assembly.GetManifestResourceStream(lexicon.Source)!;
            var text = new StreamReader(stream).ReadToEnd();
            Assert.StartsWith("# ", text, StringComparison.Ordinal);
            Assert.Contains("Source:", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_override_folder_replaces_the_list_of_the_same_name_and_keeps_the_others()
    {
        var dir = Directory.CreateTempSubdirectory("yiwugraph-lexicons-");
        try
        {
            var path = Path.Combine(dir.FullName, "titles.tsv");
            File.WriteAllText(path, "# my titles\n站长\toffice\n");

            var set = LexiconSet.Load(dir.FullName);

            Assert.Equal(["站长"], set.Titles.Words);
            Assert.Equal(path, set.Titles.Source);
            Assert.Equal(LexiconSet.Default.Surnames.Words, set.Surnames.Words);
            Assert.Contains("书记", LexiconSet.Default.Titles.WordsOf("office"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_override_file_with_an_unknown_name_or_a_bad_line_is_an_error_naming_it()
    {
        var dir = Directory.CreateTempSubdirectory("yiwugraph-lexicons-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "title.tsv"), "站长\toffice\n");
            var unknown = Assert.Throws<InputFileException>(() => LexiconSet.Load(dir.FullName));
            Assert.Contains("title.tsv", unknown.Message, StringComparison.Ordinal);
            Assert.Contains("titles.tsv", unknown.Message, StringComparison.Ordinal);

            File.Delete(Path.Combine(dir.FullName, "title.tsv"));
            var path = Path.Combine(dir.FullName, "surnames.tsv");
            File.WriteAllText(path, "# mine\n王\tcommon\n李\tsurname\n");
            var bad = Assert.Throws<DataFormatException>(() => LexiconSet.Load(dir.FullName));
            Assert.Equal((path, 3), (bad.Path, bad.Line));

            Assert.Throws<InputFileException>(() => LexiconSet.Load(Path.Combine(dir.FullName, "missing")));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static Lexicon Read(string name, string text) =>
        LexiconSet.Read(name, "my/" + name, new MemoryStream(Encoding.UTF8.GetBytes(text)));
}
