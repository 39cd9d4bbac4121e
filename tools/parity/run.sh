#!/usr/bin/env bash
# Segmenter parity with Debian python3-jieba 0.42.1 on seeds/*.txt and ../shared/data/news-raw, for ours and for the
# peer jieba.NET 0.42.2 (a few minutes: jieba.NET posseg is slow).
# Called by .ci/run when present; skips when the Debian jieba is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! /usr/bin/python3 -c 'import jieba' 2>/dev/null; then
  echo "python3-jieba is not installed for /usr/bin/python3; parity check skipped"
  exit 0
fi
dotnet build src/YiwuGraph.Cli -c Release -v quiet -nologo >/dev/null
# The peer jieba.NET runs from the bench project; without it parity.py says so and compares ours only.
dotnet build bench/YiwuGraph.Benchmarks -c Release -v quiet -nologo >/dev/null || echo "bench build failed; jieba.NET peer skipped"
/usr/bin/python3 tools/parity/parity.py --show 3 "$@"
