using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>How a sentence is cut into clauses.</summary>
public sealed class TextSpansTests
{
    [Fact]
    public void A_clause_does_not_break_inside_a_pair_of_brackets_or_quotes()
    {
        const string text = "由昌吉市承办的“人在旅途，爱尚昌吉”旅游节开幕，嫌疑人熊某（男，40岁，永定区人）抓获，《我，机器人》上映。";

        var clauses = TextSpans.Clauses(text, new TextRange(0, text.Length)).Select(c => text[c.Start..c.End]).ToList();

        Assert.Equal(["由昌吉市承办的“人在旅途，爱尚昌吉”旅游节开幕，", "嫌疑人熊某（男，40岁，永定区人）抓获，", "《我，机器人》上映。"], clauses);
    }

    [Fact]
    public void A_quote_that_does_not_close_in_the_sentence_keeps_no_clause_together()
    {
        const string text = "他表示：“我们要努力，争取胜利";

        var clauses = TextSpans.Clauses(text, new TextRange(0, text.Length)).Select(c => text[c.Start..c.End]).ToList();

        Assert.Equal(["他表示：“我们要努力，", "争取胜利"], clauses);
    }
}
