"""Each bundled question beside the text it replaced, asked of one store in one process, in turn (each first every
other time): median ms of the engine alone (every solution read) and of `kg.query.run_query` (the engine and the
rdflib terms `kg query` and `kg serve` write from, as bench_query.py times it), and whether the rows, every
variable in order, are the same.

    .venv/bin/python bench/bench_rewrites.py STORE --before tests/data/queries-before --repeat 3

The "before" run_query makes an rdflib term for every value, as run_query did before it made each distinct
term once, so that its column is what bench_query.py gave before. With --bound, the listings are also asked
bound to bench_query.py's typical entity (the value cached beside the store by bench_bound_order.py)."""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib import Literal, URIRef
from rdflib.query import Result

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_bound_order import typical_values  # noqa: E402
from bench_query import ENTITY_QUESTIONS  # noqa: E402

from kg import query as q  # noqa: E402


def converted_term_by_term(outcome: object, max_rows: int | None) -> Result:
    """run_query's conversion before: a new rdflib term for every value of every row."""
    if not isinstance(outcome, ox.QuerySolutions):
        return now_converted(outcome, max_rows)
    names = [rdflib.Variable(v.value) for v in outcome.variables]
    result = Result("SELECT")
    result.vars = names
    result.bindings = [{n: q._from_oxigraph(s[n]) for n in names if s[n] is not None} for s in outcome]
    return result


now_converted = q._as_rdflib_result


def rows_of(store: ox.Store, text: str) -> tuple[list[str], list[tuple]]:
    solutions = store.query(text, prefixes=q.PREFIXES)
    names = [v.value for v in solutions.variables]
    return names, [tuple(None if s[n] is None else str(s[n]) for n in names) for s in solutions]


def compare(label: str, store: ox.Store, dataset, before: str, now: str, repeat: int) -> None:
    def engine(text: str) -> int:
        return sum(1 for _ in store.query(text, prefixes=q.PREFIXES))

    def through_run_query(text: str, conversion) -> int:
        q._as_rdflib_result = conversion
        try:
            return len(q.run_query(dataset, text).bindings)
        finally:
            q._as_rdflib_result = now_converted

    jobs = {"engine before": lambda: engine(before), "engine now": lambda: engine(now),
            "run_query before": lambda: through_run_query(before, converted_term_by_term),
            "run_query now": lambda: through_run_query(now, now_converted)}
    times: dict[str, list[float]] = {job: [] for job in jobs}
    for turn in range(repeat):
        for job in (list(jobs) if turn % 2 == 0 else list(jobs)[::-1]):
            started = time.perf_counter()
            jobs[job]()
            times[job].append((time.perf_counter() - started) * 1000)
    rows_before, rows_now = rows_of(store, before), rows_of(store, now)
    medians = "  ".join(f"{job} {statistics.median(t):9.1f}" for job, t in times.items())
    print(f"{label:44} rows {len(rows_now[1]):7d}  same rows in order: {rows_before == rows_now}  {medians}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--before", type=Path, required=True, help="a folder of the questions as they were (NAME.rq)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--bound", action="store_true", help="also each listing bound to a typical entity")
    parser.add_argument("--only", nargs="+", default=[], metavar="NAME")
    args = parser.parse_args()
    dataset = q.load_dataset([args.store], stores_in_place=True)
    store = q.query_store(dataset)
    print(f"median ms of {args.repeat}, in turn")
    for question in q.bundled_queries():
        if args.only and question.name not in args.only or not (args.before / f"{question.name}.rq").exists():
            continue
        before = (args.before / f"{question.name}.rq").read_text(encoding="utf-8")
        compare(question.name, store, dataset, before, question.text, args.repeat)
        if args.bound and question.name in ENTITY_QUESTIONS:
            variable = ENTITY_QUESTIONS[question.name][0]
            value, is_iri = typical_values(store, args.store.with_suffix(".typical.json"))[question.name]
            binding = {variable: URIRef(value) if is_iri else Literal(value)}
            compare(f"  bound ?{variable} (typical)", store, dataset, q.with_bindings(before, binding),
                    q.with_bindings(question.text, binding), args.repeat)


if __name__ == "__main__":
    main()
