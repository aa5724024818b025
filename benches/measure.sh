#!/usr/bin/env bash
# End-to-end figures of the release binary on ONE core: CPU time (user + sys), wall
# time, peak RSS, and throughput by CPU time, for `factcheck batch` and `factcheck extract`
# at 1x, 10x and 100x input.
#
#   benches/measure.sh [DATA_DIR] [OUT_DIR]
#
# DATA_DIR holds the benchmark's *.dev.jsonl (default ../shared/bench/data); OUT_DIR
# receives the generated inputs (default target/measure). FACTCHECK names the binary
# (default target/release/factcheck). Each figure is the best of 3 runs by CPU time: the
# machine is shared, and the least disturbed run is the closest to the program's own cost.
# SCALES (default "1 10 100") picks the sizes.
set -euo pipefail
data=${1:-../shared/bench/data}
out=${2:-target/measure}
bin=${FACTCHECK:-target/release/factcheck}
mkdir -p "$out"
cat "$data"/*.dev.jsonl > "$out/dev-1x.jsonl"
for n in 10 100; do
  : > "$out/dev-${n}x.jsonl"
  for _ in $(seq "$n"); do cat "$out/dev-1x.jsonl" >> "$out/dev-${n}x.jsonl"; done
done
# Extraction input: the distinct articles of the benchmark, one after another (1x is
# their first 500 kB; 100x is 50 MB, read by `extract` one 128 KiB window at a time), and the same
# text on one line (as batch sources are).
python3 - "$out/dev-1x.jsonl" "$out/articles-1x.txt" <<'PY'
import json, sys
seen, parts = set(), []
for line in open(sys.argv[1], encoding="utf-8"):
    s = json.loads(line)["source"]
    if s not in seen:
        seen.add(s)
        parts.append(s.strip() + "\n\n")
text, size = "", 0
for p in parts:
    if size + len(p.encode()) > 500_000:
        break
    text += p
    size += len(p.encode())
open(sys.argv[2], "w", encoding="utf-8").write(text)
open(sys.argv[2].replace("articles", "oneline"), "w", encoding="utf-8").write(
    " ".join(text.split("\n")))
PY
for n in 10 100; do
  for kind in articles oneline; do
    : > "$out/$kind-${n}x.txt"
    for _ in $(seq "$n"); do cat "$out/$kind-1x.txt" >> "$out/$kind-${n}x.txt"; done
  done
done

# usage TIMES STDOUT CMD... : runs CMD with its output in STDOUT and writes "user sys wall
# peak-RSS-KiB" of it to TIMES, from wait4's rusage (microseconds; time(1) prints 10 ms
# steps, a twentieth of a 1x batch run).
usage() {
  python3 - "$@" <<'PY'
import os, sys, time
times, stdout, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]
# The output file is opened here, in the parent: truncating the last run's 26 MB of JSON
# in the child was charged to the run (about 20 ms of system time for extract at 10x).
fd = os.open(stdout, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
start = time.monotonic()
pid = os.fork()
if pid == 0:
    os.dup2(fd, 1)
    os.execvp(cmd[0], cmd)
os.close(fd)
_, status, ru = os.wait4(pid, 0)
wall = time.monotonic() - start
with open(times, "w") as f:
    f.write(f"{ru.ru_utime:.6f} {ru.ru_stime:.6f} {wall:.6f} {ru.ru_maxrss}\n")
sys.exit(os.waitstatus_to_exitcode(status))
PY
}

# run LABEL UNITS COUNT CMD... : best of 3 by CPU time
run() {
  local label=$1 units=$2 count=$3
  shift 3
  local best=""
  for _ in 1 2 3; do
    usage "$out/time.txt" "$out/stdout" taskset -c 0 env RAYON_NUM_THREADS=1 "$@"
    read -r user sys wall rss < "$out/time.txt"
    cpu=$(echo "$user + $sys" | bc -l)
    if [ -z "$best" ] || (( $(echo "$cpu < ${best%% *}" | bc -l) )); then
      best="$cpu $wall $rss"
    fi
  done
  read -r cpu wall rss <<< "$best"
  printf '| %s | %s | %.3f | %.3f | %.0f | %.1f %s/s |\n' "$label" "$count" "$cpu" "$wall" \
    "$(echo "$rss / 1024" | bc -l)" "$(echo "$count / $cpu" | bc -l)" "$units"
}

echo "| run | input | CPU s | wall s | peak RSS MB | throughput (by CPU) |"
echo "|---|---|---|---|---|---|"
for n in ${SCALES:-1 10 100}; do
  f="$out/dev-${n}x.jsonl"
  run "batch ${n}x ($(du -h "$f" | cut -f1))" pairs "$(wc -l < "$f")" "$bin" batch --input "$f"
done
for n in ${SCALES:-1 10 100}; do
  f="$out/articles-${n}x.txt"
  bytes=$(wc -c < "$f")
  run "extract --format json ${n}x" MB "$(echo "$bytes / 1000000" | bc -l | xargs printf '%.2f')" \
    "$bin" extract "$f" --format json
done
for n in ${SCALES:-1 10 100}; do
  f="$out/oneline-${n}x.txt"
  bytes=$(wc -c < "$f")
  run "extract, all on one line, ${n}x" MB "$(echo "$bytes / 1000000" | bc -l | xargs printf '%.2f')" \
    "$bin" extract "$f" --format json
done
# Process start: a one-sentence file, by perf's task clock (time(1) counts in 10 ms).
echo "Russia vetoed the plan on Monday." > "$out/one.txt"
if perf stat -e task-clock true > /dev/null 2>&1; then
  ms=$(perf stat -r 30 -e task-clock -x, taskset -c 0 "$bin" extract "$out/one.txt" 2>&1 > /dev/null \
    | grep task-clock | cut -d, -f1)
  printf '| extract, one sentence (process start) | 1 file | %.1f ms | | | |\n' "$ms"
fi
echo "one core (taskset -c 0, RAYON_NUM_THREADS=1); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
