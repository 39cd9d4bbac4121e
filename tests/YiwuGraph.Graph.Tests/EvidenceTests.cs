namespace YiwuGraph.Graph.Tests;

/// <summary>The snippet is stored as the source has it; pages and consoles show it on one line, cut.</summary>
public sealed class EvidenceTests
{
    [Fact]
    public void Display_text_joins_layout_line_breaks_and_cuts_long_snippets()
    {
        const string Broken = "金华市委副书记、市\r\n\r\n长温建飞";
        Assert.Equal("金华市委副书记、市长温建飞", new Evidence("article:a.txt#0", "a.txt", 0, Broken.Length, Broken).DisplayText);

        var longSnippet = new string('字', Evidence.MaxDisplayLength + 5);
        var cut = new Evidence("article:a.txt#0", "a.txt", 0, longSnippet.Length, longSnippet).DisplayText;
        Assert.Equal(new string('字', Evidence.MaxDisplayLength) + "…", cut);

        // A cut never splits a surrogate pair.
        var emoji = new string('字', Evidence.MaxDisplayLength - 1) + "🙂🙂";
        Assert.Equal(new string('字', Evidence.MaxDisplayLength - 1) + "…", new Evidence("k", "a.txt", 0, emoji.Length, emoji).DisplayText);
    }
}
