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

    [Fact]
    public void A_mark_inside_a_book_title_ends_no_sentence()
    {
        const string text = "东方卫视《加油！中国》节目昨晚开播，《这！就是灌篮》同时上线。次日收视率公布？是的。";

        var sentences = TextSpans.Sentences(text).Select(s => text[s.Start..s.End]).ToList();

        Assert.Equal(["东方卫视《加油！中国》节目昨晚开播，《这！就是灌篮》同时上线。", "次日收视率公布？", "是的。"], sentences);
    }

    [Fact]
    public void A_quoted_sentence_keeps_its_marks_as_before()
    {
        const string text = "他说：“我们赢了！”全场欢呼。";

        var sentences = TextSpans.Sentences(text).Select(s => text[s.Start..s.End]).ToList();

        Assert.Equal(["他说：“我们赢了！”全场欢呼。"], sentences);
    }

    [Fact]
    public void A_book_title_without_its_partner_in_the_line_or_near_holds_no_sentence_open()
    {
        var far = "《加油！" + new string('甲', TextSpans.MaxTitle) + "》。";
        var text = "他读了《加油！然后回家。\n次日《中国》上映。" + far;

        var sentences = TextSpans.Sentences(text).Select(s => text[s.Start..s.End]).ToList();

        Assert.Equal(["他读了《加油！", "然后回家。", "次日《中国》上映。", "《加油！", new string('甲', TextSpans.MaxTitle) + "》。"], sentences);
    }

    [Fact]
    public void The_training_split_still_ends_a_sentence_inside_a_book_title()
    {
        const string text = "《加油！中国》开播。";

        var sentences = TextSpans.TrainingSentences(text).Select(s => text[s.Start..s.End]).ToList();

        Assert.Equal(["《加油！", "中国》开播。"], sentences);
    }

    [Fact]
    public void A_sentence_start_and_end_and_a_statement_pass_over_a_mark_inside_a_book_title()
    {
        const string text = "昨天。东方卫视《加油！中国》节目开播！《加油！然后回家。";
        var at = text.IndexOf("节目", StringComparison.Ordinal);

        Assert.Equal(text.IndexOf("东方", StringComparison.Ordinal), TextSpans.SentenceStart(text, at));
        Assert.Equal(text.IndexOf("！《", StringComparison.Ordinal), TextSpans.SentenceEnd(text, text.IndexOf("《", StringComparison.Ordinal)));
        Assert.Equal("东方卫视《加油！中国》节目开播", Slice(text, TextSpans.StatementAround(text, new TextRange(at, at + 2))));
        Assert.Equal(text.IndexOf("然后", StringComparison.Ordinal), TextSpans.SentenceStart(text, text.IndexOf("回家", StringComparison.Ordinal)));
    }

    private static string Slice(string text, TextRange range) => text[range.Start..range.End];
}
