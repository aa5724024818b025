#!/usr/bin/env bash
# The README's "Limits" table: time and peak memory of the release binary on inputs at
# and past its bounds, and the exit status each one gets.
#
#   benches/limits.sh [DATA_DIR] [OUT_DIR]
#
# DATA_DIR holds the benchmark's *.dev.jsonl (default ../shared/bench/data): their
# articles are the prose the large sources are made of. OUT_DIR receives the generated
# inputs (default target/limits; about 120 MB). FACTCHECK names the binary (default
# target/release/factcheck). Wall time and peak RSS come from wait4 (all cores allowed,
# as a user runs it); each row is one run.
set -euo pipefail
data=${1:-../shared/bench/data}
out=${2:-target/limits}
bin=$(realpath "${FACTCHECK:-target/release/factcheck}")
mkdir -p "$out"
out=$(realpath "$out")

# The inputs. Prose is the benchmark's distinct articles joined on one line (a source
# with no paragraph breaks is the costliest shape: one window, one paragraph).
python3 - "$data" "$out" <<'PY'
import glob, json, os, sys
data, out = sys.argv[1], sys.argv[2]
seen, parts = set(), []
for path in sorted(glob.glob(os.path.join(data, "*.dev.jsonl"))):
    for line in open(path, encoding="utf-8"):
        s = json.loads(line)["source"]
        if s not in seen:
            seen.add(s)
            parts.append(" ".join(s.split()))
prose = " ".join(parts)

def sized(n):
    text = (prose + " ") * (n // len(prose.encode()) + 1)
    return text.encode()[:n].decode("utf-8", "ignore")

def write(name, text):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(text)

claims = "claims:\n  - id: fire\n    claim: The council said 40 people were hurt in the fire on Monday.\n"
MB = 1_000_000
for name, size in [("prose-1mb", MB), ("prose-16mib", 16 * 1024 * 1024)]:
    os.makedirs(os.path.join(out, name, "sources"), exist_ok=True)
    write(f"{name}/sources/a.txt", sized(size))
    write(f"{name}/claims.yaml", "source: sources/a.txt\n" + claims)
os.makedirs(os.path.join(out, "word-16mib/sources"), exist_ok=True)
write("word-16mib/sources/a.txt", ("word " * (16 * 1024 * 1024 // 5)).strip())
write("word-16mib/claims.yaml", "source: sources/a.txt\n" + claims)
os.makedirs(os.path.join(out, "prose-50mb/sources"), exist_ok=True)
write("prose-50mb/sources/a.txt", sized(50 * MB))
write("prose-50mb/claims.yaml", "source: sources/a.txt\n" + claims)

# One claim of 1 MB: many sentences, or one sentence (no full stop).
os.makedirs(os.path.join(out, "claim-1mb/sources"), exist_ok=True)
write("claim-1mb/sources/a.txt", sized(20_000))
for name, text in [("many", sized(MB)), ("one", sized(MB).replace(".", ","))]:
    write(f"claim-1mb/{name}.yaml", "source: sources/a.txt\nclaims:\n  - id: long\n    claim: " + json.dumps(text) + "\n")

# 8 MB claim files that expand through aliases, and that nest brackets.
os.makedirs(os.path.join(out, "hostile/sources"), exist_ok=True)
write("hostile/sources/a.txt", sized(2_000))
laugh = ["source: sources/a.txt", 'a0: &a0 "' + "lol " * 1000 + '"']
for i in range(1, 40):
    laugh.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
laugh.append("claims:\n  - id: laugh\n    claim: *a39")
text = "\n".join(laugh) + "\n"
write("hostile/aliases.yaml", text + "#" * max(0, 8 * MB - len(text)))
depth = 4_000_000
write("hostile/nested.yaml", "source: sources/a.txt\nclaims: " + "[" * depth + "]" * depth + "\n")

# 3,000 claim files sharing one source.
many = os.path.join(out, "many")
os.makedirs(os.path.join(many, "sources"), exist_ok=True)
write("many/sources/a.txt", sized(5_000))
for i in range(3000):
    write(f"many/c{i:04}.yaml", "source: sources/a.txt\n" + claims)

# batch: many lines on one small source; few lines with large sources; an oversized line.
small = sized(2_000)
with open(os.path.join(out, "batch-small.jsonl"), "w", encoding="utf-8") as f:
    for i in range(10_000):
        claim = f"{i % 500 + 1} people were hurt in the fire."
        f.write(json.dumps({"id": str(i), "source": small, "claim": claim}) + "\n")
with open(os.path.join(out, "batch-large.jsonl"), "w", encoding="utf-8") as f:
    for i in range(40):
        # A different cut of the prose for each line: no source is shared.
        start = i * 7_919
        f.write(json.dumps({"id": str(i), "source": (prose * 2)[start:start + MB],
                            "claim": "The council said 40 people were hurt."}) + "\n")
with open(os.path.join(out, "batch-oversized.jsonl"), "w", encoding="utf-8") as f:
    good = json.dumps({"id": "a", "source": small, "claim": "40 people were hurt."})
    f.write(good + "\n")
    f.write('{"id":"big","claim":"x","source":"' + "a" * (16 * 1024 * 1024) + '"}\n')
    f.write(good.replace('"a"', '"b"', 1) + "\n")
PY

# usage LABEL INPUT-DESCRIPTION CMD... : one table row from wait4 (wall, peak RSS, exit).
row() {
  local label=$1
  shift
  python3 - "$label" "$@" <<'PY'
import os, sys, time
label, cmd = sys.argv[1], sys.argv[2:]
null = os.open(os.devnull, os.O_WRONLY)
start = time.monotonic()
pid = os.fork()
if pid == 0:
    os.dup2(null, 1)
    os.dup2(null, 2)
    os.execvp(cmd[0], cmd)
_, status, ru = os.wait4(pid, 0)
wall = time.monotonic() - start
code = os.waitstatus_to_exitcode(status)
print(f"| {label} | {wall:.2f} s | {ru.ru_maxrss / 1024:.0f} MB | {code} |")
PY
}

echo "| input | time | peak memory | exit |"
echo "|---|---|---|---|"
claims=$("$bin" check claims/ | sed -n 's/^ok: \([0-9,]*\) claims.*/\1/p')
row "\`claims/\` ($claims claims)" "$bin" check claims/
row "1 MB source, prose on one line" "$bin" check "$out/prose-1mb"
row "16 MiB source (the limit), prose on one line" "$bin" check "$out/prose-16mib"
row "16 MiB source, one word repeated, no full stop" "$bin" check "$out/word-16mib"
row "50 MB source on one line (refused)" "$bin" check "$out/prose-50mb"
row "\`extract\` of the 50 MB source" "$bin" extract "$out/prose-50mb/sources/a.txt"
row "1 MB claim of many sentences" "$bin" check "$out/claim-1mb/many.yaml"
row "1 MB claim of one sentence" "$bin" check "$out/claim-1mb/one.yaml"
row "8 MB claim file expanding through aliases (refused)" "$bin" check "$out/hostile/aliases.yaml"
row "8 MB claim file nested 4 million \`[\` deep (refused)" "$bin" check "$out/hostile/nested.yaml"
row "3,000 claim files sharing one source" "$bin" check "$out/many"
row "\`batch\`: 10,000 lines on a 2 KB source" "$bin" batch --input "$out/batch-small.jsonl"
row "\`batch\`: 40 lines with 1 MB sources each" "$bin" batch --input "$out/batch-large.jsonl"
row "\`batch\`: a 16 MiB line between two good ones" "$bin" batch --input "$out/batch-oversized.jsonl"
echo "$(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
