#!/usr/bin/env bash
# Article extraction on Zyte's benchmark: Triangulate beside Mozilla Readability 0.6.0 (jsdom)
# and readability-lxml, F1 and pages per second side by side (each on one thread).
# Needs: `npm ci --prefix bench/html` (or npm install, from package-lock.json) and
# `apt-get install -y python3-readability` (run with Debian's /usr/bin/python3). Usage: bench/html/run.sh [ZYTE_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
zyte="${1:-$root/../shared/eval/html/zyte}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

"$root/triangulate" eval html "$zyte" --format jsonl > "$out/triangulate.json"
node "$root/bench/html/readability_js.js" "$zyte" > "$out/readability_js.jsonl" 2> "$out/readability_js.rate"
/usr/bin/python3 "$root/bench/html/readability_lxml.py" "$zyte" > "$out/readability_lxml.jsonl" 2> "$out/readability_lxml.rate"
"$root/triangulate" eval html "$zyte" --predictions "$out/readability_js.jsonl" --system readability.js --format jsonl > "$out/readability_js.json"
"$root/triangulate" eval html "$zyte" --predictions "$out/readability_lxml.jsonl" --system readability-lxml --format jsonl > "$out/readability_lxml.json"

python3 - "$out" <<'PY'
import json, sys, re
from pathlib import Path
out = Path(sys.argv[1])
def rate(name):
    m = re.search(r"pages/s ([0-9.]+)", (out / f"{name}.rate").read_text())
    return float(m.group(1)) if m else float("nan")
t = json.loads((out / "triangulate.json").read_text())
rows = [("triangulate", t, t["pagesPerSecond"]), ("bare jsoup parse+text()", None, t["jsoupPagesPerSecond"])]
for name, label in [("readability_js", "readability.js 0.6.0"), ("readability_lxml", "readability-lxml")]:
    rows.append((label, json.loads((out / f"{name}.json").read_text()), rate(name)))
print(f"{'system':<26}{'F1':>7}{'P':>7}{'R':>7}{'pages/s':>10}")
for name, s, r in rows:
    if s:
        print(f"{name:<26}{s['f1']:>7.3f}{s['precision']:>7.3f}{s['recall']:>7.3f}{r:>10.1f}")
    else:
        print(f"{name:<26}{'':>7}{'':>7}{'':>7}{r:>10.1f}")
print("(triangulate and jsoup: thread CPU time; the baselines: wall time on one thread)")
PY
