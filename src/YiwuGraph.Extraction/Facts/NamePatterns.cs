namespace YiwuGraph.Extraction.Facts;

/// <summary>Words that break names, shared by the organisation and place patterns.</summary>
internal static class NamePatterns
{
    /// <summary>Words a name never starts with or runs through: levels, quantities, title modifiers and joining verbs.</summary>
    public static readonly HashSet<string> NameBreakers = new(StringComparer.Ordinal)
    {
        "我市", "全市", "本市", "各", "该", "有关", "相关", "全省", "我省", "省级", "市级", "县级", "国家级", "首家", "全国", "原", "时任",
        "会同", "联合", "携手", "协同", "随后", "同时", "以及", "地方", "现代化", "首个", "多家", "各类", "法人", "智能", "数字化", "龙头",
        "重点", "骨干", "优质", "民营", "国有", "本地", "当地", "外地", "邀请",
    };
}
