using YiwuGraph.Core;

namespace YiwuGraph.Graph.Storage;

/// <summary>
/// The binary form of contributions in sorted runs and shard graphs: a section is a record count then the records;
/// strings are length-prefixed UTF-8 (<see cref="BinaryWriter.Write(string)"/>), values tagged by type. Private to
/// the build and the merge, which always come from the same version; a shard file carries a format version.
/// </summary>
public static class ContributionCodec
{
    /// <summary>How often, in bytes read, <see cref="ReadSection{T}"/> reports progress: often enough for a display, rarely enough to cost nothing.</summary>
    public const long ReportEveryBytes = 1 << 20;

    private enum Tag : byte
    {
        Null,
        String,
        Long,
        Double,
        Bool,
        Strings,
        Longs,
        Doubles,
        Bools,
    }

    public static void Write(BinaryWriter writer, NodeContribution node)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(node);
        writer.Write((byte)node.Label);
        writer.Write(node.Key);
        WriteOrder(writer, node.Order);
        WriteWrites(writer, node.Writes);
    }

    public static void Write(BinaryWriter writer, RelationshipContribution relationship)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(relationship);
        writer.Write(relationship.Type);
        writer.Write(relationship.Source);
        writer.Write(relationship.Target);
        writer.Write(relationship.Discriminator is not null);
        if (relationship.Discriminator is not null)
        {
            writer.Write(relationship.Discriminator);
        }

        WriteOrder(writer, relationship.Order);
        WriteWrites(writer, relationship.Writes);
        writer.Write7BitEncodedInt(relationship.Evidence.Count);
        foreach (var e in relationship.Evidence)
        {
            writer.Write(e.ArticleKey);
            writer.Write(e.Source);
            writer.Write7BitEncodedInt(e.Start);
            writer.Write7BitEncodedInt(e.End);
            writer.Write(e.Snippet);
        }
    }

    public static NodeContribution ReadNode(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var label = (NodeLabel)reader.ReadByte();
        if (!Enum.IsDefined(label))
        {
            throw new InvalidDataException($"Unknown node label {(int)label}.");
        }

        var key = reader.ReadString();
        var order = ReadOrder(reader);
        return new NodeContribution(label, key, order, ReadWrites(reader));
    }

    public static RelationshipContribution ReadRelationship(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var type = reader.ReadString();
        var source = reader.ReadString();
        var target = reader.ReadString();
        var discriminator = reader.ReadBoolean() ? reader.ReadString() : null;
        var order = ReadOrder(reader);
        var writes = ReadWrites(reader);
        var count = reader.Read7BitEncodedInt();
        var evidence = new Evidence[count];
        for (var i = 0; i < count; i++)
        {
            var article = reader.ReadString();
            var file = reader.ReadString();
            var start = reader.Read7BitEncodedInt();
            var end = reader.Read7BitEncodedInt();
            evidence[i] = new Evidence(article, file, start, end, reader.ReadString());
        }

        return new RelationshipContribution(type, source, target, discriminator, order, writes, evidence);
    }

    /// <summary>Writes a section: the count, then the records.</summary>
    public static void WriteSection<T>(BinaryWriter writer, IReadOnlyCollection<T> records, Action<BinaryWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(write);
        writer.Write((long)records.Count);
        foreach (var r in records)
        {
            write(writer, r);
        }
    }

    /// <summary>
    /// Streams the section that starts at <paramref name="offset"/> of <paramref name="path"/>; the file stays open
    /// only while enumerating. A truncated or corrupt file is a <see cref="DataFormatException"/> naming it.
    /// <paramref name="bytesRead"/>, when given, is told the bytes read since it was last told, every
    /// <see cref="ReportEveryBytes"/> or so and once at the end of the section.
    /// </summary>
    public static IEnumerable<T> ReadSection<T>(string path, long offset, Func<BinaryReader, T> read, IProgress<long>? bytesRead = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        stream.Position = offset;
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: false);
        long count;
        try
        {
            count = reader.ReadInt64();
        }
        catch (EndOfStreamException)
        {
            throw new DataFormatException(path, 0, "truncated: no section header");
        }

        var reported = offset;
        for (var i = 0L; i < count; i++)
        {
            T item;
            try
            {
                item = read(reader);
            }
            catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or FormatException or ArgumentException)
            {
                throw new DataFormatException(path, 0, $"record {i + 1} of {count} unreadable ({ex.Message})");
            }

            if (bytesRead is not null && stream.Position - reported >= ReportEveryBytes)
            {
                bytesRead.Report(stream.Position - reported);
                reported = stream.Position;
            }

            yield return item;
        }

        if (bytesRead is not null && stream.Position > reported)
        {
            bytesRead.Report(stream.Position - reported);
        }
    }

    /// <summary>A rough size in memory of a contribution, to bound the buffer a spill sorts.</summary>
    public static long EstimateSize(NodeContribution node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return 96 + (2L * node.Key.Length) + EstimateSize(node.Writes);
    }

    /// <inheritdoc cref="EstimateSize(NodeContribution)"/>
    public static long EstimateSize(RelationshipContribution relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var size = 160 + (2L * (relationship.Key.Length + relationship.Source.Length + relationship.Target.Length)) + EstimateSize(relationship.Writes);
        foreach (var e in relationship.Evidence)
        {
            // The article key and the source are shared with the node records; the snippet is the evidence's own.
            size += 48 + (2L * e.Snippet.Length);
        }

        return size;
    }

    private static long EstimateSize(IReadOnlyList<PropertyWrite> writes)
    {
        var size = 32L;
        foreach (var w in writes)
        {
            size += 48 + w.Value switch
            {
                string s => 24 + (2L * s.Length),
                string[] a => 24 + a.Sum(s => 32 + (2L * s.Length)),
                Array a => 24 + (8L * a.Length),
                null => 8L * (w.Sightings?.Length ?? 0),
                _ => 24,
            };
        }

        return size;
    }

    private static void WriteOrder(BinaryWriter writer, ArticleOrder order)
    {
        writer.Write7BitEncodedInt(order.File);
        writer.Write7BitEncodedInt(order.Article);
    }

    private static ArticleOrder ReadOrder(BinaryReader reader) => new(reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());

    private static void WriteWrites(BinaryWriter writer, IReadOnlyList<PropertyWrite> writes)
    {
        writer.Write7BitEncodedInt(writes.Count);
        foreach (var w in writes)
        {
            writer.Write(w.Name);
            writer.Write((byte)w.Kind);
            if (w.Kind == PropertyWriteKind.NoisyOr)
            {
                var sightings = w.Sightings ?? [];
                writer.Write7BitEncodedInt(sightings.Length);
                foreach (var s in sightings)
                {
                    writer.Write(s);
                }
            }
            else
            {
                WriteValue(writer, w.Value);
            }
        }
    }

    private static PropertyWrite[] ReadWrites(BinaryReader reader)
    {
        var count = reader.Read7BitEncodedInt();
        var writes = new PropertyWrite[count];
        for (var i = 0; i < count; i++)
        {
            var name = reader.ReadString();
            var kind = (PropertyWriteKind)reader.ReadByte();
            if (kind == PropertyWriteKind.NoisyOr)
            {
                var sightings = new double[reader.Read7BitEncodedInt()];
                for (var j = 0; j < sightings.Length; j++)
                {
                    sightings[j] = reader.ReadDouble();
                }

                writes[i] = new PropertyWrite(name, kind, null, sightings);
            }
            else if (kind is PropertyWriteKind.Assign or PropertyWriteKind.Union or PropertyWriteKind.Least or PropertyWriteKind.Greatest)
            {
                writes[i] = new PropertyWrite(name, kind, ReadValue(reader), null);
            }
            else
            {
                throw new InvalidDataException($"Unknown property write kind {(int)kind}.");
            }
        }

        return writes;
    }

    private static void WriteValue(BinaryWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.Write((byte)Tag.Null); break;
            case string s: writer.Write((byte)Tag.String); writer.Write(s); break;
            case long l: writer.Write((byte)Tag.Long); writer.Write(l); break;
            case double d: writer.Write((byte)Tag.Double); writer.Write(d); break;
            case bool b: writer.Write((byte)Tag.Bool); writer.Write(b); break;
            case string[] a:
                writer.Write((byte)Tag.Strings);
                writer.Write7BitEncodedInt(a.Length);
                foreach (var s in a)
                {
                    writer.Write(s);
                }

                break;
            case long[] a:
                writer.Write((byte)Tag.Longs);
                writer.Write7BitEncodedInt(a.Length);
                foreach (var l in a)
                {
                    writer.Write(l);
                }

                break;
            case double[] a:
                writer.Write((byte)Tag.Doubles);
                writer.Write7BitEncodedInt(a.Length);
                foreach (var d in a)
                {
                    writer.Write(d);
                }

                break;
            case bool[] a:
                writer.Write((byte)Tag.Bools);
                writer.Write7BitEncodedInt(a.Length);
                foreach (var b in a)
                {
                    writer.Write(b);
                }

                break;
            default: throw new InvalidOperationException($"Unstorable property value of type {value.GetType().Name}.");
        }
    }

    private static object? ReadValue(BinaryReader reader)
    {
        var tag = (Tag)reader.ReadByte();
        switch (tag)
        {
            case Tag.Null: return null;
            case Tag.String: return reader.ReadString();
            case Tag.Long: return reader.ReadInt64();
            case Tag.Double: return reader.ReadDouble();
            case Tag.Bool: return reader.ReadBoolean();
            case Tag.Strings:
                {
                    var a = new string[reader.Read7BitEncodedInt()];
                    for (var i = 0; i < a.Length; i++)
                    {
                        a[i] = reader.ReadString();
                    }

                    return a;
                }

            case Tag.Longs:
                {
                    var a = new long[reader.Read7BitEncodedInt()];
                    for (var i = 0; i < a.Length; i++)
                    {
                        a[i] = reader.ReadInt64();
                    }

                    return a;
                }

            case Tag.Doubles:
                {
                    var a = new double[reader.Read7BitEncodedInt()];
                    for (var i = 0; i < a.Length; i++)
                    {
                        a[i] = reader.ReadDouble();
                    }

                    return a;
                }

            case Tag.Bools:
                {
                    var a = new bool[reader.Read7BitEncodedInt()];
                    for (var i = 0; i < a.Length; i++)
                    {
                        a[i] = reader.ReadBoolean();
                    }

                    return a;
                }

            default: throw new InvalidDataException($"Unknown value tag {(int)tag}.");
        }
    }
}
