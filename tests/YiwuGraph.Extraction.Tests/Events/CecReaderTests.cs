using YiwuGraph.Core;
using YiwuGraph.Extraction.Events;

namespace YiwuGraph.Extraction.Tests.Events;

public sealed class CecReaderTests
{
    private const string Document = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Body>
          <Title>标题</Title>
          <ReportTime type="absTime">2008年04月05日</ReportTime>
          <Content>
            <Paragraph>
              <Sentence>
                <Event eid="e1">
                  <Time tid="t1" type="relTime">昨天下午</Time>，在
                  <Location lid="l1">101国道</Location>，
                  <Object sid="s1">客车</Object>
                  <Denoter did="d1" type="emergency">相撞</Denoter>
                </Event>，
                <Event eid="e2"><participant sid="s2">6人</participant><Denoter did="d2" tpye="stateChange">死亡</Denoter></Event>。
              </Sentence>
            </Paragraph>
            <Paragraph><Sentence>第二段。</Sentence></Paragraph>
          </Content>
        </Body>
        """;

    [Fact]
    public void Spans_are_offsets_of_the_concatenated_trimmed_text()
    {
        var document = CecReader.Parse(Document, "traffic-001.xml", "traffic-001");
        Assert.Equal("昨天下午，在101国道，客车相撞，6人死亡。\n第二段。\n", document.Text);
        Assert.Equal("交通事故", document.Category);
        Assert.Equal("2008年04月05日", document.ReportTime);
        Assert.Equal(2, document.Events.Count);
        var crash = document.Events[0];
        Assert.Equal("相撞", crash.TriggerText);
        Assert.Equal("相撞", document.Text[crash.Trigger.Start..crash.Trigger.End]);
        Assert.Equal(CecReader.EmergencyClass, crash.TriggerClass);
        Assert.Equal(
            [(GoldArgumentKind.Time, "昨天下午"), (GoldArgumentKind.Place, "101国道"), (GoldArgumentKind.Other, "客车")],
            crash.Arguments.Select(a => (a.Kind, a.Text)));
        // Lower-case element names and the misspelt tpye attribute are read too.
        Assert.Equal("statechange", document.Events[1].TriggerClass);
        Assert.Equal((GoldArgumentKind.Participant, "6人"), (document.Events[1].Arguments[0].Kind, document.Events[1].Arguments[0].Text));
    }

    [Fact]
    public void Repairable_files_are_repaired()
    {
        var broken = "<Event eid=\"e\"></Event>\n" + Document.Replace("eid=\"e2\">", "eid=\"e2\"type=\"thoughtevent\">", StringComparison.Ordinal)
            .Replace("</Body>", "</Body>\n<eRelation relType=\"Causal\" cause_eid=\"e1\" effect_eid=\"e2\"/>", StringComparison.Ordinal);
        var document = CecReader.Parse(broken, "covid19-020.xml", "covid19-020");
        Assert.Equal(2, document.Events.Count);
        Assert.Equal("新冠疫情", document.Category);
    }

    [Fact]
    public void A_broken_file_is_skipped_with_its_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("cec-test-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "fire-001.xml"), Document);
            // Line 8 opens a Location that a Time closes.
            File.WriteAllText(Path.Combine(folder.FullName, "fire-002.xml"), Document.Replace("<Location lid=\"l1\">101国道</Location>", "<Location lid=\"l1\">101国道</Time>", StringComparison.Ordinal));
            var read = CecReader.ReadFolder(folder.FullName);
            Assert.Equal("fire-001", Assert.Single(read.Documents).Id);
            var error = Assert.Single(read.Skipped);
            Assert.Equal(10, error.Line);
            Assert.StartsWith(Path.Combine(folder.FullName, "fire-002.xml") + ":10: ", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_dev_part_is_a_stable_quarter()
    {
        var ids = Enumerable.Range(1, 400).Select(i => $"fire-{i:000}").ToList();
        var dev = ids.Count(CecReader.IsDev);
        Assert.InRange(dev, 70, 130);
        Assert.Equal(ids.Where(CecReader.IsDev), ids.Where(CecReader.IsDev));
    }
}
