using YiwuGraph.Extraction.Ner;

namespace YiwuGraph.Extraction.Tests.Ner;

public sealed class NerTagSetTests
{
    [Fact]
    public void Encode_then_Decode_returns_the_spans()
    {
        NerSpan[] spans = [new(0, 3, NerEntityKind.Person), new(4, 5, NerEntityKind.Location), new(6, 10, NerEntityKind.Organization)];
        var tags = new int[12];
        NerTagSet.Encode(spans, tags);
        Assert.Equal(spans, NerTagSet.Decode(tags));
        Assert.Equal(NerTagSet.Single(NerEntityKind.Location), tags[4]);
        Assert.Equal(NerTagSet.Outside, tags[11]);
    }

    [Fact]
    public void Only_valid_BIOES_transitions_are_allowed()
    {
        var bPer = NerTagSet.Begin(NerEntityKind.Person);
        Assert.True(NerTagSet.IsAllowed(-1, bPer));
        Assert.False(NerTagSet.IsAllowed(-1, NerTagSet.Inside(NerEntityKind.Person)));
        Assert.True(NerTagSet.IsAllowed(bPer, NerTagSet.End(NerEntityKind.Person)));
        Assert.False(NerTagSet.IsAllowed(bPer, NerTagSet.End(NerEntityKind.Location)));
        Assert.False(NerTagSet.IsAllowed(bPer, NerTagSet.Outside));
        Assert.False(NerTagSet.IsAllowedLast(bPer));
    }

    [Fact]
    public void ToBio_writes_B_and_I_tags()
    {
        var bio = NerTagSet.ToBio(5, [new NerSpan(1, 4, NerEntityKind.Organization)]);
        Assert.Equal(["O", "B-ORG", "I-ORG", "I-ORG", "O"], bio);
    }
}
