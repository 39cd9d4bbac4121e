using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner;

public sealed class NewsEntityRecognizerTests
{
    private static readonly NewsEntityRecognizer Recognizer = NewsEntityRecognizer.Default;

    private static List<(string Text, MentionType Type, string Fine)> Find(string text) =>
        Recognizer.Recognize(text).Select(m => (text.Substring(m.Range.Start, m.Range.Length), m.Type, m.FineType)).ToList();

    [Theory]
    [InlineData("金华市委副书记、义乌市委书记叶帮锐在会上强调", "叶帮锐")]
    [InlineData("金华市委副书记、市长温建飞主持会议。", "温建飞")]
    [InlineData("全媒体记者 谭祉潇", "谭祉潇")]
    [InlineData("公司董事长何庆透露,今年订单增长。", "何庆")]
    [InlineData("全媒体记者 吕斌 摄", "吕斌")]
    [InlineData("接下来有请富龙集团董事长王诚做主题发言。", "王诚")]
    public void Titles_anchor_person_names(string text, string name)
    {
        Assert.Contains((name, MentionType.Person, "person"), Find(text));
    }

    [Theory]
    [InlineData("据公告，万科副总裁李明因个人原因辞去职务。", "李明", "李明因")]
    [InlineData("公司总经理王芳曾在多家企业任职。", "王芳", "王芳曾")]
    public void A_name_after_a_title_stops_before_a_conjunction_or_adverb(string text, string name, string longer)
    {
        var found = Find(text);
        Assert.Contains((name, MentionType.Person, "person"), found);
        Assert.DoesNotContain(found, m => m.Item1 == longer);
    }

    [Fact]
    public void A_level_word_that_opens_an_enumeration_of_levels_is_not_part_of_the_place()
    {
        var places = Find("居金华县（市、区）第1位。").Where(m => m.Type == MentionType.Place).Select(m => m.Text).ToList();

        Assert.Equal(["金华"], places);
    }

    [Theory]
    [InlineData("“普宁寺建于清乾隆二十年（公元１７５５年），综合了汉、藏寺庙建筑形式”。", "普宁寺", "普宁")]
    [InlineData("喇嘛寺村地处承德避暑山庄，山庄寺庙林立。", "承德避暑山庄", "承德")]
    [InlineData("仅在莲花北路不到五十米的街道上，就有两个加油站。", "莲花北路", "莲花")]
    [InlineData("全力做强“义乌城市副中心”，用工作实绩绘就蓝图。", "义乌", "义乌城市")]
    public void A_taggers_place_is_not_cut_after_a_gazetteer_name_inside_a_jieba_word_or_before_a_place_word(string text, string whole, string cut)
    {
        var places = Find(text).Where(m => m.Type == MentionType.Place).Select(m => m.Text).ToList();

        Assert.Contains(whole, places);
        Assert.DoesNotContain(cut, places);
    }

    [Fact]
    public void A_cup_after_an_organisation_is_the_competition_it_names()
    {
        var organizations = Find("联盟杯方面小组出线形势较为乐观。").Where(m => m.Type == MentionType.Organization).Select(m => m.Text).ToList();

        Assert.Equal(["联盟杯"], organizations);
    }

    [Theory]
    [InlineData("从供应链‘幕后’走向市场‘前台’。", "前台")]
    [InlineData("‘法治浙江’‘平安浙江’‘生态浙江’……很多经验做法推广到全国。", "平安")]
    public void A_common_word_against_a_quotation_mark_is_no_organisation(string text, string word)
    {
        Assert.DoesNotContain((word, MentionType.Organization), Find(text).Select(m => (m.Text, m.Type)));
    }

    [Theory]
    [InlineData("汤姆•克兰西是一位作家。", "汤姆•克兰西")]
    [InlineData("汤姆·克兰西是一位作家。", "汤姆·克兰西")]
    [InlineData("汤姆・克兰西是一位作家。", "汤姆・克兰西")]
    public void A_transliterated_name_keeps_whichever_middle_dot_it_is_printed_with(string text, string name)
    {
        Assert.Contains(name, Find(text).Where(m => m.Type == MentionType.Person).Select(m => m.Text));
    }

    [Fact]
    public void A_venue_does_not_start_with_a_line_word()
    {
        var places = Find("揭牌仪式在轨道交通义乌高铁站站厅举行。").Where(m => m.Type == MentionType.Place).Select(m => m.Text).ToList();

        Assert.Contains("义乌高铁站", places);
        Assert.DoesNotContain("轨道交通义乌高铁站", places);
    }

    [Fact]
    public void A_title_before_a_list_covers_every_name()
    {
        var found = Find("市领导丁政、陈小忠、杨献等参加会议。");
        Assert.Contains(("丁政", MentionType.Person, "person"), found);
        Assert.Contains(("陈小忠", MentionType.Person, "person"), found);
        Assert.Contains(("杨献", MentionType.Person, "person"), found);
    }

    [Theory]
    [InlineData("昨日,记者从市经信局获悉,工业经济实现良好开局。", "市经信局", "government")]
    [InlineData("位于稠江街道的浙江珊瑚服饰有限公司是一家服装企业。", "浙江珊瑚服饰有限公司", "company")]
    [InlineData("位于赤岸镇的领克汽车义乌工厂近期将发布新车。", "领克汽车义乌工厂", "company")]
    [InlineData("江西科技师范大学的学生来到现场。", "江西科技师范大学", "school")]
    [InlineData("金华市委副书记、义乌市委书记叶帮锐在会上强调", "义乌市委", "party")]
    public void Organization_suffixes_give_full_names_and_types(string text, string name, string type)
    {
        Assert.Contains((name, MentionType.Organization, type), Find(text));
    }

    [Theory]
    // The ending rule reads 本报讯中共安徽省委 and 经国务院办公厅; the tagger's span, which they run on to the left of, stands.
    [InlineData("本报讯中共安徽省委近日召开全会。", "中共安徽省委")]
    [InlineData("经国务院办公厅批准，该项目启动。", "国务院办公厅")]
    public void An_ending_rule_that_runs_on_to_the_left_of_the_taggers_organisation_gives_way(string text, string name)
    {
        var organizations = Find(text).Where(m => m.Type == MentionType.Organization).Select(m => m.Text);
        Assert.Equal(new[] { name }, organizations);
    }

    [Fact]
    public void A_name_read_from_an_ending_across_the_edge_of_a_taggers_name_gives_way()
    {
        // 铁路 read as a line's ending would end inside the tagger's 丹东铁路公安处党委, and 政府 read as an organisation's
        // ending would start inside its 留各庄镇: the tagger's names stand.
        var found = Find("辽宁省丹东铁路公安处党委把抓好干部的政治理论学习作为大事来抓。");
        Assert.Contains(("辽宁省", MentionType.Place), found.Select(m => (m.Text, m.Type)));
        Assert.Contains(("丹东铁路公安处党委", MentionType.Organization), found.Select(m => (m.Text, m.Type)));
        found = Find("四月份全体教师联名并选代表到留各庄镇政府请求解决。");
        Assert.Equal(new[] { "留各庄镇" }, found.Select(m => m.Text));
    }

    [Theory]
    // After the gazetteer's 昌乐 and 阿里, a road word (路) and a middle dot make the tagger's one longer name.
    [InlineData("近日记者走访了昌乐路文化市场，不少邮民正在交易邮票。", "昌乐路文化市场")]
    [InlineData("主场1-0奥林匹，在自己的阿里·萨米扬球场，他们从未输过。", "阿里·萨米扬球场")]
    public void A_taggers_place_is_not_cut_after_a_gazetteer_name_before_a_place_ending_or_a_name_dot(string text, string place)
    {
        Assert.Contains((place, MentionType.Place), Find(text).Select(m => (m.Text, m.Type)));
    }

    [Fact]
    public void The_same_span_read_by_the_tagger_and_an_ending_keeps_the_taggers_kind()
    {
        // The tagger reads the store as a place, the ending 商场 as an organisation: the span is kept once, as a place.
        var found = Find("燕莎友谊商城、双安商场等大型商厦也分别进驻了厂家的直销员。");
        Assert.Contains(("双安商场", MentionType.Place), found.Select(m => (m.Text, m.Type)));
        Assert.DoesNotContain(found, m => m.Text == "双安商场" && m.Type == MentionType.Organization);
    }

    [Theory]
    // 组织 read by jieba as the verb of the clause, and 委 as the end of the title 常委, close no name.
    [InlineData("鲁迅文学院组织有关专家把研讨和教学结合起来。", "鲁迅文学院")]
    [InlineData("他曾任全国政协常委等职。", "全国政协")]
    public void An_ending_that_is_a_verb_or_ends_a_title_closes_no_name_and_the_taggers_organisation_stands(string text, string name)
    {
        var organizations = Find(text).Where(m => m.Type == MentionType.Organization).Select(m => m.Text);
        Assert.Equal(new[] { name }, organizations);
    }

    [Theory]
    // 十大 and 上大 are abbreviations (j), 纪检 too: none is the proper noun a name without the tagger's support needs.
    [InlineData("几年中，他们先后办起了十大公司，安排了千余名青年。")]
    [InlineData("并与国际上大公司的经验作对比研究。")]
    [InlineData("各地要学习全国纪检先进组织的经验。")]
    public void An_abbreviation_is_not_the_proper_noun_an_ending_needs(string text)
    {
        Assert.DoesNotContain(Find(text), m => m.Type == MentionType.Organization);
    }

    [Fact]
    public void A_one_character_ending_after_a_verb_in_a_word_jieba_does_not_know_closes_no_name()
    {
        // 来厂 (came to the factory) is not in jieba's dictionary; 来 is a verb: 上海客商主动来厂 is a clause.
        var found = Find("总投资四千万元的县洗煤厂，上海客商主动来厂谈判。");
        Assert.DoesNotContain(found, m => m.Type == MentionType.Organization && m.Text.EndsWith("来厂", StringComparison.Ordinal));
    }

    [Fact]
    public void A_common_noun_with_an_organisation_ending_and_no_support_from_the_tagger_is_no_organisation()
    {
        // 上级党委 and 中介组织 have no proper noun before the ending, and the tagger proposes neither.
        Assert.DoesNotContain(Find("各地要加强上级党委和中介组织的指导。"), m => m.Type == MentionType.Organization);
    }

    [Theory]
    [InlineData("位于赤岸镇的领克汽车义乌工厂近期将发布新车。", "赤岸镇", "town")]
    [InlineData("活动在廿三里街道东莲塘村共富大楼广场举行。", "廿三里街道", "street")]
    [InlineData("活动在廿三里街道东莲塘村共富大楼广场举行。", "东莲塘村", "village")]
    [InlineData("活动在廿三里街道东莲塘村共富大楼广场举行。", "共富大楼广场", "venue")]
    [InlineData("浙江全力支持义乌深化改革。", "浙江", "province")]
    [InlineData("他从东京飞回上海。", "东京", "foreign")]
    [InlineData("两国元首在日本举行会谈。", "日本", "country")]
    public void Places_come_with_levels(string text, string name, string level)
    {
        Assert.Contains((name, MentionType.Place, level), Find(text));
    }

    [Fact]
    public void Gazetteer_places_carry_their_id_and_parent()
    {
        var text = "位于赤岸镇的工厂";
        var mention = Recognizer.Recognize(text).Single(m => m.Type == MentionType.Place);
        Assert.Equal("330782101", mention.PlaceId);
        Assert.Equal("330782", mention.ParentPlaceId);
    }

    [Fact]
    public void Offsets_are_relative_to_the_whole_text_across_lines()
    {
        var text = "第一行没有名字。\n市长温建飞主持会议。";
        var person = Recognizer.Recognize(text).Single(m => m.Type == MentionType.Person);
        Assert.Equal("温建飞", text.Substring(person.Range.Start, person.Range.Length));
        Assert.Equal("市长", person.Title);
    }

    [Theory]
    [InlineData("据了解，二00二年九月开工的西(安)汉(中)高速公路，穿越秦岭和巴山。")]
    [InlineData("很多人都以为盖蒂信托就是盖蒂基金，其实不然，盖蒂信托是保罗·盖蒂一手打造")]
    [InlineData("郑乃（王光）先生自幼受家庭熏陶，酷爱书画。")]
    public void A_person_neither_ends_with_a_name_dot_nor_holds_half_a_bracket_pair(string text)
    {
        foreach (var (name, type, _) in Find(text))
        {
            if (type == MentionType.Person)
            {
                Assert.False(NameLexiconDot(name[^1]), name);
                Assert.Equal(name.Count(c => c is '(' or '（'), name.Count(c => c is ')' or '）'));
            }
        }
    }

    private static bool NameLexiconDot(char c) => YiwuGraph.Extraction.Facts.NameLexicon.IsNameDot(c);

    [Fact]
    public void Two_persons_printed_side_by_side_are_split_where_one_of_them_stands_alone_in_the_line()
    {
        const string Text = "由郑爽马天宇主演的《流淌的美好时光》已经开播了，但郑爽饰演的女主易遥从一开场就迎来了虐心剧情。";
        var persons = Find(Text).Where(m => m.Type == MentionType.Person).Select(m => m.Text).ToList();
        Assert.Contains("马天宇", persons);
        Assert.DoesNotContain("郑爽马天宇", persons);
    }

    [Fact]
    public void A_japanese_name_whose_family_name_stands_alone_in_the_line_is_not_split()
    {
        const string Text = "久间章生感谢朱镕基总理的会见并转达了日本首相桥本龙太郎的问候，桥本说，日方愿意不断发展两国关系。";
        var persons = Find(Text).Where(m => m.Type == MentionType.Person).Select(m => m.Text).ToList();
        Assert.DoesNotContain("龙太郎", persons);
    }

    [Fact]
    public void A_tagger_organisation_that_ends_inside_a_title_ends_before_it()
    {
        var organizations = Find("新安股份财务总监徐永鑫辞职 薪酬78万元").Where(m => m.Type == MentionType.Organization).Select(m => m.Text).ToList();
        Assert.DoesNotContain("新安股份财务总", organizations);
    }

    [Fact]
    public void A_tagger_organisation_that_opens_inside_brackets_takes_in_the_bracket_and_the_words_before_it()
    {
        const string Text = "由于电池可能存在燃烧风险，苹果电脑贸易（上海）有限公司向国家市场监督管理总局备案了召回计划。";
        var organizations = Find(Text).Where(m => m.Type == MentionType.Organization).Select(m => m.Text).ToList();
        Assert.Contains("苹果电脑贸易（上海）有限公司", organizations);
        Assert.DoesNotContain("上海）有限公司", organizations);
    }

    [Fact]
    public void An_organisation_whose_start_before_the_bracket_is_lost_is_dropped()
    {
        const string Text = "据市场监督管理总局网站消息，梅赛德斯-奔驰(中国)汽车销售有限公司扩大召回部分进口C级和E级汽车。";
        Assert.DoesNotContain(Find(Text), m => m.Type == MentionType.Organization && m.Text.Contains(')', StringComparison.Ordinal) && !m.Text.Contains('(', StringComparison.Ordinal));
        Assert.DoesNotContain(Find(Text), m => m.Text.StartsWith('('));
    }

    [Theory]
    [InlineData("重组事项上会在即+首笔纾困资金到账 科恒股份涨停", "科恒股份", "科恒")]
    [InlineData("公益诉讼以调解结案：雷沃重工承诺停产停售召回。", "雷沃重工", "雷沃")]
    [InlineData("百川能源：拟合计2.2亿元收购股权。", "百川能源", "百川")]
    public void A_brand_the_tagger_reads_as_a_person_before_a_company_word_is_the_company(string text, string company, string brand)
    {
        var found = Find(text);
        Assert.Contains(found, m => m.Text == company && m.Type == MentionType.Organization);
        Assert.DoesNotContain(found, m => m.Text == brand && m.Type == MentionType.Person);
    }

    [Theory]
    [InlineData("郑州女子骑摩托车上高架撞石墩被甩下桥，身体多处骨折", "郑州女子", "郑州")]
    [InlineData("衡阳男子伙同5人杀害同村村民，潜逃24年后终于投案", "衡阳男子", "衡阳")]
    public void A_place_and_a_word_for_a_person_is_the_persons_place_not_an_organisation(string text, string run, string place)
    {
        var found = Find(text);
        Assert.DoesNotContain(found, m => m.Text == run);
        Assert.Contains(found, m => m.Text == place && m.Type == MentionType.Place);
    }
}
