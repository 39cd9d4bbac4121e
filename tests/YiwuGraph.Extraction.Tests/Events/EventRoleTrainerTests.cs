using YiwuGraph.Core;
using YiwuGraph.Extraction.Events;
using YiwuGraph.Extraction.Facts;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Events;

public sealed class EventRoleTrainerTests
{
    private static readonly Lazy<EventTriggerModel> Model = new(() =>
    {
        // Bias 0: the tiny corpus's weights are far smaller than the shipped model's.
        var options = new EventTriggerTrainerOptions { Epochs = 5, MinFeatureCount = 1, RoleBias = 0, PruneThreshold = 0 };
        var segmenter = JiebaSegmenter.CreateDefault();
        return new EventTriggerTrainer(options).Train(TinyEventCorpus.Sentences(0, 12), segmenter, "tiny corpus")
            .WithRoles(new EventRoleTrainer(options).Train(TinyEventCorpus.RoleSentences(0, 8), segmenter));
    });

    private static TrainedEventLayer Layer =>
        new(new EventTriggerLabeller(Model.Value, JiebaSegmenter.CreateDefault()), EventTypeSchema.Default, LexiconSet.Default);

    [Fact]
    public void A_small_training_run_labels_the_arguments_of_sentences_with_unseen_names()
    {
        var roles = Model.Value.Roles!;
        Assert.Equal(EventRoleModel.None, roles.Labels[0]);
        var score = RoleScore.Of(roles, TinyEventCorpus.RoleSentences(8, 12), JiebaSegmenter.CreateDefault());
        // 16 arguments (winner, loser, subject, place) in 12 sentences whose names were never seen: all found, with
        // their roles, and no proper noun of the sentences (the damaged cars' company) taken for one.
        Assert.Equal(16, score.Gold);
        Assert.True(score.F1 >= 0.95, score.ToString());
    }

    [Fact]
    public void The_side_of_the_trigger_and_the_distance_are_features()
    {
        const string text = "湖人队击败勇士队。";
        var words = new TriggerFeatures.Words();
        words.Read(JiebaSegmenter.CreateDefault(), text);
        var type = EventRoleFeatures.TypeHash(TinyEventCorpus.Win);
        var before = new List<ulong>();
        var after = new List<ulong>();
        EventRoleFeatures.Of(text, words, 3, 5, type, 0, 3, before);
        EventRoleFeatures.Of(text, words, 3, 5, type, 5, 8, after);
        // Same last characters (队), both adjacent to the trigger: only what depends on the side tells them apart.
        Assert.NotEqual(before[0], after[0]);
        Assert.Equal(before.Count, after.Count);

        var far = new List<ulong>();
        const string longer = "湖人队昨晚在主场击败勇士队。";
        words.Read(JiebaSegmenter.CreateDefault(), longer);
        EventRoleFeatures.Of(longer, words, 8, 10, type, 0, 3, far);
        Assert.Equal(before[0], far[0]);
        Assert.NotEqual(before[1], far[1]);
        Assert.True(far.Count > before.Count, "the words between are features");
    }

    [Fact]
    public void The_model_with_roles_saves_and_loads_the_same_bytes_and_training_is_deterministic()
    {
        var options = new EventTriggerTrainerOptions { Epochs = 3, MinFeatureCount = 1, PruneThreshold = 0 };
        var again = new EventTriggerTrainer(options).Train(TinyEventCorpus.Sentences(0, 12), JiebaSegmenter.CreateDefault(), "tiny corpus")
            .WithRoles(new EventRoleTrainer(options).Train(TinyEventCorpus.RoleSentences(0, 8), JiebaSegmenter.CreateDefault()));
        var first = new EventTriggerTrainer(options).Train(TinyEventCorpus.Sentences(0, 12), JiebaSegmenter.CreateDefault(), "tiny corpus")
            .WithRoles(new EventRoleTrainer(options).Train(TinyEventCorpus.RoleSentences(0, 8), JiebaSegmenter.CreateDefault()));
        Assert.Equal(Bytes(first), Bytes(again));
        using var stream = new MemoryStream(Bytes(first));
        var loaded = EventTriggerModel.Load(stream);
        Assert.NotNull(loaded.Roles);
        Assert.Equal(first.Roles!.Labels, loaded.Roles.Labels);
        Assert.Equal(Bytes(first), Bytes(loaded));
    }

    [Fact]
    public void The_layer_writes_the_labelled_roles_and_the_place_of_an_incident()
    {
        const string game = "昨晚凯尔特人队以102比98击败尼克斯队，取得三连胜。";
        var celtics = Entity(game, "凯尔特人队", EntityKind.Organization);
        var knicks = Entity(game, "尼克斯队", EntityKind.Organization);
        var win = Assert.Single(Layer.Add(game, [celtics, knicks], []));
        Assert.Equal([("凯尔特人队", "winner"), ("尼克斯队", "loser")], win.Participants.Select(p => (p.Entity.Name, p.Role)));

        const string crash = "今天上午，胜利路发生一起车祸，思科的两辆轿车受损。";
        var road = Entity(crash, "胜利路", EntityKind.Place);
        var cisco = Entity(crash, "思科", EntityKind.Organization);
        var accident = Assert.Single(Layer.Add(crash, [road, cisco], []));
        Assert.Equal(road, accident.Location);
        Assert.Empty(accident.Participants);
    }

    [Fact]
    public void A_place_is_never_a_participant_and_a_person_or_organisation_never_the_place()
    {
        string[] texts =
        [
            "昨晚凯尔特人队以102比98击败尼克斯队，取得三连胜。", "今天上午，胜利路发生一起车祸，思科的两辆轿车受损。",
            "松下公司宣布裁员1100人，股价随之下跌。", "今天上午，和平路发生一起车祸，和平路的两辆轿车受损。",
        ];
        foreach (var text in texts)
        {
            // Every two-to-five-character run as a person, an organisation and a place: whatever the labeller says.
            var entities = new List<EntityRef>();
            foreach (var kind in new[] { EntityKind.Person, EntityKind.Organization, EntityKind.Place })
            {
                for (var i = 0; i + 3 <= text.Length; i += 3)
                {
                    entities.Add(new EntityRef(kind, text.Substring(i, 3), text.Substring(i, 3), new TextRange(i, i + 3)));
                }
            }

            foreach (var e in Layer.Add(text, entities, []))
            {
                Assert.True(e.Location is null || e.Location.Kind == EntityKind.Place, text);
                Assert.All(e.Participants, p => Assert.NotEqual(EntityKind.Place, p.Entity.Kind));
                Assert.All(e.Participants, p => Assert.False(p.Entity.Range.Overlaps(TriggerOf(text, e)), text));
            }
        }
    }

    private static TextRange TriggerOf(string text, EventFact e)
    {
        var at = text.IndexOf(e.Trigger, e.Evidence.Start, StringComparison.Ordinal);
        return new TextRange(at, at + e.Trigger.Length);
    }

    private static EntityRef Entity(string text, string name, EntityKind kind)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        return new EntityRef(kind, name, name, new TextRange(at, at + name.Length));
    }

    private static byte[] Bytes(EventTriggerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
