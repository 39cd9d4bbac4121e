using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Extraction.Pipeline.Stages;

namespace YiwuGraph.Extraction.Tests.Pipeline.Stages;

public sealed class TeamNameStageTests
{
    [Fact]
    public void A_foreign_city_in_a_sports_sentence_is_its_club_and_elsewhere_stays_a_place()
    {
        const string Text = "罗马主场2比1战胜利物浦，杭州球迷到场。罗马是意大利的首都。";
        var kinds = Run(Text, "罗马", "利物浦", "杭州", "罗马", "意大利");

        Assert.Equal(
            [EntityKind.Organization, EntityKind.Organization, EntityKind.Place, EntityKind.Place, EntityKind.Place],
            kinds);
    }

    [Fact]
    public void A_settlement_the_gazetteer_lacks_stays_a_place_in_a_sports_sentence()
    {
        const string Text = "他回到故乡集美镇，球队在对方禁区制造威胁。";

        Assert.Equal([EntityKind.Place], Run(Text, "集美镇"));
    }

    [Fact]
    public void Without_a_sports_word_nothing_changes()
    {
        const string Text = "罗马和利物浦都是历史名城。";

        Assert.Equal([EntityKind.Place, EntityKind.Place], Run(Text, "罗马", "利物浦"));
    }

    private static List<EntityKind> Run(string text, params string[] places)
    {
        var mentions = new List<FactMention>();
        var from = 0;
        foreach (var place in places)
        {
            var at = text.IndexOf(place, from, StringComparison.Ordinal);
            mentions.Add(new FactMention(new TextRange(at, at + place.Length), EntityKind.Place, 0.8));
            from = at + place.Length;
        }

        var pipeline = new NewsPipeline([new MentionSourceStage(new Fixed(mentions)), new TeamNameStage(RuleLexicons.Default, PlaceGazetteer.Default)]);
        return pipeline.Run(new NewsDocument(text), NewsAnnotation.Mentions).Mentions.Select(m => m.Kind).ToList();
    }

    private sealed class Fixed(IReadOnlyList<FactMention> mentions) : IMentionSource
    {
        public IReadOnlyList<FactMention> Find(string text) => mentions;
    }
}
