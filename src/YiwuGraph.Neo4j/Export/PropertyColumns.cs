using System.Globalization;
using YiwuGraph.Graph;

namespace YiwuGraph.Neo4j.Export;

/// <summary>The storable value types, and how a column holding several of them is unified.</summary>
internal enum ColumnType
{
    String,
    Long,
    Double,
    Boolean,
    StringArray,
    LongArray,
    DoubleArray,
    BooleanArray,
}

/// <summary>One property column of a file: its name and the one type every value in it is written as.</summary>
internal readonly record struct PropertyColumn(string Name, ColumnType Type)
{
    public bool IsArray => Type >= ColumnType.StringArray;

    /// <summary>The columns of a set of property maps, ordinal by name, each with a unified type.</summary>
    public static IReadOnlyList<PropertyColumn> Of(IEnumerable<IEnumerable<KeyValuePair<string, object?>>> rows, ISet<string>? skip = null)
    {
        var set = new PropertyColumnSet(skip);
        foreach (var row in rows)
        {
            set.Add(row);
        }

        return set.Columns();
    }

    public static ColumnType TypeOf(object value) => value switch
    {
        string => ColumnType.String,
        long => ColumnType.Long,
        double => ColumnType.Double,
        bool => ColumnType.Boolean,
        string[] => ColumnType.StringArray,
        long[] => ColumnType.LongArray,
        double[] => ColumnType.DoubleArray,
        bool[] => ColumnType.BooleanArray,
        _ => throw new ArgumentException($"{value.GetType().Name} is not a storable property type.", nameof(value)),
    };

    /// <summary>One type: integers widen to floats; any other mix is written as text.</summary>
    internal static ColumnType Unify(HashSet<ColumnType> set)
    {
        if (set.Count == 1)
        {
            return set.First();
        }

        if (set.SetEquals([ColumnType.Long, ColumnType.Double]))
        {
            return ColumnType.Double;
        }

        if (set.SetEquals([ColumnType.LongArray, ColumnType.DoubleArray]))
        {
            return ColumnType.DoubleArray;
        }

        return set.All(t => t >= ColumnType.StringArray) ? ColumnType.StringArray : ColumnType.String;
    }

    /// <summary>A scalar as text for a column of type <see cref="Type"/> (before any CSV or XML escaping).</summary>
    public static string Scalar(object value, ColumnType type) => (value, type) switch
    {
        (long l, ColumnType.Double or ColumnType.DoubleArray) => CypherLiteral.FormatDouble(l),
        (double d, _) => CypherLiteral.FormatDouble(d),
        (long l, _) => l.ToString(CultureInfo.InvariantCulture),
        (bool b, _) => b ? "true" : "false",
        (string s, _) => s,
        (Array a, _) => string.Join(",", a.Cast<object>().Select(x => Scalar(x, ColumnType.String))),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}

/// <summary>The columns of property maps seen one at a time (a streaming export sees each row once per pass).</summary>
internal sealed class PropertyColumnSet(ISet<string>? skip = null)
{
    private readonly SortedDictionary<string, HashSet<ColumnType>> types = new(StringComparer.Ordinal);

    public void Add(IEnumerable<KeyValuePair<string, object?>> row)
    {
        foreach (var (name, value) in row)
        {
            if (value is null || (skip?.Contains(name) ?? false))
            {
                continue;
            }

            if (!types.TryGetValue(name, out var set))
            {
                types[name] = set = [];
            }

            set.Add(PropertyColumn.TypeOf(value));
        }
    }

    /// <summary>Ordinal by name, each with its unified type.</summary>
    public IReadOnlyList<PropertyColumn> Columns() => types.Select(kv => new PropertyColumn(kv.Key, PropertyColumn.Unify(kv.Value))).ToList();
}
