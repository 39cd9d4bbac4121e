#!/usr/bin/env python3
"""Counts evidence sightings whose snippet differs from the source text at their offsets.

usage: check.py GRAPH.jsonl SOURCE_ROOT [--show N]

SOURCE_ROOT is the folder (or file) given to `build`; evidenceSources are paths relative to it.
Offsets are UTF-16 code units into the decoded text, as SourceReader returns it (BOM stripped). Sightings in saved
web pages (.html, .htm) are counted apart and not checked: their offsets point into the story text YiwuGraph reads
out of the markup (src/YiwuGraph.Ingestion/Html/HtmlPageText.cs), not into the file.
"""
import json
import os
import sys


def decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le")
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 5
    if "--show" in sys.argv:
        args.remove(str(show))
    graph, root = args
    texts = {}
    total = bad = web = 0
    shown = 0
    with open(graph, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["type"] != "relationship":
                continue
            p = row["properties"]
            for src, s, e, snip in zip(p["evidenceSources"], p["evidenceStarts"], p["evidenceEnds"], p["evidenceSnippets"]):
                if os.path.splitext(src)[1].lower() in (".html", ".htm"):
                    web += 1
                    continue
                if src not in texts:
                    path = root if os.path.isfile(root) else os.path.join(root, src)
                    with open(path, "rb") as g:
                        texts[src] = decode(g.read()).encode("utf-16-le")
                total += 1
                got = texts[src][2 * s:2 * e].decode("utf-16-le")
                if got != snip:
                    bad += 1
                    if shown < show:
                        shown += 1
                        print(f"  {row['label']} {src} [{s},{e}): snippet {snip!r} source {got!r}")
    print(f"{bad} of {total} sightings differ from the source at their offsets"
          + (f" ({web} in saved web pages not checked)" if web else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
