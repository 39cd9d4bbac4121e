using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner.News;

public sealed class ClauseWordsTests
{
    private static List<string> Names(string text, MentionType type) =>
        NewsEntityRecognizer.Default.Recognize(text).Where(m => m.Type == type)
            .Select(m => text.Substring(m.Range.Start, m.Range.Length)).ToList();

    [Theory]
    [InlineData("毫无疑问，加盟北京队后的第一场正式比赛，林书豪就拿出了舍我其谁的态度。", "北京队", "加盟北京队")]
    [InlineData("95-86，湖人队在常规赛第一个主场比赛里险胜爵士队，要知道爵士队可是西部目前的劲旅之一。", "爵士队", "险胜爵士队")]
    [InlineData("沈阳城市建设总比分4-1击败成都兴城，夺得本赛季中乙冠军", "沈阳城市建设", "沈阳城市建设总比分")]
    [InlineData("四维图新与海康威视签署战略合作协议。", "海康威视", "海康威视签署")]
    public void A_tagger_organisation_is_cut_at_the_clause_word_it_runs_over(string text, string name, string glued)
    {
        var organizations = Names(text, MentionType.Organization);
        Assert.Contains(name, organizations);
        Assert.DoesNotContain(glued, organizations);
    }

    [Fact]
    public void Two_names_glued_by_a_result_verb_are_read_as_two()
    {
        var organizations = Names("青岛黄海青港闷平陕西大秦之水；呼和浩特2-0完胜石家庄永昌；长春亚泰绝杀贵州恒丰；北京北体大大胜梅县铁汉生态；黑龙江FC战平浙江绿城。", MentionType.Organization);
        Assert.Contains("长春亚泰", organizations);
        Assert.Contains("贵州恒丰", organizations);
        Assert.DoesNotContain("长春亚泰绝杀贵州恒丰", organizations);
    }

    [Theory]
    [InlineData("北京时间6月8日凌晨，皇马官宣阿扎尔加盟球队。", "球队")]
    [InlineData("1贝索斯卖亚马逊股票，套现达18亿美元。", "贝索斯")]
    public void A_piece_that_is_a_common_word_or_the_clauses_person_is_no_organisation(string text, string piece)
    {
        var organizations = Names(text, MentionType.Organization);
        Assert.DoesNotContain(piece, organizations);
        Assert.DoesNotContain(organizations, o => o.Contains("加盟", StringComparison.Ordinal) || o.Contains('卖'));
    }

    [Theory]
    [InlineData("勇士官宣杜兰特因伤退赛，赛季正式报销。", "杜兰特")]
    [InlineData("第六届丝绸之路国际电影节闭幕式在福州海峡奥体中心举办，胡兵携《古田军号》“红色军团”亮相闭幕式红毯。", "胡兵")]
    public void A_person_keeps_the_name_beside_the_clause_word(string text, string name)
    {
        Assert.Contains(name, Names(text, MentionType.Person));
    }

    [Fact]
    public void A_title_anchored_name_stops_before_a_headline_verb()
    {
        var persons = Names("8月22日，省委副书记、省长尹力赴汶川县指导防汛救灾工作。", MentionType.Person);
        Assert.Contains("尹力", persons);
        Assert.DoesNotContain("尹力赴", persons);
    }

    [Fact]
    public void A_headline_bar_is_no_part_of_a_place()
    {
        var places = Names("19秒丨滨州七旬老太太过斑马线被撞 幸无生命危险", MentionType.Place);
        Assert.Contains("滨州", places);
        Assert.DoesNotContain("丨滨州", places);
    }

    [Fact]
    public void A_name_that_holds_no_clause_word_is_untouched()
    {
        Assert.Contains("长安福特汽车有限公司", Names("国家市场监管总局5日公布，对长安福特汽车有限公司实施纵向垄断协议依法作出处罚决定。", MentionType.Organization));
    }

    [Fact]
    public void A_name_read_from_an_ending_does_not_extend_left_over_a_clause_word()
    {
        var organizations = Names("在已经确定加盟火箭队之后，威少抽空来了一波亚洲行，这两天威少正在韩国做活动", MentionType.Organization);
        Assert.DoesNotContain("加盟火箭队", organizations);
    }

    [Theory]
    [InlineData("记者来到战胜村采访。", "战胜村")]
    [InlineData("该项目位于加盟街道。", "加盟街道")]
    public void A_clause_word_followed_only_by_a_place_ending_is_the_stem_of_the_places_name(string text, string place)
    {
        Assert.Contains(place, Names(text, MentionType.Place));
    }

    [Fact]
    public void A_place_ending_that_opens_a_word_running_on_past_the_span_is_no_stem()
    {
        // 加盟|湖|人: the tagger's 加盟湖 ends inside 湖人, the club the clause is about.
        Assert.DoesNotContain(NewsEntityRecognizer.Default.Recognize("而今天小编重点关注的还是霍华德，他在加盟湖人以来就不断给我们带来惊喜。"),
            m => m.Type != MentionType.Person && m.Range.Length >= 2 && "而今天小编重点关注的还是霍华德，他在加盟湖人以来就不断给我们带来惊喜。".Substring(m.Range.Start, m.Range.Length).StartsWith("加盟", StringComparison.Ordinal));
    }
}
