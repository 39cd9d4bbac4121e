using System.Text.Json;

namespace YiwuGraph.Segmentation.Tests;

/// <summary>
/// Expectations produced by Debian python3-jieba 0.42.1 with tools/parity/make_golden.py
/// (Expectations/jieba-golden.json).
/// </summary>
internal static class Golden
{
    private static readonly Lazy<JsonElement> Root = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Expectations", "jieba-golden.json");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement;
    });

    public static JsonElement Get(string name) => Root.Value.GetProperty(name);

    public static TheoryData<int> Indexes(string name)
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Get(name).GetArrayLength(); i++)
        {
            data.Add(i);
        }

        return data;
    }

    public static string[] Words(JsonElement element) => [.. element.EnumerateArray().Select(e => e.GetString()!)];

    public static string[] Pairs(JsonElement element) =>
        [.. element.EnumerateArray().Select(e => e[0].GetString() + "/" + e[1].GetString())];

    public static string[] Texts(string text, List<Token> tokens) => [.. tokens.Select(t => t.GetText(text))];

    public static string[] TaggedTexts(string text, List<Token> tokens) =>
        [.. tokens.Select(t => t.GetText(text) + "/" + t.Tag.Name)];

    public static string RepoFile(params string[] parts) => Path.Combine([RepoPaths.Root, .. parts]);
}
