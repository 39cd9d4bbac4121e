using YiwuGraph.Segmentation;
using YiwuGraph.Tools.JiebaDataConverter;

// Converts Debian python3-jieba 0.42.1's data files into the compact resources embedded in
// YiwuGraph.Segmentation. Usage: JiebaDataConverter [jieba-dir] [output-dir]
var jiebaDir = args.Length > 0 ? args[0] : "/usr/lib/python3/dist-packages/jieba";
var outDir = args.Length > 1 ? args[1] : Path.Combine("src", "YiwuGraph.Segmentation", "Resources");
Directory.CreateDirectory(outDir);

string Read(params string[] parts) => File.ReadAllText(Path.Combine([jiebaDir, .. parts]));

void Write(string name, Action<Stream> save)
{
    var path = Path.Combine(outDir, name);
    using (var file = File.Create(path))
    {
        save(file);
    }

    Console.WriteLine($"{path}: {new FileInfo(path).Length:N0} bytes");
}

using (var dictText = File.OpenRead(Path.Combine(jiebaDir, "dict.txt")))
{
    var dictionary = JiebaDictionary.FromText(dictText);
    Write("jieba.dict.bin", dictionary.Save);
}

using (var idfText = File.OpenRead(Path.Combine(jiebaDir, "analyse", "idf.txt")))
{
    var idf = IdfTable.FromText(idfText);
    Write("jieba.idf.bin", idf.Save);
}

static char Letter(object o) => ((string)o)[0];

static (char, string) State(object o)
{
    var t = (List<object>)o;
    return (((string)t[0])[0], (string)t[1]);
}

static List<KeyValuePair<object, object>> Dict(object o) => (List<KeyValuePair<object, object>>)o;

var fStart = Dict(PythonLiteral.ParseAssignment(Read("finalseg", "prob_start.py")))
    .ToDictionary(p => Letter(p.Key), p => (double)p.Value);
var fTrans = Dict(PythonLiteral.ParseAssignment(Read("finalseg", "prob_trans.py")))
    .ToDictionary(p => Letter(p.Key), p => (IReadOnlyDictionary<char, double>)Dict(p.Value).ToDictionary(q => Letter(q.Key), q => (double)q.Value));
var fEmit = Dict(PythonLiteral.ParseAssignment(Read("finalseg", "prob_emit.py")))
    .ToDictionary(p => Letter(p.Key), p => (IReadOnlyDictionary<char, double>)Dict(p.Value)
        .Where(q => ((string)q.Key).Length == 1).ToDictionary(q => ((string)q.Key)[0], q => (double)q.Value));
Write("jieba.hmm.bin", HmmModel.FromTables(fStart, fTrans, fEmit).Save);

var pStart = Dict(PythonLiteral.ParseAssignment(Read("posseg", "prob_start.py")))
    .ToDictionary(p => State(p.Key), p => (double)p.Value);
var pTrans = Dict(PythonLiteral.ParseAssignment(Read("posseg", "prob_trans.py")))
    .ToDictionary(p => State(p.Key), p => (IReadOnlyDictionary<(char, string), double>)Dict(p.Value).ToDictionary(q => State(q.Key), q => (double)q.Value));
var pEmit = Dict(PythonLiteral.ParseAssignment(Read("posseg", "prob_emit.py")))
    .ToDictionary(p => State(p.Key), p => (IReadOnlyDictionary<char, double>)Dict(p.Value)
        .Where(q => ((string)q.Key).Length == 1).ToDictionary(q => ((string)q.Key)[0], q => (double)q.Value));
var pTab = Dict(PythonLiteral.ParseAssignment(Read("posseg", "char_state_tab.py")))
    .Where(p => ((string)p.Key).Length == 1)
    .ToDictionary(p => ((string)p.Key)[0], p => (IReadOnlyList<(char, string)>)((List<object>)p.Value).Select(State).ToList());
Write("jieba.poshmm.bin", PosHmmModel.FromTables(pStart, pTrans, pEmit, pTab).Save);
