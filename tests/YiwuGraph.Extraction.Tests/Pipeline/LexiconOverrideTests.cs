using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Pipeline;

/// <summary>The event, person and relation cues and the short-name definitions are read from the lists a build is given, not only from the embedded ones.</summary>
public sealed class LexiconOverrideTests
{
    private const string Page = "本报讯 昨日，全市经济工作会议召开。市委书记张明华掌舵会议，市长张建国、副市长张明出席。";

    [Fact]
    public void A_host_cue_added_to_person_cues_makes_a_host_and_the_embedded_lists_do_not()
    {
        Assert.DoesNotContain(("张明华", "host"), Roles(Build(null)));

        var dir = Directory.CreateTempSubdirectory("yiwugraph-lists-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "person-cues.tsv"), Embedded("person-cues.tsv") + "\n掌舵\thost\n");
            Assert.Contains(("张明华", "host"), Roles(Build(LexiconSet.Load(dir.FullName))));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_located_verb_added_to_relation_cues_makes_a_located_in()
    {
        const string page = "本报讯 浙江华统肉制品股份有限公司扎根义乌市，是一家上市公司。";
        Assert.DoesNotContain(Relations(BuildPage(page, null)), r => r == "浙江华统肉制品股份有限公司 LOCATED_IN 义乌市");

        var dir = Directory.CreateTempSubdirectory("yiwugraph-lists-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "relation-cues.tsv"), Embedded("relation-cues.tsv") + "\n扎根\tlocated-verb\n");
            Assert.Contains("浙江华统肉制品股份有限公司 LOCATED_IN 义乌市", Relations(BuildPage(page, LexiconSet.Load(dir.FullName))));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_defining_word_added_to_short_name_definitions_makes_the_bracket_a_definition()
    {
        const string page = "本报讯 义乌市海内外高层次人才联谊会（又称海高会）昨日成立。海高会会长张明华表示，海高会将服务人才。";
        Assert.Contains("海高会", Organizations(BuildPage(page, null)));

        var dir = Directory.CreateTempSubdirectory("yiwugraph-lists-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "short-name-definitions.tsv"), Embedded("short-name-definitions.tsv") + "\n又称\tdefining\n");
            var graph = BuildPage(page, LexiconSet.Load(dir.FullName));
            Assert.DoesNotContain("海高会", Organizations(graph));
            Assert.Contains("张明华 HOLDS_POSITION 义乌市海内外高层次人才联谊会", Relations(graph));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Event_words_and_cues_may_be_replaced_and_the_trained_models_event_schema_may_not()
    {
        Assert.DoesNotContain("person-cues.tsv", NewsPipelines.EmbeddedOnlyLexicons);
        Assert.DoesNotContain("event-cues.tsv", NewsPipelines.EmbeddedOnlyLexicons);
        Assert.DoesNotContain("relation-cues.tsv", NewsPipelines.EmbeddedOnlyLexicons);
        Assert.DoesNotContain("event-triggers.tsv", NewsPipelines.EmbeddedOnlyLexicons);
        Assert.DoesNotContain("short-name-definitions.tsv", NewsPipelines.EmbeddedOnlyLexicons);
        Assert.Contains("event-types.tsv", NewsPipelines.EmbeddedOnlyLexicons);
    }

    private static string Embedded(string name)
    {
        using var stream = typeof(LexiconSet).Assembly.GetManifestResourceStream("YiwuGraph.Extraction.Lexicons." + name)
            ?? throw new InvalidOperationException(name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static KnowledgeGraph Build(LexiconSet? lexicons) => BuildPage(Page, lexicons);

    private static KnowledgeGraph BuildPage(string page, LexiconSet? lexicons)
    {
        var dir = Directory.CreateTempSubdirectory("yiwugraph-page-");
        try
        {
            var path = Path.Combine(dir.FullName, "page.txt");
            File.WriteAllText(path, "\n## 测试标题\n\n" + page + "\n");
            return new CorpusGraphBuilder(new HomeContext("义乌市", "浙江省"), lexicons: lexicons)
                .Build([path], cancellationToken: TestContext.Current.CancellationToken).Graph;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static List<(string, string?)> Roles(KnowledgeGraph graph) =>
        [.. graph.Relationships.Where(r => r.Type == RelationshipTypes.ParticipatedIn)
            .Select(r => (graph.GetNode(r.Source).Name, r.Properties.GetString("role")))];

    private static List<string> Organizations(KnowledgeGraph graph) =>
        [.. graph.NodesWithLabel(NodeLabel.Organization).Select(n => n.Name)];

    private static List<string> Relations(KnowledgeGraph graph) =>
        [.. graph.Relationships.Select(r => $"{graph.GetNode(r.Source).Name} {r.Type} {graph.GetNode(r.Target).Name}")];
}
