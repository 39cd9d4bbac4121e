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

        // Verbs that take a body or person as their object and never stand inside a name, whatever tag jieba gives
        // them (委托/n, 指控/vn): seen gluing clauses to organisations in other news (委托|河北邢台防爆动力研究所).
        // Not 希望: 希望小学 are schools.
        "委托", "指控", "开始", "达到", "提出", "会见", "感谢", "要求", "呼吁", "敦促", "批准", "获得", "得到", "成为",
        "加入", "担任", "出任", "当选", "参加", "出席", "访问", "率领", "带领", "来到", "赶到", "依靠", "致信", "致函",
        "发函", "听取", "主持", "视察", "阅读", "参观", "赠送", "考察", "拜访", "看望", "慰问", "捐赠", "谴责", "指责", "批评",
        "欢迎", "祝贺", "宣布", "表示", "认为", "指出", "强调", "主张", "声称", "授予", "颁发", "任命", "接见", "会晤",
        "拜会", "致电",
    };
}
