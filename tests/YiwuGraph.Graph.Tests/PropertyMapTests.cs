namespace YiwuGraph.Graph.Tests;

public sealed class PropertyMapTests
{
    [Fact]
    public void Least_and_greatest_keep_the_extreme_whatever_the_order_of_the_writes()
    {
        var dates = new[] { "2026-05-02", "2025-03-01", "2025-12-31" };
        var counts = new long[] { 12, 40, 3 };
        foreach (var order in new[] { new[] { 0, 1, 2 }, new[] { 2, 1, 0 }, new[] { 1, 2, 0 } })
        {
            var p = new PropertyMap();
            foreach (var i in order)
            {
                p.KeepLeast("since", dates[i]);
                p.KeepGreatest("until", dates[i]);
                p.KeepGreatest("deaths", counts[i]);
            }

            Assert.Equal("2025-03-01", p.GetString("since"));
            Assert.Equal("2026-05-02", p.GetString("until"));
            Assert.Equal(40L, p.GetLong("deaths"));
        }
    }
}
