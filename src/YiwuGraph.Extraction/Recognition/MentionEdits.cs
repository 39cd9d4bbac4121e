using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Recognition;

/// <summary>
/// Edits of an article's mentions by index, for the rules that correct the arbiter's mentions one at a time. The list is
/// copied at the first edit, so a rule that changes nothing hands back the very list it was given and allocates
/// nothing. The mentions given are never changed: a rule reads its neighbours as found.
/// </summary>
internal sealed class MentionEdits(IReadOnlyList<FactMention> mentions)
{
    private FactMention?[]? edited;

    /// <summary>Puts <paramref name="mention"/> in the place of the mention at <paramref name="index"/>.</summary>
    public void Replace(int index, FactMention mention) => Edited()[index] = mention;

    /// <summary>Leaves the mention at <paramref name="index"/> out.</summary>
    public void Drop(int index) => Edited()[index] = null;

    /// <summary>The mentions as edited, in their order; the list given when nothing was edited.</summary>
    public IReadOnlyList<FactMention> Result()
    {
        if (edited is null)
        {
            return mentions;
        }

        var result = new List<FactMention>(edited.Length);
        foreach (var m in edited)
        {
            if (m is { } kept)
            {
                result.Add(kept);
            }
        }

        return result;
    }

    private FactMention?[] Edited()
    {
        if (edited is null)
        {
            edited = new FactMention?[mentions.Count];
            for (var i = 0; i < mentions.Count; i++)
            {
                edited[i] = mentions[i];
            }
        }

        return edited;
    }
}
