#!/usr/bin/env bash
# Whole-process speed of `yiwugraph build` against Python jieba's posseg.cut alone, on the same 8 MB corpus
# (the five seed pages repeated as 530 files), in the same run. Prints medians and the ratio.
#   usage: tools/bench/build-vs-posseg.sh [runs]      (needs: apt-get install python3-jieba)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/pages"
seeds=(seeds/*.txt)
for i in $(seq 0 529); do
  cp "${seeds[$((i % ${#seeds[@]}))]}" "$work/pages/$(printf '%03d' "$i")_$(basename "${seeds[$((i % ${#seeds[@]}))]}")"
done
bytes=$(cat "$work"/pages/* | wc -c)
chars=$(cat "$work"/pages/* | python3 -c 'import sys; print(len(sys.stdin.read()))')
echo "corpus: 530 files, $bytes bytes, $chars characters"

dotnet publish src/YiwuGraph.Cli -c Release -o "$work/bin" --nologo -v quiet >/dev/null

cat > "$work/posseg.py" <<'PY'
import sys, glob, jieba, jieba.posseg
jieba.setLogLevel(60)
jieba.initialize()
n = 0
for path in sorted(glob.glob(sys.argv[1] + "/*.txt")):
    with open(path, encoding="utf-8") as f:
        for line in f:
            for w in jieba.posseg.cut(line):
                n += 1
print(n, file=sys.stderr)
PY

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
time_it() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); python3 -c "print($e - $s)"; }

build_times=(); py_times=()
for r in $(seq 1 "$runs"); do
  build_times+=("$(time_it dotnet "$work/bin/yiwugraph.dll" build "$work/pages" --out "$work/out" --quiet)")
  py_times+=("$(time_it /usr/bin/python3 "$work/posseg.py" "$work/pages")")
done
b=$(printf '%s\n' "${build_times[@]}" | median)
p=$(printf '%s\n' "${py_times[@]}" | median)
printf 'yiwugraph build (whole process): median %.2f s over %d runs (%s)\n' "$b" "$runs" "${build_times[*]}"
printf 'python jieba posseg.cut alone:   median %.2f s over %d runs (%s)\n' "$p" "$runs" "${py_times[*]}"
printf 'ratio: build is %.1fx faster than posseg alone\n' "$(python3 -c "print($p / $b)")"
