using YiwuGraph.Core;

namespace YiwuGraph.Extraction.Ner;

/// <summary>Where models come from: the embedded default (loaded once) or an explicit file.</summary>
public static class NerModelStore
{
    public const string ResourceName = "YiwuGraph.Extraction.Resources.ner.model";

    private static readonly Lazy<NerModel> DefaultModel = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The model shipped inside the assembly.</summary>
    public static NerModel Default => DefaultModel.Value;

    public static NerModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ResourceLoadException(path, "model file not found");
        }

        using var stream = File.OpenRead(path);
        return NerModel.Load(stream, path);
    }

    /// <summary>A tagger for <paramref name="model"/>, with the jieba word annotator when the model needs it.</summary>
    public static NerTagger CreateTagger(NerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new NerTagger(model, model.WordAnnotator.Length > 0 ? WordAnnotatorFor(model.WordAnnotator) : null);
    }

    /// <summary>The annotator a model names (<c>jieba-pos</c> or <c>jieba</c>).</summary>
    public static IWordAnnotator WordAnnotatorFor(string name) => name switch
    {
        "jieba-pos" => JiebaWordAnnotator.Default,
        "jieba" => JiebaWordAnnotator.Plain,
        _ => throw new ResourceLoadException("ner model", $"unknown word annotator '{name}'"),
    };

    private static NerModel LoadEmbedded()
    {
        var assembly = typeof(NerModelStore).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ResourceLoadException(ResourceName, "embedded model missing; build it with 'yiwugraph train-ner'");
        return NerModel.Load(stream, ResourceName);
    }
}
