using System.Collections;
using System.Globalization;

namespace YiwuGraph.Graph;

/// <summary>
/// Properties of a node or relationship, restricted to what Neo4j can store: strings, 64-bit integers,
/// doubles, booleans, and non-empty arrays of one of those. Keys iterate in ordinal order so output is deterministic.
/// </summary>
public sealed class PropertyMap : IEnumerable<KeyValuePair<string, object>>
{
    private readonly SortedDictionary<string, object> values = new(StringComparer.Ordinal);

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
    public void KeepLeast(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (GetString(key) is not { } existing || string.CompareOrdinal(value, existing) < 0)
        {
            Set(key, value);
        }
    }

    /// <summary>Keeps the greater (ordinal) of the stored string and <paramref name="value"/>: the latest ISO date seen.</summary>
    public void KeepGreatest(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (GetString(key) is not { } existing || string.CompareOrdinal(value, existing) > 0)
        {
            Set(key, value);
        }
    }

    /// <summary>Keeps the greater of the stored integer and <paramref name="value"/>: the largest count reported.</summary>
    public void KeepGreatest(string key, long value)
    {
        if (GetLong(key) is not { } existing || value > existing)
        {
            Set(key, value);
        }
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

        SetArray(key, set.ToArray());
    }

    public bool Remove(string key) => values.Remove(key);

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
        if (value is null)
        {
            values.Remove(key);
        }
        else
        {
            values[key] = value;
        }
    }
}
