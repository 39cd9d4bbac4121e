using YiwuGraph.Core;
using YiwuGraph.Extraction.Events;
using YiwuGraph.Extraction.Lexicons;

namespace YiwuGraph.Extraction.Tests.Events;

public sealed class EventTypeSchemaTests
{
    [Fact]
    public void The_roles_of_a_fine_type_are_its_place_and_participant_roles_in_graph_roles()
    {
        var schema = EventTypeSchema.Default;

        Assert.Equal(["loser", "winner"], schema.RolesOf("竞赛行为-胜负")!.Order(StringComparer.Ordinal));
        Assert.Equal(["object", "place", "subject"], schema.RolesOf("交往-会见")!.Order(StringComparer.Ordinal));
        // 庆生's 生日方 and 庆祝方 are both subjects; 融资's 领投方 and 跟投方 both investors.
        Assert.Equal(["subject"], schema.RolesOf("人生-庆生")!);
        Assert.Equal(["investor", "subject"], schema.RolesOf("财经/交易-融资")!.Order(StringComparer.Ordinal));
        // DuEE gives a collapse no place and no party; the project's poisoning has CEC's locations only.
        Assert.Empty(schema.RolesOf("灾害/意外-坍/垮塌")!);
        Assert.Equal(["place"], schema.RolesOf("公共卫生-中毒")!);
        Assert.Null(schema.RolesOf("no such type"));
    }

    [Fact]
    public void Every_fine_type_of_the_schema_has_its_role_list_and_every_listed_role_is_one_the_labeller_gives()
    {
        var lexicons = LexiconSet.Default;
        var roles = lexicons.EventRoles.Entries.Select(e => e.Class!).Where(r => r is not ("time" or "count" or "amount" or "thing")).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(roles.Order(StringComparer.Ordinal), LexiconSet.Kinds["event-type-roles.tsv"].Order(StringComparer.Ordinal));
        Assert.All(lexicons.EventTypeRoles.Entries, e => Assert.Contains(e.Word, lexicons.EventTypes.Words));
    }

    [Fact]
    public void The_role_list_is_DuEEs_schema_mapped_by_event_roles()
    {
        var schemaPath = Path.Combine(RepoPaths.SharedData, "duee", "schema.json");
        Skips.Unless(File.Exists(schemaPath), "DuEE schema not beside the repository");
        var schema = EventTypeSchema.Default;
        var types = 0;
        foreach (var line in File.ReadLines(schemaPath).Where(l => l.Length > 0))
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            var type = json.RootElement.GetProperty("event_type").GetString()!;
            var expected = json.RootElement.GetProperty("role_list").EnumerateArray()
                .Select(r => schema.RoleOf(r.GetProperty("role").GetString()!)!)
                .Where(r => r is not ("time" or "count" or "amount" or "thing"))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            Assert.Equal(expected, schema.RolesOf(type)!.Order(StringComparer.Ordinal));
            types++;
        }

        Assert.Equal(65, types);
    }

    [Fact]
    public void A_role_list_naming_a_type_the_schema_does_not_know_is_refused()
    {
        var dir = Directory.CreateTempSubdirectory("yiwugraph-type-roles-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "event-type-roles.tsv"), "# Source: test\n竞赛行为-胜负\twinner\n竞赛行为-胜利\tloser\n");
            var error = Assert.Throws<DataFormatException>(() => new EventTypeSchema(LexiconSet.Load(dir.FullName)));
            Assert.Equal(3, error.Line);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
