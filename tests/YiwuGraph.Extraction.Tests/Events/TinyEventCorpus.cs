using YiwuGraph.Extraction.Events;

namespace YiwuGraph.Extraction.Tests.Events;

/// <summary>
/// A small constructed corpus for the trigger labeller: three kinds of event written with many different names,
/// split into sentences to train on and sentences with names never seen in training.
/// </summary>
internal static class TinyEventCorpus
{
    private static readonly string[] Teams = ["湖人队", "勇士队", "火箭队", "马刺队", "热火队", "凯尔特人队", "公牛队", "尼克斯队", "快船队", "太阳队", "雄鹿队", "篮网队"];
    private static readonly string[] Companies = ["雀巢公司", "福特汽车", "英特尔", "甲骨文", "诺基亚", "西门子", "惠普公司", "戴尔公司", "思科", "索尼公司", "东芝", "松下公司"];
    private static readonly string[] Places = ["解放西路", "人民路", "中山大道", "建设路", "滨江路", "文化路", "长江路", "黄河路", "南京路", "北京路", "胜利路", "和平路"];

    public const string Win = "竞赛行为-胜负";
    public const string Layoff = "组织关系-裁员";
    public const string Crash = "灾害/意外-车祸";

    /// <summary>Sentences built from names <paramref name="from"/> to <paramref name="to"/> (exclusive) of each list.</summary>
    public static List<TriggerSentence> Sentences(int from, int to)
    {
        var result = new List<TriggerSentence>();
        for (var i = from; i < to; i++)
        {
            var a = Teams[i % Teams.Length];
            var b = Teams[(i + 5) % Teams.Length];
            result.Add(Sentence($"昨晚{a}以102比98击败{b}，取得三连胜。", "击败", Win));
            var company = Companies[i % Companies.Length];
            result.Add(Sentence($"{company}宣布裁员{(i + 2) * 100}人，股价随之下跌。", "裁员", Layoff));
            var place = Places[i % Places.Length];
            result.Add(Sentence($"今天上午，{place}发生一起车祸，两辆轿车受损。", "车祸", Crash));
            result.Add(new TriggerSentence($"{a}的球员们今天在{place}参观学习。", []));
        }

        return result;
    }

    /// <summary>
    /// The same sentences with their arguments for the role labeller: the winner and loser of a game, the company
    /// that lays off, the road of a crash.
    /// </summary>
    public static List<RoleSentence> RoleSentences(int from, int to)
    {
        var result = new List<RoleSentence>();
        for (var i = from; i < to; i++)
        {
            var a = Teams[i % Teams.Length];
            var b = Teams[(i + 5) % Teams.Length];
            result.Add(Roles($"昨晚{a}以102比98击败{b}，取得三连胜。", "击败", Win, (a, "winner"), (b, "loser")));
            var company = Companies[i % Companies.Length];
            result.Add(Roles($"{company}宣布裁员{(i + 2) * 100}人，股价随之下跌。", "裁员", Layoff, (company, "subject")));
            var place = Places[i % Places.Length];
            result.Add(Roles($"今天上午，{place}发生一起车祸，{company}的两辆轿车受损。", "车祸", Crash, (place, "place")));
        }

        return result;
    }

    private static RoleSentence Roles(string text, string trigger, string type, params (string Text, string Role)[] arguments)
    {
        var at = text.IndexOf(trigger, StringComparison.Ordinal);
        var found = arguments.Select(a => (Start: text.IndexOf(a.Text, StringComparison.Ordinal), a.Text, a.Role))
            .Select(a => new RoleArgument(a.Start, a.Start + a.Text.Length, a.Role)).ToList();
        return new RoleSentence(text, [new RoleEvent(at, at + trigger.Length, type, found, [])]);
    }

    private static TriggerSentence Sentence(string text, string trigger, string type)
    {
        var at = text.IndexOf(trigger, StringComparison.Ordinal);
        return new TriggerSentence(text, [new TriggerSpan(at, at + trigger.Length, type)]);
    }
}
