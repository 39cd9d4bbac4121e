using YiwuGraph.Extraction.Events;
using YiwuGraph.Extraction.Lexicons;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Tests.Events;

public sealed class TriggerFeaturesTests
{
    private static readonly IncidentWordList Unlisted = new(LexiconSet.Read("incident-words.tsv", "test", new MemoryStream("火灾\tfire\n"u8.ToArray())));

    private static List<ulong> CharacterKeys(string text, int index, IncidentWordList incidents, TriggerLexicon? known = null, bool hideAll = false)
    {
        var words = new TriggerFeatures.Words();
        words.Read(JiebaSegmenter.CreateDefault(), text);
        var keys = new List<ulong>();
        var offsets = new List<int>();
        TriggerFeatures.OfCharacters(text, words, known ?? TriggerLexicon.Empty, incidents, keys, offsets, hideAll);
        return keys[offsets[index]..offsets[index + 1]];
    }

    /// <summary>The features the list adds to the character <paramref name="index"/> of <paramref name="text"/>.</summary>
    private static List<ulong> ListKeys(string text, int index) =>
        CharacterKeys(text, index, IncidentWordList.Default).Except(CharacterKeys(text, index, Unlisted)).ToList();

    [Fact]
    public void Listed_incident_words_of_one_class_share_their_list_features_and_other_words_have_none()
    {
        Assert.Equal(IncidentWordList.Default.ClassOf("地震"), IncidentWordList.Default.ClassOf("海啸"));
        Assert.NotEqual(IncidentWordList.Default.ClassOf("地震"), IncidentWordList.Default.ClassOf("车祸"));
        Assert.Equal(0u, IncidentWordList.Default.ClassOf("会议"));
        Assert.Equal(0u, Unlisted.ClassOf("地震"));

        // 海啸, which no training data marks, reads with the list features of 地震, which they mark.
        var earthquake = ListKeys("当地发生地震。", 4);
        Assert.Equal(3, earthquake.Count);
        Assert.Equal(earthquake, ListKeys("当地发生海啸。", 4));
        Assert.NotEqual(earthquake, ListKeys("当地发生海啸。", 5));
        var crash = ListKeys("当地发生车祸。", 4);
        Assert.Single(crash.Intersect(earthquake)); // where the character is in a listed word, whatever its class
        Assert.Empty(ListKeys("当地召开会议。", 4));
    }

    [Fact]
    public void A_listed_word_no_known_trigger_overlaps_reads_as_characters_never_seen_unless_training_hides_every_listed_word()
    {
        var known = new TriggerLexicon([KeyValuePair.Create("地震", (Triggers: 40, Occurrences: 50))]);
        const string text = "当地发生地震。";
        var asKnown = CharacterKeys(text, 4, IncidentWordList.Default, known);
        var asUnknown = CharacterKeys(text, 4, IncidentWordList.Default);
        var unlisted = CharacterKeys(text, 4, Unlisted);
        // Known: the character's own features (地, 地震, the trigger word over it) are read; unknown: they are not,
        // and the list's features speak for the word.
        var knownUnlisted = CharacterKeys(text, 4, Unlisted, known);
        Assert.Empty(knownUnlisted.Except(asKnown));
        Assert.Equal(3, asKnown.Except(knownUnlisted).Count());
        Assert.NotEmpty(unlisted.Except(asUnknown));
        Assert.Equal(asUnknown, CharacterKeys(text, 4, IncidentWordList.Default, known, hideAll: true));
        // The characters around a listed word keep their own features but lose those that name the hidden ones.
        Assert.NotEqual(CharacterKeys(text, 3, Unlisted), CharacterKeys(text, 3, IncidentWordList.Default));
        Assert.Equal(CharacterKeys(text, 0, Unlisted).Count, CharacterKeys(text, 0, IncidentWordList.Default).Count);
    }

    [Fact]
    public void The_type_features_of_a_trigger_name_its_listed_incident_class()
    {
        var words = new TriggerFeatures.Words();
        words.Read(JiebaSegmenter.CreateDefault(), "当地发生海啸。");
        var tsunami = new List<ulong>();
        TriggerFeatures.OfSpan("当地发生海啸。", words, IncidentWordList.Default, 4, 6, tsunami);
        words.Read(JiebaSegmenter.CreateDefault(), "当地发生地震。");
        var earthquake = new List<ulong>();
        TriggerFeatures.OfSpan("当地发生地震。", words, IncidentWordList.Default, 4, 6, earthquake);
        words.Read(JiebaSegmenter.CreateDefault(), "当地召开会议。");
        var meeting = new List<ulong>();
        TriggerFeatures.OfSpan("当地召开会议。", words, IncidentWordList.Default, 4, 6, meeting);
        Assert.NotEmpty(tsunami.Intersect(earthquake).Except(meeting));
    }
}
