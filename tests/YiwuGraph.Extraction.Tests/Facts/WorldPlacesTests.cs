using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Graph;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>
/// The first-level divisions of foreign countries (class <c>state</c> of world-places.tsv) and the foreign cities the
/// gazetteer lacks, on sentences written like international news, not copied from the corpora.
/// </summary>
public sealed class WorldPlacesTests
{
    private static readonly WorldPlaces World = RuleLexicons.Default.World;

    private static List<string> Places(string text) =>
        new PatternMentionSource(JiebaSegmenter.CreateDefault(), OnePageBuild.Yiwu).Find(text)
            .Where(m => m.Kind == EntityKind.Place).Select(m => m.GetText(text)).ToList();

    [Theory]
    [InlineData("加州")]
    [InlineData("加利福尼亚州")]
    [InlineData("得州")]
    [InlineData("安大略省")]
    [InlineData("新南威尔士州")]
    [InlineData("北方邦")]
    [InlineData("兵库县")]
    [InlineData("巴伐利亚")]
    public void A_state_is_a_foreign_place(string state)
    {
        Assert.Contains(state, World.States);
        Assert.Equal("foreign", World.FineTypeOf(state));
    }

    [Theory]
    [InlineData("德州")] // a city of Shandong
    [InlineData("东京都")] // 东京都有…: 东京 and the adverb 都
    [InlineData("山口")] // a Japanese surname; 山口县 is listed
    [InlineData("维多利亚")] // a person's name; 维多利亚州 is listed
    [InlineData("温莎")] // the royal house
    [InlineData("奥兰多")] // a person's name
    [InlineData("纽卡斯尔")] // a club the sport pages name by its city
    [InlineData("普吉岛")] // a resort CLUENER marks as a scenic spot
    public void Names_with_a_second_sense_are_left_out(string name)
    {
        Assert.Null(World.FineTypeOf(name));
    }

    [Fact]
    public void No_state_or_city_of_the_list_is_a_place_of_the_gazetteer()
    {
        // The list adds what the gazetteer lacks; a name both hold would be a Chinese place or a duplicate.
        var gazetteer = PlaceGazetteer.Default;
        var listed = LexiconSet.Default.WorldPlaces.WordsOf("state").Concat(LexiconSet.Default.WorldPlaces.WordsOf("city"));
        Assert.DoesNotContain(listed, gazetteer.Names.ContainsKey);
    }

    [Fact]
    public void A_city_jieba_splits_is_read_whole_after_its_state()
    {
        // 库比|蒂诺: the run of words is looked up whole.
        var places = Places("苹果公司在加州库比蒂诺总部宣布推出新款手机。");
        Assert.Contains("加州", places);
        Assert.Contains("库比蒂诺", places);
    }

    [Theory]
    [InlineData("位于俄罗斯西伯利亚中部的克拉斯诺亚尔斯克边疆区28日发生一起食物中毒事件。", "克拉斯诺亚尔斯克边疆区", "边疆区")]
    [InlineData("俄罗斯车里雅宾斯克州发生爆炸。", "车里雅宾斯克州", "车里雅宾斯克")]
    public void A_division_named_by_a_city_and_an_ending_is_one_place(string text, string division, string notAlone)
    {
        var places = Places(text);
        Assert.Contains(division, places);
        Assert.DoesNotContain(notAlone, places);
    }

    [Fact]
    public void A_state_after_its_country_is_part_of_it()
    {
        var graph = OnePageBuild.Build("新华社电 美国加利福尼亚州州长纽瑟姆6日宣布，该州进入紧急状态。印度北方邦发生火车事故。");
        Assert.Equal("foreign", Node(graph, "place:加利福尼亚州").Properties.GetString("level"));
        Assert.True(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.PartOf, "place:加利福尼亚州", "place:美国", null), out _));
        Assert.True(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.PartOf, "place:北方邦", "place:印度", null), out _));
    }

    [Fact]
    public void A_city_of_the_list_is_a_place_where_it_was_read_as_part_of_an_organisation()
    {
        // Before the list, the recognizer read 俄罗斯车里雅宾斯克 as one organisation.
        var graph = OnePageBuild.Build("新华社电 俄罗斯车里雅宾斯克和海参崴市民4日庆祝节日。");
        Assert.Equal("foreign", Node(graph, "place:车里雅宾斯克").Properties.GetString("level"));
        Assert.True(graph.TryGetRelationship(GraphRelationship.MakeKey(RelationshipTypes.PartOf, "place:车里雅宾斯克", "place:俄罗斯", null), out _));
        Assert.False(graph.TryGetNode("organization:俄罗斯车里雅宾斯克", out _));
    }

    [Fact]
    public void A_listed_place_the_tagger_reads_as_a_person_is_a_place()
    {
        // The bare tagger reads 诺曼底 here as a person; the rule's place of the same span wins in MentionArbiter
        // (a rule reading that covers the recognizer's mention whole).
        var graph = OnePageBuild.Build("新华社电 一名英国老兵赴法参加诺曼底登陆纪念活动时溺水身亡。");
        Assert.True(graph.TryGetNode("place:诺曼底", out _));
        Assert.False(graph.TryGetNode("person:诺曼底", out _));
    }

    private static GraphNode Node(KnowledgeGraph graph, string key)
    {
        Assert.True(graph.TryGetNode(key, out var node), key + " missing; places: " + string.Join(", ", graph.NodesWithLabel(NodeLabel.Place).Select(p => p.Name)));
        return node;
    }
}
