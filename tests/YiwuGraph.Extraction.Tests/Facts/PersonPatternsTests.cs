using YiwuGraph.Extraction.Facts;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Facts;

public sealed class PersonPatternsTests
{
    [Theory]
    // jieba tags 温州人 and 孙家 as names, and 说起 and 要求 anchor a name before them.
    [InlineData("这是能令每一个温州人说起它便喜形于色的故土情结。", "温州人")]
    [InlineData("双方为此争执不下，孙家要求还车，张家要求退钱。", "孙家")]
    [InlineData("双方为此争执不下，孙家要求还车，张家要求退钱。", "张家")]
    public void A_place_and_its_people_or_a_surname_and_its_family_is_no_person(string text, string word)
    {
        var found = new PatternMentionSource(JiebaSegmenter.CreateDefault(), OnePageBuild.Yiwu).Find(text);
        Assert.DoesNotContain(found, m => m.Kind == EntityKind.Person && m.GetText(text) == word);
    }

    [Fact]
    public void A_name_before_a_speech_verb_is_still_a_person()
    {
        const string text = "双方为此争执不下，张建国要求还车。";
        var found = new PatternMentionSource(JiebaSegmenter.CreateDefault(), OnePageBuild.Yiwu).Find(text);
        Assert.Contains(found, m => m.Kind == EntityKind.Person && m.GetText(text) == "张建国");
    }

    [Fact]
    public void A_listed_brand_before_a_speech_verb_is_the_company_not_a_person()
    {
        // jieba tags 沃尔沃 as a name, and 宣布 anchors a name before it; organization-short-forms.tsv lists the brand.
        const string text = "沃尔沃宣布全球召回50.7万辆汽车。";
        var found = new PatternMentionSource(JiebaSegmenter.CreateDefault(), OnePageBuild.Yiwu).Find(text);
        Assert.DoesNotContain(found, m => m.Kind == EntityKind.Person);
        Assert.Contains(found, m => m.Kind == EntityKind.Organization && m.GetText(text) == "沃尔沃" && m.FineType == "company");
    }

    [Theory]
    [InlineData("印度国大党主席索尼亚·甘地昨天在安得拉邦首府海得拉巴说。", "索尼亚·甘地")]
    [InlineData("中土友协会长司马义·艾买提今天下午在这里会见了代表团。", "司马义·艾买提")]
    [InlineData("助理国务卿金伯莉·布赖尔本周早些时候辞职。", "金伯莉·布赖尔")]
    public void A_transliterated_name_after_a_title_ends_before_a_time(string text, string name)
    {
        var found = new PatternMentionSource(JiebaSegmenter.CreateDefault(), OnePageBuild.Yiwu).Find(text);
        var persons = found.Where(m => m.Kind == EntityKind.Person).Select(m => m.GetText(text)).ToList();
        Assert.Contains(name, persons);
        Assert.DoesNotContain(persons, p => p.Length > name.Length && p.StartsWith(name, StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_after_a_title_does_not_take_a_verb_jieba_reads_with_its_given_name()
    {
        // jieba: 总经理/n 李/nr 明说/v: the name is 李明 (the tagger reads it), not 李明说.
        const string text = "中信欧洲有限公司总经理李明说，目前东欧国家的出口增长。";
        var found = new PatternMentionSource(JiebaSegmenter.CreateDefault(), OnePageBuild.Yiwu).Find(text);
        Assert.DoesNotContain(found, m => m.Kind == EntityKind.Person && m.GetText(text) == "李明说");
    }

    [Fact]
    public void A_transliterated_name_after_a_title_and_de_does_not_take_the_de()
    {
        const string text = "任英特尔总裁兼首席执行官的克雷格·巴雷特在接受记者采访时说。";
        var found = new PatternMentionSource(JiebaSegmenter.CreateDefault(), OnePageBuild.Yiwu).Find(text);
        Assert.DoesNotContain(found, m => m.Kind == EntityKind.Person && m.GetText(text).StartsWith('的'));
    }

    [Fact]
    public void A_common_noun_before_a_middle_dot_is_no_transliterated_name()
    {
        // 画家 is a role word, but 画家丛书 is a compound and 丛书·方骏 a book's subtitle, not a person.
        const string text = "出版有《二十世纪下半叶中国画家丛书·方骏》等。";
        var found = new PatternMentionSource(JiebaSegmenter.CreateDefault(), OnePageBuild.Yiwu).Find(text);
        Assert.DoesNotContain(found, m => m.Kind == EntityKind.Person && m.GetText(text).Contains('·'));
    }

    [Theory]
    [InlineData("州长吾肉孜阿力·哈西哈尔巴依陪同调研。", "吾肉孜阿力·哈西哈尔巴依")]
    [InlineData("州长吾肉孜阿力・哈西哈尔巴依陪同调研。", "吾肉孜阿力・哈西哈尔巴依")] // katakana middle dot
    public void A_transliterated_name_after_a_title_is_read_with_any_name_dot(string text, string name)
    {
        var found = new PatternMentionSource(JiebaSegmenter.CreateDefault(), OnePageBuild.Yiwu).Find(text);
        Assert.Contains(found, m => m.Kind == EntityKind.Person && m.GetText(text) == name);
    }

    [Theory]
    [InlineData("联合国副秘书长兼国际禁毒署署长皮诺·阿拉奇指出，毒品问题日益严重。", "皮诺·阿拉奇")]
    [InlineData("英特尔公司董事长兼首席执行官安德鲁·葛鲁夫表示。", "安德鲁·葛鲁夫")]
    public void A_transliterated_name_after_two_offices_is_read_after_the_second(string text, string name)
    {
        var found = new PatternMentionSource(JiebaSegmenter.CreateDefault(), OnePageBuild.Yiwu).Find(text);

        var persons = found.Where(m => m.Kind == EntityKind.Person).Select(m => m.GetText(text)).ToList();
        Assert.Contains(name, persons);
        Assert.DoesNotContain(persons, p => p.Length > name.Length && p.EndsWith(name, StringComparison.Ordinal));
    }
}
