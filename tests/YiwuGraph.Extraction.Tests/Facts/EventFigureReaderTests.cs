using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Facts;

public sealed class EventFigureReaderTests
{
    private static EventFigures Read(string text, string type = "accident") =>
        EventFigureReader.Default.Read(text, type, [new TextRange(0, Math.Min(4, text.Length))]);

    [Theory]
    [InlineData("昨日凌晨一辆货车侧翻，造成3人死亡、5人受伤。", 3L, 5L)]
    [InlineData("事故已造成３名矿工遇难，另有12名工人负伤。", 3L, 12L)]
    [InlineData("岳阳一男子醉驾致一死四伤。", 1L, 4L)]
    [InlineData("洪灾死亡人数已升至32人，受伤人数达到108人。", 32L, 108L)]
    [InlineData("车祸中死亡3人，伤亡原因正在调查。", 3L, null)]
    public void Reads_casualties_next_to_their_word(string text, long? deaths, long? injured)
    {
        var figures = Read(text);
        Assert.Equal(deaths, figures.Deaths);
        Assert.Equal(injured, figures.Injured);
    }

    [Theory]
    [InlineData("5月3日，厂房起火，无人死亡。")]
    [InlineData("3月12日死亡率有所下降。")]
    [InlineData("这起事故发生在2019年，死亡原因尚不清楚。")]
    public void Dates_rates_and_words_without_a_count_give_no_casualties(string text)
    {
        var figures = Read(text);
        Assert.Null(figures.Deaths);
        Assert.Null(figures.Injured);
    }

    [Fact]
    public void A_toll_reported_twice_keeps_the_larger_count()
    {
        Assert.Equal(40L, Read("地震起初造成12人死亡，目前已有40人遇难。", "disaster").Deaths);
    }

    [Theory]
    [InlineData("公司宣布完成2.5亿美元融资。", "deal", "2.5亿美元", 250000000.0, "USD")]
    [InlineData("该行因违规被罚款50万元。", "judicial", "50万元", 500000.0, "CNY")]
    [InlineData("浦发银行因三项违规行为被罚130万。", "judicial", "130万", 1300000.0, null)]
    [InlineData("交易代价为人民币12.7亿元。", "deal", "12.7亿元", 1270000000.0, "CNY")]
    [InlineData("脸书被罚200万欧。", "judicial", "200万欧", 2000000.0, "EUR")]
    public void Reads_the_amount_of_a_deal_or_a_fine(string text, string type, string amount, double value, string? currency)
    {
        var read = Read(text, type).Amount;
        Assert.NotNull(read);
        Assert.Equal(amount, read.Text);
        Assert.Equal(value, read.Value, 3);
        Assert.Equal(currency, read.Currency);
        Assert.Equal(amount, text[read.Range.Start..read.Range.End]);
    }

    [Fact]
    public void Figures_belong_only_to_the_event_types_the_list_gives_them()
    {
        Assert.Equal(EventFigures.None, Read("会议指出，去年共造成3人死亡。", "meeting"));
        Assert.Null(Read("股价报7.17元，成交8.03亿元。", "market").Amount);
        Assert.Null(Read("被罚2019年度奖金。", "judicial").Amount);
    }

    [Fact]
    public void Build_writes_casualties_and_amounts_on_the_event_node()
    {
        var graph = OnePageBuild.Build("本报讯 5月10日凌晨，杭州市余杭区一条公路上发生一起重大交通事故，造成3人死亡、5人受伤，另有2人失踪。");
        var accident = Assert.Single(graph.NodesWithLabel(NodeLabel.Event), e => e.Properties.GetString("type") == "accident");
        Assert.Equal(3L, accident.Properties.GetLong("deaths"));
        Assert.Equal(5L, accident.Properties.GetLong("injured"));
        Assert.Equal(2L, accident.Properties.GetLong("missing"));
    }

    [Fact]
    public void Random_text_never_throws_and_counts_stay_positive()
    {
        var random = new Random(9);
        const string Alphabet = "0123456789一二三十百万亿人名死亡受伤失踪遇难罚款元美元，。造成致余多";
        for (var i = 0; i < 3000; i++)
        {
            var chars = new char[random.Next(1, 40)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = Alphabet[random.Next(Alphabet.Length)];
            }

            var text = new string(chars);
            var figures = EventFigureReader.Default.Read(text, "accident", [new TextRange(0, text.Length)]);
            Assert.True(figures.Deaths is null or > 0 && figures.Injured is null or > 0 && figures.Missing is null or > 0, text);
            var amount = EventFigureReader.Default.Read(text, "deal", [new TextRange(0, text.Length)]).Amount;
            Assert.True(amount is null || (amount.Value > 0 && text[amount.Range.Start..amount.Range.End] == amount.Text), text);
        }
    }
}
