using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Recognition;

namespace YiwuGraph.Extraction.Tests.Recognition;

public sealed class MentionArbiterTests
{
    private const string Text = "院士参观浙江大学，霍尔果斯综保区和我市代表在杭温城际铁路义乌高铁站会见叶帮锐。";

    [Fact]
    public void Agreement_keeps_one_mention_surer_than_either_with_the_rules_fine_type()
    {
        var decided = MentionArbiter.Decide(Text, [M("叶帮锐", EntityKind.Person, 0.6)], [M("叶帮锐", EntityKind.Person, 0.5, "anchored")]);
        var only = Assert.Single(decided);
        Assert.Equal(0.8, only.Confidence, 9);
        Assert.Equal("anchored", only.FineType);
    }

    [Fact]
    public void In_a_conflict_the_recognizer_wins_and_only_typed_or_short_form_rule_mentions_fill_its_gaps()
    {
        // The rule reads 代表在杭温 as a place, the recognizer 杭温城际铁路: they cross, and the recognizer's stands.
        // 我市 (home), 浙江大学 (a short form's confidence) and 叶帮锐 (a plain hit) overlap nothing the recognizer found.
        var decided = MentionArbiter.Decide(
            Text,
            [M("杭温城际铁路", EntityKind.Place, 0.7)],
            [M("浙江大学", EntityKind.Organization, 0.6), M("我市", EntityKind.Place, 0.9, "home"), M("代表在杭温", EntityKind.Place, 0.9), M("叶帮锐", EntityKind.Person, 0.8)]);
        Assert.Equal(["浙江大学", "我市", "杭温城际铁路"], decided.Select(m => m.GetText(Text)));
    }

    [Fact]
    public void A_recognizer_organisation_the_rules_split_into_organisations_side_by_side_stands()
    {
        // 建行 (a listed short form) and 上海市分行 (a jieba nt word) are the bank and its branch's place: the branch's
        // name is the whole. A rule place beside a rule organisation still decomposes (杭温城际铁路|义乌高铁站).
        const string Branch = "像建行上海市分行正在推广按揭贷款。";
        var decided = MentionArbiter.Decide(
            Branch,
            [M(Branch, "建行上海市分行", EntityKind.Organization, 0.75)],
            [M(Branch, "建行", EntityKind.Organization, 0.8, "company"), M(Branch, "上海市分行", EntityKind.Organization, 0.75)]);
        Assert.Equal(["建行上海市分行"], decided.Select(m => m.GetText(Branch)));
    }

    [Fact]
    public void A_rule_mention_that_holds_a_recognizer_mention_and_runs_on_to_its_left_loses()
    {
        // 参观浙江大学 takes in the verb before the name; 霍尔果斯综保区 runs on to the right of 霍尔果斯 and wins.
        var decided = MentionArbiter.Decide(
            Text,
            [M("浙江大学", EntityKind.Organization, 0.6), M("霍尔果斯", EntityKind.Place, 0.9)],
            [M("参观浙江大学", EntityKind.Organization, 0.9), M("霍尔果斯综保区", EntityKind.Place, 0.7, "zone")]);
        Assert.Equal(["浙江大学", "霍尔果斯综保区"], decided.Select(m => m.GetText(Text)));
    }

    [Fact]
    public void A_rule_place_that_opens_with_a_recognizer_person_and_runs_on_loses_to_the_person()
    {
        const string text = "连长陈凯回乡探亲，带回了药酒。";
        var decided = MentionArbiter.Decide(
            text,
            [new FactMention(new TextRange(2, 4), EntityKind.Person, 0.75)],
            [new FactMention(new TextRange(2, 6), EntityKind.Place, 0.8)]);
        Assert.Equal([("陈凯", EntityKind.Person)], decided.Select(m => (m.GetText(text), m.Kind)));
    }

    [Fact]
    public void A_rule_organisation_that_opens_with_a_recognizer_person_keeps_its_reading()
    {
        // 洛克兄弟创始人: the recognizer reads 洛克 as a person, the rules the company the title belongs to.
        const string text = "洛克兄弟创始人、董事长张新刚";
        var decided = MentionArbiter.Decide(
            text,
            [new FactMention(new TextRange(0, 2), EntityKind.Person, 0.75), new FactMention(new TextRange(11, 14), EntityKind.Person, 0.75)],
            [new FactMention(new TextRange(0, 4), EntityKind.Organization, 0.8)]);
        Assert.Equal([("洛克兄弟", EntityKind.Organization), ("张新刚", EntityKind.Person)], decided.Select(m => (m.GetText(text), m.Kind)));
    }

    [Fact]
    public void Home_references_are_the_rules()
    {
        var decided = MentionArbiter.Decide(Text, [M("和我市", EntityKind.Organization, 0.9)], [M("我市", EntityKind.Place, 0.9, "home")]);
        Assert.Equal(("我市", "home"), (Assert.Single(decided).GetText(Text), decided[0].FineType));
    }

    [Fact]
    public void Rules_that_read_a_recognizer_mention_whole_or_in_parts_win()
    {
        // 霍尔果斯 inside the zone; 城际铁路义乌高铁站 tiled by the line and the station.
        var decided = MentionArbiter.Decide(
            Text,
            [M("霍尔果斯", EntityKind.Place, 0.9), M("城际铁路义乌高铁站", EntityKind.Place, 0.9)],
            [M("霍尔果斯综保区", EntityKind.Place, 0.7, "zone"), M("杭温城际铁路", EntityKind.Place, 0.7), M("义乌高铁站", EntityKind.Place, 0.8)]);
        Assert.Equal(["霍尔果斯综保区", "杭温城际铁路", "义乌高铁站"], decided.Select(m => m.GetText(Text)));
    }

    [Fact]
    public void An_organisation_glued_to_a_clause_is_cut_to_the_rules_name()
    {
        var decided = MentionArbiter.Decide(Text, [M("院士参观浙江大学", EntityKind.Organization, 0.9)], [M("浙江大学", EntityKind.Organization, 0.7)]);
        Assert.Equal("浙江大学", Assert.Single(decided).GetText(Text));

        // Without a word that never stands inside a name, the longer organisation is the recognizer's to keep.
        const string school = "北京舞蹈学院民间舞蹈系";
        decided = MentionArbiter.Decide(school, [new FactMention(new TextRange(0, 11), EntityKind.Organization, 0.9)], [new FactMention(new TextRange(6, 11), EntityKind.Organization, 0.7)]);
        Assert.Equal(school, Assert.Single(decided).GetText(school));
    }

    [Fact]
    public void Any_two_mention_lists_give_sorted_non_overlapping_mentions_from_either_list()
    {
        var random = new Random(20261203);
        for (var round = 0; round < 500; round++)
        {
            var length = random.Next(1, 60);
            var text = new string('字', length);
            var model = RandomMentions(random, length);
            var rules = RandomMentions(random, length);
            var decided = MentionArbiter.Decide(text, model, rules);
            for (var i = 0; i < decided.Count; i++)
            {
                Assert.InRange(decided[i].Range.Start, 0, length - 1);
                Assert.InRange(decided[i].Range.End, decided[i].Range.Start + 1, length);
                Assert.Contains(decided[i].Range, model.Concat(rules).Select(m => m.Range));
                if (i > 0)
                {
                    Assert.True(decided[i - 1].Range.End <= decided[i].Range.Start, $"round {round}: overlap");
                }
            }

            // Every recognizer mention that no rule touches is kept; a rule mention that touches no recognizer
            // mention is kept only when it has a fine type or a short form's confidence.
            foreach (var m in model.Where(m => !rules.Any(r => r.Range.Start < m.Range.End && m.Range.Start < r.Range.End)))
            {
                Assert.Contains(m, decided);
            }

            foreach (var r in rules.Where(r => !model.Any(m => r.Range.Start < m.Range.End && m.Range.Start < r.Range.End)))
            {
                Assert.Equal(r.FineType is not null || r.Confidence <= MentionArbiter.ShortFormConfidence, decided.Contains(r));
            }
        }
    }

    private static List<FactMention> RandomMentions(Random random, int length)
    {
        var result = new List<FactMention>();
        var at = random.Next(0, 3);
        while (at < length)
        {
            var end = Math.Min(length, at + random.Next(1, 6));
            result.Add(new FactMention(new TextRange(at, end), (EntityKind)random.Next(3), Math.Round(random.NextDouble(), 2), random.Next(8) == 0 ? "home" : null));
            at = end + random.Next(0, 4);
        }

        return result;
    }

    [Theory]
    [InlineData("叶辉辞去公司董事职务后仍在公司任职。", "叶辉辞去公司", "叶辉", EntityKind.Person)]
    [InlineData("在法国参议院表决政府的《卫生法》草案之际。", "法国参议院表决政府", "法国参议院", EntityKind.Organization)]
    public void A_rule_name_that_runs_over_a_clause_word_is_refused_and_the_recognizers_stands(string text, string ruleName, string modelName, EntityKind modelKind)
    {
        var decided = MentionArbiter.Decide(text, [M(text, modelName, modelKind, 0.75)], [M(text, ruleName, EntityKind.Organization, 0.75)]);
        Assert.Equal([modelName], decided.Select(m => m.GetText(text)));
    }

    [Fact]
    public void A_rule_name_with_a_clause_word_is_not_kept_in_a_gap_either()
    {
        const string Pitch = "英超第8轮联赛利物浦坐镇主场2-1绝杀莱斯特城。";
        Assert.Empty(MentionArbiter.Decide(Pitch, [], [M(Pitch, "利物浦坐镇", EntityKind.Place, 0.8, "venue")]));
    }

    [Fact]
    public void A_rule_person_that_holds_a_recognizer_organisation_loses_to_the_recognizers_mentions()
    {
        const string Iacocca = "曾先后担任福特汽车公司总裁以及克莱斯勒汽车公司总裁李·艾科卡（Lee Iacocca）今天去世。";
        var decided = MentionArbiter.Decide(
            Iacocca,
            [M(Iacocca, "克莱斯勒汽车公司", EntityKind.Organization, 0.75), M(Iacocca, "李·艾科卡", EntityKind.Person, 0.75)],
            [M(Iacocca, "以及克莱斯勒汽车公司总裁李·艾科卡", EntityKind.Person, 0.8)]);
        Assert.Equal(["克莱斯勒汽车公司", "李·艾科卡"], decided.Select(m => m.GetText(Iacocca)));
    }

    [Fact]
    public void A_one_character_short_form_inside_a_rule_person_does_not_stop_it()
    {
        const string Teacher = "经调查，教师韩某体罚学生王某某一事属实。";
        var decided = MentionArbiter.Decide(Teacher, [M(Teacher, "韩", EntityKind.Place, 0.75)], [M(Teacher, "韩某", EntityKind.Person, 0.85)]);
        Assert.Equal(["韩某"], decided.Select(m => m.GetText(Teacher)));
    }

    [Fact]
    public void A_recognizer_place_that_is_a_listed_company_name_is_that_company()
    {
        // A place pattern read 家乐福中国区, which hid the listed 家乐福 from the rules; the recognizer read a place.
        const string Retail = "家乐福中国区总裁唐嘉年辞职";
        var decided = MentionArbiter.Decide(
            Retail,
            [M(Retail, "家乐福", EntityKind.Place, 0.75), M(Retail, "中国", EntityKind.Place, 0.75), M(Retail, "唐嘉年", EntityKind.Person, 0.75)],
            [M(Retail, "唐嘉年", EntityKind.Person, 0.85)]);
        var company = decided[0];
        Assert.Equal(("家乐福", EntityKind.Organization, "company"), (company.GetText(Retail), company.Kind, company.FineType));
        Assert.Equal(EntityKind.Place, decided[1].Kind);
    }

    private static FactMention M(string surface, EntityKind kind, double confidence, string? fine = null) => M(Text, surface, kind, confidence, fine);

    private static FactMention M(string text, string surface, EntityKind kind, double confidence, string? fine = null)
    {
        var at = text.IndexOf(surface, StringComparison.Ordinal);
        Assert.True(at >= 0, surface);
        return new FactMention(new TextRange(at, at + surface.Length), kind, confidence, fine);
    }
}
