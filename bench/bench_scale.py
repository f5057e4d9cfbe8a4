"""Extraction cost against the article's length, from ~10 KB to 2 MB: it must grow linearly.

    .venv/bin/python bench/bench_scale.py [--max-kb 2048] [--validate-up-to-kb 160] [--profile KB]

The inputs are the invented articles of the bench sets (heldout, fresh, final, last, closing) joined
end to end until each size is reached; no real text is used. For every size it prints the seconds of
extraction (text -> facts), of building and validating the graph for the smaller sizes, and the
extraction seconds per 100 KB. The last line is the ratio of the largest input's per-KB cost to the
smallest's: about 1 when the cost is linear. `--profile KB` runs cProfile on one size instead and
prints the functions that take the most time, to find what still grows faster than the text."""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BENCH = Path(__file__).resolve().parent
SETS = ("heldout", "fresh", "final", "last", "closing")
SIZES_KB = (10, 20, 40, 80, 160, 320, 640, 1280, 2048)


def invented_articles() -> list[str]:
    """The texts of the bench sets' invented articles, in a fixed order."""
    texts = []
    for name in SETS:
        for f in sorted((BENCH / name).glob("*.json")):
            texts.append(json.loads(f.read_text(encoding="utf-8"))["text"])
    return texts


def joined_text(articles: list[str], size_kb: int) -> str:
    """Articles joined by blank lines, repeated in order, cut at an article boundary near the size."""
    parts, total, i = [], 0, 0
    while total < size_kb * 1024:
        part = articles[i % len(articles)]
        parts.append(part)
        total += len(part.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts)


def timed(fn, *args) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - t0, result


def profile(text: str, top: int) -> None:
    """cProfile of the extraction of one input, sorted by own time."""
    from kg.pipeline import extract
    prof = cProfile.Profile()
    prof.runcall(extract, text)
    pstats.Stats(prof).sort_stats("tottime").print_stats(top)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--max-kb", type=int, default=2048, help="largest input size in KB")
    ap.add_argument("--validate-up-to-kb", type=int, default=160, help="build and validate inputs up to this size")
    ap.add_argument("--profile", type=int, metavar="KB", help="profile the extraction of one size instead")
    ap.add_argument("--top", type=int, default=25, help="functions to list with --profile")
    a = ap.parse_args()
    from kg.pipeline import build, extract
    from kg.validate import validate

    articles = invented_articles()
    extract(articles[0])  # warm the lexicons once, as a long-running process would
    if a.profile:
        profile(joined_text(articles, a.profile), a.top)
        return
    print(f"{'size KB':>8} {'extract s':>10} {'s / 100 KB':>11} {'build+validate s':>17}")
    per_kb = []
    for size in (s for s in SIZES_KB if s <= a.max_kb):
        text = joined_text(articles, size)
        kb = len(text.encode("utf-8")) / 1024
        seconds, _ = timed(extract, text)
        per_kb.append(seconds / kb)
        full = ""
        if size <= a.validate_up_to_kb:
            full_seconds, _ = timed(lambda t: validate(build(t)), text)
            full = f"{full_seconds:.2f}"
        print(f"{kb:8.0f} {seconds:10.2f} {100 * seconds / kb:11.3f} {full:>17}", flush=True)
    print(f"per-KB cost, largest / smallest: {per_kb[-1] / per_kb[0]:.2f}")


if __name__ == "__main__":
    main()
