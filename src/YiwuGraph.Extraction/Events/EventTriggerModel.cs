using System.IO.Compression;
using System.Text;
using YiwuGraph.Core;

namespace YiwuGraph.Extraction.Events;

/// <summary>
/// The trained trigger labeller: per-character weights of the BIOES tags, tag transitions, and the weights of the
/// type classifier (sparse: one row per feature, only the types it moved). Weights are stored as 16-bit integers
/// with one scale per table, keys sorted and delta-coded, the whole file Brotli-compressed, so the same training
/// gives the same bytes. <see cref="Provenance"/> says what the model was trained on.
/// </summary>
public sealed class EventTriggerModel
{
    private const string Magic = "YGEV";
    private const int FormatVersion = 2;

    private readonly TriggerWeightTable tagTable;
    private readonly FeatureIndex typeIndex;

    public EventTriggerModel(
        string provenance, TriggerLexicon lexicon, float[] transitions, ulong[] tagKeys, float[] tagWeights, string[] typeLabels,
        ulong[] typeKeys, int[] typeOffsets, byte[] typeClasses, float[] typeWeights, EventRoleModel? roles = null)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(transitions);
        ArgumentNullException.ThrowIfNull(tagKeys);
        ArgumentNullException.ThrowIfNull(tagWeights);
        ArgumentNullException.ThrowIfNull(typeLabels);
        ArgumentNullException.ThrowIfNull(typeKeys);
        ArgumentNullException.ThrowIfNull(typeOffsets);
        ArgumentNullException.ThrowIfNull(typeClasses);
        ArgumentNullException.ThrowIfNull(typeWeights);
        if (transitions.Length != (TriggerTags.Count + 1) * TriggerTags.Count || tagWeights.Length != tagKeys.Length * TriggerTags.Count
            || typeOffsets.Length != typeKeys.Length + 1 || typeClasses.Length != typeWeights.Length || typeLabels.Length > byte.MaxValue)
        {
            throw new ArgumentException("Inconsistent event model tables.");
        }

        Provenance = provenance;
        Lexicon = lexicon;
        Transitions = transitions;
        TagKeys = tagKeys;
        TagWeights = tagWeights;
        TypeLabels = typeLabels;
        TypeKeys = typeKeys;
        TypeOffsets = typeOffsets;
        TypeClasses = typeClasses;
        TypeWeights = typeWeights;
        Roles = roles;
        tagTable = new TriggerWeightTable(tagKeys, tagWeights);
        typeIndex = new FeatureIndex(typeKeys);
    }

    /// <summary>What the model was trained on and how (data, parts, epochs), as written by the trainer.</summary>
    public string Provenance { get; }

    /// <summary>The trigger words of the training data with their counts.</summary>
    public TriggerLexicon Lexicon { get; }

    public float[] Transitions { get; }

    public ulong[] TagKeys { get; }

    public float[] TagWeights { get; }

    /// <summary>The fine types the classifier chooses from, in class order.</summary>
    public string[] TypeLabels { get; }

    public ulong[] TypeKeys { get; }

    public int[] TypeOffsets { get; }

    public byte[] TypeClasses { get; }

    public float[] TypeWeights { get; }

    /// <summary>The argument role labeller trained with the triggers, or null for a model of triggers alone.</summary>
    public EventRoleModel? Roles { get; }

    /// <summary>This model with <paramref name="roles"/> as its argument role labeller.</summary>
    public EventTriggerModel WithRoles(EventRoleModel roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return new EventTriggerModel(Provenance, Lexicon, Transitions, TagKeys, TagWeights, TypeLabels, TypeKeys, TypeOffsets, TypeClasses, TypeWeights, roles);
    }

    /// <summary>
    /// This model without the tag rows whose weights are all smaller than <paramref name="threshold"/> in absolute
    /// value: such a feature rarely changes a tag, and every row left out makes the table the labeller reads smaller.
    /// </summary>
    public EventTriggerModel WithoutWeakTagRows(float threshold)
    {
        var keys = new List<ulong>(TagKeys.Length);
        var weights = new List<float>(TagWeights.Length);
        for (var row = 0; row < TagKeys.Length; row++)
        {
            var w = TagWeights.AsSpan(row * TriggerTags.Count, TriggerTags.Count);
            var largest = 0f;
            foreach (var v in w)
            {
                largest = Math.Max(largest, Math.Abs(v));
            }

            if (largest >= threshold)
            {
                keys.Add(TagKeys[row]);
                weights.AddRange(w);
            }
        }

        return new EventTriggerModel(Provenance, Lexicon, Transitions, [.. keys], [.. weights], TypeLabels, TypeKeys, TypeOffsets, TypeClasses, TypeWeights, Roles);
    }

    /// <summary>Adds the tag weights of <paramref name="key"/> to <paramref name="scores"/> (length <see cref="TriggerTags.Count"/>).</summary>
    public void AddTagWeights(ulong key, Span<float> scores) => tagTable.AddTo(key, scores);

    /// <summary>Hints the CPU to load where the tag weights of <paramref name="key"/> are, ahead of <see cref="AddTagWeights"/>.</summary>
    internal void PrefetchTagWeights(ulong key) => tagTable.Prefetch(key);

    /// <summary>Adds the type weights of <paramref name="key"/> to <paramref name="scores"/> (one per type label).</summary>
    public void AddTypeWeights(ulong key, Span<float> scores)
    {
        var i = typeIndex.RowOf(key);
        if (i >= 0)
        {
            for (var j = TypeOffsets[i]; j < TypeOffsets[i + 1]; j++)
            {
                scores[TypeClasses[j]] += TypeWeights[j];
            }
        }
    }

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        w.Write(Encoding.ASCII.GetBytes(Magic));
        w.Write(FormatVersion);
        w.Write(TriggerFeatures.TemplateVersion);
        w.Write(Provenance);
        w.Write(Lexicon.Count);
        foreach (var (word, counts) in Lexicon.Entries)
        {
            w.Write(word);
            w.Write7BitEncodedInt(counts.Triggers);
            w.Write7BitEncodedInt(counts.Occurrences);
        }

        foreach (var t in Transitions)
        {
            w.Write(t);
        }

        var tagScale = Scale(TagWeights);
        w.Write(tagScale);
        w.Write(TagKeys.Length);
        WriteKeys(w, TagKeys);
        foreach (var v in TagWeights)
        {
            w.Write(Quantize(v, tagScale));
        }

        w.Write((byte)TypeLabels.Length);
        foreach (var label in TypeLabels)
        {
            w.Write(label);
        }

        var typeScale = Scale(TypeWeights);
        w.Write(typeScale);
        w.Write(TypeKeys.Length);
        WriteKeys(w, TypeKeys);
        for (var i = 0; i < TypeKeys.Length; i++)
        {
            w.Write7BitEncodedInt(TypeOffsets[i + 1] - TypeOffsets[i]);
        }

        w.Write(TypeClasses);
        foreach (var v in TypeWeights)
        {
            w.Write(Quantize(v, typeScale));
        }

        w.Write(Roles is not null);
        if (Roles is not null)
        {
            w.Write((byte)Roles.Labels.Length);
            foreach (var label in Roles.Labels)
            {
                w.Write(label);
            }

            w.Write(Roles.Bias);
            var roleScale = Scale(Roles.Weights);
            w.Write(roleScale);
            w.Write(Roles.Keys.Length);
            WriteKeys(w, Roles.Keys);
            for (var i = 0; i < Roles.Keys.Length; i++)
            {
                w.Write7BitEncodedInt(Roles.Offsets[i + 1] - Roles.Offsets[i]);
            }

            w.Write(Roles.Classes);
            foreach (var v in Roles.Weights)
            {
                w.Write(Quantize(v, roleScale));
            }
        }
    }

    public static EventTriggerModel Load(Stream stream, string sourceName = "event model")
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var r = new BinaryReader(brotli, Encoding.UTF8, leaveOpen: true);
            if (Encoding.ASCII.GetString(r.ReadBytes(4)) != Magic)
            {
                throw new ResourceLoadException(sourceName, "not an event model");
            }

            var version = r.ReadInt32();
            var templates = r.ReadInt32();
            // Format 1 is format 2 without the role labeller.
            if (version is < 1 or > FormatVersion || templates != TriggerFeatures.TemplateVersion)
            {
                throw new ResourceLoadException(sourceName, $"format {version}/templates {templates}, this version reads {FormatVersion}/{TriggerFeatures.TemplateVersion}; retrain with 'yiwugraph train-events'");
            }

            var provenance = r.ReadString();
            var words = new List<KeyValuePair<string, (int, int)>>();
            for (var i = r.ReadInt32(); i > 0; i--)
            {
                words.Add(KeyValuePair.Create(r.ReadString(), (r.Read7BitEncodedInt(), r.Read7BitEncodedInt())));
            }

            var transitions = new float[(TriggerTags.Count + 1) * TriggerTags.Count];
            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] = r.ReadSingle();
            }

            var tagScale = r.ReadSingle();
            var tagKeys = ReadKeys(r, r.ReadInt32());
            var tagWeights = new float[tagKeys.Length * TriggerTags.Count];
            for (var i = 0; i < tagWeights.Length; i++)
            {
                tagWeights[i] = r.ReadInt16() * tagScale;
            }

            var labels = new string[r.ReadByte()];
            for (var i = 0; i < labels.Length; i++)
            {
                labels[i] = r.ReadString();
            }

            var typeScale = r.ReadSingle();
            var typeKeys = ReadKeys(r, r.ReadInt32());
            var offsets = new int[typeKeys.Length + 1];
            for (var i = 0; i < typeKeys.Length; i++)
            {
                offsets[i + 1] = offsets[i] + r.Read7BitEncodedInt();
            }

            var classes = r.ReadBytes(offsets[^1]);
            var typeWeights = new float[classes.Length];
            for (var i = 0; i < typeWeights.Length; i++)
            {
                typeWeights[i] = r.ReadInt16() * typeScale;
            }

            if (classes.Length != offsets[^1] || classes.Any(c => c >= labels.Length))
            {
                throw new ResourceLoadException(sourceName, "truncated or corrupt type table");
            }

            EventRoleModel? roles = null;
            if (version >= 2 && r.ReadBoolean())
            {
                var roleLabels = new string[r.ReadByte()];
                for (var i = 0; i < roleLabels.Length; i++)
                {
                    roleLabels[i] = r.ReadString();
                }

                var roleBias = r.ReadSingle();
                var roleScale = r.ReadSingle();
                var roleKeys = ReadKeys(r, r.ReadInt32());
                var roleOffsets = new int[roleKeys.Length + 1];
                for (var i = 0; i < roleKeys.Length; i++)
                {
                    roleOffsets[i + 1] = roleOffsets[i] + r.Read7BitEncodedInt();
                }

                var roleClasses = r.ReadBytes(roleOffsets[^1]);
                var roleWeights = new float[roleClasses.Length];
                for (var i = 0; i < roleWeights.Length; i++)
                {
                    roleWeights[i] = r.ReadInt16() * roleScale;
                }

                if (roleClasses.Length != roleOffsets[^1] || roleLabels.Length == 0 || roleLabels[0] != EventRoleModel.None || roleClasses.Any(c => c >= roleLabels.Length))
                {
                    throw new ResourceLoadException(sourceName, "truncated or corrupt role table");
                }

                roles = new EventRoleModel(roleLabels, roleKeys, roleOffsets, roleClasses, roleWeights, roleBias);
            }

            return new EventTriggerModel(provenance, new TriggerLexicon(words), transitions, tagKeys, tagWeights, labels, typeKeys, offsets, classes, typeWeights, roles);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or IOException or FormatException)
        {
            throw new ResourceLoadException(sourceName, "truncated or corrupt event model", ex);
        }
    }

    private static float Scale(float[] weights)
    {
        var max = weights.Length == 0 ? 0 : weights.Max(Math.Abs);
        return max == 0 ? 1 : max / short.MaxValue;
    }

    private static short Quantize(float value, float scale) => (short)Math.Clamp(MathF.Round(value / scale), short.MinValue, short.MaxValue);

    private static void WriteKeys(BinaryWriter w, ulong[] keys)
    {
        var previous = 0UL;
        foreach (var key in keys)
        {
            var delta = key - previous;
            while (delta >= 0x80)
            {
                w.Write((byte)(delta | 0x80));
                delta >>= 7;
            }

            w.Write((byte)delta);
            previous = key;
        }
    }

    private static ulong[] ReadKeys(BinaryReader r, int count)
    {
        if (count < 0)
        {
            throw new InvalidDataException("negative count");
        }

        var keys = new ulong[count];
        var previous = 0UL;
        for (var i = 0; i < count; i++)
        {
            var delta = 0UL;
            for (var shift = 0; ; shift += 7)
            {
                var b = r.ReadByte();
                delta |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
            }

            previous += delta;
            keys[i] = previous;
        }

        return keys;
    }
}
