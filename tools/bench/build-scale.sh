#!/usr/bin/env bash
# Memory and throughput of `yiwugraph build` as the corpus grows, on generated pages that differ: each page is
# 40 news sentences drawn at random (fixed seed) from ../shared/data/news-raw/, so no page repeats another,
# grouped into articles of 4-12 sentences, each under a headline.
# Prints, per corpus size, wall and CPU time, peak resident memory, characters/s and articles/s (from the CPU time
# over the cores, as if the machine were the build's alone), and projects the time for one million articles; then builds the same corpus as SHARDS shards (one after the
# other, so each shard's memory is its own), merges them, and checks the merged graph.jsonl is byte-identical to
# the single build's. Each figure is printed with the load average at its end (the machine may be shared).
# REFERENCE=path/to/yiwugraph.dll also builds each corpus with that (e.g. an earlier version) and compares bytes.
#   usage: [SHARDS=8] [REFERENCE=DLL] [KEEP=DIR] tools/bench/build-scale.sh [PAGES ...]   (default: 2000 20000; SHARDS=0: no merge)
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(2000 20000)
raw=../shared/data/news-raw/msra_train_sentences.txt
[ -f "$raw" ] || { echo "missing $raw (../shared beside the repo)" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
shards=${SHARDS:-8}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }
dotnet publish src/YiwuGraph.Cli -c Release -o "$work/bin" --nologo -v quiet >/dev/null

for pages in "${sizes[@]}"; do
  corpus="$work/pages-$pages"
  python3 - "$raw" "$corpus" "$pages" <<'PY'
import os, random, sys
raw, out, pages = sys.argv[1], sys.argv[2], int(sys.argv[3])
sentences = [l.strip() for l in open(raw, encoding="utf-8") if l.strip()]
rng = random.Random(16)
for p in range(pages):
    folder = os.path.join(out, f"{p // 1000:03d}")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"{p:06d}.txt"), "w", encoding="utf-8") as f:
        # A page of news: articles of 4-12 sentences under a headline, paragraphs of 1-3 sentences, a blank line between articles.
        left, articles = 40, []
        while left > 0:
            n = min(left, rng.randint(4, 12))
            left -= n
            picked = [rng.choice(sentences) for _ in range(n)]
            paragraphs, i = [], 0
            while i < n:
                k = rng.randint(1, 3)
                paragraphs.append("".join(picked[i:i + k]))
                i += k
            # A headline: the opening words of another sentence, without punctuation, as a page prints it.
            words = "".join(c for c in rng.choice(sentences) if "\u4e00" <= c <= "\u9fff")
            articles.append(words[:rng.randint(6, 16)] + "\n" + "\n".join(paragraphs))
        f.write("\n\n".join(articles) + "\n")
PY
  chars=$(python3 -c 'import pathlib, sys; print(sum(len(p.read_text(encoding="utf-8")) for p in pathlib.Path(sys.argv[1]).rglob("*.txt")))' "$corpus")
  /usr/bin/time -f '%e %M %U %S' -o "$work/time" dotnet "$work/bin/yiwugraph.dll" build "$corpus" --out "$work/out-$pages" --quiet > "$work/summary" 2>&1 || { cat "$work/summary"; exit 1; }
  read -r seconds peak_kb user_s sys_s < "$work/time"
  articles=$(awk '$1 == "articles" { print $2 }' "$work/out-$pages/summary.txt")
  python3 - "$pages" "$chars" "$seconds" "$peak_kb" "$articles" "$user_s" "$sys_s" "$(nproc)" "$(load)" <<'PY'
import sys
pages, chars, seconds, peak_kb, articles = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
cpu, cores, load = float(sys.argv[6]) + float(sys.argv[7]), int(sys.argv[8]), sys.argv[9]
# Wall time on a shared machine says little; CPU time divided by the cores is the time the build would take alone.
alone = cpu / cores
print(f"{pages} pages, {chars / 1e6:.1f} M chars, {articles} articles: {seconds:.1f} s wall, {cpu:.1f} s CPU, peak RSS {peak_kb / 1024 / 1024:.2f} GB (load average {load})")
print(f"  on {cores} cores alone (CPU / cores = {alone:.1f} s): {chars / alone / 1e6:.2f} M chars/s, {articles / alone:.0f} articles/s, 1 M such articles in {1e6 / (articles / alone) / 3600:.1f} h")
PY
  if [ "$shards" -gt 0 ]; then
    shard_seconds=0; shard_peak=0
    for ((i = 0; i < shards; i++)); do
      /usr/bin/time -f '%e %M %U %S' -o "$work/time" dotnet "$work/bin/yiwugraph.dll" build "$corpus" --shard "$i/$shards" --out "$work/shards-$pages" --quiet > "$work/summary" 2>&1 || { cat "$work/summary"; exit 1; }
      read -r s kb u y < "$work/time"
      shard_seconds=$(python3 -c "print(round($shard_seconds + $u + $y, 1))"); [ "$kb" -gt "$shard_peak" ] && shard_peak=$kb
    done
    /usr/bin/time -f '%e %M %U %S' -o "$work/time" dotnet "$work/bin/yiwugraph.dll" merge "$work/shards-$pages" --out "$work/merged-$pages" --quiet > "$work/summary" 2>&1 || { cat "$work/summary"; exit 1; }
    read -r merge_seconds merge_kb u y < "$work/time"
    same=$(cmp -s "$work/out-$pages/graph.jsonl" "$work/merged-$pages/graph.jsonl" && echo "byte-identical to the single build" || echo "DIFFERENT from the single build")
    shard_mb=$(du -sm "$work/shards-$pages" | cut -f1)
    echo "  $shards shards: $shard_seconds s CPU in all (single build: $(python3 -c "print(round($user_s + $sys_s, 1))") s), largest peak RSS $(python3 -c "print(f'{$shard_peak / 1024 / 1024:.2f}')") GB, $shard_mb MB of shard graphs; merge $merge_seconds s wall, $(python3 -c "print(round($u + $y, 1))") s CPU, peak RSS $(python3 -c "print(f'{$merge_kb / 1024 / 1024:.2f}')") GB; merged graph.jsonl $same (load average $(load))"
    [ "$same" = "byte-identical to the single build" ] || exit 1
  fi
  if [ -n "${REFERENCE:-}" ]; then
    /usr/bin/time -f '%e %M %U %S' -o "$work/time" dotnet "$REFERENCE" build "$corpus" --out "$work/reference-$pages" --quiet > "$work/summary" 2>&1 || { cat "$work/summary"; exit 1; }
    read -r s kb u y < "$work/time"
    same=$(cmp -s "$work/out-$pages/graph.jsonl" "$work/reference-$pages/graph.jsonl" && echo "byte-identical" || echo "DIFFERENT")
    echo "  reference $REFERENCE: $s s wall, $(python3 -c "print(round($u + $y, 1))") s CPU, peak RSS $(python3 -c "print(f'{$kb / 1024 / 1024:.2f}')") GB; graph.jsonl $same (load average $(load))"
    rm -rf "$work/reference-$pages"
  fi
  if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP"; mv "$work/out-$pages" "$KEEP/"; fi
  rm -rf "$corpus" "$work/out-$pages" "$work/shards-$pages" "$work/merged-$pages"
done
