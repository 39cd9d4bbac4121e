using YiwuGraph.Core;
using YiwuGraph.Extraction.Events;

namespace YiwuGraph.Extraction.Tests.Events;

public sealed class DueeReaderTests
{
    [Fact]
    public void Code_point_offsets_become_UTF16_ranges_and_roles_get_kinds()
    {
        // 𠀀 is one code point but two UTF-16 units: the trigger's code-point offset 4 is UTF-16 offset 5.
        var line = """{"text": "𠀀队昨晚击败湖人", "id": "x1", "event_list": [{"event_type": "竞赛行为-胜负", "trigger": "击败", "trigger_start_index": 4, "arguments": [{"argument_start_index": 0, "role": "胜者", "argument": "𠀀队", "alias": []}, {"argument_start_index": 2, "role": "时间", "argument": "昨晚", "alias": []}, {"argument_start_index": 6, "role": "败者", "argument": "湖人", "alias": []}], "class": "竞赛行为"}]}""";
        var path = Write(line + "\n\n");
        try
        {
            var document = Assert.Single(DueeReader.ReadFile(path));
            Assert.Equal("x1", document.Id);
            var e = Assert.Single(document.Events);
            Assert.Equal(new TextRange(5, 7), e.Trigger);
            Assert.Equal("竞赛行为-胜负", e.FineType);
            Assert.Equal([GoldArgumentKind.Participant, GoldArgumentKind.Time, GoldArgumentKind.Participant], e.Arguments.Select(a => a.Kind));
            Assert.Equal("湖人", document.Text[e.Arguments[2].Range.Start..e.Arguments[2].Range.End]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("""{"text": "甲乙", "event_list": [{"event_type": "人生-死亡", "trigger": "乙丙", "trigger_start_index": 1, "arguments": []}]}""", "outside the text")]
    [InlineData("""{"text": "甲乙丙", "event_list": [{"event_type": "人生-死亡", "trigger": "甲", "trigger_start_index": 1, "arguments": []}]}""", "is not at offset 1")]
    [InlineData("""{"text": "甲乙丙", "event_list": [""", "not a DuEE line")]
    public void A_bad_line_names_the_file_and_the_line(string bad, string reason)
    {
        var good = """{"text": "甲乙", "event_list": []}""";
        var path = Write(good + "\n" + bad + "\n");
        try
        {
            var error = Assert.Throws<InputFileException>(() => DueeReader.ReadFile(path));
            Assert.Equal(2, error.Line);
            Assert.StartsWith(path + ":2: ", error.Message, StringComparison.Ordinal);
            Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_dev_part_is_every_eighth_line()
    {
        var documents = Enumerable.Range(1, 20).Select(i => new EventGoldDocument(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "甲", null, [])).ToList();
        var (train, dev) = DueeReader.Split(documents);
        Assert.Equal(["8", "16"], dev.Select(d => d.Id));
        Assert.Equal(18, train.Count);
        Assert.Empty(DueeReader.Split(documents, 0).Dev);
    }

    [Fact]
    public void Every_DuEE_type_and_role_of_the_schema_is_mapped()
    {
        var schemaPath = Path.Combine(YiwuGraph.Tests.RepoPaths.SharedData, "duee", "schema.json");
        YiwuGraph.Tests.Skips.Unless(File.Exists(schemaPath), "DuEE schema not beside the repository");
        foreach (var line in File.ReadLines(schemaPath).Where(l => l.Length > 0))
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            var type = json.RootElement.GetProperty("event_type").GetString()!;
            Assert.NotNull(EventTypeSchema.Default.CoarseOf(type));
            foreach (var role in json.RootElement.GetProperty("role_list").EnumerateArray())
            {
                Assert.NotNull(EventTypeSchema.Default.RoleOf(role.GetProperty("role").GetString()!));
            }
        }
    }

    private static string Write(string content)
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, content);
        return path;
    }
}
