using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>Which bracket and quote marks pair up.</summary>
public sealed class BracketsTests
{
    [Fact]
    public void A_closer_pairs_with_the_nearest_open_opener_of_its_kind_and_openers_left_above_it_pair_with_none()
    {
        var (paired, unpaired) = Brackets.Match("《甲（乙》丙）");

        Assert.Equal([(0, 4)], paired);
        Assert.Equal([2, 6], unpaired);
    }

    [Theory]
    [InlineData("“人在旅途，爱尚昌吉”", true)]
    [InlineData("爱尚昌吉”旅游节", false)]
    [InlineData("（男，40岁)", false)]
    [InlineData("《死亡空间：浩劫余生》（PES）", true)]
    public void Marks_pair_only_with_their_own_partner(string text, bool balanced) =>
        Assert.Equal(balanced, Brackets.AreBalanced(text));
}
