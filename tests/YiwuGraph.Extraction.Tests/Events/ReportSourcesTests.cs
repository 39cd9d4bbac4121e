using YiwuGraph.Core;
using YiwuGraph.Extraction.Events;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Tests.Events;

/// <summary>Who a sentence says reported its event: the source bound to its cue word, never one named in the report.</summary>
public sealed class ReportSourcesTests
{
    private static readonly ReportSources Sources = new(LexiconSet.Default);

    private static EntityRef Entity(string text, string name, EntityKind kind)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        return new EntityRef(kind, name, name, new TextRange(at, at + name.Length));
    }

    private static bool Reported(string text, string name, string trigger, bool incident, params (string Name, EntityKind Kind)[] others)
    {
        var who = Entity(text, name, others.First(o => o.Name == name).Kind);
        var entities = others.Select(o => Entity(text, o.Name, o.Kind)).ToList();
        var at = text.IndexOf(trigger, StringComparison.Ordinal);
        return Sources.IsReporter(text, new TextRange(0, text.Length), entities, who, new TextRange(at, at + trigger.Length), incident);
    }

    [Fact]
    public void The_first_organisation_after_据_reported_what_follows_and_none_named_after_it_did()
    {
        const string text = "据新华社北京５月１１日电中国姑娘张晶１０日在比赛中，夺得冠军。";
        (string, EntityKind)[] entities = [("新华社", EntityKind.Organization), ("张晶", EntityKind.Person)];

        Assert.True(Reported(text, "新华社", "夺得", incident: false, entities));
        Assert.False(Reported(text, "张晶", "夺得", incident: false, entities));
    }

    [Theory]
    [InlineData("民政部说，汶川地震已造成107人死亡。", "民政部", "地震", true, true)]
    [InlineData("记者从中国地震局获悉，汶川地震已造成38人死亡。", "中国地震局", "地震", true, true)]
    [InlineData("宋慧乔离婚的消息，董璇离婚了。", "宋慧乔", "离婚了", false, false)]
    [InlineData("根据党中央部署要求，读书班举行。", "党中央", "举行", false, false)]
    [InlineData("光大证券公告称，董事长辞职。", "光大证券", "辞职", false, false)]
    public void A_source_reported_only_when_its_cue_makes_it_the_one_who_gave_the_news(string text, string name, string trigger, bool incident, bool expected)
    {
        var kind = name == "宋慧乔" ? EntityKind.Person : EntityKind.Organization;
        Assert.Equal(expected, Reported(text, name, trigger, incident, (name, kind)));
    }

    [Theory]
    [InlineData("新华社北京６月２２日电国务院副总理李岚清今天在中南海会见了美国客人。", "新华社", true)]
    [InlineData("本报巴黎６月２日电法国队今天战胜了巴西队。", "巴黎", false)]
    public void A_medium_before_the_dateline_of_its_sentence_reported_it_and_a_city_read_as_a_club_did_not(string text, string name, bool expected)
    {
        var trigger = text.Contains("会见", StringComparison.Ordinal) ? "会见" : "战胜";
        Assert.Equal(expected, Reported(text, name, trigger, incident: false, (name, EntityKind.Organization)));
    }

    [Fact]
    public void The_person_right_before_a_speech_verb_reported_and_the_body_before_that_person_did_not()
    {
        const string text = "那曲地委书记杨骏认为，那曲去冬遭受特大雪灾。";
        (string, EntityKind)[] entities = [("那曲地委", EntityKind.Organization), ("杨骏", EntityKind.Person)];

        Assert.True(Reported(text, "杨骏", "雪灾", incident: true, entities));
        Assert.False(Reported(text, "那曲地委", "雪灾", incident: true, entities));
    }

    [Theory]
    [InlineData("新华社北京12月3日电（记者张晓松）。国务院总理李强3日在人民大会堂会见德国总理。会见后，两国签署了协议。", true)]
    [InlineData("据新华社华盛顿12月2日电。美国总统在白宫会见德国总理。会见后，两国签署了协议。", true)]
    [InlineData("国务院总理李强3日会见德国总理，新华社北京12月3日电称。会见后，两国签署了协议。", false)]
    public void A_wire_whose_dateline_opens_the_article_reported_every_event_of_it(string text, bool expected)
    {
        var wire = Entity(text, "新华社", EntityKind.Organization);
        List<EventFact> events = [Event(text, "会见"), Event(text, "签署")];
        List<TextRange> sentences = [.. Sentences(text)];

        Sources.Read(text, sentences, [wire], events, new HashSet<string>());

        // The credit runs to the end of the dateline and its bracket, the first sentence here.
        var credit = text.IndexOf('。', StringComparison.Ordinal);
        Assert.All(events, e => Assert.Equal(
            expected ? [new SourceFact(wire, new TextRange(wire.Range.Start, credit), ReportSources.SourceConfidence)] : [],
            e.Sources.Where(s => !s.Evidence.Contains(e.Evidence.Start))));
    }

    private static EventFact Event(string text, string trigger)
    {
        var at = text.IndexOf(trigger, StringComparison.Ordinal);
        return new EventFact { Type = "会见", Name = trigger, Trigger = trigger, Evidence = new TextRange(at, at + trigger.Length) };
    }

    private static IEnumerable<TextRange> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '。')
            {
                yield return new TextRange(start, i + 1);
                start = i + 1;
            }
        }
    }
}
