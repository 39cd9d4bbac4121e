#!/usr/bin/env bash
# How many of the positions CLUENER's annotators print right before a name (`position` span, then a `name` span
# starting at the next character: 总裁|刘炽平) `build` reads as HOLDS_POSITION of that person with that title (or a
# title ending with it or that it ends with). Each line of the gold is one page, as eval-entities reads it.
# A second line counts the pairs read only as the person's `titles` (the title without an organisation); two more
# lines count the same for positions printed right after a name (樊富珉|教授).
#   usage: tools/eval/cluener-positions.sh [GOLD.jsonl]   (default: the dev part, the last 1,000 lines of CLUENER train)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gold=${1:-}
if [ -z "$gold" ]; then
  gold="$work/dev.jsonl"
  tail -n 1000 ../shared/data/cluener/train.jsonl > "$gold"
fi

python3 - "$gold" "$work" <<'PY'
import json, os, sys
gold, work = sys.argv[1], sys.argv[2]
os.makedirs(f"{work}/pages")
pairs, after = [], []
for i, line in enumerate(open(gold, encoding="utf-8")):
    d = json.loads(line)
    text = d["text"] if d["text"].endswith("。") else d["text"] + "。"
    open(f"{work}/pages/p{i:05d}.txt", "w", encoding="utf-8").write(text + "\n")
    positions = [(e, t) for t, spans in d["label"].get("position", {}).items() for s, e in spans]
    names = [(s, n) for n, spans in d["label"].get("name", {}).items() for s, e in spans]
    pairs += [(n, t) for e, t in positions for s, n in names if s == e + 1]
    starts = [(s, t) for t, spans in d["label"].get("position", {}).items() for s, e in spans]
    ends = [(e, n) for n, spans in d["label"].get("name", {}).items() for s, e in spans]
    after += [(n, t) for s, t in starts for e, n in ends if s == e + 1]
json.dump({"before": pairs, "after": after}, open(f"{work}/pairs.json", "w"), ensure_ascii=False)
PY

dotnet run -c Release --project src/YiwuGraph.Cli -- build "$work/pages" --out "$work/out" --quiet >/dev/null

python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
gold = json.load(open(f"{work}/pairs.json", encoding="utf-8"))
nodes, held, titled = {}, set(), set()
lines = [json.loads(l) for l in open(f"{work}/out/graph.jsonl", encoding="utf-8")]
for d in lines:
    if d["type"] == "node":
        nodes[d["id"]] = d["properties"]
        titled.update((d["properties"].get("name"), t) for t in d["properties"].get("titles", []))
for d in lines:
    if d["type"] == "relationship" and d["label"] == "HOLDS_POSITION":
        held.add((nodes[d["start"]["id"]].get("name"), d["properties"].get("title", "")))
def read(n, t, found):
    return any(n == hn and (ht.endswith(t) or t.endswith(ht)) for hn, ht in found)
for side, pairs in (("position-name", gold["before"]), ("name-position", gold["after"])):
    found = sum(1 for n, t in pairs if read(n, t, held))
    only = sum(1 for n, t in pairs if not read(n, t, held) and read(n, t, titled))
    print(f"{side} pairs {len(pairs)}, read as HOLDS_POSITION {found} ({found / max(1, len(pairs)):.3f}); HOLDS_POSITION in the graph {sum(1 for d in lines if d.get('label') == 'HOLDS_POSITION')}")
    print(f"read only as the person's titles {only} ({only / max(1, len(pairs)):.3f}); neither {len(pairs) - found - only}")
PY
