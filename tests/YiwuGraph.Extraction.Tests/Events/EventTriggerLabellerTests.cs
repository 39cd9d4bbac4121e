using YiwuGraph.Core;
using YiwuGraph.Extraction.Events;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Events;

public sealed class EventTriggerLabellerTests
{
    private const string Article =
        "今天上午，解放西路发生一起车祸。据了解，这起车祸无人受伤！交警表示，车祸原因正在调查？\n昨晚太阳队击败快船队。诺基亚宣布裁员800人；iPhone 15发布会在Apple Park举行。";

    [Fact]
    public void The_words_taken_from_the_pipelines_tokens_are_the_words_of_each_sentence_cut_alone()
    {
        var segmenter = JiebaSegmenter.CreateDefault();
        var tokens = segmenter.CutWithPos(Article);
        var fromTokens = new TriggerFeatures.Words();
        var alone = new TriggerFeatures.Words();
        foreach (var sentence in TextSpans.Sentences(Article))
        {
            fromTokens.Read(Article, sentence, tokens);
            alone.Read(segmenter, Article.AsSpan(sentence.Start, sentence.Length));
            Assert.Equal(alone.Tokens, fromTokens.Tokens);
        }
    }

    [Fact]
    public void Tokens_that_do_not_cover_a_sentence_leave_one_word_per_uncovered_character()
    {
        const string text = "甲乙丙丁。";
        var words = new TriggerFeatures.Words();
        words.Read(text, new TextRange(0, 4), [new Token(1, 3, PosTag.Noun)]);
        Assert.Equal([new Token(0, 1, PosTag.X), new Token(1, 3, PosTag.Noun), new Token(3, 4, PosTag.X)], words.Tokens);
    }

    [Fact]
    public void The_labeller_finds_the_same_triggers_from_the_pipelines_tokens_as_cutting_itself()
    {
        var segmenter = JiebaSegmenter.CreateDefault();
        var labeller = new EventTriggerLabeller(EventModelStore.Default, segmenter);
        var itself = labeller.Find(Article);
        var fromTokens = labeller.Find(Article, TextSpans.Sentences(Article), segmenter.CutWithPos(Article));
        Assert.NotEmpty(itself);
        Assert.Equal(itself, fromTokens);
    }
}
