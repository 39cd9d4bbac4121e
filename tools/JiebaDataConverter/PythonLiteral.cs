using System.Globalization;
using System.Text;

namespace YiwuGraph.Tools.JiebaDataConverter;

/// <summary>
/// A reader for the Python literals in jieba's model modules (<c>P={...}</c>): dicts, tuples, strings with
/// escapes, and floats. Dicts become lists of pairs (order kept), tuples become object lists.
/// </summary>
internal sealed class PythonLiteral
{
    private readonly string text;
    private int pos;

    private PythonLiteral(string text, int pos)
    {
        this.text = text;
        this.pos = pos;
    }

    /// <summary>Parses the value assigned to <c>P</c> in a jieba model module.</summary>
    public static object ParseAssignment(string source, string name = "P")
    {
        var marker = "\n" + name + "=";
        source = "\n" + source;
        var at = source.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new FormatException($"no '{name}=' assignment");
        }

        var parser = new PythonLiteral(source, at + marker.Length);
        return parser.Value();
    }

    private object Value()
    {
        Skip();
        var c = text[pos];
        return c switch
        {
            '{' => Dict(),
            '(' => Tuple(),
            '\'' or '"' => Str(),
            _ => Number(),
        };
    }

    private List<KeyValuePair<object, object>> Dict()
    {
        pos++;
        var items = new List<KeyValuePair<object, object>>();
        while (true)
        {
            Skip();
            if (text[pos] == '}')
            {
                pos++;
                return items;
            }

            var key = Value();
            Skip();
            Expect(':');
            var value = Value();
            items.Add(new(key, value));
            Skip();
            if (text[pos] == ',')
            {
                pos++;
            }
        }
    }

    private List<object> Tuple()
    {
        pos++;
        var items = new List<object>();
        while (true)
        {
            Skip();
            if (text[pos] == ')')
            {
                pos++;
                return items;
            }

            items.Add(Value());
            Skip();
            if (text[pos] == ',')
            {
                pos++;
            }
        }
    }

    private string Str()
    {
        var quote = text[pos++];
        var sb = new StringBuilder();
        while (text[pos] != quote)
        {
            var c = text[pos++];
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            var e = text[pos++];
            switch (e)
            {
                case 'u':
                    sb.Append((char)int.Parse(text.AsSpan(pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    pos += 4;
                    break;
                case 'U':
                    sb.Append(char.ConvertFromUtf32(int.Parse(text.AsSpan(pos, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    pos += 8;
                    break;
                case 'x':
                    sb.Append((char)int.Parse(text.AsSpan(pos, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    pos += 2;
                    break;
                case 'n':
                    sb.Append('\n');
                    break;
                case 't':
                    sb.Append('\t');
                    break;
                case 'r':
                    sb.Append('\r');
                    break;
                default:
                    sb.Append(e);
                    break;
            }
        }

        pos++;
        return sb.ToString();
    }

    private double Number()
    {
        var start = pos;
        while (pos < text.Length && "+-.0123456789eE".Contains(text[pos], StringComparison.Ordinal))
        {
            pos++;
        }

        return double.Parse(text.AsSpan(start, pos - start), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private void Skip()
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }
    }

    private void Expect(char c)
    {
        if (text[pos] != c)
        {
            throw new FormatException($"expected '{c}' at offset {pos}");
        }

        pos++;
    }
}
