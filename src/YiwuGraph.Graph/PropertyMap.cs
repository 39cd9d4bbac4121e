using System.Collections;
using System.Globalization;

namespace YiwuGraph.Graph;

/// <summary>
/// Properties of a node or relationship, restricted to what Neo4j can store: strings, 64-bit integers,
/// doubles, booleans, and non-empty arrays of one of those. Keys iterate in ordinal order so output is deterministic.
/// </summary>
/// <remarks>
/// A <see cref="Journaled"/> map also remembers how each property was written (assigned, added to as a set, or
/// merged as a probability), so that one article's map can later be folded into the corpus's exactly as the writes
/// would have been applied to it directly: see <see cref="Writes"/> and <see cref="Apply"/>.
/// </remarks>
public sealed class PropertyMap : IEnumerable<KeyValuePair<string, object>>
{
    private readonly SortedDictionary<string, object> values = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, JournalEntry>? journal;

    public PropertyMap()
    {
    }

    private PropertyMap(bool journaled)
    {
        journal = journaled ? new SortedDictionary<string, JournalEntry>(StringComparer.Ordinal) : null;
    }

    /// <summary>A map that records how each property is written (see <see cref="Writes"/>).</summary>
    public static PropertyMap Journaled() => new(journaled: true);

    public bool IsJournaled => journal is not null;

    /// <summary>
    /// What a journaled map's writes amount to, one per property name in ordinal order: the final value of an
    /// assigned property (null when it was cleared), the items added to a set-valued one, the sightings merged into
    /// a probability in the order they came. Empty for a map that is not journaled.
    /// </summary>
    public IEnumerable<PropertyWrite> Writes
    {
        get
        {
            if (journal is null)
            {
                yield break;
            }

            foreach (var (key, entry) in journal)
            {
                yield return entry.Kind switch
                {
                    PropertyWriteKind.NoisyOr => new PropertyWrite(key, entry.Kind, null, entry.Sightings!.ToArray()),
                    _ => new PropertyWrite(key, entry.Kind, values.GetValueOrDefault(key), null),
                };
            }
        }
    }

    /// <summary>Applies one write recorded by a journaled map, as the original write would have been applied here.</summary>
    public void Apply(PropertyWrite write)
    {
        switch (write.Kind)
        {
            case PropertyWriteKind.Assign when write.Value is null:
                Remove(write.Name);
                break;
            case PropertyWriteKind.Assign:
                SetRaw(write.Name, write.Value);
                break;
            case PropertyWriteKind.Union:
                AddToSet(write.Name, write.Value as string[] ?? []);
                break;
            case PropertyWriteKind.Least or PropertyWriteKind.Greatest when write.Value is not null:
                KeepExtreme(write.Name, write.Value, write.Kind);
                break;
            case PropertyWriteKind.NoisyOr:
                foreach (var sighting in write.Sightings ?? [])
                {
                    MergeProbability(write.Name, sighting);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(write), $"Unknown write kind {write.Kind}.");
        }
    }

    /// <summary>
    /// Merges another sighting of a probability as a noisy-or, 1 − (1 − p)(1 − q), rounded to 4 decimals at every
    /// step (so the result depends on the order of the sightings, which a fold therefore keeps).
    /// </summary>
    public void MergeProbability(string key, double sighting)
    {
        var current = GetDouble(key);
        var merged = current is null ? sighting : 1.0 - ((1.0 - current.Value) * (1.0 - sighting));
        values[key] = Math.Round(Math.Clamp(merged, 0.0, 1.0), 4);
        if (journal is null)
        {
            return;
        }

        // After an assignment in the same article the final value replaces whatever came before: keep it an assignment.
        if (!journal.TryGetValue(key, out var entry))
        {
            journal[key] = new JournalEntry(PropertyWriteKind.NoisyOr) { Sightings = [sighting] };
        }
        else if (entry.Kind == PropertyWriteKind.NoisyOr)
        {
            entry.Sightings!.Add(sighting);
        }
    }

    public int Count => values.Count;

    public IEnumerable<string> Keys => values.Keys;

    public object this[string key] => values[key];

    public bool ContainsKey(string key) => values.ContainsKey(key);

    public bool TryGetValue(string key, out object value) => values.TryGetValue(key, out value!);

    public string? GetString(string key) => values.TryGetValue(key, out var v) ? v as string : null;

    public long? GetLong(string key) => values.TryGetValue(key, out var v) && v is long l ? l : null;

    public double? GetDouble(string key) => values.TryGetValue(key, out var v) && v is double d ? d : null;

    public bool? GetBool(string key) => values.TryGetValue(key, out var v) && v is bool b ? b : null;

    public IReadOnlyList<string> GetStrings(string key) => values.TryGetValue(key, out var v) && v is string[] s ? s : [];

    public IReadOnlyList<long> GetLongs(string key) => values.TryGetValue(key, out var v) && v is long[] l ? l : [];

    public void Set(string key, string? value) => SetOrRemove(key, value);

    public void Set(string key, long value) => SetOrRemove(key, value);

    public void Set(string key, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), $"Property '{key}' must be finite.");
        }

        SetOrRemove(key, value);
    }

    public void Set(string key, bool value) => SetOrRemove(key, value);

    public void Set(string key, IEnumerable<string> value) => SetArray(key, value.ToArray());

    public void Set(string key, IEnumerable<long> value) => SetArray(key, value.ToArray());

    public void Set(string key, IEnumerable<double> value) => SetArray(key, value.ToArray());

    public void Set(string key, IEnumerable<bool> value) => SetArray(key, value.ToArray());

    /// <summary>Keeps the smaller (ordinal) of the stored string and <paramref name="value"/>: the earliest ISO date seen.</summary>
    public void KeepLeast(string key, string value) => KeepExtreme(key, value, PropertyWriteKind.Least);

    /// <summary>Keeps the greater (ordinal) of the stored string and <paramref name="value"/>: the latest ISO date seen.</summary>
    public void KeepGreatest(string key, string value) => KeepExtreme(key, value, PropertyWriteKind.Greatest);

    /// <summary>Keeps the greater of the stored integer and <paramref name="value"/>: the largest count reported.</summary>
    public void KeepGreatest(string key, long value) => KeepExtreme(key, value, PropertyWriteKind.Greatest);

    private void KeepExtreme(string key, object value, PropertyWriteKind kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        if (values.TryGetValue(key, out var existing) && !Beats(value, existing, kind))
        {
            return;
        }

        values[key] = value;
        if (journal is not null && !journal.ContainsKey(key))
        {
            // Only extremes so far: a fold keeps the extreme of every article's. After an assignment the final value
            // replaces what came before, as the assignment did.
            journal[key] = new JournalEntry(kind);
        }
    }

    /// <summary>Whether <paramref name="candidate"/> is more extreme than <paramref name="existing"/> (a value of another type always replaces it).</summary>
    private static bool Beats(object candidate, object existing, PropertyWriteKind kind)
    {
        var order = (candidate, existing) switch
        {
            (string a, string b) => string.CompareOrdinal(a, b),
            (long a, long b) => a.CompareTo(b),
            _ => kind == PropertyWriteKind.Least ? -1 : 1,
        };
        return kind == PropertyWriteKind.Least ? order < 0 : order > 0;
    }

    /// <summary>Sets a value already known to be of a storable type (used by readers and copies).</summary>
    public void SetRaw(string key, object value)
    {
        if (!IsStorable(value))
        {
            throw new ArgumentException($"Property '{key}' has a type Neo4j cannot store: {value.GetType().Name}.", nameof(value));
        }

        SetOrRemove(key, value);
    }

    /// <summary>Adds strings to a string-array property, keeping it sorted and distinct.</summary>
    public void AddToSet(string key, IEnumerable<string> items)
    {
        var set = new SortedSet<string>(GetStrings(key), StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!string.IsNullOrEmpty(item))
            {
                set.Add(item);
            }
        }

        StoreArray(key, set.ToArray());
        if (journal is not null && !journal.ContainsKey(key))
        {
            // Only additions so far: a fold unites them with what other articles added. After an assignment the
            // final value replaces what came before, as the assignment did.
            journal[key] = new JournalEntry(PropertyWriteKind.Union);
        }
    }

    public bool Remove(string key)
    {
        Journal(key);
        return values.Remove(key);
    }

    public PropertyMap Clone()
    {
        var copy = new PropertyMap();
        foreach (var (k, v) in values)
        {
            copy.values[k] = v is Array a ? (object)a.Clone() : v;
        }

        return copy;
    }

    public static bool IsStorable(object value) => value is string or long or double or bool
        or string[] or long[] or double[] or bool[];

    public static bool ValueEquals(object a, object b) => (a, b) switch
    {
        (string[] x, string[] y) => x.AsSpan().SequenceEqual(y),
        (long[] x, long[] y) => x.AsSpan().SequenceEqual(y),
        (double[] x, double[] y) => x.AsSpan().SequenceEqual(y),
        (bool[] x, bool[] y) => x.AsSpan().SequenceEqual(y),
        _ => a.Equals(b),
    };

    public bool ContentEquals(PropertyMap other) =>
        values.Count == other.values.Count
        && values.All(kv => other.values.TryGetValue(kv.Key, out var v) && ValueEquals(kv.Value, v));

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join(", ", values.Select(kv => $"{kv.Key}={Format(kv.Value)}"));

    private static string Format(object v) => v switch
    {
        Array a => "[" + string.Join(",", a.Cast<object>().Select(Format)) + "]",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private void SetArray<T>(string key, T[] array)
    {
        Journal(key);
        StoreArray(key, array);
    }

    private void Journal(string key)
    {
        if (journal is not null)
        {
            journal[key] = new JournalEntry(PropertyWriteKind.Assign);
        }
    }

    private void StoreArray<T>(string key, T[] array)
    {
        // Neo4j cannot type an empty array, and an absent property reads the same in Cypher: drop it.
        if (array.Length == 0)
        {
            values.Remove(key);
        }
        else
        {
            values[key] = array;
        }
    }

    private void SetOrRemove(string key, object? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        Journal(key);
        if (value is null)
        {
            values.Remove(key);
        }
        else
        {
            values[key] = value;
        }
    }

    private sealed class JournalEntry(PropertyWriteKind kind)
    {
        public PropertyWriteKind Kind { get; } = kind;

        public List<double>? Sightings { get; init; }
    }
}

/// <summary>How a property was written: assigned (the last write wins), added to as a set, merged as a probability, or kept as the least or greatest value.</summary>
public enum PropertyWriteKind : byte
{
    Assign,
    Union,
    NoisyOr,

    /// <summary>The least value any article wrote (ordinal for strings): an office's <c>since</c>.</summary>
    Least,

    /// <summary>The greatest value any article wrote: an office's <c>until</c>, a death toll.</summary>
    Greatest,
}

/// <summary>
/// One property's writes in one article, as a journaled <see cref="PropertyMap"/> recorded them: for
/// <see cref="PropertyWriteKind.Assign"/> the final value (null when cleared), for <see cref="PropertyWriteKind.Union"/>
/// the items, for <see cref="PropertyWriteKind.NoisyOr"/> the sightings in order.
/// </summary>
public sealed record PropertyWrite(string Name, PropertyWriteKind Kind, object? Value, double[]? Sightings);
