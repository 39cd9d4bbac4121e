using System.Globalization;
using System.Text;
using System.Text.Json;
using YiwuGraph.Graph;

namespace YiwuGraph.Extraction.Tests.Facts;

/// <summary>Precision, recall and F1 of one category.</summary>
internal sealed record Score(string Category, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public Score Add(Score other) => this with
    {
        TruePositives = TruePositives + other.TruePositives,
        FalsePositives = FalsePositives + other.FalsePositives,
        FalseNegatives = FalseNegatives + other.FalseNegatives,
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Category,-14} P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})");
}

/// <summary>
/// Scores a built graph against the hand annotations of one seed page (<c>../shared/data/seed-gold</c>).
/// Matching rules: an entity matches when its name or an alias equals the gold name, an alias or an expanded
/// alias (NFKC, no spaces); gold items marked <c>uncertain</c> count neither as misses nor, when matched, as false
/// positives. Positions match on person, organisation (both null, or matching as entities, with
/// <c>org_as_written</c> and <c>tail_aliases</c> accepted) and title (equal, or one contains the other). Events
/// match on type (or <c>type_alt</c>) and name (one contains the other, an alias matches, or character-bigram
/// Dice ≥ 0.5). Participants match on event, entity and role. LOCATED_IN and PART_OF are scored together on
/// (head, tail) pairs; a place's own <c>part_of</c> field is accepted like an uncertain relation.
/// </summary>
internal sealed class SeedGoldScorer
{
    private readonly JsonElement gold;
    private readonly KnowledgeGraph graph;
    private readonly HashSet<string> articleKeys;
    private readonly List<string> notes = [];

    public SeedGoldScorer(string goldPath, KnowledgeGraph graph)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(goldPath));
        gold = doc.RootElement.Clone();
        this.graph = graph;
        var file = gold.GetProperty("file").GetString()!;
        articleKeys = graph.NodesWithLabel(NodeLabel.Article).Where(n => n.Properties.GetString("source") == file).Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Notes => notes;

    public IReadOnlyList<Score> ScoreAll()
    {
        var persons = Entities("persons", NodeLabel.Person);
        var orgs = Entities("organizations", NodeLabel.Organization);
        var places = Entities("places", NodeLabel.Place);
        var (events, participants) = Events();
        return [persons, orgs, places, Positions(), events, participants, Relations()];
    }

    private IEnumerable<GraphNode> PageNodes(NodeLabel label)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in graph.Relationships.Where(r => r.Type is RelationshipTypes.Mentions or RelationshipTypes.Wrote))
        {
            var article = r.Type == RelationshipTypes.Mentions ? r.Source : r.Target;
            var other = r.Type == RelationshipTypes.Mentions ? r.Target : r.Source;
            if (articleKeys.Contains(article))
            {
                keys.Add(other);
            }
        }

        return keys.Select(graph.GetNode).Where(n => n.Label == label).OrderBy(n => n.Key, StringComparer.Ordinal);
    }

    private static HashSet<string> Forms(GraphNode n)
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { Norm(n.Name) };
        foreach (var a in n.Properties.GetStrings("aliases"))
        {
            set.Add(Norm(a));
        }

        return set;
    }

    private static HashSet<string> Forms(JsonElement g)
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { Norm(g.GetProperty("name").GetString()!) };
        foreach (var key in new[] { "aliases", "expanded_aliases" })
        {
            if (g.TryGetProperty(key, out var arr) && arr.ValueKind == JsonValueKind.Array)
            {
                foreach (var a in arr.EnumerateArray())
                {
                    set.Add(Norm(a.GetString()!));
                }
            }
        }

        return set;
    }

    private static bool Uncertain(JsonElement g) => g.TryGetProperty("uncertain", out var u) && u.ValueKind == JsonValueKind.True;

    private Score Entities(string section, NodeLabel label)
    {
        var golds = gold.GetProperty(section).EnumerateArray().ToList();
        var predicted = PageNodes(label).ToList();
        var used = new HashSet<int>();
        int tp = 0, fp = 0;
        foreach (var p in predicted)
        {
            var forms = Forms(p);
            var match = golds.Select((g, i) => (g, i)).FirstOrDefault(x => !used.Contains(x.i) && Forms(x.g).Overlaps(forms));
            if (match.g.ValueKind == JsonValueKind.Undefined)
            {
                fp++;
                notes.Add($"{section} fp: {p.Name}");
                continue;
            }

            used.Add(match.i);
            if (!Uncertain(match.g))
            {
                tp++;
            }
        }

        var fn = golds.Select((g, i) => (g, i)).Where(x => !used.Contains(x.i) && !Uncertain(x.g)).ToList();
        notes.AddRange(fn.Select(x => $"{section} fn: {x.g.GetProperty("name").GetString()}"));
        return new Score(section, tp, fp, fn.Count);
    }

    /// <summary>Every form a gold organisation or place name may take on the page.</summary>
    private HashSet<string> GoldEntityForms(string name)
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { Norm(name) };
        foreach (var section in new[] { "organizations", "places" })
        {
            foreach (var g in gold.GetProperty(section).EnumerateArray())
            {
                var forms = Forms(g);
                if (forms.Contains(Norm(name)))
                {
                    set.UnionWith(forms);
                }
            }
        }

        return set;
    }

    private Score Positions()
    {
        var golds = new List<(string Person, string Title, HashSet<string>? Org)>();
        foreach (var p in gold.GetProperty("persons").EnumerateArray().Where(p => !Uncertain(p)))
        {
            foreach (var pos in p.GetProperty("positions").EnumerateArray())
            {
                var org = pos.TryGetProperty("org", out var o) && o.ValueKind == JsonValueKind.String ? GoldEntityForms(o.GetString()!) : null;
                if (org is not null && pos.TryGetProperty("org_as_written", out var w))
                {
                    org.Add(Norm(w.GetString()!));
                }

                golds.Add((Norm(p.GetProperty("name").GetString()!), Norm(pos.GetProperty("title").GetString()!), org));
            }
        }

        var predicted = new List<(string Person, string Title, HashSet<string>? Org)>();
        foreach (var r in graph.Relationships.Where(r => r.Type == RelationshipTypes.HoldsPosition && r.ArticleKeys.Any(articleKeys.Contains)))
        {
            predicted.Add((Norm(graph.GetNode(r.Source).Name), Norm(r.Properties.GetString("title")!), Forms(graph.GetNode(r.Target))));
        }

        foreach (var person in PageNodes(NodeLabel.Person))
        {
            predicted.AddRange(person.Properties.GetStrings("titles").Select(t => (Norm(person.Name), Norm(t), (HashSet<string>?)null)));
        }

        return Match("positions", golds, predicted, (g, p) => g.Person == p.Person
            && (g.Title == p.Title || g.Title.Contains(p.Title, StringComparison.Ordinal) || p.Title.Contains(g.Title, StringComparison.Ordinal))
            && (g.Org is null ? p.Org is null : p.Org is not null && g.Org.Overlaps(p.Org)), x => $"{x.Person} {x.Title} {(x.Org is null ? "-" : string.Join("/", x.Org.Order(StringComparer.Ordinal)))}");
    }

    private (Score Events, Score Participants) Events()
    {
        var golds = gold.GetProperty("events").EnumerateArray().ToList();
        var predicted = graph.Relationships.Where(r => r.Type == RelationshipTypes.ReportedIn && articleKeys.Contains(r.Target))
            .Select(r => graph.GetNode(r.Source)).DistinctBy(n => n.Key).ToList();
        var used = new Dictionary<int, GraphNode>();
        int tp = 0, fp = 0, ptp = 0, pfp = 0, pfn = 0;
        foreach (var e in predicted)
        {
            var match = golds.Select((g, i) => (g, i)).FirstOrDefault(x => !used.ContainsKey(x.i) && SameEvent(x.g, e));
            var parts = graph.InRelationships(e.Key).Where(r => r.Type == RelationshipTypes.ParticipatedIn)
                .Select(r => (Forms: Forms(graph.GetNode(r.Source)), Role: r.Properties.GetString("role")!, Name: graph.GetNode(r.Source).Name)).ToList();
            if (match.g.ValueKind == JsonValueKind.Undefined)
            {
                fp++;
                pfp += parts.Count;
                notes.Add($"events fp: {e.Properties.GetString("type")} {e.Name}");
                continue;
            }

            used.Add(match.i, e);
            notes.Add($"events match: {e.Properties.GetString("type")} {e.Name} [{e.Properties.GetString("dateText")} {e.Properties.GetString("date")}] ⇒ {match.g.GetProperty("name").GetString()}{(Uncertain(match.g) ? " (uncertain)" : string.Empty)}");
            if (Uncertain(match.g))
            {
                continue;
            }

            tp++;
            var goldParts = match.g.GetProperty("participants").EnumerateArray()
                .Select(p => (Forms: GoldParticipantForms(p.GetProperty("name").GetString()!), Role: p.GetProperty("role").GetString()!, Name: p.GetProperty("name").GetString()!)).ToList();
            var s = Match("participants", goldParts, parts, (g, p) => g.Role == p.Role && g.Forms.Overlaps(p.Forms), x => $"{e.Name}: {x.Name} {x.Role}");
            ptp += s.TruePositives;
            pfp += s.FalsePositives;
            pfn += s.FalseNegatives;
        }

        foreach (var (g, i) in golds.Select((g, i) => (g, i)).Where(x => !used.ContainsKey(x.i) && !Uncertain(x.g)))
        {
            notes.Add($"events fn: {g.GetProperty("type").GetString()} {g.GetProperty("name").GetString()}");
            pfn += g.GetProperty("participants").GetArrayLength();
        }

        var fn = golds.Select((g, i) => (g, i)).Count(x => !used.ContainsKey(x.i) && !Uncertain(x.g));
        return (new Score("events", tp, fp, fn), new Score("participants", ptp, pfp, pfn));
    }

    private HashSet<string> GoldParticipantForms(string name)
    {
        var set = GoldEntityForms(name);
        foreach (var p in gold.GetProperty("persons").EnumerateArray())
        {
            var forms = Forms(p);
            if (forms.Contains(Norm(name)))
            {
                set.UnionWith(forms);
            }
        }

        return set;
    }

    private static bool SameEvent(JsonElement g, GraphNode e)
    {
        var type = e.Properties.GetString("type");
        var typeOk = g.GetProperty("type").GetString() == type || (g.TryGetProperty("type_alt", out var alt) && alt.GetString() == type);
        if (!typeOk)
        {
            return false;
        }

        var name = Norm(e.Name);
        var names = new List<string> { Norm(g.GetProperty("name").GetString()!) };
        if (g.TryGetProperty("aliases", out var aliases))
        {
            names.AddRange(aliases.EnumerateArray().Select(a => Norm(a.GetString()!)));
        }

        return names.Any(n => n.Contains(name, StringComparison.Ordinal) || name.Contains(n, StringComparison.Ordinal) || Dice(n, name) >= 0.5);
    }

    private Score Relations()
    {
        var golds = gold.GetProperty("relations").EnumerateArray()
            .Where(r => r.GetProperty("type").GetString() is "LOCATED_IN" or "PART_OF")
            .Select(r => (Head: GoldParticipantForms(r.GetProperty("head").GetString()!), Tail: TailForms(r), Uncertain: Uncertain(r), Text: $"{r.GetProperty("head").GetString()}→{r.GetProperty("tail").GetString()}"))
            .ToList();

        // A place's own part_of ("where the text states it or it is obvious") is accepted but not required.
        foreach (var p in gold.GetProperty("places").EnumerateArray())
        {
            if (p.TryGetProperty("part_of", out var parent) && parent.ValueKind == JsonValueKind.String)
            {
                golds.Add((Forms(p), GoldParticipantForms(parent.GetString()!), true, $"{p.GetProperty("name").GetString()}→{parent.GetString()}"));
            }
        }
        var predicted = graph.Relationships.Where(r => r.Type is RelationshipTypes.LocatedIn or RelationshipTypes.PartOf && r.ArticleKeys.Any(articleKeys.Contains))
            .Select(r => (Head: Forms(graph.GetNode(r.Source)), Tail: Forms(graph.GetNode(r.Target)), Text: $"{graph.GetNode(r.Source).Name}→{graph.GetNode(r.Target).Name}"))
            .ToList();
        var used = new HashSet<int>();
        int tp = 0, fp = 0;
        foreach (var p in predicted)
        {
            var i = golds.FindIndex(g => !used.Contains(golds.IndexOf(g)) && g.Head.Overlaps(p.Head) && g.Tail.Overlaps(p.Tail));
            if (i < 0)
            {
                fp++;
                notes.Add($"relations fp: {p.Text}");
                continue;
            }

            used.Add(i);
            tp += golds[i].Uncertain ? 0 : 1;
        }

        var misses = golds.Where((g, i) => !used.Contains(i) && !g.Uncertain).ToList();
        notes.AddRange(misses.Select(g => $"relations fn: {g.Text}"));
        return new Score("located/part", tp, fp, misses.Count);
    }

    private HashSet<string> TailForms(JsonElement r)
    {
        var set = GoldParticipantForms(r.GetProperty("tail").GetString()!);
        if (r.TryGetProperty("tail_aliases", out var t))
        {
            set.UnionWith(t.EnumerateArray().Select(a => Norm(a.GetString()!)));
        }

        return set;
    }

    private Score Match<T>(string category, List<T> golds, List<T> predicted, Func<T, T, bool> same, Func<T, string> show)
    {
        var used = new HashSet<int>();
        var tp = 0;
        var fp = 0;
        foreach (var p in predicted)
        {
            var i = Enumerable.Range(0, golds.Count).FirstOrDefault(i => !used.Contains(i) && same(golds[i], p), -1);
            if (i < 0)
            {
                fp++;
                notes.Add($"{category} fp: {show(p)}");
                continue;
            }

            used.Add(i);
            tp++;
        }

        var fn = Enumerable.Range(0, golds.Count).Where(i => !used.Contains(i)).ToList();
        notes.AddRange(fn.Select(i => $"{category} fn: {show(golds[i])}"));
        return new Score(category, tp, fp, fn.Count);
    }

    private static double Dice(string a, string b)
    {
        static HashSet<string> Bigrams(string s) => Enumerable.Range(0, Math.Max(0, s.Length - 1)).Select(i => s.Substring(i, 2)).ToHashSet(StringComparer.Ordinal);
        var x = Bigrams(a);
        var y = Bigrams(b);
        return x.Count + y.Count == 0 ? 0 : 2.0 * x.Count(y.Contains) / (x.Count + y.Count);
    }

    public static string Norm(string s)
    {
        var n = s.Normalize(NormalizationForm.FormKC);
        return new string(n.Where(c => !char.IsWhiteSpace(c)).ToArray());
    }
}
