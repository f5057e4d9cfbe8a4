"""Build corpora of articles into stores and measure them, side by side with a raw read-and-regex scan.

    .venv/bin/python bench/bench_store.py ARTICLES_DIR [--jobs 2] [--queries 20] [--rawscan PATH]
    .venv/bin/python bench/bench_store.py --synth SCRIPT --seed-dir DIR --sizes 1000 10000 [--rawscan PATH]

ARTICLES_DIR holds .txt articles; with --synth, the team's synthetic-corpus script writes one corpus of
each size (`SCRIPT SEED_DIR OUT N`) in a temporary folder. For each corpus it reports, as JSON:
articles/s, CPU seconds of the first build (validation included) and of the parent process alone (the
serial part: skipping, committing), peak memory of the building
processes, the time of a second build over the unchanged corpus (every article skipped), the raw scan's
time in the same run and the ratio, and for the largest corpus the p50/p99 of each bundled query on the
store's default graph (the union of its articles) and the seconds from starting `kg serve --store` to
its first answer. Stores are made in a temporary folder and removed."""
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_query import serve_first_answer_s  # noqa: E402  (the one measure of `kg serve` starting)

QUERIES_DIR = Path(__file__).resolve().parents[1] / "queries"


def articles(folder: Path) -> list[Article]:
    return [Article(p.name, p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]


def cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def peak_mib() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return max(own.ru_maxrss, children.ru_maxrss) / 1024


def parent_cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def timed_build(folder: Path, store_dir: Path, jobs: int) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds (all processes), CPU seconds of this process (reading, skipping, writing
    the store: the serial part) and the number of failed articles."""
    corpus = articles(folder)
    cpu0, parent0, t0 = cpu_seconds(), parent_cpu_seconds(), time.perf_counter()
    with CorpusStore(store_dir) as store, ProcessPoolExecutor(jobs) as pool:
        outcomes = build_into_store(store, corpus, DEFAULT_BASE, executor=pool)
    failed = sum(o.status == "failed" for o in outcomes)
    return time.perf_counter() - t0, cpu_seconds() - cpu0, parent_cpu_seconds() - parent0, failed


def query_latencies(store_dir: Path, repeat: int) -> dict[str, dict[str, float]]:
    store = ox.Store.read_only(str(store_dir / "oxigraph"))
    out = {}
    for rq in sorted(QUERIES_DIR.glob("*.rq")):
        text = rq.read_text(encoding="utf-8")
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            result = store.query(text)
            for _ in result:
                pass
            times.append(time.perf_counter() - t0)
        times.sort()
        out[rq.stem] = {"p50_ms": round(statistics.median(times) * 1000, 1),
                        "p99_ms": round(times[min(len(times) - 1, int(len(times) * 0.99))] * 1000, 1)}
    return out


def measure(folder: Path, work: Path, jobs: int, rawscan: Path | None, repeat: int, queries: bool) -> dict:
    """The figures of one corpus: raw scan, first build, no-op rebuild, and (if asked) queries and serve."""
    n = len(articles(folder))
    report: dict[str, object] = {"articles": n, "jobs": jobs}
    if rawscan:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, str(rawscan), str(folder)], check=True, capture_output=True)
        report["rawscan_s"] = round(time.perf_counter() - t0, 2)
    store_dir = work / f"store-{n}"
    wall, cpu, parent_cpu, failed = timed_build(folder, store_dir, jobs)
    report.update(build_s=round(wall, 1), articles_per_s=round(n / wall, 1), cpu_s=round(cpu, 1),
                  parent_cpu_s=round(parent_cpu, 1), ms_wall_per_article=round(wall / n * 1000, 1),
                  failed=failed, peak_mib=round(peak_mib(), 1))
    if rawscan:
        report["build_over_rawscan"] = round(wall / report["rawscan_s"], 1)
    wall, *_ = timed_build(folder, store_dir, jobs)
    report["noop_rebuild_s"] = round(wall, 2)
    if queries:
        report["queries"] = query_latencies(store_dir, repeat)
        report["serve_first_answer_s"] = round(serve_first_answer_s(store_dir), 2)
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, nargs="?", help="a folder of .txt articles (or use --synth)")
    ap.add_argument("--synth", type=Path, help="the synthetic-corpus script (SCRIPT SEED_DIR OUT N)")
    ap.add_argument("--seed-dir", type=Path, help="the articles the synthetic corpus is made from")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000], help="corpus sizes to make with --synth")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--queries", type=int, default=20, help="runs of each bundled query")
    ap.add_argument("--rawscan", type=Path, help="the team's raw-scan script, timed on the same folder")
    a = ap.parse_args()
    if not a.folder and not (a.synth and a.seed_dir):
        ap.error("give ARTICLES_DIR, or --synth SCRIPT --seed-dir DIR")
    reports = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if a.folder:
            reports.append(measure(a.folder, work, a.jobs, a.rawscan, a.queries, queries=True))
        for size in sorted(a.sizes) if a.synth else ():
            corpus = work / f"corpus-{size}"
            subprocess.run([sys.executable, str(a.synth), str(a.seed_dir), str(corpus), str(size)], check=True,
                           capture_output=True)
            reports.append(measure(corpus, work, a.jobs, a.rawscan, a.queries, queries=size == max(a.sizes)))
            print(json.dumps(reports[-1]), file=sys.stderr, flush=True)
    print(json.dumps(reports, indent=2))


if __name__ == "__main__":
    main()
