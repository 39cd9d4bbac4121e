using YiwuGraph.Core;
using YiwuGraph.Extraction.Evaluation;
using YiwuGraph.Extraction.Ner;
using YiwuGraph.Extraction.Pipeline;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Evaluation;

public sealed class EntityGraphEvaluatorTests
{
    [Fact]
    public void Scores_count_nodes_and_annotated_strings_page_by_page_with_aliases()
    {
        var graph = new KnowledgeGraph();
        Article(graph, "a.txt", "person:叶帮锐", "person:王五", "place:义乌市", "org:义乌市委");
        Article(graph, "b.txt", "person:叶帮锐");
        graph.GetNode("place:义乌市").Properties.AddToSet("aliases", ["义乌"]);
        EntityGoldPage[] pages =
        [
            Gold(("PER", "叶帮锐"), ("PER", "张三"), ("LOC", "义乌"), ("ORG", "义乌市政府")),
            Gold(("PER", "叶帮锐")),
        ];
        var scores = EntityGraphEvaluator.Score(pages, ["a.txt", "b.txt"], graph);

        // Persons: predicted 叶帮锐, 王五 on a and 叶帮锐 on b (3); correct 2; gold 3 strings, found 2.
        Assert.Equal(new EntityKindScore(NerEntityKind.Person, 3, 3, 2, 2), scores[0]);
        // Places: 义乌市 matches the annotated 义乌 through its alias.
        Assert.Equal(new EntityKindScore(NerEntityKind.Location, 1, 1, 1, 1), scores[1]);
        Assert.Equal(new EntityKindScore(NerEntityKind.Organization, 1, 1, 0, 0), scores[2]);
        Assert.Equal(2.0 / 3, scores[0].Precision, 9);
        var table = EntityGraphEvaluator.FormatTable(scores);
        Assert.Contains("PER", table, StringComparison.Ordinal);
        Assert.Contains("ALL", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_list_each_pages_false_positives_and_false_negatives_per_kind_in_a_fixed_order()
    {
        var graph = new KnowledgeGraph();
        Article(graph, "a.txt", "person:叶帮锐", "person:王五", "place:义乌市", "org:义乌市委", "org:浙江");
        Article(graph, "b.txt", "person:叶帮锐");
        Article(graph, "c.txt", "place:金华");
        graph.GetNode("place:义乌市").Properties.AddToSet("aliases", ["义乌市", "义乌"]);
        graph.GetNode("org:义乌市委").Properties.AddToSet("aliases", ["市委", "义乌市委"]);
        EntityGoldPage[] pages =
        [
            Gold(("PER", "叶帮锐"), ("PER", "张三"), ("PER", "李四"), ("LOC", "义乌"), ("LOC", "浙江"), ("ORG", "义乌市政府")),
            Gold(("PER", "叶帮锐")),
            Gold(("LOC", "金华")),
        ];
        var evaluation = EntityGraphEvaluator.ScoreWithErrors(pages, ["a.txt", "b.txt", "c.txt"], graph);

        Assert.Equal(EntityGraphEvaluator.Score(pages, ["a.txt", "b.txt", "c.txt"], graph), evaluation.Scores);
        // Page 1: PER FP 王五, FN 张三 and 李四; LOC FN 浙江 (predicted as an organisation); ORG FP 义乌市委 and 浙江,
        // FN 义乌市政府. Pages 2 and 3 are right.
        Assert.Equal(3, evaluation.Errors.Count);
        Assert.All(evaluation.Errors, e => Assert.Equal(1, e.Page));
        var per = evaluation.Errors[0];
        Assert.Equal(NerEntityKind.Person, per.Kind);
        Assert.Equal(new[] { "王五" }, per.FalsePositives.Select(s => s[0]));
        Assert.Equal(new[] { "张三", "李四" }, per.FalseNegatives);
        Assert.Equal(NerEntityKind.Location, evaluation.Errors[1].Kind);
        Assert.Empty(evaluation.Errors[1].FalsePositives);
        Assert.Equal(new[] { "浙江" }, evaluation.Errors[1].FalseNegatives);
        var org = evaluation.Errors[2];
        Assert.Equal(new[] { "义乌市委|市委", "浙江" }, org.FalsePositives.Select(s => string.Join('|', s)));
        Assert.Equal(new[] { "义乌市政府" }, org.FalseNegatives);

        // The counts the table shows are the errors' complements: per kind, FP = predicted − correct, FN = gold − found.
        foreach (var score in evaluation.Scores)
        {
            var ofKind = evaluation.Errors.Where(e => e.Kind == score.Kind).ToList();
            Assert.Equal(score.Predicted - score.CorrectPredicted, ofKind.Sum(e => e.FalsePositives.Count));
            Assert.Equal(score.Gold - score.FoundGold, ofKind.Sum(e => e.FalseNegatives.Count));
        }

        Assert.Equal(
            "# page\ttype\tFP|FN\tnode surfaces (name|aliases) or annotated string\tother kind on the page\n"
            + "1\tPER\tFP\t王五\t\n1\tPER\tFN\t张三\t\n1\tPER\tFN\t李四\t\n"
            + "1\tLOC\tFN\t浙江\tORG\n"
            + "1\tORG\tFP\t义乌市委|市委\t\n1\tORG\tFP\t浙江\tLOC\n1\tORG\tFN\t义乌市政府\t\n",
            EntityGraphEvaluator.FormatErrors(evaluation.Errors).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void CLUENER_lines_become_pages_with_mapped_kinds_and_bad_lines_name_the_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, [
                """{"text": "浙商银行叶老桂博士在杭州西湖说。", "label": {"name": {"叶老桂": [[4, 6]]}, "company": {"浙商银行": [[0, 3]]}, "scene": {"西湖": [[12, 13]]}, "position": {"博士": [[7, 8]]}}}""",
                """{"text": "无实体。"}""",
            ]);
            var pages = EntityGoldReader.ReadCluener(path);
            Assert.Equal(2, pages.Count);
            Assert.Equal(
                new[] { (NerEntityKind.Person, "叶老桂"), (NerEntityKind.Location, "西湖"), (NerEntityKind.Organization, "浙商银行") }.Order(),
                pages[0].Entities.Order());
            Assert.Empty(pages[1].Entities);

            File.WriteAllLines(path, ["""{"text": "没有", "label": {}}""", """{"text": "叶老桂", "label": {"name": {"叶老桂": [[1, 3]]}}}"""]);
            var error = Assert.Throws<DataFormatException>(() => EntityGoldReader.ReadCluener(path));
            Assert.Equal(2, error.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void CoNLL_sentences_are_cut_into_pages_of_N_sentences()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "王\tB-PER\n五\tI-PER\n好\tO\n\n北\tB-LOC\n京\tI-LOC\n\n上\tB-LOC\n海\tI-LOC\n\n");
            var pages = EntityGoldReader.ReadConll(path, 2);
            Assert.Equal(2, pages.Count);
            Assert.Equal("王五好\n\n北京\n", pages[0].Text);
            Assert.Equal(new[] { (NerEntityKind.Person, "王五"), (NerEntityKind.Location, "北京") }.Order(), pages[0].Entities.Order());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_graph_of_annotated_pages_is_built_as_build_builds_it()
    {
        EntityGoldPage page = new(
            "本报讯 金华市委副书记、义乌市委书记叶帮锐在会上强调，要办好系列活动。\n",
            new HashSet<(NerEntityKind, string)> { (NerEntityKind.Person, "叶帮锐"), (NerEntityKind.Organization, "义乌市委") });
        var scores = EntityGraphEvaluator.Evaluate([page], new CorpusGraphBuilder(), TestContext.Current.CancellationToken);
        Assert.Equal(1, scores[0].FoundGold);
        Assert.Equal(1, scores[2].FoundGold);
    }

    [Fact]
    public void The_bare_tagger_is_scored_per_page_with_each_distinct_string_one_node()
    {
        var tagger = NerModelStore.CreateTagger(NerModelStore.Default);
        const string line = "国务院总理李鹏在北京会见了美国总统克林顿。";
        var spans = tagger.Tag(line);
        Assert.NotEmpty(spans);
        var strings = spans.Select(s => (s.Kind, line[s.Start..s.End])).ToHashSet();

        // The same line twice on a page gives each string once; a gold string the tagger does not find is missed.
        var gold = strings.Append((NerEntityKind.Person, "张三")).ToHashSet();
        var evaluation = EntityGraphEvaluator.ScoreTagger(
            [new EntityGoldPage(line + "\n\n" + line + "\n", gold)], tagger, TestContext.Current.CancellationToken);
        foreach (var score in evaluation.Scores)
        {
            var ofKind = strings.Count(s => s.Kind == score.Kind);
            Assert.Equal(ofKind, score.Predicted);
            Assert.Equal(ofKind, score.CorrectPredicted);
        }

        var missed = Assert.Single(evaluation.Errors);
        Assert.Equal(NerEntityKind.Person, missed.Kind);
        Assert.Equal(new[] { "张三" }, missed.FalseNegatives);
    }

    private static void Article(KnowledgeGraph graph, string source, params string[] mentioned)
    {
        var article = graph.GetOrAddNode("article:" + source + "#0", NodeLabel.Article);
        article.Properties.Set("source", source);
        foreach (var key in mentioned)
        {
            var label = key.Split(':')[0] switch { "person" => NodeLabel.Person, "place" => NodeLabel.Place, _ => NodeLabel.Organization };
            var node = graph.GetOrAddNode(key, label);
            node.Properties.Set("name", key.Split(':')[1]);
            graph.GetOrAddRelationship(RelationshipTypes.Mentions, article.Key, key);
        }
    }

    private static EntityGoldPage Gold(params (string Type, string Surface)[] entities) => new(
        string.Empty,
        entities.Select(e => (e.Type switch { "PER" => NerEntityKind.Person, "LOC" => NerEntityKind.Location, _ => NerEntityKind.Organization }, e.Surface)).ToHashSet());
}
