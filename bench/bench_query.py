"""Latency of each bundled competency question, over built graph files or over a corpus store.

    .venv/bin/python bench/bench_query.py exports/ --repeat 20
    .venv/bin/python bench/bench_query.py --store STORE --repeat 20
    .venv/bin/python bench/bench_query.py --fill STORE --seed SEED_STORE --articles 10000

Files are loaded once (the load time is printed), then every queries/*.rq runs `--repeat` times, fully
reading each result; one line per question gives the median, the 99th percentile and the slowest run in
milliseconds and the number of rows. Then the listings are asked as a user asks them of a corpus, bound to
one entity (an organisation's figures and leaders, a person's quotations, an article's facts), for a typical
entity (the median of the entities ranked by rows) and for the largest.

With --store, the questions are asked of the store as `kg query --store` asks it (kg.query.run_query,
rows converted for the writers), and the report adds, each from a fresh process, the seconds from
starting `kg query --store` to its answer and from starting `kg serve STORE` to its first answer.

--fill makes a large store quickly for these measurements: every article graph of SEED_STORE (a store
`kg build --store` made from real or synthetic articles) is copied again and again under new article
IRIs (`.../article/ID-cN`, its graph, spans, observations, quotations and memberships with it) until
the store holds `--articles` articles. Entities (organisations, people, places, programs) keep their
IRIs, so they are shared by more and more articles, as in a real corpus.
"""
from __future__ import annotations

import argparse
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kg.errors import KGError  # noqa: E402
from kg.query import bundled_queries, bundled_query, load_dataset, prepare_query, query_store, run_query  # noqa: E402
from kg.store import CorpusStore  # noqa: E402

FILL_BATCH = 200  # articles written to the store in one transaction


def percentile(times: list[float], fraction: float) -> float:
    """The value below which `fraction` of the sorted `times` fall (nearest rank)."""
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def time_questions(dataset, repeat: int, only: list[str]) -> None:
    """Run each bundled question (those named in `only`, if any) `repeat` times over `dataset` and print
    its line."""
    print(f"{'question':24}  {'p50 ms':>8}  {'p99 ms':>8}  {'max ms':>8}  {'rows':>7}")
    for question in (b for b in bundled_queries() if not only or b.name in only):
        prepared = prepare_query(question.text)
        times, rows = [], 0
        for _ in range(repeat):
            started = time.perf_counter()
            rows = len(list(run_query(dataset, prepared)))
            times.append((time.perf_counter() - started) * 1000)
        print(f"{question.name:24}  {statistics.median(times):8.1f}  {percentile(times, 0.99):8.1f}  "
              f"{max(times):8.1f}  {rows:7d}", flush=True)


# The question each listing is asked for over a corpus (its `--bind`), and how to pick the value: the values
# of the variable ranked by how many rows they have, so the one in the middle of the ranking is a typical
# entity and the first the corpus's largest.
ENTITY_QUESTIONS = {
    "organisation-metrics": ("orgName", "SELECT ?v (COUNT(*) AS ?n) WHERE { ?o a schema:Observation ; "
                             "schema:observationAbout ?about . ?about org:unitOf? ?named . ?named schema:name ?v "
                             "FILTER (?about != ?named || NOT EXISTS { ?about org:unitOf ?parent }) } "
                             "GROUP BY ?v ORDER BY DESC(?n) ?v"),
    "what-people-said": ("personName", "SELECT ?v (COUNT(*) AS ?n) WHERE { ?q a schema:Quotation ; "
                         "schema:creator/schema:name ?v } GROUP BY ?v ORDER BY DESC(?n) ?v"),
    "fact-provenance": ("article", "SELECT ?v (COUNT(*) AS ?n) WHERE { ?s nif:referenceContext ?v } "
                        "GROUP BY ?v ORDER BY DESC(?n) ?v"),
    "who-leads-what": ("orgName", "SELECT ?v (COUNT(*) AS ?n) WHERE { ?m org:organization/schema:name ?v } "
                       "GROUP BY ?v ORDER BY DESC(?n) ?v"),
}


def entity_values(dataset, ranking: str) -> dict[str, object]:
    """The typical (median-ranked) and the largest value of a ranking query, as rdflib terms."""
    ranked = [row.v for row in run_query(dataset, ranking)]
    return {"typical": ranked[len(ranked) // 2], "largest": ranked[0]} if ranked else {}


def time_entity_questions(dataset, repeat: int, only: list[str]) -> None:
    """Each listing asked of one entity, as users ask it of a corpus: its p50, p99 and rows, for a typical
    entity and for the corpus's largest."""
    print(f"{'question, bound':40}  {'p50 ms':>8}  {'p99 ms':>8}  {'max ms':>8}  {'rows':>7}")
    for name, (variable, ranking) in ENTITY_QUESTIONS.items():
        if only and name not in only:
            continue
        prepared = prepare_query(bundled_query(name).text)
        for which, value in entity_values(dataset, ranking).items():
            times, rows = [], 0
            for _ in range(repeat):
                started = time.perf_counter()
                rows = len(list(run_query(dataset, prepared, {variable: value})))
                times.append((time.perf_counter() - started) * 1000)
            label = f"{name} ?{variable} ({which})"
            print(f"{label:40}  {statistics.median(times):8.1f}  {percentile(times, 0.99):8.1f}  "
                  f"{max(times):8.1f}  {rows:7d}", flush=True)


def kg_command() -> str:
    """The `kg` of the interpreter running this script (the worktree's own)."""
    return shutil.which("kg", path=str(Path(sys.executable).parent)) or "kg"


def query_first_answer_s(store: Path) -> float:
    """Seconds from starting `kg query --name articles STORE` to its complete answer."""
    started = time.perf_counter()
    subprocess.run([kg_command(), "query", "--name", "articles", "--format", "csv", str(store)], check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve_first_answer_s(store: Path) -> float:
    """Seconds from starting `kg serve STORE` to its first answer to a SPARQL query."""
    port = free_port()
    ask = urllib.parse.quote("ASK { ?s ?p ?o }")
    started = time.perf_counter()
    server = subprocess.Popen([kg_command(), "serve", str(store), "--port", str(port)], stderr=subprocess.DEVNULL)
    try:
        while server.poll() is None:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/sparql?query={ask}", timeout=60).read()
                return time.perf_counter() - started
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("kg serve stopped before answering")
    finally:
        server.terminate()
        server.wait()


def relabelled(nquads: str, article_id: str, copy: int) -> str:
    """An article's N-Quads with its own IRIs (article, graph and everything under them) renamed for `copy`."""
    renamed = f"{article_id}-c{copy}"
    return nquads.replace(f"/article/{article_id}", f"/article/{renamed}").replace(
        f"/graph/{article_id}>", f"/graph/{renamed}>")


def seed_articles(seed: Path) -> list[tuple[str, str]]:
    """Each article of the seed store as (article id, N-Quads of its graph)."""
    found = []
    with CorpusStore(seed, read_only=True) as store:
        for article in store.sources().values():
            graph = ox.NamedNode(article.graph)
            quads = store.oxigraph.quads_for_pattern(None, None, None, graph)
            nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")
            found.append((article.graph.rpartition("/graph/")[2], nquads))
    return found


def fill(target: Path, seed: Path, count: int) -> None:
    """Make `target` hold `count` articles, copies of the seed store's under new article IRIs.

    Each batch goes in as `kg build --store` writes it (CorpusStore.put_many: Oxigraph's bulk loader, the
    union in the default graph, the manifest rows), so the store is what a build of that many articles makes."""
    articles = seed_articles(seed)
    if not articles:
        raise KGError(f"{seed} holds no articles; build some into it with kg build SOURCES --store {seed}")
    started = time.perf_counter()
    with CorpusStore(target) as store:
        for first in range(0, count, FILL_BATCH):
            batch = []
            for n in range(first, min(count, first + FILL_BATCH)):
                article_id, nquads = articles[n % len(articles)]
                copy = n // len(articles)
                text = relabelled(nquads, article_id, copy)
                batch.append((f"copy-{copy}/{article_id}", text, text))
            store.put_many(batch)
            print(f"\r{first + len(batch)} articles, {time.perf_counter() - started:.0f} s", end="", file=sys.stderr,
                  flush=True)
        store.oxigraph.optimize()
    print(file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="built graph files or folders of them")
    parser.add_argument("--store", type=Path, help="a corpus store to ask (instead of files)")
    parser.add_argument("--repeat", "-n", type=int, default=20, help="runs per question (default 20)")
    parser.add_argument("--only", nargs="+", default=[], metavar="NAME", help="time only these bundled questions")
    parser.add_argument("--fill", type=Path, help="make this store from --seed's articles, then stop")
    parser.add_argument("--seed", type=Path, help="the store whose articles --fill copies")
    parser.add_argument("--articles", type=int, default=10000, help="articles --fill writes (default 10000)")
    args = parser.parse_args(argv)
    try:
        if args.fill:
            if not args.seed:
                parser.error("--fill needs --seed SEED_STORE")
            fill(args.fill, args.seed, args.articles)
            return 0
        if not args.store and not args.paths:
            parser.error("give built graph files, or --store STORE")
        started = time.perf_counter()
        dataset = load_dataset([args.store] if args.store else args.paths, stores_in_place=True)
        query_store(dataset)  # what a store is read through, opened (or, for files, filled) before timing
        print(f"opened in {(time.perf_counter() - started) * 1000:.0f} ms; {args.repeat} runs each")
        time_questions(dataset, args.repeat, args.only)
        time_entity_questions(dataset, args.repeat, args.only)
        if args.store:
            print(f"kg query --store, start to answer: {query_first_answer_s(args.store):.2f} s")
            print(f"kg serve, start to first answer:  {serve_first_answer_s(args.store):.2f} s")
    except KGError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
