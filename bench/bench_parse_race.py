"""Threads parsing the bundled questions at once from a cold start, in a fresh process per run.

    .venv/bin/python bench/bench_parse_race.py --threads 64 --parses 1000

Each thread waits at a barrier, then runs kg.query.prepare_query (the read-only inspection and the
parse) over the bundled questions until it has made `--parses` parses. Prints the parses made, the
failures (any exception) and the wall time; exit 1 when anything failed.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import sys, threading, time
sys.path.insert(0, {root!r})
from kg.query import bundled_queries, prepare_query
texts = [b.text for b in bundled_queries()]
threads, parses = {threads}, {parses}
barrier, failures, lock = threading.Barrier(threads), [], threading.Lock()
def parse():
    barrier.wait()
    for i in range(parses):
        try:
            prepare_query(texts[i % len(texts)])
        except Exception as e:
            with lock:
                failures.append(repr(e))
workers = [threading.Thread(target=parse) for _ in range(threads)]
started = time.perf_counter()
for w in workers: w.start()
for w in workers: w.join()
print(threads * parses, len(failures), round(time.perf_counter() - started, 2), failures[:1])
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=64)
    parser.add_argument("--parses", type=int, default=1000, help="parses per thread (default 1000)")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes (default 3)")
    parser.add_argument("--limit", type=float, default=600, help="seconds one run may take (default 600)")
    args = parser.parse_args(argv)
    failed = 0
    for run in range(1, args.runs + 1):
        code = CHILD.format(root=str(ROOT), threads=args.threads, parses=args.parses)
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=args.limit)
        parses, failures, seconds, first = done.stdout.split(" ", 3) if done.stdout else ("0", "?", "?", done.stderr)
        print(f"run {run}: {parses} parses by {args.threads} threads, {failures} failed, {seconds} s {first.strip()}")
        failed += failures != "0"
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
