#!/usr/bin/env bash
# Measures `./triangulate analyze`: start-up on one article, throughput on the 84 PolNeAR dev
# articles with 1 and 2 threads, and memory: the largest heap in use before a collection and the
# largest left after one (live data), from the GC log, and peak resident memory. Prints a
# Markdown table.
# Usage: bench/analyze.sh [RUNS]   (default 3 runs each; the median is reported)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared"
runs="${1:-3}"
dev=("$shared"/eval/polnear/dev/text/*.txt)
one="$shared/seeds/003_e5dd26fb87eb20b2.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/triangulate" --version >/dev/null   # build first, so no run below pays for it

# run NAME THREADS FILES... : times one run; appends "seconds peak_heap_mb peak_rss_mb" to $work/NAME
run() {
  local name="$1" threads="$2"; shift 2
  local gclog="$work/gc.log"
  local start end
  start=$(date +%s.%N)
  TRIANGULATE_JAVA_OPTS="-Xmx4g -Xlog:gc:file=$gclog" /usr/bin/time -f "%M" -o "$work/rss" \
    "$root/triangulate" analyze --threads "$threads" "$@" > "$work/out.jsonl" 2>"$work/err"
  end=$(date +%s.%N)
  local heap live
  heap=$(grep -o '[0-9]*M->' "$gclog" | sed 's/M->//' | sort -n | tail -1)
  live=$(grep -o -- '->[0-9]*M' "$gclog" | sed 's/->//; s/M//' | sort -n | tail -1)
  echo "$(echo "$end - $start" | bc -l) ${heap:-0} $(( $(cat "$work/rss") / 1024 )) ${live:-0}" >> "$work/$name"
  [ "$(wc -l < "$work/out.jsonl")" -eq "$(( $# ))" ] || { echo "analyze printed the wrong number of articles" >&2; cat "$work/err" >&2; exit 1; }
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
col() { awk -v c="$2" '{print $c}' "$work/$1" | median; }

for _ in $(seq "$runs"); do
  run one 1 "$one"
  run dev1 1 "${dev[@]}"
  run dev2 2 "${dev[@]}"
done

n=${#dev[@]}
t1=$(col one 1); d1=$(col dev1 1); d2=$(col dev2 1)
printf '| measure | value |\n|---|---|\n'
printf '| start-up: `analyze` on one article (wall, includes loading the models) | %.1f s |\n' "$t1"
printf '| `analyze` %d PolNeAR dev articles, 1 thread (wall) | %.1f s |\n' "$n" "$d1"
printf '| `analyze` %d PolNeAR dev articles, 2 threads (wall) | %.1f s |\n' "$n" "$d2"
printf '| throughput after start-up, 1 thread | %.1f articles/s |\n' "$(echo "($n - 1) / ($d1 - $t1)" | bc -l)"
printf '| throughput after start-up, 2 threads | %.1f articles/s |\n' "$(echo "($n - 1) / ($d2 - $t1)" | bc -l)"
printf '| peak heap in use (before a collection, at -Xmx4g), 84 articles, 2 threads | %s MB |\n' "$(col dev2 2)"
printf '| largest heap left after a collection (live data), 84 articles, 2 threads | %s MB |\n' "$(col dev2 4)"
printf '| peak resident memory, 84 articles, 2 threads | %s MB |\n' "$(col dev2 3)"
printf '\n(median of %s runs; %s cores; %s)\n' "$runs" "$(nproc)" "$(java -version 2>&1 | head -1)"
