#!/usr/bin/env bash
# Measures what story assignment costs per article as the store grows, two ways:
#  1. `eval story-cost`: the store's put (digest, copy lookup, candidate stories, scoring, writes,
#     a commit every 100) at 1k, 10k and 100k articles, language analysis left out;
#  2. `ingest` with the whole pipeline (CoreNLP included) into a fresh data directory, at the
#     sizes given (default 1000), wall time per article.
# Articles: AllSides train (../shared/eval/stories/allsides/train.jsonl) repeated with shifted ids
# and dates, 200 a day. Prints Markdown tables.
# Usage: bench/stories.sh [INGEST_SIZES...]   e.g. bench/stories.sh 1000 10000
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
train="$root/../shared/eval/stories/allsides/train.jsonl"
sizes=("${@:-1000}")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/triangulate" --version >/dev/null   # build first, so no run below pays for it

echo '| articles in the store | story assignment and store, ms per article (mean of the last 1,000) | stories |'
echo '|---|---|---|'
"$root/triangulate" eval story-cost --checkpoints 1000,10000,100000 "$train" |
  python3 -c 'import json,sys
for line in sys.stdin:
    r = json.loads(line); print("| %s | %.1f | %s |" % (format(r["articles"], ","), r["msPerArticle"], format(r["stories"], ",")))'

echo
echo '| articles ingested (whole pipeline, 2 threads) | wall | ms per article | stories |'
echo '|---|---|---|---|'
for n in "${sizes[@]}"; do
  python3 - "$train" "$n" > "$work/articles.jsonl" <<'PY'
import json, sys, datetime
lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
start = datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)
for i in range(int(sys.argv[2])):
    src, rnd = lines[i % len(lines)], i // len(lines)
    words = src["text"].split(" ")
    if rnd:  # every fourth word marked with the round, so that no round is a copy of another
        words = [w + str(rnd) if k % 4 == 3 else w for k, w in enumerate(words)]
    print(json.dumps({"id": "%d/%s" % (rnd, src["id"]), "title": src["title"], "text": " ".join(words),
        "date": (start + datetime.timedelta(seconds=86400 * i // 200)).isoformat(), "outlet": "outlet-%d" % (i % 20)}))
PY
  rm -rf "$work/data"
  begin=$(date +%s.%N)
  "$root/triangulate" ingest --threads 2 --data "$work/data" "$work/articles.jsonl" > "$work/summary" 2> "$work/err"
  end=$(date +%s.%N)
  stories=$("$root/triangulate" stories --data "$work/data" --format csv --limit 1000000 | tail -n +2 | wc -l)
  wall=$(echo "$end - $begin" | bc -l)
  printf '| %s | %.0f s | %.1f | %s |\n' "$n" "$wall" "$(echo "1000 * $wall / $n" | bc -l)" "$stories"
done
printf '\n(%s cores; load average before: %s; %s)\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$(java -version 2>&1 | head -1)"
