#!/usr/bin/env python3
"""factcheck and quantulum3 side by side on quantities (issue 8).

Runs `factcheck extract SOURCE --format json` and `quantulum3.parser.parse` on the same
texts, article by article: the example sources `claims/sources/*.txt` and the benchmark
articles the hand-annotated sentences of `tests/fixtures/quantities.tsv` come from (read at
run time from the benchmark directory given as argument; nothing of it is stored here).

It reports
  1. throughput of each, in bytes of article text per second, and the ratio;
  2. precision and recall of both on the annotated quantities: value + qualifier, and
     value only. Both tools run on the whole article; a sentence's quantities are those
     whose span lies inside the sentence.

quantulum3 has no qualifiers. Its output is mapped to our scheme as fairly as possible:
a range it recognises ("between 10 and 15", "40 to 44", "17-29" give a mean and an
uncertainty) becomes low/high with `between`, anything else `exact`. A second, more
generous row ("quantulum3 + qualifier words") also gives it the qualifier that the words
right before its span name, from factcheck's own list `src/lexicon/qualifiers.txt`.

Usage (from the repository root):
    cargo build --release
    python3 -m venv /tmp/qvenv && /tmp/qvenv/bin/pip install quantulum3
    /tmp/qvenv/bin/python benches/quantulum/compare.py /work/shared/bench/data
"""

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "quantities.tsv"
QUALIFIERS = ROOT / "src" / "lexicon" / "qualifiers.txt"


# --- gold -------------------------------------------------------------------------------


def load_gold():
    """[(file, id, sentence, [(text, figure, qualifier)])], in fixture order."""
    cases = {}
    header = True
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if header:
            header = False
            continue
        sentence, text, value, low, high, qualifier, source = line.split("\t")
        file, ident = source.split("#")
        case = cases.setdefault(sentence, (file, ident, sentence, []))
        if qualifier == "none":
            continue
        figure = (float(value),) if value else (float(low), float(high))
        case[3].append((text, figure, qualifier))
    return list(cases.values())


def load_articles(data_dir, wanted):
    """{id: text} for the benchmark ids in `wanted`."""
    out = {}
    for file in sorted({f for f, _ in wanted}):
        with open(Path(data_dir) / file, encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if (file, row["id"]) in wanted and row["id"] not in out:
                    out[row["id"]] = row["source"]
    missing = {i for _, i in wanted} - set(out)
    if missing:
        sys.exit(f"articles not found in {data_dir}: {sorted(missing)}")
    return out


# --- the two extractors -------------------------------------------------------------------


def factcheck_quantities(binary, path):
    """Quantities of one file: [(start_char, end_char, figure, qualifier)]."""
    out = subprocess.run(
        [binary, "extract", str(path), "--format", "json"],
        check=True,
        capture_output=True,
    ).stdout
    raw = Path(path).read_bytes()
    found = []
    for fact in json.loads(out)["facts"]:
        if fact["kind"] != "quantity":
            continue
        if fact.get("value") is not None:
            figure = (float(fact["value"]),)
        else:
            figure = (float(fact["low"]), float(fact["high"]))
        # byte offsets in the file -> character offsets in the text
        start = len(raw[: fact["start"]].decode("utf-8", "replace"))
        end = len(raw[: fact["end"]].decode("utf-8", "replace"))
        found.append((start, end, figure, fact["qualifier"]))
    return found


def qualifier_words():
    """[(words, qualifier)] from factcheck's lexicon, longest phrase first."""
    pairs = []
    for line in QUALIFIERS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        phrase, qualifier = line.rsplit(None, 1)
        pairs.append((phrase.lower().split(), qualifier))
    pairs.sort(key=lambda p: -len(p[0]))
    return pairs


def quantulum_quantities(parser, text, words=None):
    """Quantities of one text: [(start, end, figure, qualifier)]."""
    found = []
    for q in parser.parse(text):
        start, end = q.span
        if q.uncertainty:
            figure = (q.value - q.uncertainty, q.value + q.uncertainty)
            qualifier = "between"
        else:
            figure = (q.value,)
            qualifier = "exact"
        if words and qualifier == "exact":
            before = text[:start].lower().replace(",", " ").split()[-3:]
            for phrase, qual in words:
                if before[-len(phrase) :] == phrase:
                    qualifier = qual
                    break
        found.append((start, end, figure, qualifier))
    return found


# --- scoring ----------------------------------------------------------------------------


def same(a, b):
    if len(a) != len(b):
        return False
    return all(abs(x - y) <= 1e-6 * max(abs(x), abs(y), 1.0) for x, y in zip(a, b))


class Score:
    def __init__(self):
        self.gold = self.predicted = self.strict = self.loose = 0

    def add(self, gold, predicted):
        self.gold += len(gold)
        self.predicted += len(predicted)
        for with_qualifier in (True, False):
            used = [False] * len(gold)
            hits = 0
            for _, figure, qualifier in predicted:
                for g, (_, gfig, gqual) in enumerate(gold):
                    if (
                        not used[g]
                        and same(gfig, figure)
                        and (not with_qualifier or gqual == qualifier)
                    ):
                        used[g] = True
                        hits += 1
                        break
            if with_qualifier:
                self.strict += hits
            else:
                self.loose += hits

    def row(self, name):
        def ratio(a, b):
            return a / b if b else 1.0

        return (
            f"| {name} | {ratio(self.strict, self.predicted):.3f} | "
            f"{ratio(self.strict, self.gold):.3f} | {ratio(self.loose, self.predicted):.3f} | "
            f"{ratio(self.loose, self.gold):.3f} | {self.predicted} |"
        )


def in_sentence(text, found, start, end):
    """(surface, figure, qualifier) of the quantities inside text[start:end]."""
    return [(text[s:e], f, q) for s, e, f, q in found if s >= start and e <= end]


# --- main -------------------------------------------------------------------------------


def child_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", help="directory of the benchmark *.dev.jsonl files")
    ap.add_argument(
        "--factcheck",
        default=str(ROOT / "target" / "release" / "factcheck"),
        help="the factcheck binary (default: target/release/factcheck)",
    )
    ap.add_argument("--repeat", type=int, default=3, help="timing runs; the median is kept")
    ap.add_argument("--verbose", action="store_true", help="print every mismatch")
    args = ap.parse_args()

    warnings.filterwarnings("ignore")  # quantulum3 warns that its optional classifier is absent
    load_start = time.perf_counter()
    from quantulum3 import parser

    parser.parse("warm up: 3 km")
    load_time = time.perf_counter() - load_start

    gold = load_gold()
    articles = load_articles(args.data, {(f, i) for f, i, _, _ in gold})
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "claims" / "sources").glob("*.txt"))]
    texts += sorted(articles.items())

    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for name, text in texts:
            path = Path(tmp) / (name if name.endswith(".txt") else name + ".txt")
            path.write_bytes(text.encode("utf-8"))
            paths[name] = path
        # A one-sentence file costs what starting factcheck costs (an empty one would skip
        # loading the lexicons); all texts in one file show the cost without process starts.
        tiny = Path(tmp) / "tiny.txt"
        tiny.write_bytes(b"The report was published.\n")
        joined = Path(tmp) / "all.txt"
        joined.write_bytes("\n\n".join(t for _, t in texts).encode("utf-8"))
        total_bytes = sum(len(t.encode("utf-8")) for _, t in texts)

        def run_factcheck(files):
            for path in files:
                subprocess.run(
                    [args.factcheck, "extract", str(path), "--format", "json"],
                    check=True,
                    capture_output=True,
                )

        def timed(work, cpu_clock):
            wall, cpu = [], []
            for _ in range(args.repeat):
                w, c = time.perf_counter(), cpu_clock()
                work()
                wall.append(time.perf_counter() - w)
                cpu.append(cpu_clock() - c)
            return statistics.median(wall), statistics.median(cpu)

        # 1. throughput; CPU time is robust on a shared machine, wall time is what a user waits
        per_article = timed(lambda: run_factcheck(paths[n] for n, _ in texts), child_cpu)
        starts = timed(lambda: run_factcheck([tiny] * len(texts)), child_cpu)
        one_process = timed(lambda: run_factcheck([joined]), child_cpu)
        quantulum = timed(lambda: [parser.parse(t) for _, t in texts], time.process_time)
        # Wall time minus the starts' wall time can come out at or below zero on a shared
        # machine (each is measured apart): such a figure is shown as unknown, not divided.
        without_start = tuple(a - s for a, s in zip(per_article, starts))

        def rate(seconds):
            return total_bytes / seconds if seconds > 0 else float("inf")

        rows = [
            ("factcheck extract, one process per article", per_article),
            ("factcheck extract, per article minus process start", without_start),
            ("factcheck extract, all texts in one process", one_process),
            ("quantulum3 parser.parse per article, in process", quantulum),
        ]
        print(f"texts: {len(texts)} articles, {total_bytes} bytes; timing runs: {args.repeat} (median)")
        print(f"quantulum3 load time (import + first parse): {load_time:.2f} s, not counted")
        print(f"factcheck process start (one-sentence file): {starts[1] / len(texts) * 1000:.1f} ms CPU\n")
        print("| run | wall s | wall bytes/s | CPU s | CPU bytes/s | ratio to quantulum3 (CPU) |")
        print("|---|---|---|---|---|---|")
        def cells(seconds):
            return (f"{seconds:.3f}", f"{rate(seconds):,.0f}") if seconds > 0 else ("—", "—")

        for name, (wall, cpu) in rows:
            ratio = f"{quantulum[1] / cpu:,.1f}x" if cpu > 0 else "—"
            print(f"| {name} | {' | '.join(cells(wall))} | {' | '.join(cells(cpu))} | {ratio} |")
        print()

        # 2. quality on the annotated sentences
        words = qualifier_words()
        runs = {
            "factcheck": {i: factcheck_quantities(args.factcheck, paths[i]) for i in articles},
            "quantulum3": {i: quantulum_quantities(parser, t) for i, t in articles.items()},
            "quantulum3 + qualifier words": {i: quantulum_quantities(parser, t, words) for i, t in articles.items()},
        }
    scores = {name: Score() for name in runs}
    mismatches = {name: [] for name in runs}
    for _, ident, sentence, gold_items in gold:
        start = articles[ident].find(sentence)
        end = start + len(sentence)
        for name, found in runs.items():
            predicted = in_sentence(articles[ident], found[ident], start, end)
            scores[name].add(gold_items, predicted)
            want = sorted((f, q) for _, f, q in gold_items)
            have = sorted((f, q) for _, f, q in predicted)
            if want != have:
                gold_text = [(s, f, q) for s, f, q in gold_items]
                mismatches[name].append(f"[{ident}] {sentence}\n    gold: {gold_text}\n    got:  {predicted}")
    n_gold = sum(len(g[3]) for g in gold)
    print(f"annotated: {len(gold)} sentences, {n_gold} quantities, {len(articles)} articles\n")
    print("| extractor | P value+qualifier | R value+qualifier | P value | R value | predicted |")
    print("|---|---|---|---|---|---|")
    for name, score in scores.items():
        print(score.row(name))
    if args.verbose:
        for name, lines in mismatches.items():
            print(f"\n## {name}: {len(lines)} sentences with mismatches")
            print("\n".join(lines))


if __name__ == "__main__":
    main()
