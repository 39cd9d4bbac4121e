using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner.News;

public sealed class PlaceRulesTests
{
    private static List<string> Places(string text) =>
        NewsEntityRecognizer.Default.Recognize(text).Where(m => m.Type == MentionType.Place)
            .Select(m => text.Substring(m.Range.Start, m.Range.Length)).ToList();

    [Theory]
    [InlineData("同时，要搞好城镇绿化，改善卫生条件，改观城镇风貌，提高文化品位。", "观城镇")]
    [InlineData("王孟奇的作品造型朴实古拙，喜画文人高士、渔翁村夫。", "翁村")]
    [InlineData("集体资金村有乡管制度落实到位。", "金村")]
    public void A_gazetteer_name_that_cuts_a_jieba_word_is_no_place(string text, string cut)
    {
        Assert.DoesNotContain(cut, Places(text));
    }

    [Fact]
    public void A_gazetteer_name_that_holds_a_conjunction_is_no_place()
    {
        Assert.DoesNotContain("和村", Places("他同时也是一个懂技术的青年星火带头人和村科技副主任。"));
    }

    [Fact]
    public void A_gazetteer_town_on_word_edges_is_still_a_place()
    {
        Assert.Contains("苏溪镇", Places("会议在苏溪镇举行。"));
    }
}
