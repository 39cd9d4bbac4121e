using System.Buffers;
using YiwuGraph.Extraction.Gazetteer;

namespace YiwuGraph.Extraction.Ner;

/// <summary>
/// Built-in word lists used both as tagger features and by the news layer: surnames, person titles,
/// organisation and place suffixes. Written for this project from general knowledge of Chinese naming.
/// </summary>
public static class NerLexicons
{
    /// <summary>
    /// Single-character surnames: the one list behind the tagger's lexicon (<see cref="BuiltInWords"/>) and the
    /// name rules of the news layer and the fact patterns (<see cref="IsSurnameStart"/>). Characters that are
    /// mostly words of their own (家, 能, 通, 东, 红, …) are not in it at all; those in
    /// <see cref="EverydaySurnames"/> stay a model feature but do not start a name for the rules.
    /// </summary>
    public static readonly string[] SingleSurnames = Chars(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由傅洪习萧贝贲钮荀羿汲邴糜弓隗宓蓬郗仰钭韶蓟鄂咸籍赖莘贡逄扶堵宰郦璩濮郏阎宦庾暨弘禄殳沃蔚夔厍訾毋乜巢蒯竺桓");

    public static readonly string[] DoubleSurnames =
    [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐",
        "端木", "西门", "南宫", "独孤", "澹台", "呼延", "万俟", "闻人", "申屠", "太史", "钟离", "赫连", "拓跋", "完颜", "淳于",
    ];

    /// <summary>Titles and roles that usually precede (or follow) a person's name in news text.</summary>
    public static readonly string[] Titles =
    [
        "书记", "副书记", "市委书记", "县委书记", "省委书记", "区委书记", "镇党委书记", "党委书记", "党支部书记", "总书记",
        "市长", "副市长", "县长", "副县长", "区长", "副区长", "镇长", "副镇长", "乡长", "村长", "省长", "副省长", "主任", "副主任",
        "主席", "副主席", "委员", "常委", "部长", "副部长", "局长", "副局长", "厅长", "副厅长", "处长", "副处长", "科长", "所长", "站长",
        "院长", "副院长", "校长", "副校长", "会长", "副会长", "秘书长", "理事长", "董事长", "副董事长", "总经理", "副总经理", "经理",
        "总裁", "副总裁", "总监", "创始人", "负责人", "队长", "主任委员", "组长", "总理", "副总理", "总统", "副总统", "首相", "议长",
        "大使", "领事", "国务委员", "司令员", "政委", "将军", "教授", "副教授", "研究员", "院士", "博士", "医生", "医师", "律师", "老师",
        "教练", "主教练", "球员", "选手", "运动员", "记者", "全媒体记者", "通讯员", "编辑", "主编", "摄影", "作者", "村民", "市民",
        "先生", "女士", "同志", "警官", "民警", "法官", "检察官", "主持人", "董事", "监事", "行长", "副行长", "社长", "厂长", "馆长",
        "庭长", "检察长", "审判长", "总指挥", "指挥长", "专家", "代表", "网格员", "志愿者", "党员", "支书", "主委", "领导", "市领导",
    ];

    /// <summary>Endings of organisation names, longest first where they nest.</summary>
    public static readonly string[] OrganizationSuffixes =
    [
        "股份有限公司", "有限责任公司", "有限公司", "分公司", "子公司", "公司", "集团", "控股", "银行", "分行", "支行", "工厂", "厂",
        "委员会", "管委会", "居委会", "村委会", "协会", "学会", "商会", "联合会", "联谊会", "分会", "基金会", "研究会", "促进会",
        "大学", "学院", "中学", "小学", "幼儿园", "学校", "研究院", "研究所", "研究中心", "中心", "医院", "卫生院", "法院", "检察院",
        "局", "厅", "部", "委", "办", "署", "处", "科", "所", "站", "队", "社", "院", "会", "党", "团", "军", "办公室", "办事处",
        "政府", "人民政府", "人大", "人大常委会", "政协", "市委", "县委", "省委", "区委", "党委", "党组", "纪委", "监委", "总局", "分局",
        "电视台", "广播电台", "报社", "日报", "晚报", "新闻社", "通讯社", "出版社", "杂志社", "融媒体中心", "俱乐部", "球队", "合作社",
        "联盟", "组织", "机构", "事务所", "工作室", "超市", "商场", "酒店", "宾馆", "市场",
    ];

    /// <summary>Endings of place names (administrative units and common natural or built places).</summary>
    public static readonly string[] PlaceSuffixes =
    [
        "省", "市", "县", "区", "镇", "乡", "村", "街道", "社区", "自治区", "自治州", "自治县", "特别行政区", "州", "盟", "旗",
        "路", "街", "巷", "弄", "大道", "广场", "公园", "景区", "新区", "开发区", "园区", "山", "河", "江", "湖", "海", "岛", "湾",
        "港", "站", "机场", "码头", "桥", "半岛", "高原", "盆地", "平原", "峡", "洲", "国",
    ];

    /// <summary>
    /// Surnames that are also everyday words right after a title (民警原创RAP, 记者时隔…, 市长由…): the model weighs
    /// them in context, the rules do not take them as the start of a name.
    /// </summary>
    public const string EverydaySurnames = "原时由但来信展智位区海花云门南初阿母修战玉银呼揭斯衣植奉闭尧普敬练豆盘乐官商";

    private static readonly SearchValues<char> RuleSurnames =
        SearchValues.Create(string.Concat(SingleSurnames).Where(c => !EverydaySurnames.Contains(c, StringComparison.Ordinal)).ToArray());

    /// <summary>True when <paramref name="c"/> is a single-character surname the name rules accept.</summary>
    public static bool IsSingleSurname(char c) => RuleSurnames.Contains(c);

    /// <summary>True when <paramref name="text"/> starts with a two-character surname (欧阳, 司马, …).</summary>
    public static bool StartsWithDoubleSurname(ReadOnlySpan<char> text)
    {
        foreach (var surname in DoubleSurnames)
        {
            if (text.StartsWith(surname, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="name"/> starts with a surname the name rules accept.</summary>
    public static bool IsSurnameStart(ReadOnlySpan<char> name) => name.Length > 0 && (IsSingleSurname(name[0]) || StartsWithDoubleSurname(name));

    private static string[] Chars(string letters) => [.. letters.Select(c => c.ToString())];

    /// <summary>
    /// The built-in lists plus the gazetteer's place names (down to towns and streets, with short forms)
    /// as lexicon words with their classes: the base lexicon of the shipped model.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, ushort>> BaseLexicon(PlaceGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        foreach (var word in BuiltInWords())
        {
            yield return word;
        }

        foreach (var place in gazetteer.Places)
        {
            if (place.Level is PlaceLevel.Village or PlaceLevel.Venue or PlaceLevel.Other)
            {
                continue;
            }

            foreach (var name in PlaceGazetteer.NamesOf(place))
            {
                if (name.Length >= 2)
                {
                    yield return new(name, 1 << (int)LexiconClass.Place);
                }
            }
        }
    }

    /// <summary>Whether a string is a gazetteer name of a place at town level or above (short forms included).</summary>
    public static Func<string, bool> IsGazetteerPlaceName(PlaceGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        return name => gazetteer.Names.TryGetValue(name, out var places)
            && places.Any(p => p.Level is not (PlaceLevel.Village or PlaceLevel.Venue or PlaceLevel.Other));
    }

    /// <summary>The built-in lists as lexicon words with their classes.</summary>
    public static IEnumerable<KeyValuePair<string, ushort>> BuiltInWords()
    {
        foreach (var s in SingleSurnames.Concat(DoubleSurnames))
        {
            yield return new(s, 1 << (int)LexiconClass.Surname);
        }

        foreach (var s in Titles)
        {
            yield return new(s, 1 << (int)LexiconClass.Title);
        }

        foreach (var s in OrganizationSuffixes)
        {
            yield return new(s, 1 << (int)LexiconClass.OrganizationSuffix);
        }

        foreach (var s in PlaceSuffixes)
        {
            yield return new(s, 1 << (int)LexiconClass.PlaceSuffix);
        }
    }
}
