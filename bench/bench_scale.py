"""Extraction cost against the article's length, from ~10 KB to 2 MB: it must grow linearly.

    .venv/bin/python bench/bench_scale.py [--max-kb 2048] [--validate-up-to-kb 160] [--runs 1]
                                          [--baseline TREE] [--profile KB] [--whole]

The inputs are the invented articles of the bench sets (heldout, fresh, final, last, closing) joined
end to end until each size is reached; no real text is used. Each measurement runs in a fresh process
(lexicons warmed on one article first, as a long-running process would have them) and reports CPU
seconds, which a shared machine disturbs far less than wall time (wall seconds are printed too). For
every size it prints the seconds of extraction (text -> facts), its CPU seconds per 100 KB, and the
seconds of building and validating the graph up to --validate-up-to-kb. The last line is the ratio of
the largest input's per-KB cost to the smallest's: about 1 when the cost is linear.

`--baseline TREE` measures another checkout side by side in the same run, size by size (e.g. the
revision before a change: `git worktree add /tmp/base main`), so both see the same machine load.
`--profile KB` runs cProfile on one size instead and prints the functions that take the most time,
to find what still grows faster than the text.

`--whole` times what a user runs instead: the whole `kg build -o graph.ttl` of each size (reading, extraction,
RDF, the shapes check, Turtle), each run a fresh process, wall and CPU seconds (the child's user + system
time), the median of --runs up to 640 KB and one run above. The largest input is cut to the builder's cap of
2,000,000 bytes (2048 KB would be refused)."""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
SETS = ("heldout", "fresh", "final", "last", "closing")
SIZES_KB = (10, 20, 40, 80, 160, 320, 640, 1280, 2048)
MAX_INPUT_BYTES = 2_000_000  # kg.ingest.MAX_BYTES: a larger input is refused
ONE_RUN_FROM_KB = 1024  # a single whole build of the largest inputs suffices

# `kg build` run in a child process with one tree's `kg` first on the path.
BUILD = "import sys; sys.path.insert(0, sys.argv.pop(1)); from kg.cli import main; sys.exit(main(sys.argv[1:]))"

# Run in a child process with one tree's `kg` first on the path: times one input read from a file.
MEASURE = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from kg.pipeline import build, extract
from kg.validate import validate
text = open(sys.argv[2], encoding="utf-8").read()
extract(sys.argv[3])
cpu, wall = time.process_time(), time.perf_counter()
extract(text)
out = {"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall}
if sys.argv[4] == "1":
    cpu = time.process_time()
    validate(build(text))
    out["full_cpu"] = time.process_time() - cpu
print(json.dumps(out))
"""


def invented_articles() -> list[str]:
    """The texts of the bench sets' invented articles, in a fixed order."""
    texts = []
    for name in SETS:
        for f in sorted((BENCH / name).glob("*.json")):
            texts.append(json.loads(f.read_text(encoding="utf-8"))["text"])
    return texts


def joined_text(articles: list[str], size_kb: int, cap: int | None = None) -> str:
    """Articles joined by blank lines, repeated in order, cut at an article boundary near the size (below
    `cap` bytes when given)."""
    parts, total, i = [], 0, 0
    while total < size_kb * 1024:
        part = articles[i % len(articles)]
        size = len(part.encode("utf-8")) + 2
        if cap is not None and total + size > cap:
            break
        parts.append(part)
        total += size
        i += 1
    return "\n\n".join(parts)


def measure(tree: Path, text_file: str, warm: str, validate: bool) -> dict:
    """One input timed in a fresh process importing `kg` from `tree`."""
    done = subprocess.run([sys.executable, "-c", MEASURE, str(tree), text_file, warm, "1" if validate else "0"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def whole_build(tree: Path, text_file: str, output: str) -> dict:
    """`kg build -q -o output text_file` from `tree` in a fresh process: its wall and CPU seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", BUILD, str(tree), "build", "-q", "-o", output, text_file],
                   capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"wall": wall, "cpu": after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime}


def whole_curve(trees: list[tuple[str, Path]], articles: list[str], max_kb: int, runs: int, tmp: str) -> None:
    """The whole-build table: per size and tree, the median wall and CPU seconds and CPU per 100 KB."""
    print(f"{'tree':>9} {'size KB':>8} {'runs':>4} {'wall s':>8} {'CPU s':>8} {'CPU s/100 KB':>13}")
    per_kb: dict[str, list[float]] = {name: [] for name, _ in trees}
    for size in (s for s in SIZES_KB if s <= max_kb):
        text = joined_text(articles, size, cap=MAX_INPUT_BYTES)
        kb = len(text.encode("utf-8")) / 1024
        text_file = Path(tmp) / f"{size}.txt"
        text_file.write_text(text, encoding="utf-8")
        timed: dict[str, list[dict]] = {name: [] for name, _ in trees}
        for _ in range(1 if size >= ONE_RUN_FROM_KB else runs):
            for name, tree in trees:  # alternated, so that both trees meet the same load
                timed[name].append(whole_build(tree, str(text_file), str(Path(tmp) / f"{name}.ttl")))
        for name, _ in trees:
            wall, cpu = median_of(timed[name], "wall"), median_of(timed[name], "cpu")
            per_kb[name].append(cpu / kb)
            print(f"{name:>9} {kb:8.0f} {len(timed[name]):4d} {wall:8.2f} {cpu:8.2f} {100 * cpu / kb:13.3f}", flush=True)
    for name, costs in per_kb.items():
        print(f"{name}: whole build CPU per KB, largest input / smallest: {costs[-1] / costs[0]:.2f}")


def median_of(runs: list[dict], key: str) -> float | None:
    values = [r[key] for r in runs if key in r]
    return statistics.median(values) if values else None


def profile(text: str, top: int) -> None:
    """cProfile of the extraction of one input, sorted by own time."""
    sys.path.insert(0, str(ROOT))
    from kg.pipeline import extract
    extract(invented_articles()[0])
    prof = cProfile.Profile()
    prof.runcall(extract, text)
    pstats.Stats(prof).sort_stats("tottime").print_stats(top)


def row(name: str, kb: float, runs: list[dict]) -> tuple[str, float]:
    cpu, wall, full = median_of(runs, "cpu"), median_of(runs, "wall"), median_of(runs, "full_cpu")
    full_text = f"{full:.2f}" if full is not None else ""
    return f"{name:>9} {kb:8.0f} {cpu:11.2f} {wall:10.2f} {100 * cpu / kb:13.3f} {full_text:>18}", cpu / kb


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--max-kb", type=int, default=2048, help="largest input size in KB")
    ap.add_argument("--validate-up-to-kb", type=int, default=160, help="build and validate inputs up to this size")
    ap.add_argument("--runs", type=int, default=1, help="runs per size and tree; the median is reported")
    ap.add_argument("--baseline", type=Path, help="another checkout of the project to measure side by side")
    ap.add_argument("--profile", type=int, metavar="KB", help="profile the extraction of one size instead")
    ap.add_argument("--top", type=int, default=25, help="functions to list with --profile")
    ap.add_argument("--whole", action="store_true", help="time the whole `kg build` of each size instead")
    a = ap.parse_args()
    articles = invented_articles()
    if a.profile:
        profile(joined_text(articles, a.profile), a.top)
        return
    trees = [("this", ROOT)] + ([("baseline", a.baseline.resolve())] if a.baseline else [])
    if a.whole:
        with tempfile.TemporaryDirectory() as tmp:
            whole_curve(trees, articles, a.max_kb, a.runs, tmp)
        return
    print(f"{'tree':>9} {'size KB':>8} {'extract CPU':>11} {'wall s':>10} {'CPU s/100 KB':>13} {'build+valid. CPU':>18}")
    per_kb: dict[str, list[float]] = {name: [] for name, _ in trees}
    with tempfile.TemporaryDirectory() as tmp:
        for size in (s for s in SIZES_KB if s <= a.max_kb):
            text = joined_text(articles, size)
            kb = len(text.encode("utf-8")) / 1024
            text_file = Path(tmp) / f"{size}.txt"
            text_file.write_text(text, encoding="utf-8")
            runs: dict[str, list[dict]] = {name: [] for name, _ in trees}
            for _ in range(a.runs):
                for name, tree in trees:  # alternated, so that both trees meet the same load
                    runs[name].append(measure(tree, str(text_file), articles[0], size <= a.validate_up_to_kb))
            for name, _ in trees:
                line, cost = row(name, kb, runs[name])
                per_kb[name].append(cost)
                print(line, flush=True)
    for name, costs in per_kb.items():
        print(f"{name}: CPU per KB, largest input / smallest: {costs[-1] / costs[0]:.2f}")


if __name__ == "__main__":
    main()
