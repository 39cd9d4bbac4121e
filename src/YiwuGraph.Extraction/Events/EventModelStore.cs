using YiwuGraph.Core;
using YiwuGraph.Segmentation;

namespace YiwuGraph.Extraction.Events;

/// <summary>Where the event model comes from: the embedded default (loaded once) or an explicit file.</summary>
public static class EventModelStore
{
    public const string ResourceName = "YiwuGraph.Extraction.Resources.events.model";

    private static readonly Lazy<EventTriggerModel> DefaultModel = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<EventTriggerLabeller> DefaultLabeller =
        new(() => new EventTriggerLabeller(DefaultModel.Value, JiebaSegmenter.CreateDefault()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The model shipped inside the assembly.</summary>
    public static EventTriggerModel Default => DefaultModel.Value;

    /// <summary>A labeller of the shipped model with the default jieba dictionary (the one it was trained with).</summary>
    public static EventTriggerLabeller DefaultLabellerInstance => DefaultLabeller.Value;

    public static EventTriggerModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ResourceLoadException(path, "model file not found");
        }

        using var stream = File.OpenRead(path);
        return EventTriggerModel.Load(stream, path);
    }

    private static EventTriggerModel LoadEmbedded()
    {
        using var stream = typeof(EventModelStore).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ResourceLoadException(ResourceName, "embedded model missing; build it with 'yiwugraph train-events'");
        return EventTriggerModel.Load(stream, ResourceName);
    }
}
