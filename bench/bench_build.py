"""Time `kg build` per article: in-process (the library) and as the command a user runs.

    .venv/bin/python bench/bench_build.py [ARTICLES.txt or a folder of .txt/.json gold files ...] [--runs N]

With no argument it times the bundled article. Gold .json files (text in "text") are accepted so the
dev corpus can be timed without unpacking it. Prints, per article and their median, the seconds of the
build, of validation by the compiled shapes (what `kg build` runs) and by pySHACL (the reference engine,
what `kg validate` runs), and of the command."""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.paths import BUNDLED_ARTICLE  # noqa: E402


def texts(paths: list[str]) -> list[tuple[str, str]]:
    out = []
    for p in map(Path, paths or [str(BUNDLED_ARTICLE)]):
        files = sorted(p.glob("*.json")) + sorted(p.glob("*.txt")) if p.is_dir() else [p]
        for f in files:
            text = json.loads(f.read_text(encoding="utf-8"))["text"] if f.suffix == ".json" else f.read_text(encoding="utf-8")
            out.append((f.stem, text))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    from kg.pipeline import build
    from kg.validate import check, validate

    articles = texts(a.paths)
    check(build(articles[0][1]))  # warm the lexicons and shapes once, as a long-running process would
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in articles:
            times: dict[str, list[float]] = {"build": [], "check": [], "pyshacl": [], "cli": []}
            for _ in range(a.runs):
                t0 = time.perf_counter()
                dataset = build(text)
                t1 = time.perf_counter()
                check(dataset)
                t2 = time.perf_counter()
                validate(dataset)
                times["build"].append(t1 - t0)
                times["check"].append(t2 - t1)
                times["pyshacl"].append(time.perf_counter() - t2)
            src = Path(tmp) / f"{name}.txt"
            src.write_text(text, encoding="utf-8")
            for _ in range(max(1, a.runs // 2)):
                t0 = time.perf_counter()
                subprocess.run([sys.executable, "-m", "kg", "build", str(src), "--output", str(Path(tmp) / f"{name}.ttl")],
                               check=True, capture_output=True)
                times["cli"].append(time.perf_counter() - t0)
            rows.append((name, *(statistics.median(times[k]) for k in ("build", "check", "pyshacl", "cli"))))
    print(f"{'article':12} {'build (s)':>10} {'fast check (s)':>15} {'pySHACL (s)':>12} {'kg build command (s)':>21}")
    for name, *cols in rows + [("median", *(statistics.median(r[i] for r in rows) for i in range(1, 5)))]:
        print(f"{name:12} {cols[0]:10.3f} {cols[1]:15.3f} {cols[2]:12.3f} {cols[3]:21.3f}")

if __name__ == "__main__":
    main()
