using System.Globalization;
using System.Text;
using System.Text.Json;
using YiwuGraph.Graph;

namespace YiwuGraph.Reports;

/// <summary>
/// The corpus overview: counts, components, the most central people and organisations, an event timeline and a
/// search box over names and aliases. Long lists live in embedded JSON and are drawn a page at a time by a
/// small inline script, so ten thousand entities never become ten thousand DOM rows.
/// </summary>
public static class IndexPage
{
    public const int TopCount = 20;
    public const int PageSize = 50;

    public static string Render(KnowledgeGraph graph, GraphAnalysis analysis, IReadOnlyList<GraphNode> entities)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(entities);
        var sb = new StringBuilder(1 << 16);
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>YiwuGraph report</title>\n")
            .Append("<style>").Append(Html.Style).Append("</style>\n</head>\n<body>\n<h1>YiwuGraph report · 知识图谱报告</h1>\n");
        Counts(sb, graph, analysis);
        var people = entities.Where(n => n.Label == NodeLabel.Person).ToList();
        var organisations = entities.Where(n => n.Label == NodeLabel.Organization).ToList();
        sb.Append("<section id=\"central\">\n<h2>Most central · 核心实体</h2>\n<div class=\"cols\">\n");
        Top(sb, "People by PageRank", analysis.TopByPageRank(people, TopCount), n => Rank(analysis.PageRank.GetValueOrDefault(n.Key)));
        Top(sb, "People by degree", analysis.TopByDegree(people, TopCount), n => Count(analysis.Degree.GetValueOrDefault(n.Key)));
        Top(sb, "Organisations by PageRank", analysis.TopByPageRank(organisations, TopCount), n => Rank(analysis.PageRank.GetValueOrDefault(n.Key)));
        Top(sb, "Organisations by degree", analysis.TopByDegree(organisations, TopCount), n => Count(analysis.Degree.GetValueOrDefault(n.Key)));
        sb.Append("</div>\n<p class=\"key\">PageRank on the graph with every relationship followed both ways (damping 0.85); degree counts relationships.</p>\n</section>\n");
        sb.Append("<section id=\"timeline\">\n<h2>Event timeline · 活动时间线</h2>\n<ol class=\"timeline\" id=\"event-list\"></ol>\n<p class=\"pager\" id=\"event-pager\"></p>\n</section>\n");
        sb.Append("<section id=\"search\">\n<h2>Search · 搜索</h2>\n")
            .Append("<p><input type=\"search\" id=\"q\" placeholder=\"Name or alias · 名称或别名\" autocomplete=\"off\"> ")
            .Append("<select id=\"label\"><option value=\"\">All</option>");
        foreach (var label in NodeLabels.All.Where(EntityResolver.IsEntity))
        {
            sb.Append("<option value=\"").Append((int)label).Append("\">").Append(label).Append("</option>");
        }

        sb.Append("</select></p>\n<ol class=\"statements\" id=\"entity-list\"></ol>\n<p class=\"pager\" id=\"entity-pager\"></p>\n")
            .Append("<noscript><p>The lists need JavaScript; every entity page is in the entities folder.</p></noscript>\n</section>\n");
        Data(sb, "entity-data", entities.Select(n => new object[] { n.Name, string.Join(" ", n.Properties.GetStrings("aliases")), (int)n.Label, ReportPaths.FromIndex(n) }));
        Data(sb, "event-data", EventTimeline(entities).Select(e => new object[] { e.Date ?? "undated", e.Node.Name, ReportPaths.FromIndex(e.Node) }));
        sb.Append("<script>").Append(Script.Replace("PAGE_SIZE", PageSize.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)).Append("</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>Events by date (undated last), then key: the timeline of the index and of its Markdown twin.</summary>
    internal static IEnumerable<(GraphNode Node, string? Date)> EventTimeline(IEnumerable<GraphNode> entities) =>
        entities.Where(n => n.Label == NodeLabel.Event)
            .Select(n => (Node: n, Date: n.Properties.GetString("date") ?? n.Properties.GetString("dateText")))
            .OrderBy(e => e.Date is null ? 1 : 0).ThenBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Node.Key, StringComparer.Ordinal);

    private static void Counts(StringBuilder sb, KnowledgeGraph graph, GraphAnalysis analysis)
    {
        sb.Append("<section id=\"counts\">\n<h2>Corpus · 语料概况</h2>\n<div class=\"cols\">\n<table>\n<tr><th>Label</th><th>Nodes</th></tr>\n");
        foreach (var (label, count) in graph.CountNodesByLabel())
        {
            sb.Append("<tr><td>").Append(label).Append("</td><td class=\"n\">").Append(Count(count)).Append("</td></tr>\n");
        }

        sb.Append("</table>\n<table>\n<tr><th>Relationship</th><th>Count</th></tr>\n");
        foreach (var (type, count) in graph.CountRelationshipsByType())
        {
            sb.Append("<tr><td>").Append(Html.Escape(type)).Append("</td><td class=\"n\">").Append(Count(count)).Append("</td></tr>\n");
        }

        var sizes = analysis.ComponentSizes;
        sb.Append("</table>\n<table>\n<tr><th>Connected components</th><th></th></tr>\n")
            .Append("<tr><td>Components</td><td class=\"n\">").Append(Count(sizes.Count)).Append("</td></tr>\n")
            .Append("<tr><td>Largest</td><td class=\"n\">").Append(Count(sizes.Count > 0 ? sizes[0] : 0)).Append("</td></tr>\n")
            .Append("<tr><td>Single nodes</td><td class=\"n\">").Append(Count(sizes.Count(s => s == 1))).Append("</td></tr>\n")
            .Append("</table>\n</div>\n</section>\n");
    }

    private static void Top(StringBuilder sb, string heading, IReadOnlyList<GraphNode> nodes, Func<GraphNode, string> score)
    {
        sb.Append("<table>\n<tr><th>").Append(Html.Escape(heading)).Append("</th><th></th></tr>\n");
        foreach (var node in nodes)
        {
            sb.Append("<tr><td><a href=\"").Append(Html.Escape(ReportPaths.FromIndex(node))).Append("\">").Append(Html.Escape(node.Name))
                .Append("</a></td><td class=\"n\">").Append(score(node)).Append("</td></tr>\n");
        }

        sb.Append("</table>\n");
    }

    private static void Data(StringBuilder sb, string id, IEnumerable<object[]> rows)
    {
        sb.Append("<script type=\"application/json\" id=\"").Append(id).Append("\">")
            .Append(JsonSerializer.Serialize(rows, Html.ScriptJson)).Append("</script>\n");
    }

    internal static string Rank(double value) => value.ToString("0.00000", CultureInfo.InvariantCulture);

    internal static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Builds rows with textContent only: graph text never reaches innerHTML.
    private const string Script = """

const LABELS=["Article","Person","Organization","Place","Event"];
const read=id=>JSON.parse(document.getElementById(id).textContent);
const entities=read("entity-data"), events=read("event-data");
const haystack=entities.map(e=>(e[0]+"\u0001"+e[1]).toLowerCase());
function el(tag,text,cls){const x=document.createElement(tag);if(text!==undefined)x.textContent=text;if(cls)x.className=cls;return x;}
function pager(listId,pagerId,render){
  const list=document.getElementById(listId),bar=document.getElementById(pagerId);let items=[],page=0;
  function draw(){
    const pages=Math.max(1,Math.ceil(items.length/PAGE_SIZE));page=Math.min(Math.max(page,0),pages-1);
    const frag=document.createDocumentFragment();
    for(const item of items.slice(page*PAGE_SIZE,(page+1)*PAGE_SIZE))frag.appendChild(render(item));
    list.replaceChildren(frag);
    const prev=el("button","‹"),next=el("button","›");prev.disabled=page===0;next.disabled=page>=pages-1;
    prev.onclick=()=>{page--;draw();};next.onclick=()=>{page++;draw();};
    bar.replaceChildren(prev,el("span",` ${page+1} / ${pages} · ${items.length} `),next);
  }
  return rows=>{items=rows;page=0;draw();};
}
function link(text,href){const a=el("a",text);a.href=href;return a;}
const showEvents=pager("event-list","event-pager",e=>{const li=el("li");li.append(el("span",e[0],"when"),link(e[1],e[2]));return li;});
const showEntities=pager("entity-list","entity-pager",e=>{const li=el("li");li.append(link(e[0],e[3]),el("span",LABELS[e[2]],"detail"));if(e[1])li.append(el("span",e[1],"detail"));return li;});
const q=document.getElementById("q"),label=document.getElementById("label");let timer=0;
function search(){
  const text=q.value.trim().toLowerCase(),want=label.value===""?-1:Number(label.value);const rows=[];
  for(let i=0;i<entities.length;i++){if((want<0||entities[i][2]===want)&&(text===""||haystack[i].includes(text)))rows.push(entities[i]);}
  showEntities(rows);
}
q.addEventListener("input",()=>{clearTimeout(timer);timer=setTimeout(search,120);});
label.addEventListener("change",search);
showEvents(events);search();

""";
}
