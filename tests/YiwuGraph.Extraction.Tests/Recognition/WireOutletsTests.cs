using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Extraction.Recognition;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Recognition;

/// <summary>The outlet a dateline opens with is an organisation, whatever the tagger read it as.</summary>
public sealed class WireOutletsTests
{
    private static readonly WireOutlets Outlets = new(LexiconSet.Default.NewsOrganizations.WordsOf("outlet-ending"), PlaceGazetteer.Default);

    private static FactMention Retyped(string text, string mention, EntityKind kind)
    {
        var at = text.IndexOf(mention, StringComparison.Ordinal);
        List<FactMention> mentions = [new(new TextRange(at, at + mention.Length), kind, 0.75)];
        return Assert.Single(Outlets.Retype(text, mentions));
    }

    [Theory]
    [InlineData("东南网3月31日讯（通讯员容肖）今日凌晨，一仓库失火。", "东南网", EntityKind.Place, "东南网")]
    [InlineData("齐鲁网潍坊9月20日讯 第五届中日韩产业博览会开幕。", "齐鲁网", EntityKind.Place, "齐鲁网")]
    [InlineData("会议结束。据大河网郑州５月２日电，……", "大河网", EntityKind.Place, "大河网")]
    [InlineData("长城网3月1日讯 河北省召开会议。", "长城", EntityKind.Place, "长城网")] // the ending printed after the mention
    [InlineData("2019年\n猎云网北京8月1日讯 某公司完成融资。", "猎云网", EntityKind.Person, "猎云网")]
    public void A_place_or_person_before_a_wire_dateline_where_a_credit_stands_is_the_outlet(string text, string mention, EntityKind kind, string outlet)
    {
        var m = Retyped(text, mention, kind);

        Assert.Equal((EntityKind.Organization, "media", outlet), (m.Kind, m.FineType, m.GetText(text)));
    }

    [Theory]
    [InlineData("烟台3月31日电 烟台市今天召开会议。", "烟台")] // a gazetteer place is the dateline's place
    [InlineData("北京3月31日电 国务院召开会议。", "北京")] // no outlet ending
    [InlineData("他在东南网3月31日讯中看到。", "东南网")] // not where a credit stands
    [InlineData("东南网报道，一仓库失火。", "东南网")] // no dateline
    public void Other_mentions_stay_as_they_are(string text, string mention)
    {
        var at = text.IndexOf(mention, StringComparison.Ordinal);
        List<FactMention> mentions = [new(new TextRange(at, at + mention.Length), EntityKind.Place, 0.75)];

        Assert.Same(mentions, Outlets.Retype(text, mentions));
    }

    [Fact]
    public void An_ending_that_a_next_mention_starts_at_is_not_taken()
    {
        const string Text = "长城网3月1日讯";
        List<FactMention> mentions =
        [
            new(new TextRange(0, 2), EntityKind.Place, 0.75),
            new(new TextRange(2, 3), EntityKind.Organization, 0.75),
        ];

        Assert.Same(mentions, Outlets.Retype(Text, mentions));
    }
}
