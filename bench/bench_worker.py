"""CPU per article of what a corpus store's worker does, beside another checkout: extraction alone, and
`kg.store.build_batch_nquads` (extraction, N-Quads, the compiled-shapes check of each batch of 50).

    .venv/bin/python bench/bench_worker.py ARTICLES_DIR [--baseline TREE] [--runs 5] [--limit 300]

ARTICLES_DIR holds .txt articles (e.g. `python ../shared/bench/synth_corpus.py ../shared/corpus/dev OUT 300`).
Each run is a fresh process with one tree's `kg` first on the path; it warms the lexicons, the gazetteer and
the shapes on a few articles first (as a long-running worker has them), then reports CPU seconds, which a
shared machine disturbs far less than wall time. With `--baseline TREE` (e.g. `git worktree add /tmp/base
main`) the two trees are run in turn, run after run, so both see the same load; the last lines give the
medians and the median of the pairs' ratios (this tree / the baseline)."""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run in a child process with one tree's `kg` first on the path: CPU ms per article of both measures.
MEASURE = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from kg.ingest import Article
from kg.pipeline import extract
from kg.store import BATCH_SIZE, build_batch_nquads
from kg.vocab import DEFAULT_BASE
files = sorted(Path(sys.argv[2]).glob("*.txt"))[:int(sys.argv[3])]
articles = [Article(source=str(f), name=f.stem, text=f.read_text(encoding="utf-8")) for f in files]
build_batch_nquads(articles[:5], DEFAULT_BASE, True)
cpu = time.process_time()
for a in articles:
    extract(a.text)
extraction = time.process_time() - cpu
cpu = time.process_time()
for i in range(0, len(articles), BATCH_SIZE):
    build_batch_nquads(articles[i:i + BATCH_SIZE], DEFAULT_BASE, True)
worker = time.process_time() - cpu
print(json.dumps({"extraction": 1000 * extraction / len(articles), "worker": 1000 * worker / len(articles)}))
"""

MEASURES = ("extraction", "worker")


def measure(tree: Path, folder: Path, limit: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", MEASURE, str(tree), str(folder), str(limit)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="a folder of .txt articles")
    ap.add_argument("--baseline", type=Path, help="another checkout of the project to measure side by side")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--limit", type=int, default=300, help="articles read from the folder, in name order")
    a = ap.parse_args()
    trees = [("baseline", a.baseline.resolve())] if a.baseline else []
    trees.append(("this", ROOT))
    results: dict[str, list[dict[str, float]]] = {name: [] for name, _ in trees}
    for run in range(a.runs):
        for name, tree in trees:
            got = measure(tree, a.folder, a.limit)
            results[name].append(got)
            print(f"run {run + 1} {name:8s} " + "  ".join(f"{m} {got[m]:.2f} ms" for m in MEASURES), flush=True)
    for m in MEASURES:
        medians = {name: statistics.median(r[m] for r in runs) for name, runs in results.items()}
        line = f"{m:10s} CPU ms an article, median of {a.runs}: " + ", ".join(f"{n} {v:.2f}" for n, v in medians.items())
        if a.baseline:
            ratios = [t[m] / b[m] for b, t in zip(results["baseline"], results["this"])]
            line += f"; median of the pairs' ratios {statistics.median(ratios):.3f}"
        print(line)


if __name__ == "__main__":
    main()
