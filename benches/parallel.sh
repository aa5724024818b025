#!/usr/bin/env bash
# Shards `factcheck batch` with GNU parallel and checks that the sharded output is the
# unsharded output, byte for byte.
#
#   benches/parallel.sh INPUT.jsonl [BLOCK] [JOBS]
#
# BLOCK is parallel's --block (default 10M: each job gets about that much of the input,
# cut at line ends); JOBS is --jobs (default: one per core). FACTCHECK names the binary
# (default target/release/factcheck). Prints the CPU and wall time of both runs.
# Exit status: 0 equal, 1 different, 3 GNU parallel is not installed.
set -euo pipefail
input=$1
block=${2:-10M}
jobs=${3:-100%}
bin=${FACTCHECK:-target/release/factcheck}
if ! parallel --version 2> /dev/null | grep -q "GNU parallel"; then
  echo "GNU parallel is not installed (apt-get install parallel)" >&2
  exit 3
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
TIMEFORMAT='%U user %S sys %R wall (s)'
echo "unsharded: $bin batch"
time "$bin" batch --input "$input" > "$tmp/whole.jsonl"
echo "sharded:   parallel --pipe --block $block --jobs $jobs --keep-order $bin batch"
time parallel --will-cite --pipe --block "$block" --jobs "$jobs" --keep-order "$bin" batch \
  < "$input" > "$tmp/sharded.jsonl"
lines=$(wc -l < "$tmp/whole.jsonl")
if cmp -s "$tmp/whole.jsonl" "$tmp/sharded.jsonl"; then
  echo "equal: $lines lines"
else
  echo "DIFFERENT: $lines lines unsharded, $(wc -l < "$tmp/sharded.jsonl") sharded" >&2
  diff "$tmp/whole.jsonl" "$tmp/sharded.jsonl" | head -5 >&2
  exit 1
fi
