namespace YiwuGraph.Segmentation.Tests;

public sealed class TokenTests
{
    [Fact]
    public void The_first_token_ending_after_an_offset_is_found_by_search_as_by_a_scan()
    {
        var tokens = JiebaSegmenter.CreateDefault().CutWithPos("义乌市召开动员部署会，昨日下午举行。");
        for (var offset = -1; offset <= 20; offset++)
        {
            var scan = 0;
            while (scan < tokens.Count && tokens[scan].End <= offset)
            {
                scan++;
            }

            Assert.Equal(scan, Token.FirstEndingAfter(tokens, offset));
        }

        Assert.Equal(0, Token.FirstEndingAfter([], 3));
    }

    [Fact]
    public void A_word_starts_and_ends_where_a_scan_finds_a_token_start_and_end()
    {
        var tokens = JiebaSegmenter.CreateDefault().CutWithPos("义乌市召开动员部署会，昨日下午举行。");
        for (var offset = -1; offset <= 20; offset++)
        {
            Assert.Equal(tokens.Any(t => t.Start == offset), Token.StartsAt(tokens, offset));
            Assert.Equal(tokens.Any(t => t.End == offset), Token.EndsAt(tokens, offset));
        }

        Assert.False(Token.StartsAt([], 0));
        Assert.False(Token.EndsAt([], 0));
    }
}
