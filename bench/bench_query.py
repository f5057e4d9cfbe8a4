"""Median latency of each bundled competency question over a folder of built graphs.

    .venv/bin/python bench/bench_query.py exports/ --repeat 20

Loads the graphs once (the load time is printed too), then runs every queries/*.rq `--repeat`
times, fully reading each result, and prints one line per question: median and slowest run in
milliseconds and the number of rows.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.errors import KGError  # noqa: E402
from kg.query import bundled_queries, load_dataset, prepare_query, run_query  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="built graph files or folders of them")
    parser.add_argument("--repeat", "-n", type=int, default=20, help="runs per question (default 20)")
    args = parser.parse_args(argv)
    try:
        started = time.perf_counter()
        dataset = load_dataset(args.paths)
        loaded = time.perf_counter() - started
    except KGError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    graphs = sum(1 for g in dataset.graphs() if len(g))
    print(f"loaded {graphs} graphs, {len(dataset)} triples in {loaded * 1000:.0f} ms; {args.repeat} runs each")
    print(f"{'question':24}  {'median ms':>9}  {'max ms':>8}  {'rows':>6}")
    for question in bundled_queries():
        prepared = prepare_query(question.text)
        times, rows = [], 0
        for _ in range(args.repeat):
            started = time.perf_counter()
            rows = len(list(run_query(dataset, prepared)))
            times.append((time.perf_counter() - started) * 1000)
        print(f"{question.name:24}  {statistics.median(times):9.1f}  {max(times):8.1f}  {rows:6d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
