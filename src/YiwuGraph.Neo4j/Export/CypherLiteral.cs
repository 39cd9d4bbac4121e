using System.Collections;
using System.Globalization;
using System.Text;
using YiwuGraph.Graph;
using YiwuGraph.Neo4j.Client;

namespace YiwuGraph.Neo4j.Export;

/// <summary>
/// Cypher literals for the offline script, where no parameters exist: strings quoted and escaped, floats that
/// stay floats, lists and maps. The only place values become Cypher text, and only for files, never for the loader.
/// </summary>
public static class CypherLiteral
{
    public static string Format(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    public static void Append(StringBuilder sb, object? value)
    {
        ArgumentNullException.ThrowIfNull(sb);
        switch (value)
        {
            case null: sb.Append("null"); break;
            case string s: AppendString(sb, s); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case long l when l == long.MinValue: sb.Append("(-9223372036854775807 - 1)"); break;
            case long l: sb.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case int i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case double d: sb.Append(FormatDouble(d)); break;
            case PropertyMap map: AppendMap(sb, map.Select(kv => new KeyValuePair<string, object?>(kv.Key, kv.Value))); break;
            case IReadOnlyDictionary<string, object?> dict: AppendMap(sb, dict); break;
            case IEnumerable items:
                sb.Append('[');
                var first = true;
                foreach (var item in items)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    Append(sb, item);
                }

                sb.Append(']');
                break;
            default: throw new ArgumentException($"A value of type {value.GetType().Name} has no Cypher literal.", nameof(value));
        }
    }

    /// <summary>A map key or other name: bare when it is a plain identifier, else quoted in backticks.</summary>
    public static string Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var plain = (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        return plain ? name : "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";
    }

    /// <summary>A float literal: shortest round-trip digits, always with a point or an exponent (no '+').</summary>
    public static string FormatDouble(double d) =>
        ParameterJson.FormatDouble(d).Replace("E+", "E", StringComparison.Ordinal);

    private static void AppendMap(StringBuilder sb, IEnumerable<KeyValuePair<string, object?>> entries)
    {
        sb.Append('{');
        var first = true;
        foreach (var (k, v) in entries)
        {
            if (!first)
            {
                sb.Append(", ");
            }

            first = false;
            sb.Append(Name(k)).Append(": ");
            Append(sb, v);
        }

        sb.Append('}');
    }

    private static void AppendString(StringBuilder sb, string s)
    {
        sb.Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                case < ' ' or '\u2028' or '\u2029' or '\u0085':
                    sb.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: sb.Append(c); break;
            }
        }

        sb.Append('\'');
    }
}
