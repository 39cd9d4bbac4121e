namespace YiwuGraph.Segmentation.Tests;

/// <summary>The example at the top of src/YiwuGraph.Segmentation/README.md, run as written.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void Readme_example_prints_what_the_readme_says()
    {
        var output = new StringWriter();

        var segmenter = JiebaSegmenter.CreateDefault();
        var text = "小明硕士毕业于中国科学院计算所，后在日本京都大学深造";
        var tokens = new List<Token>();
        segmenter.CutWithPos(text, tokens);
        output.WriteLine(string.Join(" ", tokens.Select(t => $"{t.GetText(text)}/{t.Tag}")));

        Assert.Equal("小明/nr 硕士/n 毕业/n 于/p 中国科学院/nt 计算所/n ，/x 后在/t 日本京都大学/nt 深造/v", output.ToString().TrimEnd());
        var readme = File.ReadAllText(Golden.RepoFile("src", "YiwuGraph.Segmentation", "README.md"));
        Assert.Contains(output.ToString().TrimEnd(), readme, StringComparison.Ordinal);
    }
}
