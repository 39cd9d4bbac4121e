using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Facts;

public sealed class PersonnelChangeReaderTests
{
    private static readonly DateOnly Published = new(2026, 5, 14);

    private static IReadOnlyList<PositionFact> Find(string text, params (EntityKind, string)[] names) =>
        PersonnelChangeReader.Default.Find(text, PrintedEntities.At(text, names), [], Published);

    [Fact]
    public void An_appointment_names_the_person_after_the_word_and_the_office_after_the_person()
    {
        const string Text = "5月12日，董事会决定任命张勇为阿里巴巴集团首席执行官。";
        var p = Assert.Single(Find(Text, (EntityKind.Person, "张勇"), (EntityKind.Organization, "阿里巴巴集团")));
        Assert.Equal(("张勇", "首席执行官", "阿里巴巴集团"), (p.Person.Name, p.Title, p.Organization?.Name));
        Assert.Equal(PositionChange.Appointed, p.Change);
        Assert.Equal(new DateOnly(2026, 5, 12), p.ChangeDate);
    }

    [Fact]
    public void An_election_and_a_passive_appointment_name_the_person_before_the_word()
    {
        var elected = Assert.Single(Find("李四当选为义乌市政协主席。", (EntityKind.Person, "李四"), (EntityKind.Organization, "义乌市政协")));
        Assert.Equal((PositionChange.Elected, "主席"), (elected.Change, elected.Title));
        var passive = Assert.Single(Find("王五昨日被任命为国家知识产权局局长。", (EntityKind.Person, "王五"), (EntityKind.Organization, "国家知识产权局")));
        Assert.Equal(("王五", PositionChange.Appointed, "局长"), (passive.Person.Name, passive.Change, passive.Title));
        Assert.Equal(new DateOnly(2026, 5, 13), passive.ChangeDate);
    }

    [Fact]
    public void The_same_day_counts_from_the_day_named_before()
    {
        const string Text = "5月12日，董事会任命张勇为集团总裁。同日，蔡崇信当选为阿里巴巴集团董事会主席。";
        // The resolver reads 阿里巴巴集团董事会主席 as the company and the office 董事会主席 (EntityResolver.WithoutBoardOfTitle).
        var read = Find(Text, (EntityKind.Person, "张勇"), (EntityKind.Person, "蔡崇信"), (EntityKind.Organization, "阿里巴巴集团"));
        var chairman = Assert.Single(read, p => p.Person.Name == "蔡崇信");
        Assert.Equal((new DateOnly(2026, 5, 12), "董事会主席", "阿里巴巴集团"), (chairman.ChangeDate, chairman.Title, chairman.Organization?.Name));
    }

    [Fact]
    public void Offices_joined_by_a_comma_or_jian_share_the_organisation_before_them()
    {
        var read = Find("刘强东曾任京东集团董事长兼首席执行官。", (EntityKind.Person, "刘强东"), (EntityKind.Organization, "京东集团"));
        Assert.Equal(["董事长", "首席执行官"], read.Select(p => p.Title));
        Assert.All(read, p => Assert.Equal((PositionChange.Former, "京东集团", (DateOnly?)null), (p.Change, p.Organization?.Name, p.ChangeDate)));
    }

    [Fact]
    public void An_office_printed_with_a_modifier_of_time_is_the_office_without_it()
    {
        var text = "美国前总统卡特与现任会长丰田章一郎会面。";
        var carter = new EntityRef(EntityKind.Person, "卡特", "卡特", new TextRange(5, 7));
        var toyoda = new EntityRef(EntityKind.Person, "丰田章一郎", "丰田章一郎", new TextRange(12, 17));
        PositionFact[] held =
        [
            new(carter, "前总统", new EntityRef(EntityKind.Place, "美国", "美国", new TextRange(0, 2)), new TextRange(0, 7), 0.9),
            new(toyoda, "现任会长", null, new TextRange(8, 17), 0.9),
            new(toyoda, "董事长", null, new TextRange(8, 17), 0.9) { Change = PositionChange.Appointed },
        ];

        var read = PersonnelChangeReader.Default.WithoutTimeModifiers(held);

        Assert.Equal([("总统", PositionChange.Former), ("会长", null), ("董事长", PositionChange.Appointed)], read.Select(p => (p.Title, p.Change)));
        Assert.Equal("美国前总统卡特", text[read[0].Evidence.Start..read[0].Evidence.End]);
        Assert.Same(held[2], read[2]);
    }

    [Fact]
    public void A_resignation_or_dismissal_closes_the_office_named_after_the_word()
    {
        var resigned = Assert.Single(Find("周八辞去公司董事长职务。", (EntityKind.Person, "周八")));
        Assert.Equal((PositionChange.Resigned, "董事长", (string?)null), (resigned.Change, resigned.Title, resigned.Organization?.Name));
        var dismissed = Assert.Single(Find("会议决定免去吴九的义乌市副市长职务。", (EntityKind.Person, "吴九"), (EntityKind.Place, "义乌市")));
        Assert.Equal((PositionChange.Dismissed, "副市长", "义乌市"), (dismissed.Change, dismissed.Title, dismissed.Organization?.Name));
    }

    [Fact]
    public void A_bare_resignation_closes_the_offices_read_for_that_person_in_its_sentence()
    {
        const string Text = "光大证券公告称，公司执行总裁周健男日前因个人原因辞职。";
        var entities = PrintedEntities.At(Text, (EntityKind.Organization, "光大证券"), (EntityKind.Person, "周健男"));
        var org = entities[0];
        var person = entities[1];
        var held = new PositionFact(person, "执行总裁", org, new TextRange(Text.IndexOf("公司", StringComparison.Ordinal), person.Range.End), 0.85);
        var closed = Assert.Single(PersonnelChangeReader.Default.Find(Text, entities, [held], Published));
        Assert.Equal((PositionChange.Resigned, "执行总裁", "光大证券"), (closed.Change, closed.Title, closed.Organization?.Name));
        Assert.True(closed.Evidence.End >= Text.IndexOf("辞职", StringComparison.Ordinal) + 2);
    }

    [Theory]
    [InlineData("张三辞职了。")]
    [InlineData("张三担任本次活动的志愿者。")]
    [InlineData("会议任命了一批干部。")]
    public void Without_a_title_nothing_is_read(string text)
    {
        var names = text.Contains("张三", StringComparison.Ordinal) ? new[] { (EntityKind.Person, "张三") } : [];
        Assert.Empty(PersonnelChangeReader.Default.Find(text, PrintedEntities.At(text, names), [], Published));
    }

    [Fact]
    public void Build_writes_change_since_and_until_whatever_the_order_of_the_articles()
    {
        const string Appointed = "本报讯 2025年3月1日，董事会任命张勇为阿里巴巴集团首席执行官。";
        const string Resigned = "本报讯 2026年5月2日，张勇辞去阿里巴巴集团首席执行官职务。";
        foreach (var body in new[] { Appointed + "\n\n## 第二篇\n\n" + Resigned, Resigned + "\n\n## 第二篇\n\n" + Appointed })
        {
            var graph = OnePageBuild.Build(body);
            var r = Assert.Single(graph.Relationships, r => r.Type == RelationshipTypes.HoldsPosition && r.Source == "person:张勇");
            Assert.Equal(["appointed", "resigned"], r.Properties.GetStrings("change"));
            Assert.Equal("2025-03-01", r.Properties.GetString("since"));
            Assert.Equal("2026-05-02", r.Properties.GetString("until"));
        }
    }
}
