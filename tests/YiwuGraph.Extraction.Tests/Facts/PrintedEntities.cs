using YiwuGraph.Core;
using YiwuGraph.Extraction.Facts;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>Entities for the fact readers' tests, placed where their names are printed.</summary>
internal static class PrintedEntities
{
    /// <summary>One entity per name, at the first place it is printed in <paramref name="text"/> (a name given again at the next), in text order.</summary>
    public static List<EntityRef> At(string text, params (EntityKind Kind, string Name)[] names)
    {
        // A name given twice is its first and second printing.
        var from = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. names.Select(n =>
        {
            var at = text.IndexOf(n.Name, from.GetValueOrDefault(n.Name), StringComparison.Ordinal);
            Assert.True(at >= 0, n.Name);
            from[n.Name] = at + n.Name.Length;
            return new EntityRef(n.Kind, n.Name, n.Name, new TextRange(at, at + n.Name.Length));
        }).OrderBy(e => e.Range.Start)];
    }
}
