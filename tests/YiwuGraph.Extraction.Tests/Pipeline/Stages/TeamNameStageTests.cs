using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Gazetteer;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Extraction.Pipeline.Stages;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Pipeline.Stages;

public sealed class TeamNameStageTests
{
    [Fact]
    public void A_foreign_city_in_a_sports_sentence_is_its_club_and_elsewhere_stays_a_place()
    {
        const string Text = "罗马主场2比1战胜利物浦，杭州球迷到场。罗马是意大利的首都。";
        var kinds = Run(Text, "罗马", "利物浦", "杭州", "罗马", "意大利");

        Assert.Equal(
            [EntityKind.Organization, EntityKind.Organization, EntityKind.Place, EntityKind.Place, EntityKind.Place],
            kinds);
    }

    [Fact]
    public void A_cue_word_read_across_the_edge_of_a_word_is_no_cue()
    {
        // 澳门|将回到 prints 门将 (the goalkeeper) across two words: 中华 stays a place. Without jieba's words the
        // stage cannot tell, and reads the cue.
        const string Text = "澳门将回到祖国怀抱，这是中华民族又一盛事。";
        var mentions = new List<FactMention> { Mention(Text, "澳门"), Mention(Text, "中华") };

        Assert.Equal([EntityKind.Place, EntityKind.Place], RunWithTokens(Text, mentions).Select(m => m.Kind));
        Assert.Equal([EntityKind.Place, EntityKind.Organization], Run(Text, "澳门", "中华"));
    }

    [Fact]
    public void A_settlement_the_gazetteer_lacks_stays_a_place_in_a_sports_sentence()
    {
        const string Text = "他回到故乡集美镇，球队在对方禁区制造威胁。";

        Assert.Equal([EntityKind.Place], Run(Text, "集美镇"));
    }

    [Fact]
    public void A_state_or_prefecture_stays_a_place_in_a_sports_sentence()
    {
        const string Text = "神奈川县的棋手在本届比赛中战胜了韩国名将。";

        Assert.Equal([EntityKind.Place], Run(Text, "神奈川县"));
    }

    [Fact]
    public void A_site_the_gazetteer_lacks_stays_a_place_in_a_sports_sentence()
    {
        const string Text = "维拉利尔的客场防守更加稳固，包括在老特拉福德球场都能保持不失，然后来到南京路步行街看联赛。";

        Assert.Equal([EntityKind.Place, EntityKind.Place], Run(Text, "老特拉福德球场", "南京路步行街"));
    }

    [Fact]
    public void A_city_printed_right_before_another_place_is_where_the_match_is_played()
    {
        const string Text = "世界杯预选赛小组赛21日在曼谷拉加曼加拉国家体育场进行，罗马主场战胜利物浦。";

        Assert.Equal([EntityKind.Place, EntityKind.Place, EntityKind.Organization, EntityKind.Organization], Run(Text, "曼谷", "拉加曼加拉国家体育场", "罗马", "利物浦"));
    }

    [Fact]
    public void Without_a_sports_word_nothing_changes()
    {
        const string Text = "罗马和利物浦都是历史名城。";

        Assert.Equal([EntityKind.Place, EntityKind.Place], Run(Text, "罗马", "利物浦"));
    }

    [Fact]
    public void A_listed_club_read_as_a_person_is_a_club_when_another_sentence_of_the_report_holds_the_cue()
    {
        const string Text = "但是布莱克本的情况也好不到哪里去。本轮两大前锋一伤一停。";

        Assert.Equal([EntityKind.Organization], Run(Text, EntityKind.Person, "布莱克本"));
    }

    [Fact]
    public void A_club_no_place_shares_a_name_with_makes_its_sentence_a_sports_report()
    {
        const string Text = "本轮曼联又遇上豪门克星布莱克本。";

        Assert.Equal([EntityKind.Organization, EntityKind.Organization], Run(Text, EntityKind.Person, "曼联", "布莱克本"));
    }

    [Fact]
    public void A_placeless_club_makes_a_foreign_city_of_its_sentence_a_club_but_never_a_one_character_form()
    {
        const string Text = "本周曼联对阵伯明翰，亚洲球迷关注。";

        Assert.Equal([EntityKind.Organization, EntityKind.Place], Run(Text, EntityKind.Place, "伯明翰", "亚"));
    }

    [Fact]
    public void A_listed_club_name_outside_a_sports_report_keeps_its_kind()
    {
        const string Text = "美国前国家安全顾问博尔顿表示，谈判没有进展。";

        Assert.Equal([EntityKind.Person], Run(Text, EntityKind.Person, "博尔顿"));
    }

    [Fact]
    public void With_tokens_a_nickname_of_a_sports_report_that_no_mention_covers_is_a_club()
    {
        const string Text = "冷门调整了红军平局，至于枪手客场输球早在火线已经明确，本轮联赛难料。";
        var mentions = RunWithTokens(Text, []);

        Assert.Equal(["红军", "枪手"], mentions.Select(m => m.GetText(Text)));
        Assert.All(mentions, m => Assert.Equal(EntityKind.Organization, m.Kind));
    }

    [Fact]
    public void With_tokens_a_nickname_outside_a_sports_report_is_no_mention()
    {
        const string Text = "警方抓获了两名枪手，红军长征的故事代代相传。";

        Assert.Empty(RunWithTokens(Text, []));
    }

    [Fact]
    public void With_tokens_a_nickname_needs_two_sports_words_in_its_sentence()
    {
        const string Text = "抗疫勇士们战胜了疫情。";

        Assert.Empty(RunWithTokens(Text, []));
    }

    [Theory]
    // A cue word right beside the nickname, or another team and one cue word in its sentence (DuEE pages).
    [InlineData("火箭队当家球星为此公开道歉，而马刺主帅波波维奇则力挺肖华。", "马刺")]
    [InlineData("马刺在季后赛首轮遗憾落败掘金", "马刺")]
    public void A_nickname_read_as_a_person_is_the_team_with_a_nicknames_evidence(string text, string nickname) =>
        Assert.Equal([EntityKind.Organization], Run(text, EntityKind.Person, nickname));

    [Fact]
    public void A_nickname_read_as_a_person_without_a_sports_word_stays_a_person()
    {
        const string Text = "他给儿子起了个小名叫老鹰。";

        Assert.Equal([EntityKind.Person], Run(Text, EntityKind.Person, "老鹰"));
    }

    [Fact]
    public void A_nickname_read_as_a_person_is_the_team_anywhere_in_a_sports_report()
    {
        // No cue word in the second sentence, but the report has two (转会, 球队).
        const string Text = "转会市场依然火热，各支球队都在补强。卡特与老鹰达成加盟协议。";

        Assert.Equal([EntityKind.Organization], Run(Text, EntityKind.Person, "老鹰"));
    }

    [Fact]
    public void With_tokens_nicknames_side_by_side_in_a_sports_report_are_teams()
    {
        const string Text = "NBA常规赛继续进行，各队球员全力以赴。火箭159-158奇才，黄蜂118-111国王。";
        var mentions = RunWithTokens(Text, []);

        Assert.Equal(["火箭", "奇才", "黄蜂", "国王"], mentions.Select(m => m.GetText(Text)));
        Assert.All(mentions, m => Assert.Equal(EntityKind.Organization, m.Kind));
    }

    [Fact]
    public void With_tokens_a_nickname_beside_another_team_outside_a_sports_report_is_no_mention()
    {
        const string Text = "国王和太阳的故事写在童话里。";

        Assert.Empty(RunWithTokens(Text, []));
    }

    [Fact]
    public void With_tokens_a_team_by_city_and_nickname_covers_the_city_read_as_a_person()
    {
        const string Text = "金州勇士在少了两名主力的情况下依然顽强，凭借第三节的一波进攻击败对手。";
        var at = Text.IndexOf("金州", StringComparison.Ordinal);
        var mentions = RunWithTokens(Text, [new FactMention(new TextRange(at, at + 2), EntityKind.Person, 0.8)]);

        Assert.Equal(["金州勇士"], mentions.Select(m => m.GetText(Text)));
        Assert.Equal(EntityKind.Organization, Assert.Single(mentions).Kind);
    }

    [Fact]
    public void With_tokens_a_listed_club_replaces_the_shorter_mention_it_holds()
    {
        const string Text = "凯尔特人在联赛中连胜7场。";
        var at = Text.IndexOf("凯尔特", StringComparison.Ordinal);
        var mentions = RunWithTokens(Text, [new FactMention(new TextRange(at, at + 3), EntityKind.Place, 0.8)]);

        Assert.Equal(["凯尔特人"], mentions.Select(m => m.GetText(Text)));
        Assert.Equal(EntityKind.Organization, Assert.Single(mentions).Kind);
    }

    [Fact]
    public void A_club_printed_inside_a_longer_place_name_is_no_sign_of_a_sports_report()
    {
        // 莱斯佩朗斯礁 (a reef) holds 朗斯, the club of Lens, as a jieba word of its own (莱斯|佩|朗斯|礁).
        const string Text = "震中位于新西兰莱斯佩朗斯礁东南方向１９２公里处海域，即新西兰北岛北部海滨城镇瓦卡塔尼东北７０５公里处海域。";
        var mentions = new List<FactMention> { Mention(Text, "莱斯佩朗斯礁"), Mention(Text, "北岛"), Mention(Text, "瓦卡塔尼") };

        Assert.All(RunWithTokens(Text, mentions), m => Assert.Equal(EntityKind.Place, m.Kind));
    }

    private static List<EntityKind> Run(string text, params string[] places) => Run(text, EntityKind.Place, places);

    private static List<EntityKind> Run(string text, EntityKind kind, params string[] names)
    {
        var mentions = new List<FactMention>();
        var from = 0;
        foreach (var name in names)
        {
            var at = text.IndexOf(name, from, StringComparison.Ordinal);
            mentions.Add(new FactMention(new TextRange(at, at + name.Length), kind, 0.8));
            from = at + name.Length;
        }

        var pipeline = new NewsPipeline([new MentionSourceStage(new Fixed(mentions)), new TeamNameStage(RuleLexicons.Default, PlaceGazetteer.Default)]);
        return pipeline.Run(new NewsDocument(text), NewsAnnotation.Mentions).Mentions.Select(m => m.Kind).ToList();
    }

    private static FactMention Mention(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        return new FactMention(new TextRange(at, at + name.Length), EntityKind.Place, 0.8);
    }

    private static IReadOnlyList<FactMention> RunWithTokens(string text, IReadOnlyList<FactMention> mentions)
    {
        var pipeline = new NewsPipeline(
        [
            new TokenizerStage(Segmenter),
            new MentionSourceStage(new Fixed(mentions)),
            new TeamNameStage(RuleLexicons.Default, PlaceGazetteer.Default, Segmenter),
        ]);
        return pipeline.Run(new NewsDocument(text), NewsAnnotation.Mentions).Mentions;
    }

    private static readonly JiebaSegmenter Segmenter = JiebaSegmenter.CreateDefault();

    private sealed class Fixed(IReadOnlyList<FactMention> mentions) : IMentionSource
    {
        public IReadOnlyList<FactMention> Find(string text) => mentions;
    }
}
