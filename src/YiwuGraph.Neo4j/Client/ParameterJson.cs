using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using YiwuGraph.Graph;

namespace YiwuGraph.Neo4j.Client;

/// <summary>
/// Writes Cypher parameters as plain JSON, the form both HTTP APIs accept: integers without a decimal point
/// (read as INTEGER), floats always with one (read as FLOAT), lists, and maps with string keys.
/// </summary>
internal static class ParameterJson
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static void WriteMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?>? parameters)
    {
        writer.WriteStartObject();
        if (parameters is not null)
        {
            foreach (var (name, value) in parameters)
            {
                writer.WritePropertyName(name);
                WriteValue(writer, value);
            }
        }

        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case long l: writer.WriteNumberValue(l); break;
            case int i: writer.WriteNumberValue(i); break;
            case double d: writer.WriteRawValue(FormatDouble(d), skipInputValidation: true); break;
            case string[] strings:
                writer.WriteStartArray();
                foreach (var item in strings)
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
                break;
            case long[] longs:
                writer.WriteStartArray();
                foreach (var item in longs)
                {
                    writer.WriteNumberValue(item);
                }

                writer.WriteEndArray();
                break;
            case PropertyMap map:
                writer.WriteStartObject();
                foreach (var (k, v) in map)
                {
                    writer.WritePropertyName(k);
                    WriteValue(writer, v);
                }

                writer.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> dict:
                WriteMap(writer, dict);
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A parameter of type {value.GetType().Name} cannot be sent to Neo4j.", nameof(value));
        }
    }

    /// <summary>Shortest round-trip form that always reads back as a float (keeps a '.' or an exponent).</summary>
    public static string FormatDouble(double d)
    {
        if (!double.IsFinite(d))
        {
            throw new ArgumentOutOfRangeException(nameof(d), "Neo4j parameters sent as JSON must be finite.");
        }

        var s = d.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.', StringComparison.Ordinal) || s.Contains('E', StringComparison.Ordinal) ? s : s + ".0";
    }
}
