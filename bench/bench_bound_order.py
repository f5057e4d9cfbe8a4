"""Each listing bound to a typical entity of a store, with its bound name kept as a sort key (as `kg query --bind`
asked before) and dropped (`kg.query._without_sort_keys`), the two asked in turn (each first every other time): median ms and whether the
rows, in order, are the same.

    .venv/bin/python bench/bench_bound_order.py STORE --repeat 5

The typical entity is bench_query.py's (the median of the values ranked by rows); the ranking is asked once
and kept beside the store (STORE.typical.json), since over 10,000 articles it takes a minute."""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal, URIRef

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_query import ENTITY_QUESTIONS  # noqa: E402

from kg import query as q  # noqa: E402


def typical_values(store: ox.Store, cache: Path) -> dict[str, tuple[str, bool]]:
    found = json.loads(cache.read_text(encoding="utf-8")) if cache.exists() else {}
    for name, (_, ranking) in ENTITY_QUESTIONS.items():
        if name not in found:
            ranked = [row["v"] for row in store.query(ranking, prefixes=q.PREFIXES)]
            value = ranked[len(ranked) // 2]
            found[name] = (value.value, isinstance(value, ox.NamedNode))
            cache.write_text(json.dumps(found), encoding="utf-8")
    return found


def both_forms(name: str, variable: str, term) -> dict[str, str]:
    """The bound question as asked now, and with its sort keys kept (the binding alone)."""
    text = q.bundled_query(name).text
    dropping = q._without_sort_keys
    try:
        q._without_sort_keys = lambda query, constant: query
        kept = q.with_bindings(text, {variable: term})
    finally:
        q._without_sort_keys = dropping
    return {"name kept as a sort key": kept, "name dropped": q.with_bindings(text, {variable: term})}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", nargs="+", default=[], metavar="NAME", help="time only these listings")
    args = parser.parse_args()
    store = ox.Store.read_only(str(args.store / "oxigraph"))
    typical = typical_values(store, args.store.with_suffix(".typical.json"))
    for name, (variable, _) in ENTITY_QUESTIONS.items():
        if args.only and name not in args.only:
            continue
        value, is_iri = typical[name]
        forms = both_forms(name, variable, URIRef(value) if is_iri else Literal(value))
        times: dict[str, list[float]] = {form: [] for form in forms}
        rows: dict[str, list] = {}
        for turn in range(args.repeat):
            for form, text in sorted(forms.items(), reverse=turn % 2 == 1):  # each form first in turn
                started = time.perf_counter()
                rows[form] = [tuple(map(str, row)) for row in store.query(text, prefixes=q.PREFIXES)]
                times[form].append((time.perf_counter() - started) * 1000)
        medians = "  ".join(f"{form} {statistics.median(t):7.0f} ms" for form, t in times.items())
        same = len({tuple(r) for r in rows.values()}) == 1
        print(f"{name:22} ?{variable:11} rows {len(next(iter(rows.values()))):6d}  same rows in order: {same}  {medians}",
              flush=True)


if __name__ == "__main__":
    main()
