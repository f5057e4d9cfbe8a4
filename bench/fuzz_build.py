"""Fuzz the builder: mutated articles of the genre must never crash it, never break a span, and always give
a graph that conforms to the project's own shapes.

    .venv/bin/python bench/fuzz_build.py [SEED_ARTICLES …] [--start N] --count M [--seed 1] [--batch 200]
                                         [--summary FILE] [--resume] [--totals]

Seed articles are the invented evaluation sets in bench/ (gold .json, text in "text") unless others are
given. Each fuzzed article is a seed article changed by a few random, seeded edits that real pages and
careless copying produce: sentences dropped, repeated or swapped, a word's case changed, text cut mid-word,
stray quotation marks, brackets and control characters, and fragments of the genre spliced in (a unit
named without its organisation, an acronym before a unit word, impossible dates, huge and odd numbers, a
title with no name, an unclosed quotation). Article n of a seed depends only on the seed and n, so the
100,000 articles can be run in shards, on different days: `--start N --count M` runs articles N … N+M-1,
and appends one JSON line per shard to the summary file (seed, range, counts of crashes, span mismatches
and non-conforming graphs, seconds, articles per second). `--resume` starts after the last article the
summary holds for the seed; `--totals` prints the summary's sums over the distinct articles run.

Graphs are validated in batches by the compiled shapes (kg.shacl_compiled; pySHACL reports on a failing
article): every article is built under a base IRI of its own, so no node is shared
between articles and the batch conforms exactly when each of its articles does; a batch that does not
conform is validated article by article to name the culprits. Prints the counts and the first failures;
exit 1 when any article crashed, broke a span or did not conform."""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rdflib import Dataset  # noqa: E402
from rdflib.namespace import RDF  # noqa: E402

from kg.pipeline import build  # noqa: E402
from kg.validate import check, check_nquads  # noqa: E402
from kg.vocab import NIF  # noqa: E402

BENCH_DIR = Path(__file__).resolve().parent

# Fragments of the genre, written for this benchmark: forms that are hard for the builder, not sentences
# of any article.
FRAGMENTS = [
    "Kantor Cabang Surakarta mencatat kenaikan peserta.",
    "UID Jatim menambah 12 gardu tahun ini.",
    "Kepala Kantor Wilayah menyatakan hal itu.",
    "pada 36 September 2024",
    "hingga 31 Februari 2023",
    "sebesar Rp999.999.999.999.999 triliun",
    "naik 1.000.000,5 persen secara tahunan",
    "\"Kami akan terus berupaya,",
    "” ujarnya.",
    "(BPJS)",
    "Plt. Kepala Dinas Kesehatan (Dinkes) Kota Bitung, dr. Sinta Wulandari, Sp.PD, mengatakan",
    "Gubernur Kaltim",
    "Direktur Utama PT Contoh Sejahtera (Persero) Tbk",
    "Komisi IX DPR RI",
    "sebanyak 45,2 juta orang per Maret 2025",
    "target 2026 sebesar 5 persen",
    "Rp 1,2 T",
    "12/13/2024",
    "Senin (32/13)",
    "KCP",
    "Kantor Perwakilan",
    "\u200b\u00ad",
    "…",
    "Dinas",
]


def seed_texts(paths: list[str]) -> list[str]:
    """The texts of the seed articles: gold .json files or .txt files, or folders of them."""
    chosen = [Path(p) for p in paths] or sorted(p for p in BENCH_DIR.iterdir() if p.is_dir())
    texts = []
    for p in chosen:
        files = sorted(p.glob("*.json")) + sorted(p.glob("*.txt")) if p.is_dir() else [p]
        for f in files:
            raw = f.read_text(encoding="utf-8")
            texts.append(json.loads(raw)["text"] if f.suffix == ".json" else raw)
    if not texts:
        raise SystemExit("no seed articles found; give .json gold files, .txt files or folders of them")
    return texts


def _sentences(text: str) -> list[str]:
    out, start = [], 0
    for i, c in enumerate(text):
        if c in ".!?\n" and (i + 1 == len(text) or text[i + 1] in " \n"):
            out.append(text[start:i + 1])
            start = i + 1
    if start < len(text):
        out.append(text[start:])
    return out


def mutate(text: str, rng: random.Random) -> str:
    """One fuzzed article: a few seeded edits of the seed text."""
    parts = _sentences(text)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(9)
        i = rng.randrange(len(parts)) if parts else 0
        if op == 0 and len(parts) > 1:
            del parts[i]
        elif op == 1 and parts:
            parts.insert(i, parts[rng.randrange(len(parts))])
        elif op == 2 and len(parts) > 1:
            j = rng.randrange(len(parts))
            parts[i], parts[j] = parts[j], parts[i]
        elif op == 3:
            parts.insert(i, " " + rng.choice(FRAGMENTS) + rng.choice([" ", "\n", ", ", ". "]))
        elif op == 4 and parts:
            parts[i] = parts[i].upper() if rng.random() < 0.5 else parts[i].lower()
        elif op == 5 and parts:
            cut = rng.randrange(len(parts[i]) + 1)
            parts[i] = parts[i][:cut]
        elif op == 6 and parts:
            pos = rng.randrange(len(parts[i]) + 1)
            parts[i] = parts[i][:pos] + rng.choice(['"', "“", "”", "(", ")", "\t", "\x0b", "  ", "-", "/"]) + parts[i][pos:]
        elif op == 7 and parts:
            words = parts[i].split(" ")
            k = rng.randrange(len(words))
            words[k] = rng.choice(FRAGMENTS)
            parts[i] = " ".join(words)
        elif op == 8 and parts:
            parts[i] = parts[i].replace(",", "", 1) if rng.random() < 0.5 else parts[i].replace(" ", "\n", 1)
    out = "".join(parts)
    return out if out.strip() else rng.choice(FRAGMENTS)


def span_errors(dataset: Dataset, text: str) -> list[str]:
    """Spans whose anchor is not exactly the text between their offsets."""
    bad = []
    for s in set(dataset.subjects(RDF.type, NIF.String)):
        begin, end = dataset.value(s, NIF.beginIndex), dataset.value(s, NIF.endIndex)
        anchor = dataset.value(s, NIF.anchorOf)
        if begin is None or end is None or anchor is None or text[int(begin):int(end)] != str(anchor):
            bad.append(str(s))
    return bad


def fuzzed(texts: list[str], seed: int, n: int) -> str:
    """Article n of the seed: its own generator, so that any shard of the articles can run alone."""
    rng = random.Random(f"{seed}:{n}")
    return mutate(rng.choice(texts), rng)


def run(texts: list[str], start: int, count: int, seed: int, batch: int) -> dict:
    counts = {"articles": 0, "crashes": 0, "span_mismatches": 0, "non_conforming": 0}
    failures: list[str] = []
    pending: list[tuple[int, str, Dataset]] = []
    t0 = time.perf_counter()

    def flush() -> None:
        if not pending:
            return
        if check_nquads([ds.serialize(format="nquads") for _, _, ds in pending]) != set():
            for n, text, ds in pending:
                result = check(ds)
                if not result.conforms:
                    counts["non_conforming"] += 1
                    failures.append(f"article {n} does not conform: {result.violations[0].line()}\n  text: {text[:300]!r}")
        pending.clear()

    for n in range(start, start + count):
        text = fuzzed(texts, seed, n)
        counts["articles"] += 1
        try:
            ds = build(text, f"https://fuzz.example.org/{n}/")
        except Exception:  # noqa: BLE001 - any exception is the crash this benchmark looks for
            counts["crashes"] += 1
            failures.append(f"article {n} crashed: {traceback.format_exc(limit=3)}\n  text: {text[:300]!r}")
            continue
        bad = span_errors(ds, text)
        if bad:
            counts["span_mismatches"] += 1
            failures.append(f"article {n}: {len(bad)} spans differ from the text, e.g. {bad[0]}")
        pending.append((n, text, ds))
        if len(pending) >= batch:
            flush()
        if counts["articles"] % 1000 == 0:
            rate = counts["articles"] / (time.perf_counter() - t0)
            print(f"{n + 1} articles, {rate:.1f}/s, {counts}", file=sys.stderr, flush=True)
    flush()
    counts["seconds"] = round(time.perf_counter() - t0, 1)
    counts["articles_per_second"] = round(counts["articles"] / max(counts["seconds"], 0.1), 2)
    counts["failures"] = failures
    return counts


def shards(summary: Path) -> list[dict]:
    """The shards the summary file holds, one JSON object a line; none when it does not exist yet."""
    if not summary.exists():
        return []
    return [json.loads(line) for line in summary.read_text(encoding="utf-8").splitlines() if line.strip()]


def next_start(summary: Path, seed: int) -> int:
    """The first article after every shard of this seed in the summary."""
    return max((s["start"] + s["count"] for s in shards(summary) if s["seed"] == seed), default=0)


def totals(summary: Path) -> dict:
    """Sums per seed over the summary's shards. A shard that a later one ran again in full counts once (the
    later one); shards that only partly overlap both count, so give shards disjoint ranges."""
    out: dict[int, dict] = {}
    for seed in sorted({s["seed"] for s in shards(summary)}):
        own = [s for s in shards(summary) if s["seed"] == seed]
        kept = [s for i, s in enumerate(own) if not any(_covers(later, s) for later in own[i + 1:])]
        covered = set()
        for s in own:
            covered.update(range(s["start"], s["start"] + s["count"]))
        sums = {k: sum(s[k] for s in kept) for k in ("crashes", "span_mismatches", "non_conforming")}
        out[seed] = {"distinct_articles": len(covered), "shards": len(own), **sums}
    return out


def _covers(a: dict, b: dict) -> bool:
    return a["start"] <= b["start"] and b["start"] + b["count"] <= a["start"] + a["count"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("seeds", nargs="*", help="seed articles (.json gold, .txt) or folders; default: bench/'s sets")
    ap.add_argument("--start", type=int, help="first article of the shard (default 0, or with --resume the next)")
    ap.add_argument("--count", "--articles", type=int, default=1000, help="articles in the shard")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--batch", type=int, default=200, help="articles validated together")
    ap.add_argument("--summary", type=Path, default=Path("fuzz_summary.jsonl"),
                    help="file the shard's counts are appended to (default ./fuzz_summary.jsonl)")
    ap.add_argument("--resume", action="store_true", help="start after the summary's last article of the seed")
    ap.add_argument("--totals", action="store_true", help="print the summary's sums and run nothing")
    a = ap.parse_args()
    if a.totals:
        print(json.dumps(totals(a.summary), indent=1))
        return
    start = a.start if a.start is not None else next_start(a.summary, a.seed) if a.resume else 0
    result = run(seed_texts(a.seeds), start, a.count, a.seed, a.batch)
    failures = result.pop("failures")
    shard = {"seed": a.seed, "start": start, "count": a.count, **result, "first_failures": failures[:5],
             "seeds": a.seeds or "bench sets", "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    with a.summary.open("a", encoding="utf-8") as f:
        f.write(json.dumps(shard) + "\n")
    print(json.dumps(shard))
    for f in failures[:20]:
        print(f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
