using YiwuGraph.Graph;

namespace YiwuGraph.Neo4j.Tests.Support;

/// <summary>
/// Graphs drawn at random from a seed, for checking that streamed exports write what in-memory ones do: every
/// label, several relationship types each between several pairs of labels (so the groups of one type interleave in
/// canonical order), property names whose values change type from node to node (so columns unify), arrays, and
/// strings with quotes, backslashes, line breaks, control characters and characters outside the BMP.
/// </summary>
internal static class RandomGraphs
{
    private static readonly string[] Types =
    [
        RelationshipTypes.Mentions, RelationshipTypes.HoldsPosition, RelationshipTypes.PartOf, RelationshipTypes.LocatedIn, "CUSTOM_LINK",
    ];

    private static readonly string[] Pieces =
    [
        "义乌", "市", "经信局", "叶", "Anna", "O'Neil", "a\"b", "back\\slash", "line\nbreak", "cr\rhere", "tab\there", "\u0001ctl",
        "\u2028sep", "<&>", "😀", "`tick`", "  ", "Ｆｕｌｌ",
    ];

    private static readonly string[] PropertyNames = ["title", "aliases", "mixed", "score", "flags", "counts", "weird name", "back`tick", "ratio", "note"];

    /// <param name="seed">The draw; the same seed always gives the same graph.</param>
    /// <param name="nodes">How many nodes to draw (keys that repeat are drawn once).</param>
    /// <param name="relationships">How many relationships to draw (keys that repeat gather more evidence).</param>
    public static KnowledgeGraph Draw(int seed, int nodes, int relationships)
    {
        var random = new Random(seed);
        var g = new KnowledgeGraph();
        var keys = new List<string>();
        for (var i = 0; i < nodes; i++)
        {
            var label = NodeLabels.All[random.Next(NodeLabels.All.Count)];
            var name = Text(random) + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var node = g.GetOrAddNode(NodeKeys.Create(label, name), label);
            node.Properties.Set("name", name);
            for (var p = random.Next(4); p > 0; p--)
            {
                SetRandom(random, node.Properties);
            }

            keys.Add(node.Key);
        }

        for (var i = 0; i < relationships && keys.Count > 0; i++)
        {
            var type = Types[random.Next(Types.Length)];
            var discriminator = random.Next(5) == 0 ? Text(random) : null;
            var r = g.GetOrAddRelationship(type, keys[random.Next(keys.Count)], keys[random.Next(keys.Count)], discriminator);
            if (random.Next(3) == 0)
            {
                SetRandom(random, r.Properties);
            }

            if (random.Next(4) == 0)
            {
                r.Confidence = Math.Round(random.NextDouble(), 3);
            }

            for (var e = random.Next(3); e > 0; e--)
            {
                var start = random.Next(500);
                r.AddEvidence(new Evidence(keys[random.Next(keys.Count)], $"{random.Next(4):D3}.txt", start, start + 1 + random.Next(40), Text(random)));
            }
        }

        return g;
    }

    private static void SetRandom(Random random, PropertyMap properties)
    {
        var name = PropertyNames[random.Next(PropertyNames.Length)];
        switch (random.Next(8))
        {
            case 0: properties.Set(name, Text(random)); break;
            case 1: properties.Set(name, (long)random.Next(-1000, 1000)); break;
            case 2: properties.Set(name, random.Next(3) == 0 ? 1.0 : Math.Round(random.NextDouble() * Math.Pow(10, random.Next(-8, 22)), 6)); break;
            case 3: properties.Set(name, random.Next(2) == 0); break;
            case 4: properties.Set(name, Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Text(random))); break;
            case 5: properties.Set(name, Enumerable.Range(0, 1 + random.Next(3)).Select(_ => (long)random.Next(100))); break;
            case 6: properties.Set(name, Enumerable.Range(0, 1 + random.Next(3)).Select(_ => random.NextDouble())); break;
            default: properties.Set(name, Enumerable.Range(0, 1 + random.Next(3)).Select(_ => random.Next(2) == 0)); break;
        }
    }

    private static string Text(Random random) =>
        string.Concat(Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Pieces[random.Next(Pieces.Length)]));
}
