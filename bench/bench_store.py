"""Build a corpus of articles into a store and measure it, side by side with a raw read-and-regex scan.

    .venv/bin/python bench/bench_store.py ARTICLES_DIR [--jobs 2] [--queries 20] [--rawscan PATH]

ARTICLES_DIR holds .txt articles (e.g. made by the team's synthetic-corpus script). Reports, as JSON:
articles/s and CPU seconds of the first build (validation included), peak memory of the building
processes, the time of a second build over the unchanged corpus (every article skipped), the raw scan's
time in the same run and the ratio, and the p50/p99 of each bundled query on the store. The store is
made in a temporary folder and removed."""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pyoxigraph as ox  # noqa: E402

from kg.ingest import Article  # noqa: E402
from kg.store import CorpusStore, build_into_store  # noqa: E402
from kg.vocab import DEFAULT_BASE  # noqa: E402

QUERIES_DIR = Path(__file__).resolve().parents[1] / "queries"


def articles(folder: Path) -> list[Article]:
    return [Article(p.name, p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]


def cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def peak_mib() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return max(own.ru_maxrss, children.ru_maxrss) / 1024


def timed_build(folder: Path, store_dir: Path, jobs: int) -> tuple[float, float, int]:
    corpus = articles(folder)
    cpu0, t0 = cpu_seconds(), time.perf_counter()
    with CorpusStore(store_dir) as store, ProcessPoolExecutor(jobs) as pool:
        outcomes = build_into_store(store, corpus, DEFAULT_BASE, executor=pool)
    failed = sum(o.status == "failed" for o in outcomes)
    return time.perf_counter() - t0, cpu_seconds() - cpu0, failed


def query_latencies(store_dir: Path, repeat: int) -> dict[str, dict[str, float]]:
    store = ox.Store.read_only(str(store_dir / "oxigraph"))
    out = {}
    for rq in sorted(QUERIES_DIR.glob("*.rq")):
        text = rq.read_text(encoding="utf-8")
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            result = store.query(text, use_default_graph_as_union=True)
            for _ in result:
                pass
            times.append(time.perf_counter() - t0)
        times.sort()
        out[rq.stem] = {"p50_ms": round(statistics.median(times) * 1000, 1),
                        "p99_ms": round(times[min(len(times) - 1, int(len(times) * 0.99))] * 1000, 1)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--queries", type=int, default=20, help="runs of each bundled query")
    ap.add_argument("--rawscan", type=Path, help="the team's raw-scan script, timed on the same folder")
    a = ap.parse_args()
    n = len(articles(a.folder))
    report: dict[str, object] = {"articles": n, "jobs": a.jobs}
    if a.rawscan:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, str(a.rawscan), str(a.folder)], check=True, capture_output=True)
        report["rawscan_s"] = round(time.perf_counter() - t0, 2)
    with tempfile.TemporaryDirectory() as tmp:
        store_dir = Path(tmp) / "store"
        wall, cpu, failed = timed_build(a.folder, store_dir, a.jobs)
        report.update(build_s=round(wall, 1), articles_per_s=round(n / wall, 1), cpu_s=round(cpu, 1),
                      failed=failed, peak_mib=round(peak_mib(), 1))
        if a.rawscan:
            report["build_over_rawscan"] = round(wall / report["rawscan_s"], 1)
        wall, _, _ = timed_build(a.folder, store_dir, a.jobs)
        report["noop_rebuild_s"] = round(wall, 2)
        report["queries"] = query_latencies(store_dir, a.queries)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
