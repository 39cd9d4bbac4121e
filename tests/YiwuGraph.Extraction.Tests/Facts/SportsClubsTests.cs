using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Tests.Facts;

public sealed class SportsClubsTests
{
    [Fact]
    public void Clubs_leave_out_nicknames_and_forms_match_latin_letters_in_either_case()
    {
        var clubs = SportsClubs.Of(LexiconSet.Default);
        Assert.Contains("曼联", (IReadOnlySet<string>)clubs.Clubs);
        Assert.DoesNotContain("枪手", (IReadOnlySet<string>)clubs.Clubs);
        Assert.Contains("枪手", clubs.Names);
        Assert.True(clubs.Forms["AC米兰"]);
        Assert.True(clubs.Forms["ac米兰"]);
        Assert.False(clubs.Forms["枪手"]);
        Assert.False(clubs.Forms.ContainsKey("Ac米兰"));
    }

    [Fact]
    public void A_name_listed_as_club_and_as_nickname_is_a_club()
    {
        using var stream = new MemoryStream("红军\tnickname\t利物浦\n红军\tclub\t红军\n"u8.ToArray());
        var clubs = new SportsClubs(LexiconSet.Read("sports-clubs.tsv", "test.tsv", stream));
        Assert.True(clubs.Forms["红军"]);
        Assert.Equal(["红军"], clubs.Clubs);
    }

    [Fact]
    public void One_reading_per_lexicon_set_serves_every_reader()
    {
        var dir = Directory.CreateTempSubdirectory("yiwugraph-lexicons-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "sports-clubs.tsv"), "曼联\tclub\n");
            File.WriteAllText(Path.Combine(dir.FullName, "company-senses.tsv"), "苹果\tbrand\t苹果公司\n");
            var set = LexiconSet.Load(dir.FullName);
            Assert.Same(SportsClubs.Of(set), SportsClubs.Of(set));
            Assert.NotSame(SportsClubs.Of(LexiconSet.Default), SportsClubs.Of(set));
            Assert.Equal(["曼联"], SportsClubs.Of(set).Names);
            Assert.Same(CompanySenses.Of(set), new NameLexicon(set).CompanySenses);
            Assert.Same(CompanySenses.Of(LexiconSet.Default), RuleLexicons.Default.Names.CompanySenses);
            Assert.Equal(["苹果"], CompanySenses.Of(set).Brands.Keys);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
