#!/usr/bin/env bash
# Measures the time the figures stage adds to `analyze` over the 84 PolNeAR dev articles, in one
# warmed-up JVM (bench/FiguresCost.java). Prints a Markdown table.
# Usage: bench/figures.sh [ROUNDS]   (default 3; the median is reported)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/triangulate" --version >/dev/null   # build first
java -Xmx4g -cp "$root/cli/target/triangulate-cli.jar:$(cat "$root/cli/target/classpath.txt")" \
  "$root/bench/FiguresCost.java" "$root/../shared/eval/polnear/dev/text" "${1:-3}" 2>/dev/null
